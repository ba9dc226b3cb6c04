/**
 * A fast path for the word patterns of the tokenizers, whose words are runs of letters, marks and numbers: an ASCII
 * word followed by an ASCII character other than an apostrophe is found by code unit, and the pattern's regex runs
 * only from anything else (a non-ASCII character, an apostrophe, a dotted abbreviation). A regex match per word was
 * most of the tokenizers' time and garbage on English text.
 */

/** 1 for the ASCII letters and digits: the only ASCII characters in \p{L}, \p{N} and \p{M}. */
const ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ALNUM[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

/** The first position at or after `from` that is an ASCII letter or digit or not ASCII (text.length if none). */
export function skipAsciiGap(text: string, from: number): number {
  let i = from;
  for (const n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || ALNUM[c] === 1) break;
  }
  return i;
}

/**
 * The end of the ASCII word starting at `from` when it is certainly a whole word: a run of ASCII letters and digits
 * followed by the end of the text or by an ASCII character other than an apostrophe. -1 otherwise (the regex decides).
 */
export function asciiWordEnd(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || ALNUM[c] !== 1) break;
    i++;
  }
  if (i === from) return -1;
  if (i === n) return i;
  const next = text.charCodeAt(i);
  return next < 128 && next !== 39 /* ' */ ? i : -1;
}

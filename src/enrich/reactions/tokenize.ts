/** One word or punctuation mark of a sentence, with its offsets in that sentence. */
export interface Token {
  /** As written. */
  text: string;
  /** Lowercased, curly apostrophes and quotes made straight: what cue patterns and word lists compare with. */
  norm: string;
  start: number;
  end: number;
  /** Inside a quotation: the words of whoever is quoted, not the sentence's own structure. */
  quoted: boolean;
}

// Order matters: possessive 's first, then numbers, then a word opening with letters: an abbreviation with inner
// dots (U.S.) where one follows, else a word (hyphens and contractions stay inside); then any other single character.
// The letters are read once for both word readings: trying each as its own alternative read every word twice.
const TOKEN = /['’]s\b|\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{N}-]*|\p{L}+(?:(?:\.\p{L}+)+\.?|[\p{L}\p{N}]*(?:[-'’](?!s\b)[\p{L}\p{N}]+)*)|\S/gu;
const OPEN_QUOTES = new Set(['“', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '’', '»']);

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  // exec over the one global pattern: matchAll would build a new regex for every sentence.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match !== null; match = TOKEN.exec(sentence)) {
    const text = match[0];
    const start = match.index;
    const isQuote = OPEN_QUOTES.has(text) || CLOSE_QUOTES.has(text) || text === '"';
    if (isQuote) {
      // A straight quote toggles; curly ones say which side they are on.
      inQuote = text === '"' ? !inQuote : OPEN_QUOTES.has(text);
      tokens.push({ text, norm: '"', start, end: start + text.length, quoted: false });
      continue;
    }
    tokens.push({ text, norm: normalizeWord(text), start, end: start + text.length, quoted: inQuote });
  }
  return tokens;
}

function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The tokens' normalized forms joined by single spaces, and where each token starts in that string. */
export function joinTokens(tokens: readonly Token[]): { joined: string; offsets: number[] } {
  const offsets: number[] = [];
  let joined = '';
  for (const [i, token] of tokens.entries()) {
    if (i > 0) joined += ' ';
    offsets.push(joined.length);
    joined += token.norm;
  }
  return { joined, offsets };
}

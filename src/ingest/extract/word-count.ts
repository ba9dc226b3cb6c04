/** Whitespace-separated words: how long a feed's content or an extracted body is. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

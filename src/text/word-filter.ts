/**
 * A one-hash bit filter over a fixed set of words: `mayHave` is false only for words certainly not in the set. The
 * word tables of enrichment (verb forms, gazetteer first words) hold thousands of entries; a probe that misses,
 * which is what most words of a text do, reads a cold part of a large hash table. The filter's 16 KiB stay in the
 * first-level cache, and a word's key is read from its length and four of its code units, so most misses end there.
 */
const BITS = 1 << 17;

export class WordFilter {
  private readonly bits = new Uint8Array(BITS >>> 3);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const h = keyOf(word);
      this.bits[h >>> 3] = (this.bits[h >>> 3] as number) | (1 << (h & 7));
    }
  }

  mayHave(word: string): boolean {
    const h = keyOf(word);
    return ((this.bits[h >>> 3] as number) & (1 << (h & 7))) !== 0;
  }
}

/** Length, first, second, middle and last code units, mixed into 17 bits. */
function keyOf(word: string): number {
  const n = word.length;
  let h = n;
  h = Math.imul(h, 31) + word.charCodeAt(0);
  h = Math.imul(h, 31) + word.charCodeAt(1);
  h = Math.imul(h, 31) + word.charCodeAt(n - 1);
  h = Math.imul(h, 31) + word.charCodeAt(n >>> 1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & (BITS - 1);
}

/**
 * SimHash over word 3-shingles: near-identical texts (a wire copy with another headline, a fixed typo) get
 * fingerprints a few bits apart. 64 bits as two 32-bit halves, so no BigInt on the hot path.
 */

function fnv1a32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Below this many words a text is not fingerprinted: short teasers and boilerplate ("Read more on our site") are
 * alike across unrelated articles.
 */
export const SIMHASH_MIN_WORDS = 20;

/** 16 hex digits; '' when the text is too short to compare. */
export function simhash(text: string): string {
  const w = words(text);
  if (w.length < SIMHASH_MIN_WORDS) return '';
  const counts = new Int32Array(64);
  for (let i = 0; i + 2 < w.length; i++) {
    const shingle = `${w[i]} ${w[i + 1]} ${w[i + 2]}`;
    const hi = fnv1a32(shingle, 0x811c9dc5);
    const lo = fnv1a32(shingle, 0x2b3c4d5e);
    for (let b = 0; b < 32; b++) {
      counts[b] = counts[b]! + ((hi >>> b) & 1 ? 1 : -1);
      counts[32 + b] = counts[32 + b]! + ((lo >>> b) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b]! > 0) hi |= 1 << b;
    if (counts[32 + b]! > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Four 16-bit bands: fingerprints within 3 bits of each other agree on at least one (pigeonhole). */
export function simhashBands(hash: string): string[] {
  if (hash.length !== 16) return [];
  return [0, 1, 2, 3].map((i) => `${i}:${hash.slice(i * 4, i * 4 + 4)}`);
}

export function hammingDistance(a: string, b: string): number {
  if (a.length !== 16 || b.length !== 16) return 64;
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (Number.parseInt(a.slice(i, i + 8), 16) ^ Number.parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

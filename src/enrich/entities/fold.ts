/** Matching keys: lower case, accents and apostrophe variants folded ("Élysée" -> "elysee", "Putin’s" -> "putin's"). */
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´]/g;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** 'Vladimir Putin' -> 'vladimir-putin'; stable ids for keys. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

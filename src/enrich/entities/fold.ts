/** Matching keys: lower case, accents and apostrophe variants folded ("Élysée" -> "elysee", "Putin’s" -> "putin's"). */
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´]/g;

const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  // Most words of most news are ASCII: nothing to decompose, and the backtick is the only apostrophe variant.
  if (ASCII.test(text)) return (text.includes('`') ? text.replace(APOSTROPHES, "'") : text).toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** 'Vladimir Putin' -> 'vladimir-putin'; stable ids for keys. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

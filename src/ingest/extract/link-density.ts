import type { DomElement } from './dom.ts';

/** Visible characters of an element's text, whitespace runs counted once. */
export function textLength(element: DomElement): number {
  return compactLength(element.textContent ?? '');
}

export function compactLength(text: string): number {
  let length = 0;
  let space = true;
  for (const ch of text) {
    const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
    if (!isSpace) length++;
    else if (!space) length++;
    space = isSpace;
  }
  return space && length > 0 ? length - 1 : length;
}

/** Share of an element's text that sits inside links (0 for an element without text). */
export function linkDensity(element: DomElement): number {
  const total = textLength(element);
  if (total === 0) return 0;
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) {
    // A link nested in a link is counted through its outer link only.
    if (link.parentElement?.closest('a')) continue;
    linked += textLength(link);
  }
  return Math.min(1, linked / total);
}

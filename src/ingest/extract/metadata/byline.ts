import { all, type DomDocument } from '../dom.ts';
import { nameTokens } from '../name-tokens.ts';

/** Longest text taken for a byline; longer "author" boxes are biographies. */
const MAX_BYLINE_CHARS = 100;
const BYLINE_WORDS: ReadonlySet<string> = new Set(['byline', 'author', 'authors', 'writtenby']);

/**
 * The byline printed in the page (as readability finds it): an element marked rel=author or itemprop=author, or
 * whose class or id says byline or author, with a short text. Read before cleaning removes such elements.
 */
export function readPrintedByline(doc: DomDocument): string | null {
  const body = doc.body;
  if (!body) return null;
  for (const element of all(body, '[rel="author"], [itemprop~="author"], [class], [id]')) {
    const marked =
      element.getAttribute('rel') === 'author' ||
      (element.getAttribute('itemprop') ?? '').split(' ').includes('author') ||
      nameTokens(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`).some((w) => BYLINE_WORDS.has(w));
    if (!marked) continue;
    const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text.length > 0 && text.length <= MAX_BYLINE_CHARS) return text;
  }
  return null;
}

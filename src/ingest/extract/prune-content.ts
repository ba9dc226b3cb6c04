/**
 * Second pass over the container readability chose: it keeps whole containers, so share rows, "related" link lists,
 * captions, ad labels and the template's byline/date lines often come along with the prose. Following trafilatura's
 * design, blocks are judged by link density and length, and short blocks by what they say.
 */
import { all, type DomElement, parseHtmlFragment } from './dom.ts';
import { isNamedBoilerplate } from './clean-page.ts';
import { isBylineOrDateLine, isFurnitureLabel } from './boilerplate-lines.ts';
import { linkDensity, textLength } from './link-density.ts';

/** Captions and credits describe a picture, not the story. */
const CAPTIONS = 'figcaption, [itemprop="caption"], [itemprop="copyrightHolder"]';
/** Blocks judged as a whole. */
const BLOCKS = 'p, div, section, ul, ol, dl, li, table, h1, h2, h3, h4, h5, h6, blockquote, header';
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A block this link-heavy is navigation ("Related: …", a list of headlines) unless it is long. */
const LINK_DENSE = 0.5;
const LINK_DENSE_MAX_CHARS = 300;
/** Blocks nearly all links are navigation at any length. */
const ALL_LINKS = 0.85;
/** How many blocks from either edge are checked for a byline or date line. */
const EDGE_BLOCKS = 4;

export function pruneContent(html: string): string {
  const root = parseHtmlFragment(html);
  for (const element of all(root, CAPTIONS)) element.remove();
  for (const element of all(root, '[class], [id]')) if (isNamedBoilerplate(element)) element.remove();
  removeLinkLists(root);
  removeFurnitureLines(root);
  removeOrphanHeadings(root);
  return root.innerHTML;
}

function removeLinkLists(root: DomElement): void {
  for (const block of all(root, BLOCKS)) {
    if (!attached(block, root)) continue;
    const length = textLength(block);
    if (length === 0) continue;
    const density = linkDensity(block);
    if (density >= ALL_LINKS || (density >= LINK_DENSE && length <= LINK_DENSE_MAX_CHARS)) block.remove();
  }
}

/** Leaf blocks (no block inside) in document order, with their text. */
function leafBlocks(root: DomElement): { element: DomElement; text: string; words: number }[] {
  const out: { element: DomElement; text: string; words: number }[] = [];
  for (const element of all(root, BLOCKS)) {
    if (element.querySelector(BLOCKS) !== null) continue;
    const text = (element.textContent ?? '').trim();
    if (text === '') continue;
    out.push({ element, text, words: text.split(/\s+/u).length });
  }
  return out;
}

function removeFurnitureLines(root: DomElement): void {
  const blocks = leafBlocks(root);
  blocks.forEach((block, i) => {
    const nearEdge = i < EDGE_BLOCKS || i >= blocks.length - EDGE_BLOCKS;
    if (isFurnitureLabel(block.text) || (nearEdge && isBylineOrDateLine(block.text, block.words))) block.element.remove();
  });
}

/** A heading left with nothing under it (its list of links is gone) introduces nothing. */
function removeOrphanHeadings(root: DomElement): void {
  const headings = all(root, 'h1, h2, h3, h4, h5, h6').reverse();
  for (const heading of headings) {
    let next = nextMeaningful(heading);
    if (next === null || HEADINGS.has(next.localName)) heading.remove();
  }
}

function nextMeaningful(element: DomElement): DomElement | null {
  let current: DomElement | null = element;
  // Climb while the element is the last thing in its container, then look at what follows the container.
  while (current !== null) {
    let sibling = current.nextElementSibling;
    while (sibling !== null && textLength(sibling) === 0 && sibling.querySelector('img') === null) sibling = sibling.nextElementSibling;
    if (sibling !== null) return sibling;
    current = current.parentElement;
  }
  return null;
}

function attached(element: DomElement, root: DomElement): boolean {
  let current: DomElement | null = element;
  while (current !== null) {
    if (current === root) return true;
    current = current.parentElement;
  }
  return false;
}

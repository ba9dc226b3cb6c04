/**
 * Second pass over the container readability chose: it keeps whole containers, so share rows, "related" link lists,
 * captions, ad labels and the template's byline/date lines often come along with the prose. Following trafilatura's
 * design, blocks are judged by link density and length, and short blocks by what they say.
 */
import { all, type DomElement, isElement, parseHtmlFragment } from './dom.ts';
import { isNamedBoilerplate } from './clean-page.ts';
import { isBylineOrDateLine, isFurnitureLabel, isPointerLine, isShouting } from './boilerplate-lines.ts';
import { linkDensity, textLength } from './link-density.ts';
import { pageWeights } from './page-text-weights.ts';

/** Captions and credits describe a picture, not the story. */
const CAPTIONS = 'figcaption, [itemprop="caption"], [itemprop="copyrightHolder"]';
/** Blocks judged as a whole. */
const BLOCKS = 'p, div, section, ul, ol, dl, li, table, h1, h2, h3, h4, h5, h6, blockquote, header';
const BLOCK_TAGS: ReadonlySet<string> = new Set(BLOCKS.split(', '));
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A block this link-heavy is navigation ("Related: …", a list of headlines) unless it is long. */
const LINK_DENSE = 0.5;
const LINK_DENSE_MAX_CHARS = 300;
/** Blocks nearly all links are navigation at any length. */
const ALL_LINKS = 0.85;
/** Share of the container's text from which a named element is a wrapper of the article, not a part beside it. */
const CONTAINER_SHARE = 0.95;
/** Longest label ("You may also like", "More on this story") taken to introduce a run of headlines. */
const LABEL_MAX_WORDS = 6;
/** How many blocks from either edge are checked for a byline or date line. */
const EDGE_BLOCKS = 4;

export function pruneContent(html: string): string {
  const root = parseHtmlFragment(html);
  for (const element of all(root, CAPTIONS)) element.remove();
  removeNamedBoilerplate(root);
  removeLinkLists(root);
  removeHeadlineRuns(root);
  removeFurnitureLines(root);
  removeOrphanHeadings(root);
  return root.innerHTML;
}

/**
 * Parts named as boilerplate inside the chosen container, except a wrapper around (nearly) all of its text: the
 * container readability chose may itself carry such a name. A named part beside the prose (comments, however long)
 * still goes.
 */
function removeNamedBoilerplate(root: DomElement): void {
  const weights = pageWeights(root);
  const total = weights.get(root)?.text ?? 0;
  for (const element of all(root, '[class], [id]')) {
    if ((weights.get(element)?.text ?? 0) >= total * CONTAINER_SHARE) continue;
    if (isNamedBoilerplate(element)) element.remove();
  }
}

function removeLinkLists(root: DomElement): void {
  for (const block of all(root, BLOCKS)) {
    if (attached(block, root) && isLinkBlock(block)) block.remove();
  }
}

/**
 * Navigation inside the body: several links making up most of a block ("Related: A | B | C", a list of headlines),
 * or one link presented as a pointer elsewhere ("READ MORE: …", a headline in capitals). A lone link inside a short
 * sentence of prose ("Get it on Amazon for $39") stays.
 */
function isLinkBlock(block: DomElement): boolean {
  const length = textLength(block);
  if (length === 0) return false;
  const density = linkDensity(block);
  if (density < LINK_DENSE) return false;
  const links = block.querySelectorAll('a').length;
  if (links >= 2) return density >= ALL_LINKS || length <= LINK_DENSE_MAX_CHARS;
  if (length > LINK_DENSE_MAX_CHARS) return false;
  const text = (block.textContent ?? '').trim();
  return isPointerLine(text) || isShouting(text);
}

/**
 * Consecutive blocks that are each nothing but a link are a list of headlines, however the template marks it up
 * (one <p> or one <ul> per headline); the short label just before such a run ("You may also like", "More") goes too.
 */
function removeHeadlineRuns(root: DomElement): void {
  const parents = [root, ...all(root, BLOCKS)];
  for (const parent of parents) {
    if (!attached(parent, root)) continue;
    let run: DomElement[] = [];
    for (const child of [...Array.from(parent.childNodes), null]) {
      if (child !== null && !isElement(child) && (child.textContent ?? '').trim() === '') continue;
      if (child !== null && isElement(child) && BLOCK_TAGS.has(child.localName) && isLinkOnly(child)) {
        run.push(child);
        continue;
      }
      // Prose, an inline element or a block with more than a link ends the run.
      if (run.length >= 2) removeRun(run);
      run = [];
    }
  }
}

function removeRun(run: DomElement[]): void {
  const label = run[0]!.previousElementSibling;
  for (const element of run) element.remove();
  if (label === null || label.querySelector('a, img') !== null) return;
  const text = (label.textContent ?? '').trim();
  if (text !== '' && text.split(/\s+/u).length <= LABEL_MAX_WORDS) label.remove();
}

function isLinkOnly(element: DomElement): boolean {
  const length = textLength(element);
  return length > 0 && length <= LINK_DENSE_MAX_CHARS && linkDensity(element) >= ALL_LINKS;
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

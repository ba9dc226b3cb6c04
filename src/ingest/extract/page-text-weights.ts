import { type DomElement, isElement, TEXT_NODE } from './dom.ts';

export interface ElementWeight {
  /** Characters of paragraph text inside the element. */
  text: number;
  /** Whether an <article>, <main> or articleBody element is inside it (or is it). */
  holdsArticleElement: boolean;
}

/**
 * How much paragraph text each element holds, and whether it holds an article element, computed bottom-up in one
 * walk (linear in the page's size), so a cleaning rule can ask "does this element hold the article?" of any element
 * without re-reading its subtree.
 */
export function pageWeights(root: DomElement): Map<DomElement, ElementWeight> {
  const weights = new Map<DomElement, ElementWeight>();
  // Post-order walk with an explicit stack: deep documents must not overflow the call stack.
  const stack: { element: DomElement; visited: boolean }[] = [{ element: root, visited: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.visited) {
      weights.set(top.element, ownWeight(top.element, weights));
      continue;
    }
    stack.push({ element: top.element, visited: true });
    for (const child of Array.from(top.element.children)) stack.push({ element: child, visited: false });
  }
  return weights;
}

const PARAGRAPHS: ReadonlySet<string> = new Set(['p', 'pre', 'blockquote', 'li', 'td']);
const ARTICLE_ELEMENTS: ReadonlySet<string> = new Set(['article', 'main']);

function ownWeight(element: DomElement, weights: Map<DomElement, ElementWeight>): ElementWeight {
  let holdsArticleElement = ARTICLE_ELEMENTS.has(element.localName) || element.getAttribute('itemprop') === 'articleBody';
  if (PARAGRAPHS.has(element.localName)) {
    for (const child of Array.from(element.children)) holdsArticleElement ||= weights.get(child)?.holdsArticleElement ?? false;
    return { text: (element.textContent ?? '').trim().length, holdsArticleElement };
  }
  let text = 0;
  for (const child of Array.from(element.childNodes)) {
    if (isElement(child)) {
      const weight = weights.get(child);
      text += weight?.text ?? 0;
      holdsArticleElement ||= weight?.holdsArticleElement ?? false;
    } else if (child.nodeType === TEXT_NODE) {
      // Text written straight into a div (no <p>) counts too: some templates never use paragraphs.
      text += (child.textContent ?? '').trim().length;
    }
  }
  return { text, holdsArticleElement };
}

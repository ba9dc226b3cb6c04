/**
 * Removes what surrounds an article before the main-content pass runs: elements that are never prose (forms,
 * navigation, asides, footers, embeds) and containers whose class or id names them as sharing, related links,
 * comments, newsletters, ads, cookie or paywall notices. A container is never removed when it holds the article
 * itself (an <article>/<main> inside it, or most of the page's paragraph text), because templates misname things.
 */
import { type DomDocument, type DomElement } from './dom.ts';
import { isBoilerplateWord, isContentWord } from './boilerplate-names.ts';
import { nameTokens } from './name-tokens.ts';
import { pageWeights, type ElementWeight } from './page-text-weights.ts';

/** Never prose, whatever their names. */
const NON_PROSE: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'textarea',
  'button', 'input', 'dialog', 'menu', 'link', 'meta',
]);
/** Page structure that is not the article, unless it holds the article. */
const STRUCTURAL: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'form']);
/** Share of the page's paragraph text above which an element is taken to hold the article. */
const ARTICLE_SHARE = 0.5;

export function cleanPage(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  const weights = pageWeights(body);
  const total = weights.get(body)?.text ?? 0;
  // Top-down: once a container goes, nothing inside it needs a decision.
  const stack: DomElement[] = Array.from(body.children);
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (shouldRemove(element, weights.get(element), total)) {
      element.remove();
      continue;
    }
    for (const child of Array.from(element.children)) stack.push(child);
  }
}

function shouldRemove(element: DomElement, weight: ElementWeight | undefined, total: number): boolean {
  const tag = element.localName;
  if (NON_PROSE.has(tag)) return true;
  const holdsArticle = weight !== undefined && (weight.holdsArticleElement || weight.text > total * ARTICLE_SHARE);
  if (holdsArticle) return false;
  return STRUCTURAL.has(tag) || isNamedBoilerplate(element);
}

const PROTECTED_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'article', 'main']);

/** Its class or id names a boilerplate part and nothing of an article. */
export function isNamedBoilerplate(element: DomElement): boolean {
  if (PROTECTED_TAGS.has(element.localName)) return false;
  const words = nameTokens(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
  let boilerplate = false;
  for (const word of words) {
    if (isContentWord(word)) return false;
    if (isBoilerplateWord(word)) boilerplate = true;
  }
  return boilerplate;
}

/**
 * The article object a page describes in JSON-LD (schema.org NewsArticle, Article, BlogPosting, …), found through
 * arrays and @graph. Broken JSON is skipped: publishers ship plenty of it.
 */
import { all, type DomDocument } from '../dom.ts';

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  image: string | null;
  section: string | null;
  publisher: string | null;
  language: string | null;
  url: string | null;
}

const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting', 'techarticle', 'scholarlyarticle',
  'report', 'webpage',
]);
/** Limits how much JSON-LD is walked: a page can ship megabytes of it. */
const MAX_NODES = 5000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function readJsonLd(doc: DomDocument): JsonLdArticle | null {
  const candidates: Record<string, Json>[] = [];
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    const parsed = parseJson(script.textContent ?? '');
    if (parsed !== undefined) collectObjects(parsed, candidates);
  }
  // A real article type beats a generic WebPage.
  const best = candidates.find((o) => typesOf(o).some((t) => t !== 'webpage' && ARTICLE_TYPES.has(t)))
    ?? candidates.find((o) => typesOf(o).includes('webpage'));
  return best ? toArticle(best) : null;
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function collectObjects(root: Json, out: Record<string, Json>[]): void {
  const stack: Json[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const node = stack.pop()!;
    if (Array.isArray(node)) stack.push(...node);
    else if (node !== null && typeof node === 'object') {
      if (typesOf(node).some((t) => ARTICLE_TYPES.has(t))) out.push(node);
      const graph = node['@graph'];
      if (graph !== undefined) stack.push(graph);
    }
  }
}

function typesOf(node: Record<string, Json>): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function toArticle(node: Record<string, Json>): JsonLdArticle {
  return {
    headline: stringOf(node.headline) ?? stringOf(node.name),
    authors: namesOf(node.author),
    datePublished: stringOf(node.datePublished) ?? stringOf(node.dateCreated),
    dateModified: stringOf(node.dateModified),
    image: urlOf(node.image) ?? urlOf(node.thumbnailUrl),
    section: stringOf(Array.isArray(node.articleSection) ? node.articleSection[0] : node.articleSection),
    publisher: namesOf(node.publisher)[0] ?? null,
    language: stringOf(node.inLanguage),
    url: stringOf(node.url) ?? urlOf(node.mainEntityOfPage),
  };
}

function stringOf(value: Json | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Person or organization names: a string, an object with a name, or a list of either. */
function namesOf(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item : item !== null && typeof item === 'object' && !Array.isArray(item) ? item.name : null;
    const s = stringOf(name ?? undefined);
    if (s !== null && !names.includes(s)) names.push(s);
  }
  return names;
}

/** An image or page reference: a URL string, an ImageObject/WebPage with url or @id, or the first of a list. */
function urlOf(value: Json | undefined): string | null {
  if (Array.isArray(value)) return value.length > 0 ? urlOf(value[0]) : null;
  if (typeof value === 'string') return stringOf(value);
  if (value !== null && typeof value === 'object') return stringOf(value.url) ?? stringOf(value['@id']);
  return null;
}

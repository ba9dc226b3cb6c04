import { isFullTextPolicy, type FullTextPolicy } from '../../domain/extraction.ts';
import { readOpmlTree, type OutlineNode } from './read-opml-tree.ts';

export interface OpmlOutline {
  title: string | null;
  xmlUrl: string;
  htmlUrl: string | null;
  type: string | null;
  language: string | null;
  /** newsgraph's fullText attribute (AUTO, ALWAYS, NEVER); absent when the outline has none (or an unknown one). */
  fullText?: FullTextPolicy;
  /** The folder path of enclosing outlines, outermost first, then the entries of the category attribute. */
  categories: string[];
}

export type OpmlProblemReason = 'no_xml_url' | 'invalid_url' | 'duplicate';

export interface OpmlProblem {
  /** Where the skipped outline is: its enclosing titles and its own, e.g. "Tech > Blogs > #3" (#n when untitled). */
  path: string;
  reason: OpmlProblemReason;
}

export interface OpmlParseResult {
  title: string | null;
  feeds: OpmlOutline[];
  /** Outlines skipped: leaves without xmlUrl, xmlUrls that are not http(s) URLs, repeats of an earlier xmlUrl. */
  problems: OpmlProblem[];
}

/**
 * Reads the feeds of an OPML subscription list, nested to any depth, in document order.
 * Throws ParseError('parse_error') when the text is not an OPML document.
 */
export function parseOpml(text: string): OpmlParseResult {
  const tree = readOpmlTree(text);
  const result: OpmlParseResult = { title: tree.title, feeds: [], problems: [] };
  walk(tree.outlines, { folders: [], labels: [] }, new Set<string>(), result);
  return result;
}

interface Position {
  folders: string[];
  labels: string[];
}

function walk(nodes: OutlineNode[], at: Position, seen: Set<string>, result: OpmlParseResult): void {
  nodes.forEach((node, index) => {
    const label = outlineLabel(node);
    const here: Position = {
      folders: label === null ? at.folders : [...at.folders, label],
      labels: [...at.labels, label ?? `#${index + 1}`],
    };
    visit(node, at.folders, here.labels.join(' > '), seen, result);
    walk(node.children, here, seen, result);
  });
}

function visit(node: OutlineNode, folders: string[], path: string, seen: Set<string>, result: OpmlParseResult): void {
  const rawUrl = attr(node, 'xmlurl');
  if (rawUrl === null) {
    // An outline without xmlUrl but with children is a folder, not a problem.
    if (node.children.length === 0) result.problems.push({ path, reason: 'no_xml_url' });
    return;
  }
  const key = httpUrlKey(rawUrl);
  if (key === null) return void result.problems.push({ path, reason: 'invalid_url' });
  if (seen.has(key)) return void result.problems.push({ path, reason: 'duplicate' });
  seen.add(key);
  const htmlUrl = attr(node, 'htmlurl');
  result.feeds.push({
    title: feedTitle(node, rawUrl),
    xmlUrl: rawUrl,
    htmlUrl: htmlUrl !== null && httpUrlKey(htmlUrl) !== null ? htmlUrl : null,
    type: attr(node, 'type'),
    language: attr(node, 'language'),
    ...fullTextAttr(attr(node, 'fulltext')),
    categories: withCategoryAttr(folders, attr(node, 'category')),
  });
}

/** The full-text policy an outline carries, in any letter case. */
function fullTextAttr(value: string | null): { fullText?: FullTextPolicy } {
  const upper = value?.toUpperCase();
  return isFullTextPolicy(upper) ? { fullText: upper } : {};
}

/** A trimmed, non-empty attribute value, or null. */
function attr(node: OutlineNode, name: string): string | null {
  const value = node.attrs.get(name)?.trim();
  return value === undefined || value === '' ? null : value;
}

/** What readers show for an outline: text (required by the spec, and what users rename), else title. */
function outlineLabel(node: OutlineNode): string | null {
  const label = attr(node, 'text') ?? attr(node, 'title');
  return label === null ? null : label.replace(/\s+/g, ' ');
}

/** Exporters that know no title write the URL as text; that is not a title. */
function feedTitle(node: OutlineNode, xmlUrl: string): string | null {
  const label = outlineLabel(node);
  return label === xmlUrl ? null : label;
}

/** The normalized URL used to spot duplicates, or null when the value is not an absolute http(s) URL. */
function httpUrlKey(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The category attribute is a comma-separated list of slash-delimited paths ("/Tech/Web,news"). */
function withCategoryAttr(folders: string[], category: string | null): string[] {
  const extra = (category ?? '')
    .split(',')
    .map((c) => trimSlashes(c.trim()))
    .filter((c) => c !== '');
  return [...new Set([...folders, ...extra])];
}

/** Drops leading and trailing slashes with index scans (a `/\/+$/` replace rescans a run of slashes from each one). */
function trimSlashes(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === '/') start++;
  while (end > start && s[end - 1] === '/') end--;
  return s.slice(start, end);
}

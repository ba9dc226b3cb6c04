import { attributeValue, findRootElement } from './root-element.ts';

export type DetectedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'cdf' | 'html' | 'unknown';

/**
 * Cheap sniffing of the first few KB: skips BOM, whitespace, comments, processing instructions and doctype, then
 * decides by the root element (or, for JSON, by the presence of a JSON Feed `version`).
 */
export function detectFormat(text: string): DetectedFormat {
  const head = text.slice(0, 16_384).replace(/^[\uFEFF\s]+/, '');
  if (head.startsWith('{')) return looksLikeJsonFeed(head) ? 'json' : 'unknown';
  if (/^<!doctype\s+html\b/i.test(head)) return 'html';
  const root = findRootElement(head);
  if (!root) return 'unknown';
  return formatOfRoot(root.name, root.attributes);
}

function looksLikeJsonFeed(head: string): boolean {
  return /"version"\s*:\s*"/.test(head) || /jsonfeed\.org\/version/.test(head);
}

function formatOfRoot(name: string, attributes: string): DetectedFormat {
  const [prefix, local] = name.includes(':') ? name.split(':', 2) as [string, string] : [null, name];
  switch (local.toLowerCase()) {
    case 'rss':
      return 'rss';
    case 'rdf':
      return 'rdf';
    case 'feed':
      return prefix === null || isAtomPrefix(prefix, attributes) ? 'atom' : 'unknown';
    case 'html':
      return 'html';
    // A CDF channel has no namespace; a prefixed <x:channel> root is something else.
    case 'channel':
      return prefix === null ? 'cdf' : 'unknown';
    default:
      return 'unknown';
  }
}

function isAtomPrefix(prefix: string, attributes: string): boolean {
  const ns = attributeValue(attributes, `xmlns:${prefix}`);
  return ns !== null && /atom/i.test(ns);
}

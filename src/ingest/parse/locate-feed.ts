import type { XmlTree } from './xml-tree.ts';
import { nodes, type XmlElement } from './xml-node.ts';

export interface LocatedFeed {
  kind: 'rss' | 'rdf' | 'atom';
  /** The element holding the feed's own fields: RSS `<channel>`, Atom `<feed>`. */
  channel: XmlElement;
  /** Items or entries in document order. */
  items: XmlElement[];
}

/**
 * Finds the channel and its items in a tree, by canonical names (so prefixed RSS 1.0 and Atom count). Accepts what
 * real feeds do: an `<rss>` without `<channel>`, a `<channel>` without `<rss>`, items directly under `<rss>` or
 * inside an RDF `<channel>`, an empty root (a feed with no items). Null when the root is not a feed element.
 */
export function locateFeed(tree: XmlTree): LocatedFeed | null {
  const local = localName(tree.rootName).toLowerCase();
  const root = tree.root;
  if (local === 'feed') return { kind: 'atom', channel: root, items: elements(root, 'entry') };
  // An RSS channel published without its <rss> wrapper (a CDF channel is read before this).
  if (local === 'channel') return { kind: 'rss', channel: root, items: elements(root, 'item') };
  if (local !== 'rss' && local !== 'rdf') return null;
  const channel = elements(root, 'channel')[0] ?? root;
  const items = channel === root ? elements(root, 'item') : [...elements(channel, 'item'), ...elements(root, 'item')];
  return { kind: local === 'rss' ? 'rss' : 'rdf', channel, items };
}

/** Child elements as objects; an empty `<item/>` or text-only one becomes an element with that text. */
function elements(holder: XmlElement, key: string): XmlElement[] {
  return nodes(holder, key).map((n) => (typeof n === 'string' ? (n.trim() === '' ? {} : { _: n }) : n));
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

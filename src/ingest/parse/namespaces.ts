/**
 * Feed namespaces by URI, each with the one prefix the mapping code reads. Documents choose their own prefixes
 * (`<rss:item>`, `<a:feed>`, `<dcterms:modified>`, `xmlns="http://www.w3.org/2005/Atom"` on one `<link>` inside
 * RSS), so element names are rewritten to these canonical ones; an element in an unknown namespace, or with an
 * undeclared prefix, keeps its name as written.
 */
const FEED_ROOT = '';

const NAMESPACES: ReadonlyMap<string, string> = new Map([
  ['http://purl.org/rss/1.0/', FEED_ROOT],
  ['http://my.netscape.com/rdf/simple/0.9/', FEED_ROOT],
  ['http://backend.userland.com/rss2', FEED_ROOT],
  ['http://blogs.law.harvard.edu/tech/rss', FEED_ROOT],
  ['http://www.w3.org/2005/atom', 'atom'],
  ['http://purl.org/atom/ns#', 'atom'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  // Dublin Core 1.0 names the same elements as 1.1; early feeds still declare it.
  ['http://purl.org/dc/elements/1.0/', 'dc'],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/dc/terms/', 'dcterms'],
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://search.yahoo.com/mrss/', 'media'],
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://www.google.com/schemas/play-podcasts/1.0', 'googleplay'],
  ['http://rssnamespace.org/feedburner/ext/1.0', 'feedburner'],
  ['http://www.w3.org/1999/xhtml', 'xhtml'],
  ['http://purl.org/rss/1.0/modules/slash/', 'slash'],
  ['http://wellformedweb.org/commentapi/', 'wfw'],
  ['http://purl.org/syndication/thread/1.0', 'thr'],
]);

const ATOM_URIS = new Set(['http://www.w3.org/2005/atom', 'http://purl.org/atom/ns#']);

/** The in-scope prefix -> namespace bindings after an element's own `xmlns`/`xmlns:p` attributes. */
export function namespaceDeclarations(attrs: Record<string, string>, inherited: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let scope: Map<string, string> | null = null;
  for (const [name, value] of Object.entries(attrs)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(inherited);
    scope.set(name === 'xmlns' ? '' : name.slice(6), value.trim().toLowerCase());
  }
  return scope ?? inherited;
}

/**
 * The canonical name of an element and its namespace URI. In an Atom document Atom elements are unprefixed; in
 * any other document they are `atom:*`.
 */
export function canonicalElementName(
  raw: string,
  scope: ReadonlyMap<string, string>,
  documentNamespace: string | null,
): { name: string; namespace: string | null } {
  const colon = raw.indexOf(':');
  const prefix = colon < 0 ? '' : raw.slice(0, colon);
  const local = colon < 0 ? raw : raw.slice(colon + 1);
  const namespace = scope.get(prefix) ?? null;
  if (namespace === null) return { name: raw, namespace };
  let canonical = NAMESPACES.get(namespace);
  if (canonical === 'atom' && documentNamespace !== null && ATOM_URIS.has(documentNamespace)) canonical = FEED_ROOT;
  if (canonical === undefined) return { name: raw, namespace };
  return { name: canonical === FEED_ROOT ? local : `${canonical}:${local}`, namespace };
}

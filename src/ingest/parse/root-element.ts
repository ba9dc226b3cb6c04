/** The first element's start tag of an XML/HTML document, found by skipping BOM, junk, comments, PIs and doctype. */
export interface RootElement {
  /** Qualified name as written, e.g. `rss`, `rdf:RDF`, `atom:feed`. */
  name: string;
  /** The raw attribute text of the start tag. */
  attributes: string;
}

const HEAD_LIMIT = 16_384;

/** Looks at the first 16 KB only; returns null when no start tag is found there. */
export function findRootElement(text: string): RootElement | null {
  const head = text.slice(0, HEAD_LIMIT);
  let i = head.indexOf('<');
  while (i >= 0 && i < head.length) {
    if (head.startsWith('<!--', i)) i = skipPast(head, i, '-->');
    else if (head.startsWith('<?', i)) i = skipPast(head, i, '?>');
    else if (head.startsWith('<!', i)) i = skipDoctype(head, i);
    else {
      const m = /^<([A-Za-z_][\w.:-]*)([^>]*)/.exec(head.slice(i, i + 4096));
      return m ? { name: m[1] as string, attributes: m[2] as string } : null;
    }
    if (i < 0) return null;
    i = head.indexOf('<', i);
  }
  return null;
}

function skipPast(s: string, from: number, end: string): number {
  const j = s.indexOf(end, from);
  return j < 0 ? -1 : j + end.length;
}

/** A doctype may carry an internal subset in brackets that itself contains `>`. */
function skipDoctype(s: string, from: number): number {
  const bracket = s.indexOf('[', from);
  const close = s.indexOf('>', from);
  if (bracket >= 0 && bracket < close) return skipPast(s, bracket, ']>') ;
  return close < 0 ? -1 : close + 1;
}

/** The value of attribute `name` in a raw attribute string, or null. */
export function attributeValue(attributes: string, name: string): string | null {
  const escaped = name.replace(/[.:-]/g, (c) => `\\${c}`);
  const m = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

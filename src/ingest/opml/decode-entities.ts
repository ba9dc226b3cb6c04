import { Parser } from 'htmlparser2';

/**
 * Decodes character references with HTML rules, as an attribute value. OPML files are often written by hand or by
 * tools that emit HTML entities (&eacute;, &nbsp;) which XML does not define; HTML rules are a superset of XML's five
 * entities and numeric references, and attribute rules leave "&copy=1" in a query string alone.
 */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  let decoded = raw;
  const parser = new Parser(
    {
      onattribute(_name, value) {
        decoded = value;
      },
    },
    { decodeEntities: true },
  );
  parser.end(`<x v="${raw.replaceAll('"', '&quot;')}">`);
  return decoded;
}

import { Parser } from 'htmlparser2';

/**
 * Entities escaped more than once ("&amp;amp;amp;" in the XML): after the XML parse and one HTML decode a reader
 * would still see "&amp;" or "&#8217;". Text that still holds entity references once decoded is decoded again, at
 * most twice more; HTML that holds an escaped entity reference ("&amp;quot;") has one level of escaping removed.
 * Only entity references change: no markup is ever created, as "&lt;" stays an entity in HTML.
 */
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const ESCAPED_ENTITY = /&amp;(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const EXTRA_ROUNDS = 2;

/** Plain text with entity references left in it decoded (see above). */
export function decodeLeftoverEntities(text: string): string {
  let out = text;
  for (let round = 0; round < EXTRA_ROUNDS && out.includes('&'); round++) {
    const next = out.replace(ENTITY, decodeOne);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** HTML with escaped entity references ("&amp;amp;", "&amp;#8217;") unescaped one level per round. */
export function collapseEscapedEntities(html: string): string {
  let out = html;
  for (let round = 0; round < EXTRA_ROUNDS && out.includes('&amp;'); round++) {
    const next = out.replace(ESCAPED_ENTITY, '&$1;');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** One entity reference decoded the way an HTML parser decodes it (unknown names stay as written). */
function decodeOne(reference: string): string {
  let out = '';
  const parser = new Parser({ ontext: (t) => void (out += t) }, { decodeEntities: true });
  parser.write(reference);
  parser.end();
  return out;
}

import { stripInvalidXmlChars } from '../fetch/decode-body.ts';
import { declaredEntities, type DeclaredEntities } from './dtd-entities.ts';
import { htmlEntityCodePoint } from './html-entities.ts';

/**
 * Repairs the common ways real feeds break strict XML, before the strict parse (xml-tree.ts). Well-formed
 * documents come out unchanged apart from a dropped BOM/leading junk.
 *  - BOM, whitespace or junk before the first `<`;
 *  - characters XML 1.0 forbids;
 *  - entities the DOCTYPE declares -> their text (dtd-entities.ts);
 *  - HTML named entities (`&nbsp;`) -> numeric references; unknown entities and bare `&` -> `&amp;`;
 * CDATA sections and comments are left alone: `&` is literal there. Prefixes are left as written: the tree resolves
 * namespaces, so `<a:feed xmlns:a="…Atom" xmlns="…xhtml">` keeps its Atom elements apart from its XHTML ones.
 */
export function prepareXml(text: string): string {
  const start = text.indexOf('<');
  const body = stripInvalidXmlChars(start > 0 ? text.slice(start) : text);
  const entities = declaredEntities(body);
  const parts = splitLiteralSections(body);
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = repairAmpersands(parts[i] as string, entities);
  }
  return parts.join('');
}

const LITERAL_SECTIONS = [
  { open: '<![CDATA[', close: ']]>' },
  { open: '<!--', close: '-->' },
] as const;

/**
 * Splits markup from CDATA sections and comments: even indexes are markup, odd ones literal sections. One pass:
 * the next position of each opener is remembered and searched again only once passed, and an opener without its
 * closer makes the rest of the document literal (a strict parser rejects it anyway), so the work is linear in the
 * length however many unclosed `<!--` or `<![CDATA[` a document holds.
 */
export function splitLiteralSections(text: string): string[] {
  const parts: string[] = [];
  const next = LITERAL_SECTIONS.map((s) => text.indexOf(s.open));
  let i = 0;
  for (;;) {
    let which = -1;
    for (let k = 0; k < next.length; k++) {
      const at = next[k] as number;
      if (at >= 0 && (which < 0 || at < (next[which] as number))) which = k;
    }
    if (which < 0) break;
    const section = LITERAL_SECTIONS[which]!;
    const start = next[which] as number;
    const end = text.indexOf(section.close, start + section.open.length);
    parts.push(text.slice(i, start));
    if (end < 0) {
      parts.push(text.slice(start));
      i = text.length;
      break;
    }
    i = end + section.close.length;
    parts.push(text.slice(start, i));
    for (let k = 0; k < next.length; k++) {
      if ((next[k] as number) >= 0 && (next[k] as number) < i) next[k] = text.indexOf(LITERAL_SECTIONS[k]!.open, i);
    }
  }
  parts.push(text.slice(i));
  return parts;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const AMPERSAND = /&(?:(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});)?/g;

function repairAmpersands(s: string, entities: DeclaredEntities | null): string {
  if (!s.includes('&')) return s;
  return s.replace(AMPERSAND, (whole, ref: string | undefined) => {
    if (ref === undefined) return '&amp;';
    const declared = entities?.expand(ref);
    if (declared !== undefined) return declared;
    // XML spells hexadecimal references with a lowercase x; `&#X41;` is common and unambiguous.
    if (ref.startsWith('#')) return validCodePoint(ref) ? whole.replace('&#X', '&#x') : `&amp;${ref};`;
    if (XML_ENTITIES.has(ref)) return whole;
    const code = htmlEntityCodePoint(ref);
    return code === undefined ? `&amp;${ref};` : `&#${code};`;
  });
}

function validCodePoint(ref: string): boolean {
  const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  return n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) && n !== 0xfffe && n !== 0xffff);
}

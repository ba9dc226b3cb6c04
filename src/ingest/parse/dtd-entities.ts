/**
 * Entities a document declares in its DOCTYPE's internal subset (`<!DOCTYPE rss [ <!ENTITY site "example.com"> ]>`).
 * A strict parser without DTD support rejects their references and a repairing one would show them as "&site;",
 * so they are expanded before parsing, safely:
 *  - only internal general entities with a quoted value; parameter (`%`) and external (`SYSTEM`/`PUBLIC`) ones are
 *    ignored, so nothing is ever fetched;
 *  - a value is plain text: its own references are not expanded again (no recursion, no "billion laughs") and its
 *    markup characters are escaped;
 *  - expansion stops adding text after MAX_EXPANDED_CHARS in all; later references stay literal text.
 */
const HEAD_LIMIT = 16_384;
const MAX_VALUE_CHARS = 4096;
export const MAX_EXPANDED_CHARS = 1_000_000;
const DOCTYPE = /<!DOCTYPE\b/i;
const FIRST_ELEMENT = /<[A-Za-z_]/;
const ENTITY_DECLARATION = /<!ENTITY\s+([A-Za-z_][\w.-]{0,63})\s+(?:"([^"]*)"|'([^']*)')\s*>/g;

export interface DeclaredEntities {
  /** The text a reference to `name` stands for, or undefined when the document declares no such entity (or the budget is spent). */
  expand(name: string): string | undefined;
}

/** The entities of the document's internal subset; null when it declares none. */
export function declaredEntities(text: string): DeclaredEntities | null {
  const subset = internalSubset(text);
  if (subset === null || !subset.includes('<!ENTITY')) return null;
  const values = new Map<string, string>();
  for (const m of subset.matchAll(ENTITY_DECLARATION)) {
    const name = m[1] as string;
    const value = m[2] ?? m[3] ?? '';
    // XML: the first declaration of an entity binds.
    if (!values.has(name) && value.length <= MAX_VALUE_CHARS) values.set(name, escapeText(value));
  }
  if (values.size === 0) return null;
  let budget = MAX_EXPANDED_CHARS;
  return {
    expand(name) {
      const value = values.get(name);
      if (value === undefined || value.length > budget) return undefined;
      budget -= value.length;
      return value;
    },
  };
}

/** The bracketed internal subset of a DOCTYPE that comes before the root element, or null. */
function internalSubset(text: string): string | null {
  const head = text.slice(0, HEAD_LIMIT);
  const doctype = head.search(DOCTYPE);
  if (doctype < 0) return null;
  const element = head.search(FIRST_ELEMENT);
  if (element >= 0 && element < doctype) return null;
  const open = head.indexOf('[', doctype);
  const close = head.indexOf('>', doctype);
  if (open < 0 || (close >= 0 && close < open)) return null;
  const end = head.indexOf(']', open);
  return end < 0 ? null : head.slice(open + 1, end);
}

/** The value as character data: its markup and references become literal text. */
function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

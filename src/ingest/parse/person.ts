import type { RawPerson } from '../../domain/raw-feed.ts';
import { childText, nodeText, type XmlNode } from './xml-node.ts';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+$/;

function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

/**
 * An RSS-style author string: "jo@example.com (Jo Doe)", "Jo Doe <jo@example.com>", "Jo Doe (jo@example.com)",
 * "jo@example.com" or "Jo Doe". A "Jo Doe (mailto:…)" creator is a name as written (Miniflux shows it whole).
 * The parts are split, never altered.
 */
export function personFromString(value: string | null): RawPerson | null {
  const s = value?.trim();
  if (!s) return null;
  // Index scans rather than one regex per form: the forms' quantifiers overlap and would backtrack polynomially.
  if (s.endsWith(')')) {
    const open = s.indexOf('(');
    const before = s.slice(0, open).trim();
    const inside = s.slice(open + 1, -1);
    if (open > 0 && isEmail(before) && inside.trim() !== '') return person(inside, before, null);
  }
  if (s.endsWith(')') || s.endsWith('>')) {
    const open = s.lastIndexOf(s.endsWith(')') ? '(' : '<');
    const inside = s.slice(open + 1, -1);
    // "Jo Doe (mailto:jo@example.com)", the Dublin Core creator form, is a creator string: kept whole, as written.
    if (open >= 0 && isEmail(inside) && !inside.toLowerCase().startsWith('mailto:')) return person(s.slice(0, open), inside, null);
  }
  if (isEmail(s)) return person(null, s, null);
  return person(s, null, null);
}

/** An Atom person construct (`name`, `email`, `uri`; Atom 0.3 says `url`); a text-only node is read as a name. */
export function personFromAtom(node: XmlNode): RawPerson | null {
  if (typeof node === 'string') return personFromString(node);
  const name = localChildText(node, 'name');
  const email = localChildText(node, 'email');
  const uri = localChildText(node, 'uri') ?? localChildText(node, 'url');
  if (name === null && email === null && uri === null) return personFromString(nodeText(node));
  return person(name, email, uri);
}

/** A child by local name, so `atom:name` inside an RSS item's `atom:author` counts as `name`. */
function localChildText(node: XmlNode, local: string): string | null {
  if (typeof node === 'string') return null;
  const key = Object.keys(node).find((k) => k === local || k.endsWith(`:${local}`));
  return key === undefined ? null : childText(node, key);
}

function person(name: string | null | undefined, email: string | null | undefined, uri: string | null): RawPerson | null {
  const n = name?.trim() || null;
  const e = email?.trim() || null;
  return n === null && e === null && uri === null ? null : { name: n, email: e, uri };
}

export function compactPersons(list: (RawPerson | null)[]): RawPerson[] {
  return list.filter((p): p is RawPerson => p !== null);
}

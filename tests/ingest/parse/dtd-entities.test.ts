import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_CHARS } from '../../../src/ingest/parse/dtd-entities.ts';
import { parseFeedSync } from '../../../src/ingest/parse/parse-feed.ts';

/** Entities declared in a feed's DOCTYPE internal subset, expanded as text and never beyond a budget. */
const doc = (subset: string, body: string) => `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${subset}\n]>\n<rss version="2.0"><channel>${body}</channel></rss>`;

const CASES: [string, string, (f: ReturnType<typeof parseFeedSync>) => void][] = [
  ['a declared entity in a guid', doc('<!ENTITY base "urn:desk:">', '<item><guid isPermaLink="false">&base;2026/7</guid><title>t</title></item>'),
    (f) => expect(f.items[0]?.guid).toBe('urn:desk:2026/7')],
  ['single-quoted values, several entities', doc("<!ENTITY a 'Desk'>\n<!ENTITY b \"Weekly\">", '<title>&a; &b;</title>'),
    (f) => expect(f.title).toBe('Desk Weekly')],
  ['the first declaration of a name binds', doc('<!ENTITY n "one">\n<!ENTITY n "two">', '<title>&n;</title>'),
    (f) => expect(f.title).toBe('one')],
  ['a value is text: its markup is escaped, not parsed', doc('<!ENTITY m "<b>bold</b>">', '<title>&m;</title><item><title>i</title></item>'),
    (f) => expect([f.title, f.items.length]).toEqual(['<b>bold</b>', 1])],
  ['references inside a value are not expanded again', doc('<!ENTITY a "x">\n<!ENTITY b "&a;&a;">', '<title>&b;</title>'),
    (f) => expect(f.title).toBe('&a;&a;')],
  ['external and parameter entities are ignored', doc('<!ENTITY ext SYSTEM "file:///etc/passwd">\n<!ENTITY % p "x">', '<title>&ext; ok</title>'),
    (f) => expect(f.title).toBe('&ext; ok')],
  ['an undeclared entity stays literal text', doc('<!ENTITY a "x">', '<title>&zz; &a;</title>'),
    (f) => expect(f.title).toBe('&zz; x')],
  ['a DOCTYPE after the root element is not read', '<rss version="2.0"><channel><title>&a;</title><item><title>i</title></item></channel></rss><!DOCTYPE x [<!ENTITY a "no">]>',
    (f) => expect(f.title).toBe('&a;')],
];

describe('DOCTYPE entities', () => {
  it.each(CASES)('%s', (_name, text, check) => check(parseFeedSync(text)));

  it('stops expanding once the budget is spent', () => {
    const value = 'x'.repeat(4000);
    const refs = '&big;'.repeat(Math.ceil(MAX_EXPANDED_CHARS / value.length) + 5);
    const f = parseFeedSync(doc(`<!ENTITY big "${value}">`, `<title>${refs}</title>`));
    expect(f.title?.length).toBeLessThanOrEqual(MAX_EXPANDED_CHARS + 5 * '&big;'.length);
    expect(f.title?.endsWith('&big;')).toBe(true);
  });
});

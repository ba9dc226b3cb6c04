/**
 * German names the head of an organization in a hyphenated compound ("Siemens-Chef Roland Busch", "der
 * Verdi-Vorsitzende"): a name before the hyphen that no gazetteer knows and that is no everyday word names the
 * organization the head speaks for. A kind of organization, a government's noun or "Ex" before the hyphen names none.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string[]][] = [
  ['Hvalur-Chef Kristján Loftsson kritisierte die Entscheidung.', ['org:hvalur opposed']],
  ['Der Hvalur-Chef begrüßte die Entscheidung.', ['org:hvalur supportive']],
  ['Verdi-Vorsitzender Frank Werneke kritisierte die Entscheidung.', ['org:verdi opposed']],
  ['Die Trigema-Direktorin kritisierte die Entscheidung.', ['org:trigema opposed']],
  // a known organization keeps its own key
  ['Nato-Chef Mark Rutte kritisierte die Entscheidung.', ['org:nato opposed']],
  // a kind of organization, a government's noun or a former holder: no organization's name
  ['Konzern-Chef Roland Busch kritisierte die Entscheidung.', []],
  ['Regierungs-Chef Roland Busch kritisierte die Entscheidung.', []],
  ['Ex-Chef Roland Busch kritisierte die Entscheidung.', []],
];

describe('heads of organizations in German compounds', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(distinctLanguageReactionPairs('de', text)).toEqual([...expected].sort());
  });
});

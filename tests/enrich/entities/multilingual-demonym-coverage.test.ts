/**
 * Coverage of every UN member state in the six reaction languages (en de fr es it ru): the country's name, and its
 * demonym adjective in the gender and number forms each language inflects, must resolve to the country through the
 * multilingual matcher in a written sentence. The paradigms below are each language's regular adjective endings,
 * written here apart from the matcher's own inflection rules so the test checks them. Counts are printed so the
 * coverage can be compared across builds; sentences are written for the test, not taken from any corpus.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Countries } from 'world-countries';
import { findMultilingualMentions } from '../../../src/enrich/entities/multilingual/find-multilingual.ts';
import { namesOf } from '../../../src/enrich/entities/multilingual/names-data.ts';

const countries = createRequire(import.meta.url)('world-countries') as Countries;
const unMembers = countries.filter((c) => c.unMember);
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ru'] as const;
type Lang = (typeof LANGUAGES)[number];
const found = (language: string, text: string, key: string) => findMultilingualMentions(text, language).some((m) => m.entity.key === key);

const NAME_FRAME: Record<Lang, (n: string) => string> = {
  en: (n) => `On Monday ${n} said the talks would go on.`,
  de: (n) => `Am Montag erklärte ${n}, die Gespräche gingen weiter.`,
  fr: (n) => `Lundi, ${n} a déclaré que les discussions continuaient.`,
  es: (n) => `El lunes, ${n} declaró que las conversaciones seguían.`,
  it: (n) => `Lunedì ${n} ha dichiarato che i colloqui proseguono.`,
  ru: (n) => `В понедельник ${n} заявила, что переговоры продолжаются.`,
};
/** The adjective after (Romance, Russian after a noun is fine too) or before a noun, mid-sentence. */
const ADJ_FRAME: Record<Lang, (a: string) => string> = {
  en: (a) => `On Monday the ${a} minister said the talks would go on.`,
  de: (a) => `Am Montag sagte der ${a} Minister, die Gespräche gingen weiter.`,
  fr: (a) => `Lundi, le ministre ${a} a déclaré que les discussions continuaient.`,
  es: (a) => `El lunes, el ministro ${a} declaró que las conversaciones seguían.`,
  it: (a) => `Lunedì il ministro ${a} ha dichiarato che i colloqui proseguono.`,
  ru: (a) => `В понедельник ${a} министр заявил, что переговоры продолжаются.`,
};

/** Masculine and feminine, singular and plural of an adjective's dictionary form, by each language's regular endings. */
export function paradigm(adj: string, language: Lang): string[] {
  const a = adj.toLowerCase();
  switch (language) {
    case 'en':
      return [a];
    case 'de': // attributive endings of the strong and weak declensions
      return ['e', 'en', 'er', 'es', 'em'].map((e) => a + e);
    case 'fr': {
      const fem = a.endsWith('e') ? a : /(en|on)$/.test(a) ? `${a}${a.slice(-1)}e` : a.endsWith('el') ? `${a}le` : `${a}e`;
      return [a, fem, a.endsWith('s') ? a : `${a}s`, `${fem}s`];
    }
    case 'es': {
      if (a.endsWith('o')) return [a, `${a.slice(0, -1)}a`, `${a}s`, `${a.slice(0, -1)}as`];
      if (a.endsWith('e') || a.endsWith('a')) return [a, `${a}s`];
      const base = a.normalize('NFD').replace(/\u0301/g, '').normalize('NFC');
      return [a, `${base}a`, `${base}es`, `${base}as`];
    }
    case 'it': {
      const s = a.slice(0, -1);
      if (a.endsWith('co')) return [a, `${s}a`, `${s}hi`, `${s}he`];
      if (a.endsWith('o')) return [a, `${s}a`, `${s}i`, `${s}e`];
      if (a.endsWith('e')) return [a, `${s}i`];
      return [a];
    }
    case 'ru': {
      const m = /^(.+?)(ий|ый|ой)$/.exec(a);
      if (!m) return [a];
      const soft = /[кгхжшчщ]$/.test(m[1]!);
      return [a, `${m[1]}ая`, `${m[1]}ое`, `${m[1]}${soft ? 'ие' : 'ые'}`, `${m[1]}ого`, `${m[1]}ой`];
    }
  }
}

interface Row { language: Lang; names: number; demonyms: number; forms: number; formsFound: number; missing: string[] }

function coverage(language: Lang): Row {
  const row: Row = { language, names: 0, demonyms: 0, forms: 0, formsFound: 0, missing: [] };
  for (const c of unMembers) {
    const key = `country:${c.cca2}`;
    const own = namesOf(key).filter((n) => n.language === language);
    if (own.some((n) => (n.via === 'name' || n.via === 'alias') && found(language, NAME_FRAME[language](n.name), key))) row.names++;
    else row.missing.push(`${c.cca2} name`);
    const adjectives = own.filter((n) => n.via === 'demonym' && !/\s/.test(n.name)).map((n) => n.name);
    if (adjectives.length) row.demonyms++;
    else row.missing.push(`${c.cca2} no demonym`);
    // A country counts as covered when at least one of its adjectives resolves in every form.
    const best = adjectives.map((a) => paradigm(a, language).filter((f) => found(language, ADJ_FRAME[language](f), key)).length / paradigm(a, language).length);
    const forms = adjectives.length ? paradigm(adjectives[best.indexOf(Math.max(...best))]!, language) : [];
    for (const f of forms) {
      row.forms++;
      if (found(language, ADJ_FRAME[language](f), key)) row.formsFound++;
      else row.missing.push(`${c.cca2} ${f}`);
    }
  }
  return row;
}

/** A demonym in other sources (world-countries' English and French demonyms, both genders) resolves too. */
function worldCountriesDemonyms(): { total: number; found: number; missing: string[] } {
  const out = { total: 0, found: 0, missing: [] as string[] };
  for (const c of unMembers) {
    const key = `country:${c.cca2}`;
    const d = (c as unknown as { demonyms?: Record<string, { m: string; f: string }> }).demonyms ?? {};
    for (const [wc, language] of [['eng', 'en'], ['fra', 'fr']] as const) {
      for (const form of new Set([d[wc]?.m, d[wc]?.f].filter((x): x is string => !!x && !/\s/.test(x)))) {
        out.total++;
        if (found(language, ADJ_FRAME[language](form.toLowerCase()), key)) out.found++;
        else out.missing.push(`${c.cca2} ${language} ${form}`);
      }
    }
  }
  return out;
}

describe('UN member names and demonyms in en de fr es it ru', () => {
  const rows = LANGUAGES.map(coverage);
  const wc = worldCountriesDemonyms();

  it('prints the coverage table', () => {
    console.log(`UN members: ${unMembers.length}`);
    for (const r of rows) {
      console.log(`${r.language}: names ${r.names}/${unMembers.length}, with demonym ${r.demonyms}/${unMembers.length}, demonym forms ${r.formsFound}/${r.forms}`);
      if (process.env.COVERAGE_MISSING) console.log(`  missing: ${r.missing.join('; ')}`);
    }
    console.log(`world-countries en/fr demonyms found: ${wc.found}/${wc.total}`);
    if (process.env.COVERAGE_MISSING) console.log(`  missing: ${wc.missing.join('; ')}`);
  });

  it.each(LANGUAGES)('%s: every UN member is found by its name', (language) => {
    expect(rows.find((r) => r.language === language)!.missing.filter((m) => m.endsWith(' name'))).toEqual([]);
  });
});

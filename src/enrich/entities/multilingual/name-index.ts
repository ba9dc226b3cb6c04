/**
 * The multilingual names as lookup structures, one per language, built on first use: every name of that language
 * from names-multilingual.json, plus what every language writes the same way (the English names of capitals, the
 * organizations only the supplement knows). Each name is a sequence of token specs: the set of its inflected forms,
 * whether it is an acronym (matched exactly, or Title-cased as Italian and Spanish papers write "Onu", "Opec"), and
 * whether its first token must be capitalized. Candidates are found by the form of their first token.
 */
import { gazetteer } from '../gazetteer.ts';
import { slugify } from '../fold.ts';
import { inflectedForms } from './inflections.ts';
import { multilingualNames, type NameVia } from './names-data.ts';
import { wordTokens } from './word-tokens.ts';
import { stopwords } from '../../../text/index.ts';

export interface TokenSpec {
  forms: ReadonlySet<string>;
  acronym: boolean;
  /** written capitalized in the data: the text must be too */
  cap: boolean;
}

export interface IndexedName {
  key: string;
  via: NameVia;
  tokens: TokenSpec[];
  /** lower wins among matches of equal length */
  priority: number;
}

export interface LanguageIndex {
  byFirst: Map<string, IndexedName[]>;
}

const PRIORITY: Record<NameVia, number> = { name: 0, alias: 0, institution: 1, demonym: 2, capital: 3 };
/** The English spelling of a capital loses to the language's own name for the same span ("Peking" is Beijing in German). */
const ENGLISH_CAPITAL_PRIORITY = 4;
/** An English name of an organization loses to the language's own name for the same span. */
const ENGLISH_ORGANIZATION_PRIORITY = 4;
/** An English acronym of one word, all capitals at both ends: "CARICOM", "AfDB"; two letters ("AU") are too often a word. */
const ENGLISH_ACRONYM = /^[A-Z][A-Za-z]*[A-Z]$/;
/** Lower-case words an English organization's name may hold between its capitalised words. */
const ENGLISH_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the']);
const indexes = new Map<string, LanguageIndex>();

/**
 * The English names under which another language's papers write an organization: its acronyms ("la Caricom", "die
 * IOM") unless one is a word of the language ("uno"), and the full names of international bodies, which keep their
 * English form ("das Pacific Islands Forum", "Human Rights Watch"). National bodies' full English names are left to
 * each language's own words for them.
 */
function englishOrganizationNames(language: string): [string, string][] {
  const common = stopwords(language);
  const out: [string, string][] = [];
  for (const o of gazetteer().data.organizations) {
    for (const name of [o.name, ...o.aliases]) {
      const words = name.split(' ');
      const acronym = words.length === 1 && ENGLISH_ACRONYM.test(name) && !common.has(name.toLowerCase());
      const full = words.length > 1 && !o.country && /^[A-Z]/.test(name) && words.every((w) => /^[A-Z]/.test(w) || ENGLISH_CONNECTORS.has(w));
      if (acronym || full) out.push([`org:${o.id}`, name]);
    }
  }
  return out;
}

/** Capitals decline in Russian (в Москве) and take the German genitive (Moskaus), but "Berliner", "Pariser" are adjectives of the city, not the state. */
function capitalForms(word: string, language: string): string[] {
  if (language === 'ru' || language === 'uk') return inflectedForms(word, language);
  return language === 'de' ? [word, `${word}s`] : [word];
}

function specOf(name: string, language: string, via: NameVia): TokenSpec[] {
  return wordTokens(name, language).map((t) => {
    const acronym = t.allCaps || /\d/.test(t.text);
    const forms = acronym ? [t.norm] : via === 'capital' ? capitalForms(t.norm, language) : inflectedForms(t.norm, language);
    return { forms: new Set(forms), acronym, cap: t.cap };
  });
}

export function languageIndex(language: string): LanguageIndex {
  let index = indexes.get(language);
  if (index) return index;
  index = { byFirst: new Map() };
  const add = (key: string, name: string, via: NameVia, priority = PRIORITY[via]): void => {
    const tokens = specOf(name, language, via);
    if (!tokens.length) return;
    const entry: IndexedName = { key, via, tokens, priority };
    for (const form of tokens[0]!.forms) {
      const list = index!.byFirst.get(form) ?? [];
      list.push(entry);
      index!.byFirst.set(form, list);
    }
  };
  const data = multilingualNames();
  for (const [key, entries] of data.byKey) for (const e of entries) if (e.language === language) add(key, e.name, e.via);
  // Capitals written as in English (Washington, Berlin, Ankara) are capitals in every Latin-script text too.
  for (const c of gazetteer().data.countries) {
    if (c.ambiguousCapital) continue;
    for (const city of [c.capital, ...(c.seats ?? [])]) add(`place:${slugify(city)}`, city, 'capital', ENGLISH_CAPITAL_PRIORITY);
  }
  for (const [key, e] of data.extraEntities) for (const n of [e.name, ...e.aliases]) add(key, n, 'name');
  if (language !== 'en') for (const [key, name] of englishOrganizationNames(language)) add(key, name, 'name', ENGLISH_ORGANIZATION_PRIORITY);
  indexes.set(language, index);
  return index;
}

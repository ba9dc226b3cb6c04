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
const indexes = new Map<string, LanguageIndex>();

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
  indexes.set(language, index);
  return index;
}

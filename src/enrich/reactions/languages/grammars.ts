/** The languages whose reactions the multilingual engine reads, by ISO 639-1 code. */
import { GERMAN } from './de.ts';
import { SPANISH } from './es.ts';
import { FRENCH } from './fr.ts';
import { ITALIAN } from './it.ts';
import type { LanguageGrammar } from './language-grammar.ts';
import { RUSSIAN } from './ru.ts';

const GRAMMARS: ReadonlyMap<string, LanguageGrammar> = new Map([GERMAN, FRENCH, SPANISH, ITALIAN, RUSSIAN].map((g) => [g.language, g]));

export function grammarFor(language: string | null | undefined): LanguageGrammar | null {
  return language ? (GRAMMARS.get(language) ?? null) : null;
}

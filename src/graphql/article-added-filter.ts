import type { Article } from '../domain/article.ts';

/** Which stored articles a subscriber wants; every given criterion must hold, an absent one matches all. */
export interface ArticleAddedFilter {
  sourceIds?: readonly string[] | null;
  /** BCP 47 tags; `en` also matches `en-GB`. */
  languages?: readonly string[] | null;
  /** Words and "quoted phrases" that must all appear in the title or text; `word*` matches a prefix, `-word` excludes. */
  query?: string | null;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Term {
  pattern: RegExp;
  negated: boolean;
}

/** The query's terms as whole-word patterns over folded text (case and accents ignored). */
export function parseTextQuery(query: string): Term[] {
  const terms: Term[] = [];
  for (const m of fold(query).matchAll(/(-?)(?:"([^"]*)"|(\S+))/g)) {
    const negated = m[1] === '-';
    const raw = (m[2] ?? m[3] ?? '').trim();
    const prefix = m[3] !== undefined && raw.endsWith('*');
    const words = raw.replace(/\*$/, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!words.length) continue;
    const body = words.map(escape).join('[^\\p{L}\\p{N}]+');
    terms.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u'), negated });
  }
  return terms;
}

const languageMatches = (wanted: string, actual: string | null): boolean => {
  if (!actual) return false;
  const w = wanted.toLowerCase();
  const a = actual.toLowerCase();
  return a === w || a.startsWith(`${w}-`);
};

/** A predicate for the filter, with the text query parsed once per subscription. */
export function articleAddedMatcher(filter: ArticleAddedFilter | null | undefined): (article: Article) => boolean {
  const sources = filter?.sourceIds?.length ? new Set(filter.sourceIds) : null;
  const languages = filter?.languages?.length ? filter.languages : null;
  const terms = filter?.query?.trim() ? parseTextQuery(filter.query) : null;
  return (article) => {
    if (sources && !sources.has(article.sourceId)) return false;
    if (languages && !languages.some((l) => languageMatches(l, article.language))) return false;
    if (terms) {
      const text = fold(`${article.title}\n${article.excerpt}\n${article.text}`);
      if (!terms.every((t) => t.pattern.test(text) !== t.negated)) return false;
    }
    return true;
  };
}

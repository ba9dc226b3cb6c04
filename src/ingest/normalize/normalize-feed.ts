/**
 * RawFeed -> feed metadata + NewArticles. Pure and deterministic given (raw, ctx).
 *
 * Rules:
 * - URLs are absolute http(s): item link, image, enclosures and URLs inside content resolve against the item's
 *   xml:base, then the feed's xml:base, then the site link (channel link) when the feed declares no base, then the
 *   feed URL (each relative base resolves against the next one out).
 *   An item base identical to the feed's is taken as inherited, not applied twice. A missing link falls back to a
 *   guid that is clearly a location (absolute http(s) or root-relative: RSS permalinks). canonicalUrl comes from
 *   that link only. An item with no link of its own gets its first enclosure, else the home page the feed declares,
 *   as url (a reader has somewhere to go) and a null canonicalUrl (so the fallback never merges items or fetches a
 *   page).
 * - feed title: the feed's own, else null; home page: the feed's link, else the feed URL ("declared" keeps
 *   what the feed itself says, which is what names a source).
 * - title: tags stripped, entities decoded, whitespace collapsed; if missing, the first ~100 characters of the summary
 *   (else of the text), else the URL, else empty. Only an item with nothing in it (no title, link, content, enclosure, image, id, date,
 *   author or category) is skipped.
 * - contentHtml: sanitized content, else sanitized summary. text: plain text of the content, else contentText, else
 *   the summary. excerpt: from the summary's text when there is one, else from text.
 * - authors: item authors, else feed authors (name, else email), deduplicated. categories: trimmed, deduplicated
 *   case-insensitively, order kept. imageUrl: item image, else first image/* enclosure, else first <img> in content.
 * - language: item language, else feed language, else the Content-Language header, in canonical BCP 47 casing ('en-US'); junk -> null.
 * - dates: see published-date.ts (bad or missing -> fetch time, estimated; far future -> not trusted).
 * - Items with the same dedup key in one feed are one article: the copy with the latest updated (else published)
 *   date is kept (a copy with no date ranks below any dated one), the later one in document order on a tie; the others are skipped ('duplicate in feed'). Copies
 *   of one guid whose own links differ are different items (the later keyed by guid and link).
 */
import type { NewArticle } from '../../domain/article.ts';
import type { FeedFormat } from '../../domain/feed.ts';
import type { RawFeed } from '../../domain/raw-feed.ts';
import { normalizeLanguage } from './language.ts';
import { hasOutOfRangeOffset } from './parse-date.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { normalizeItem, type ItemContext } from './normalize-item.ts';
import type { ParseTally } from './parse-warnings.ts';
import { resolveBaseChain, resolveUrl } from './resolve-url.ts';
import { titleText } from './title-text.ts';

export interface NormalizeContext {
  /** The URL the feed was fetched from (after redirects): the outermost base. */
  feedUrl: string;
  fetchedAt: Date;
  /** The HTTP Content-Language header: the feed's language when the feed declares none. */
  languageHint?: string | null;
}

export interface NormalizedFeedMeta {
  /** The feed's own title; null when it writes none (as four of five peer parsers give it). */
  title: string | null;
  /** The home page: the feed's own link, else the feed's URL, so a reader always has somewhere to go. */
  siteUrl: string | null;
  /**
   * Title and home page as the feed itself declares them (null when absent). A source is named from these only: a
   * fallback URL is not a publisher's name.
   */
  declared: { title: string | null; siteUrl: string | null };
  language: string | null;
  ttlMinutes: number | null;
  format: FeedFormat;
  selfUrl: string | null;
  imageUrl: string | null;
}

export interface NormalizedFeed {
  meta: NormalizedFeedMeta;
  articles: NewArticle[];
  /** items skipped and why (e.g. no title, no link and no content) */
  skipped: { index: number; reason: string }[];
  /** What the parse worked around, as counts (see parse-warnings.ts). */
  tally: ParseTally;
}

export const SKIP_DUPLICATE = 'duplicate in feed';

export function normalizeFeed(raw: RawFeed, ctx: NormalizeContext): NormalizedFeed {
  const declaredBase = resolveBaseChain([raw.base], ctx.feedUrl);
  const meta = normalizeMeta(raw, declaredBase, ctx);
  // Relative item links are relative to the site, not to wherever the feed file happens to be served from (Miniflux
  // does the same); an explicit xml:base still wins.
  const feedBase = raw.base ? declaredBase : (meta.declared.siteUrl ?? declaredBase);
  const itemContext: ItemContext = {
    feedBase,
    feedRawBase: raw.base,
    feedAuthors: raw.authors,
    // Only a home page the feed declares: a reader sent to the feed's own XML file has gone nowhere.
    siteUrl: meta.declared.siteUrl,
    feedLanguage: meta.language,
    fetchedAt: ctx.fetchedAt,
  };

  const articles: NewArticle[] = [];
  const skipped: NormalizedFeed['skipped'] = [];
  const byKey = new Map<string, { slot: number; index: number }>();
  let unusableDates = 0;
  let clampedDates = 0;
  raw.items.forEach((item, index) => {
    const outcome = normalizeItem(item, itemContext);
    if ('skipped' in outcome) {
      skipped.push({ index, reason: outcome.skipped });
      return;
    }
    const article = sharedGuidApart(outcome.article, byKey, articles);
    if (article.publishedAtEstimated && (hasText(item.published) || hasText(item.updated))) unusableDates++;
    else if (!article.publishedAtEstimated && (hasOutOfRangeOffset(item.published) || hasOutOfRangeOffset(item.updated))) clampedDates++;
    const seen = byKey.get(article.dedupKey);
    if (seen === undefined) {
      byKey.set(article.dedupKey, { slot: articles.length, index });
      articles.push(article);
    } else if (revisionTime(article) >= revisionTime(articles[seen.slot] as NewArticle)) {
      skipped.push({ index: seen.index, reason: SKIP_DUPLICATE });
      articles[seen.slot] = article;
      byKey.set(article.dedupKey, { slot: seen.slot, index });
    } else skipped.push({ index, reason: SKIP_DUPLICATE });
  });
  skipped.sort((a, b) => a.index - b.index);
  const duplicates = skipped.filter((s) => s.reason === SKIP_DUPLICATE).length;
  const tally: ParseTally = { recovered: raw.warnings ?? [], empty: skipped.length - duplicates, duplicates, unusableDates, clampedDates };
  return { meta, articles, skipped, tally };
}

/**
 * Some feeds give every item one guid. Copies of one guid are revisions of one item, unless each has a link of its
 * own and the links differ: then they are different items, and the later one is keyed by guid and link (the first
 * keeps the plain guid key, so what is stored already still matches), as Miniflux does.
 */
function sharedGuidApart(article: NewArticle, byKey: ReadonlyMap<string, { slot: number }>, articles: readonly NewArticle[]): NewArticle {
  const seen = byKey.get(article.dedupKey);
  const first = seen === undefined ? undefined : articles[seen.slot];
  if (first === undefined || !article.dedupKey.startsWith('guid:') || article.canonicalUrl === null) return article;
  if (first.canonicalUrl === null || first.canonicalUrl === article.canonicalUrl) return article;
  return { ...article, dedupKey: `${article.dedupKey}|${article.canonicalUrl}` };
}

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}

/** When a copy of an item was last revised: its updated date, else its published date (ISO strings compare). */
/** The date a copy says it was written; '' for a copy that gives none (its fetch-time estimate is no revision date). */
function revisionTime(article: NewArticle): string {
  return article.updatedAt ?? (article.publishedAtEstimated ? '' : article.publishedAt);
}

function normalizeMeta(raw: RawFeed, feedBase: string, ctx: NormalizeContext): NormalizedFeedMeta {
  const title = titleText(repairMojibake(raw.title), false) || null;
  const siteUrl = resolveUrl(raw.link, feedBase);
  const shownSiteUrl = siteUrl ?? resolveUrl(ctx.feedUrl, ctx.feedUrl);
  return {
    // A feed that writes no title has none: feedparser, gofeed, yarr and feedjira leave it empty (only Miniflux
    // shows a URL), and a client can fall back to siteUrl itself.
    title,
    siteUrl: shownSiteUrl,
    declared: { title, siteUrl },
    language: normalizeLanguage(raw.language) ?? normalizeLanguage(ctx.languageHint ?? null),
    ttlMinutes: raw.ttlMinutes !== null && Number.isSafeInteger(raw.ttlMinutes) && raw.ttlMinutes > 0 ? raw.ttlMinutes : null,
    format: raw.format,
    selfUrl: resolveUrl(raw.selfUrl, feedBase),
    imageUrl: resolveUrl(raw.imageUrl, feedBase),
  };
}

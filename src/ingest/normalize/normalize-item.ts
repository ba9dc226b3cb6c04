/**
 * One RawItem to one NewArticle (or the reason it cannot be one). Field rules are documented in normalize-feed.ts.
 */
import type { NewArticle } from '../../domain/article.ts';
import type { RawItem, RawPerson } from '../../domain/raw-feed.ts';
import { canonicalizeUrl } from './canonical-url.ts';
import { contentHash } from './content-hash.ts';
import { dedupKey } from './dedup-key.ts';
import { collapseEscapedEntities, decodeLeftoverEntities } from './leftover-entities.ts';
import { htmlToText, makeExcerpt } from './html-to-text.ts';
import { cleanCategories, leadImage, personNames, resolveEnclosures } from './item-fields.ts';
import { normalizeLanguage } from './language.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { resolveItemDates } from './published-date.ts';
import { resolveBaseChain, resolveUrl } from './resolve-url.ts';
import { sanitizeHtml } from './sanitize-html.ts';
import { titleText } from './title-text.ts';

/** What an item inherits from its feed. */
export interface ItemContext {
  /** The feed's effective base (feed xml:base resolved against the feed URL). */
  feedBase: string;
  /** The feed's xml:base as written. */
  feedRawBase: string | null;
  feedAuthors: readonly RawPerson[];
  /** The home page the feed declares: where a reader is sent for an item without a link of its own. */
  siteUrl: string | null;
  /** Already normalized. */
  feedLanguage: string | null;
  fetchedAt: Date;
}

export type ItemOutcome = { article: NewArticle } | { skipped: string };

export const SKIP_EMPTY = 'nothing in it: no title, link, content, id, date, author or category';

const DERIVED_TITLE_CHARS = 100;
/** Longest title stored: a headline is a line, and a feed's megabyte "title" is an attack or a bug. */
export const MAX_TITLE_CHARS = 1000;

/** Cuts a longer title to MAX_TITLE_CHARS, ending in an ellipsis and never in half a surrogate pair. */
function capTitle(title: string): string {
  if (title.length <= MAX_TITLE_CHARS) return title;
  let cut = MAX_TITLE_CHARS - 1;
  const last = title.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${title.slice(0, cut)}…`;
}
/** A guid that can only be a location: an absolute http(s) URL or a root-relative path ("/blog/post-1"). */
const LOCATION_GUID = /^(https?:\/\/|\/(?!\/))/i;
const ROOT_RELATIVE = /^\/(?!\/)/;

export function normalizeItem(rawItem: RawItem, ctx: ItemContext): ItemOutcome {
  const item = repairText(rawItem);
  // Parsers may hand down the feed's own xml:base as the item's; resolving it twice would nest a relative base.
  const base = item.base === ctx.feedRawBase ? ctx.feedBase : resolveBaseChain([item.base], ctx.feedBase);
  const guid = nonBlank(item.guid)?.trim() ?? null;
  const linkBase = item.linkBase === undefined ? base : resolveBaseChain([item.linkBase], base);
  const ownUrl = resolveUrl(item.link, linkBase) ?? (item.guidIsPermalink === false ? null : permalinkGuid(guid, base));
  // Only the item's own link identifies it: a fallback url (below) never takes part in dedup or page extraction.
  const canonicalUrl = ownUrl === null ? null : canonicalizeUrl(ownUrl);

  const fromContent = nonBlank(item.contentHtml);
  const contentSource = fromContent ?? nonBlank(item.summaryHtml);
  // An xml:base on the content (or summary) element itself scopes relative URLs inside it only.
  const ownBase = fromContent !== null ? item.contentBase : item.summaryBase;
  const markupBase = ownBase === undefined ? base : resolveBaseChain([ownBase], base);
  const contentHtml = contentSource === null ? null : nonBlank(collapseEscapedEntities(sanitizeHtml(contentSource, markupBase)));
  const summaryHtml = nonBlank(item.summaryHtml);
  const summaryText = summaryHtml === null ? '' : decodeLeftoverEntities(htmlToText(summaryHtml));
  const text = decodeLeftoverEntities(bodyText(item, summaryText));

  const enclosures = resolveEnclosures(item.enclosures, base);
  const image = resolveUrl(item.imageUrl, base);
  // Somewhere for a reader to go when the item has no link of its own: its enclosure (a podcast episode's audio),
  // else the feed's home page, as Miniflux does.
  const url = ownUrl ?? enclosures[0]?.url ?? ctx.siteUrl;
  // An enclosure or image is content too: a podcast episode may carry nothing else.
  // A derived title reads the feed's own plain text before text taken out of HTML (JSON Feed content_text).
  const title = capTitle(
    titleText(item.title, item.titleIsText === true) ||
      makeExcerpt(summaryText || nonBlank(item.contentText) || text, DERIVED_TITLE_CHARS) ||
      (ownUrl ?? enclosures[0]?.url ?? image ?? ''),
  );
  // Readers keep every entry that says anything (feedparser, Miniflux): an item with only an id, a date or an author
  // is still an item of the feed, stored with an empty title. Only an item with nothing in it is skipped.
  if (title === '' && !saysAnything(item, guid)) return { skipped: SKIP_EMPTY };

  const itemAuthors = personNames(item.authors);
  const fields = {
    dedupKey: dedupKey({ guid: item.guidIsIdentifier === true ? null : guid, canonicalUrl, title, publishedRaw: item.published ?? item.updated }),
    guid: shownGuid(guid, base),
    url,
    canonicalUrl,
    title,
    contentHtml,
    text,
    excerpt: makeExcerpt(summaryText || text),
    authors: itemAuthors.length > 0 ? itemAuthors : personNames(ctx.feedAuthors),
    categories: cleanCategories(item.categories),
    imageUrl: leadImage(item.imageUrl, enclosures, contentHtml, base),
    enclosures,
    language: normalizeLanguage(item.language) ?? ctx.feedLanguage,
  };
  const dates = resolveItemDates(item.published, item.updated, ctx.fetchedAt, { language: fields.language, url: ownUrl });
  return {
    article: { ...fields, ...dates, contentHash: contentHash({ ...fields, updatedAt: dates.updatedAt }) },
  };
}

/**
 * The item's text fields with double-encoded UTF-8 undone. HTML escaped twice is left as written: every peer reader
 * (feedparser, Miniflux, gofeed, yarr) shows it so, and unescaping would turn a post's quoted markup into tags.
 */
function repairText(item: RawItem): RawItem {
  return {
    ...item,
    title: repairMojibake(item.title),
    contentHtml: repairMojibake(item.contentHtml),
    contentText: repairMojibake(item.contentText),
    summaryHtml: repairMojibake(item.summaryHtml),
  };
}

function saysAnything(item: RawItem, guid: string | null): boolean {
  return guid !== null || nonBlank(item.published) !== null || nonBlank(item.updated) !== null || item.authors.length > 0 || cleanCategories(item.categories).length > 0;
}

/** Full text: the content HTML, else the plain-text content, else the summary's text. */
function bodyText(item: RawItem, summaryText: string): string {
  const html = nonBlank(item.contentHtml);
  if (html !== null) return htmlToText(html);
  const plain = nonBlank(item.contentText);
  return plain !== null ? plain.trim() : summaryText;
}

/**
 * RSS guids are permalinks by default, so one that is clearly a location stands in for a missing link. (RawItem does
 * not carry isPermaLink, so opaque guids like "12345" are never treated as relative URLs.)
 */
function permalinkGuid(guid: string | null, base: string): string | null {
  return guid !== null && LOCATION_GUID.test(guid) ? resolveUrl(guid, base) : null;
}

/**
 * The guid a reader is shown: one written as a root-relative path ("/posts/7", an Atom id relative to the document)
 * is resolved against the item's base, as feedparser does. Dedup keeps the guid as written, so stored keys hold.
 */
function shownGuid(guid: string | null, base: string): string | null {
  return guid !== null && ROOT_RELATIVE.test(guid) ? (resolveUrl(guid, base) ?? guid) : guid;
}

function nonBlank(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value;
}

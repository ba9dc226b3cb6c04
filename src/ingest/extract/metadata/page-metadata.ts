/**
 * What a page says about its article: canonical URL, title, byline, publication and modification times, lead image,
 * language, section and site name. Sources in order of trust: JSON-LD, Open Graph / article:* meta tags, other meta
 * conventions, then the markup itself (<link rel=canonical>, <time>, <html lang>).
 */
import { normalizeLanguage } from '../../normalize/language.ts';
import { parseFeedDate } from '../../normalize/parse-date.ts';
import { resolveUrl } from '../../normalize/resolve-url.ts';
import type { DomDocument } from '../dom.ts';
import { readPrintedByline } from './byline.ts';
import { readJsonLd } from './json-ld.ts';
import { firstTag, readMetaTags } from './meta-tags.ts';

export interface PageMetadata {
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  /** UTC ISO-8601. */
  publishedAt: string | null;
  modifiedAt: string | null;
  leadImage: string | null;
  language: string | null;
  section: string | null;
  siteName: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'];

/** `contentLanguage` is the HTTP Content-Language header, when the page came over HTTP. */
export function readPageMetadata(doc: DomDocument, pageUrl: string, contentLanguage: string | null = null): PageMetadata {
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  return {
    canonicalUrl: resolveUrl(canonicalHref, pageUrl) ?? resolveUrl(tags.get('og:url'), pageUrl) ?? resolveUrl(ld?.url, pageUrl),
    title: ld?.headline ?? firstTag(tags, ['og:title', 'twitter:title']) ?? (doc.title.trim() || null),
    byline: ld?.authors.length ? ld.authors.join(', ') : (authorFromTags(tags) ?? readPrintedByline(doc)),
    publishedAt: isoDate(ld?.datePublished) ?? isoDate(firstTag(tags, PUBLISHED_KEYS)) ?? timeElementDate(doc),
    modifiedAt: isoDate(ld?.dateModified) ?? isoDate(firstTag(tags, MODIFIED_KEYS)),
    leadImage: resolveUrl(ld?.image, pageUrl) ?? resolveUrl(firstTag(tags, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']), pageUrl),
    language: pageLanguage(doc, tags, ld?.language ?? null, contentLanguage),
    section: ld?.section ?? firstTag(tags, ['article:section', 'section', 'parsely-section']),
    siteName: firstTag(tags, ['og:site_name', 'application-name']) ?? ld?.publisher ?? null,
  };
}

/** A meta author that is a profile URL (Facebook's article:author) names nobody. */
function authorFromTags(tags: Map<string, string>): string | null {
  for (const key of AUTHOR_KEYS) {
    const value = tags.get(key);
    if (value !== undefined && !/^https?:\/\//iu.test(value)) return value;
  }
  return null;
}

function isoDate(value: string | null | undefined): string | null {
  const date = parseFeedDate(value ?? null);
  return date ? date.toISOString() : null;
}

/** The first machine-readable <time> in the article (or the page), or one marked as the publication date. */
function timeElementDate(doc: DomDocument): string | null {
  const marked = doc.querySelector('[itemprop="datePublished"]');
  const markedValue = marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? null;
  if (markedValue) return isoDate(markedValue);
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[pubdate]') ?? doc.querySelector('time[datetime]');
  return isoDate(time?.getAttribute('datetime'));
}

function pageLanguage(doc: DomDocument, tags: Map<string, string>, ldLanguage: string | null, header: string | null): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    tags.get('content-language'),
    ldLanguage,
    tags.get('og:locale'),
    header?.split(',')[0],
  ];
  for (const c of candidates) {
    const language = normalizeLanguage(c);
    if (language) return language;
  }
  return null;
}

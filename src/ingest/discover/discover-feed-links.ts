import { Parser } from 'htmlparser2';
import { feedTypeOfMediaType, type FeedLinkType } from './feed-link-types.ts';
import { looksLikeFeedPath } from './looks-like-feed-path.ts';
import { toHttpUrl } from './to-http-url.ts';

export interface FeedLink {
  url: string;
  type: FeedLinkType;
  title: string | null;
}

interface RawLink {
  href: string;
  mediaType: string;
  title: string | null;
}

interface RawAnchor {
  href: string;
  text: string;
}

interface PageScan {
  baseHref: string | null;
  links: RawLink[];
  anchors: RawAnchor[];
}

/**
 * Feed links announced by an HTML page, in document order, as absolute http(s) URLs without duplicates.
 * `<link rel="alternate">` with a feed media type wins; only when there is none do same-host `<a href>` links whose
 * path looks like a feed count, typed 'unknown'.
 */
export function discoverFeedLinks(html: string, pageUrl: string): FeedLink[] {
  const scan = scanPage(html);
  // <base href> applies to the whole document wherever it appears; it may itself be relative.
  const base = (scan.baseHref !== null ? toHttpUrl(scan.baseHref, pageUrl) : null) ?? pageUrl;
  const announced = dedupe(scan.links.flatMap((link) => announcedFeedLink(link, base)));
  if (announced.length > 0) return announced;
  return dedupe(scan.anchors.flatMap((anchor) => anchorFeedLink(anchor, base, pageUrl)));
}

function scanPage(html: string): PageScan {
  const scan: PageScan = { baseHref: null, links: [], anchors: [] };
  let openAnchor: RawAnchor | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'base' && scan.baseHref === null && attribs.href !== undefined) scan.baseHref = attribs.href;
        if (name === 'link' && attribs.href !== undefined && hasRelToken(attribs.rel, 'alternate')) {
          scan.links.push({ href: attribs.href, mediaType: attribs.type ?? '', title: cleanText(attribs.title) });
        }
        if (name === 'a' && attribs.href !== undefined) {
          openAnchor = { href: attribs.href, text: '' };
          scan.anchors.push(openAnchor);
        }
      },
      ontext(text) {
        if (openAnchor !== null) openAnchor.text += text;
      },
      onclosetag(name) {
        if (name === 'a') openAnchor = null;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return scan;
}

function announcedFeedLink(link: RawLink, base: string): FeedLink[] {
  const type = feedTypeOfMediaType(link.mediaType);
  if (type === null) return [];
  const url = toHttpUrl(link.href, base);
  if (url === null) return [];
  // WordPress announces its REST API as an application/json alternate on every page; that is not a feed.
  if (type === 'json' && new URL(url).pathname.includes('/wp-json/')) return [];
  return [{ url, type, title: link.title }];
}

function anchorFeedLink(anchor: RawAnchor, base: string, pageUrl: string): FeedLink[] {
  const url = toHttpUrl(anchor.href, base);
  if (url === null) return [];
  const parsed = new URL(url);
  if (!sameSite(parsed, new URL(pageUrl)) || !looksLikeFeedPath(parsed)) return [];
  return [{ url, type: 'unknown', title: cleanText(anchor.text) }];
}

function hasRelToken(rel: string | undefined, token: string): boolean {
  if (rel === undefined) return false;
  return rel.toLowerCase().split(/\s+/).includes(token);
}

/** Same host, ignoring a leading "www." on either side (example.com links to www.example.com/feed). */
function sameSite(a: URL, b: URL): boolean {
  const host = (u: URL) => u.hostname.toLowerCase().replace(/^www\./, '');
  return host(a) === host(b);
}

function cleanText(text: string | undefined): string | null {
  const cleaned = (text ?? '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** Keeps the first link per URL; a later duplicate may only supply a title the first lacked. */
function dedupe(links: FeedLink[]): FeedLink[] {
  const byUrl = new Map<string, FeedLink>();
  for (const link of links) {
    const seen = byUrl.get(link.url);
    if (seen === undefined) byUrl.set(link.url, { ...link });
    else if (seen.title === null && link.title !== null) seen.title = link.title;
  }
  return [...byUrl.values()];
}

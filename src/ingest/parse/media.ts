import type { RawEnclosure } from '../../domain/raw-feed.ts';
import { attr, firstText, nodeText, nodes, type XmlElement, type XmlNode } from './xml-node.ts';

/** Every RSS `<enclosure>` and every Atom `link rel="enclosure"` of an item, in document order. */
export function enclosuresOf(item: Record<string, unknown>, atomLinks: readonly XmlNode[]): RawEnclosure[] {
  const out: RawEnclosure[] = [];
  for (const n of nodes(item, 'enclosure')) pushEnclosure(out, attr(n, 'url'), attr(n, 'type'), attr(n, 'length'));
  for (const n of atomLinks) {
    if (attr(n, 'rel') === 'enclosure') pushEnclosure(out, attr(n, 'href'), attr(n, 'type'), attr(n, 'length'));
  }
  // Every media:content with a URL is an attachment, images included (a gallery is several), as Miniflux and yarr
  // list them; the item's lead image is chosen apart (imageOf).
  for (const n of mediaContents(item)) pushEnclosure(out, attr(n, 'url'), attr(n, 'type'), attr(n, 'fileSize'));
  return out;
}

/**
 * FeedBurner rewrites enclosure URLs to its tracker and keeps each original in `feedburner:origEnclosureLink`; an
 * enclosure whose file name matches an original is given the original URL.
 */
export function withOriginalEnclosures(item: Record<string, unknown>, enclosures: RawEnclosure[]): RawEnclosure[] {
  const originals = nodes(item, 'feedburner:origEnclosureLink').map((n) => nodeText(n)?.trim()).filter((u): u is string => !!u);
  if (originals.length === 0) return enclosures;
  return enclosures.map((e) => {
    const original = originals.find((o) => fileName(o) !== '' && fileName(o) === fileName(e.url));
    return original === undefined ? e : { ...e, url: original };
  });
}

/** The last path segment of a URL as written (no query or fragment). */
function fileName(url: string): string {
  return url.split(/[?#]/, 1)[0]!.split('/').pop() ?? '';
}

function pushEnclosure(out: RawEnclosure[], url: string | null, type: string | null, length: string | null): void {
  if (url === null || out.some((e) => e.url === url)) return;
  const n = length !== null && /^\s*\d+\s*$/.test(length) ? Number(length) : null;
  out.push({ url, type, length: n });
}

/** The item's image: itunes:image, media:thumbnail, an image media:content, or an image enclosure. */
export function imageOf(item: Record<string, unknown>, enclosures: readonly RawEnclosure[]): string | null {
  for (const n of nodes(item, 'itunes:image')) {
    const href = attr(n, 'href');
    if (href) return href;
  }
  // A thumbnail may sit on the item, in a media:group, or inside a media:content (a video's still).
  const holders = [item, ...nodes(item, 'media:group'), ...mediaContents(item)];
  const thumbs = holders.flatMap((h) => nodes(h, 'media:thumbnail'));
  for (const n of thumbs) {
    const url = attr(n, 'url');
    if (url) return url;
  }
  for (const n of mediaContents(item)) {
    const url = attr(n, 'url');
    if (url && isImage(n)) return url;
  }
  return enclosures.find((e) => e.type?.startsWith('image/'))?.url ?? null;
}

function mediaContents(item: Record<string, unknown>): XmlNode[] {
  return [...nodes(item, 'media:content'), ...nodes(item, 'media:group').flatMap((g) => nodes(g, 'media:content'))];
}

function isImage(n: XmlNode): boolean {
  return attr(n, 'medium') === 'image' || (attr(n, 'type') ?? '').startsWith('image/');
}

/** A media:title / media:description of the item, or of its media:group or first media:content. */
export function mediaText(item: XmlElement, key: string): string | null {
  const holders = [item, ...nodes(item, 'media:group'), ...nodes(item, 'media:content')];
  for (const holder of holders) {
    const text = firstText(holder, [key]);
    if (text !== null) return text;
  }
  return null;
}

/** Which `<link rel="alternate" type=…>` values announce a feed, and what kind. */
export type FeedLinkType = 'rss' | 'atom' | 'json' | 'unknown';

const FEED_MEDIA_TYPES: ReadonlyMap<string, FeedLinkType> = new Map([
  ['application/rss+xml', 'rss'],
  // RSS 1.0 is RDF; callers only need to know it is an RSS-family document.
  ['application/rdf+xml', 'rss'],
  ['application/atom+xml', 'atom'],
  ['application/feed+json', 'json'],
  ['application/json', 'json'],
  // Old sites announce RSS as text/xml; the body decides what it really is.
  ['text/xml', 'unknown'],
]);

/** The feed kind a media type announces, or null when it is not a feed type. Parameters and case are ignored. */
export function feedTypeOfMediaType(mediaType: string): FeedLinkType | null {
  const essence = mediaType.split(';', 1)[0]!.trim().toLowerCase();
  return FEED_MEDIA_TYPES.get(essence) ?? null;
}

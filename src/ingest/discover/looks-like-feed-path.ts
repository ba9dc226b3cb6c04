const FEED_SEGMENTS = new Set(['feed', 'rss', 'atom']);
const FEED_EXTENSIONS = ['.rss', '.xml', '.atom', '.rdf'];

/**
 * Whether a plain `<a href>` target is likely a feed: /feed, /rss, /atom path segments, .rss/.xml/.atom/.rdf files,
 * feed.json, or WordPress's ?feed=rss2. Sitemaps are .xml too, so they are excluded by name.
 */
export function looksLikeFeedPath(url: URL): boolean {
  const segments = url.pathname.toLowerCase().split('/').filter((s) => s !== '');
  const last = segments.at(-1) ?? '';
  if (last.includes('sitemap')) return false;
  if (segments.some((s) => FEED_SEGMENTS.has(s))) return true;
  if (FEED_EXTENSIONS.some((ext) => last.endsWith(ext))) return true;
  if (last.endsWith('feed.json')) return true;
  return url.searchParams.has('feed');
}

/**
 * Resolves `href` against `base` and returns an absolute http(s) URL without its fragment, or null.
 * `feed:` pseudo-URLs (feed://host/x, feed:https://host/x), still found on older pages, become http(s).
 */
export function toHttpUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '') return null;
  const unwrapped = unwrapFeedScheme(trimmed);
  let url: URL;
  try {
    url = new URL(unwrapped, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

function unwrapFeedScheme(href: string): string {
  const match = /^feed:(.*)$/i.exec(href);
  if (!match) return href;
  const rest = match[1]!;
  if (/^https?:/i.test(rest)) return rest;
  return rest.startsWith('//') ? `http:${rest}` : href;
}

/**
 * The base a feed body's relative URLs resolve against: the Content-Location header when the response names the
 * representation's own URL (RFC 9110 §8.7; feedparser and browsers' XML loaders honour it), else the URL fetched
 * after redirects. Only http(s) locations count; anything unparsable is ignored.
 */
export function contentBase(finalUrl: string, contentLocation: string | null): string {
  if (contentLocation === null || contentLocation.trim() === '') return finalUrl;
  try {
    const url = new URL(contentLocation.trim(), finalUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : finalUrl;
  } catch {
    return finalUrl;
  }
}

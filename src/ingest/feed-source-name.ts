/** A publisher name when the user gave none: the site's host without "www." (feeds of one site share a source). */
export function sourceNameFromUrl(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return url;
  }
}

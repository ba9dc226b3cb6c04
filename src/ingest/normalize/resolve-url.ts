/**
 * Turning the URLs a feed writes (relative, protocol-relative, padded with whitespace, sometimes hostile) into
 * absolute http(s) URLs, or null.
 */

const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/** The absolute http(s) URL `href` points to when read against `base`, or null (empty, unparsable, other scheme). */
export function resolveUrl(href: string | null | undefined, base: string): string | null {
  if (href == null) return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  const url = parseAgainst(trimmed, base);
  if (url === null || !WEB_SCHEMES.has(url.protocol) || url.hostname === '') return null;
  return url.href;
}

/**
 * Folds a chain of xml:base values (outermost first) onto `root`: each one resolves against the result so far, and one
 * that does not yield an http(s) URL is ignored rather than poisoning the chain.
 */
export function resolveBaseChain(bases: readonly (string | null | undefined)[], root: string): string {
  let current = root;
  for (const base of bases) current = resolveUrl(base, current) ?? current;
  return current;
}

function parseAgainst(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    // An unusable base still leaves absolute hrefs usable.
    try {
      return new URL(href);
    } catch {
      return null;
    }
  }
}

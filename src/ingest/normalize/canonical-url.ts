/**
 * One spelling per page: the canonical URL articles are deduplicated by across feeds and sources.
 * Conservative on purpose: only rewrites that cannot point to a different resource (RFC 3986 normalization, fragment,
 * tracking parameters, parameter order). Path case and trailing slashes are kept: servers treat them as different.
 */
import { DEFAULT_TRACKING_PARAMS, type TrackingParamRules } from './tracking-params.ts';

export { DEFAULT_TRACKING_PARAMS, type TrackingParamRules };

export type UrlCanonicalizer = (url: string) => string | null;

const PERCENT_ESCAPE = /%([0-9a-fA-F]{2})/g;
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const PLUS = /\+/g;

/** Builds a canonicalizer for a set of tracking-parameter rules (so deployments can extend the defaults). */
export function createUrlCanonicalizer(rules: TrackingParamRules): UrlCanonicalizer {
  const names = new Set(rules.names.map((n) => n.toLowerCase()));
  const prefixes = rules.prefixes.map((p) => p.toLowerCase());
  const isTracking = (key: string): boolean => {
    const lower = key.toLowerCase();
    return names.has(lower) || prefixes.some((p) => lower.startsWith(p));
  };
  return (input) => canonicalize(input, isTracking);
}

/**
 * Lower-case scheme and host (IDN to punycode), no default port, no fragment, no tracking parameters, remaining
 * parameters sorted by name (stable), percent-escapes normalized; null for anything but an absolute http(s) URL.
 */
export const canonicalizeUrl: UrlCanonicalizer = createUrlCanonicalizer(DEFAULT_TRACKING_PARAMS);

function canonicalize(input: string, isTracking: (key: string) => boolean): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  // WHATWG URL already lower-cases scheme and host, converts IDN to punycode, drops default ports and turns an
  // empty path into '/'.
  url.hash = '';
  url.pathname = normalizeEscapes(url.pathname);
  url.search = canonicalQuery(url.search, isTracking);
  return url.href;
}

function canonicalQuery(search: string, isTracking: (key: string) => boolean): string {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return '';
  const kept = query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = normalizeEscapes(eq === -1 ? pair : pair.slice(0, eq));
      const value = eq === -1 ? null : normalizeEscapes(pair.slice(eq + 1));
      return { key, value };
    })
    .filter(({ key }) => !isTracking(decodeKey(key)));
  // Array.prototype.sort is stable, so repeated keys keep their relative order (it can matter to the server).
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return kept.map(({ key, value }) => (value === null ? key : `${key}=${value}`)).join('&');
}

/** Upper-case hex in percent-escapes and decode the ones that stand for unreserved characters (RFC 3986 §6.2.2). */
function normalizeEscapes(part: string): string {
  return part.replace(PERCENT_ESCAPE, (_match, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(PLUS, ' '));
  } catch {
    return key;
  }
}

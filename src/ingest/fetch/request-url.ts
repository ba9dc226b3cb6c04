import { FetchError } from '../../domain/errors.ts';
import { describeAddress, isIpLiteral, type AddressPolicy } from './address-guard.ts';

/** URL checks done before every hop: syntax, scheme, and the SSRF guard for hosts written as IP literals. */

/** Parses an absolute (or, with `base`, relative) URL; only http and https are accepted. */
export function parseHttpUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch (cause) {
    const where = base ? ` (redirect from ${base.href})` : '';
    throw new FetchError('invalid_url', `invalid URL "${input}"${where}`, { cause, details: { url: input } });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported_scheme', `unsupported URL scheme "${url.protocol}" in ${url.href}: only http and https are fetched`, {
      details: { url: url.href },
    });
  }
  if (!url.hostname) throw new FetchError('invalid_url', `URL without a host: "${input}"`, { details: { url: input } });
  url.hash = '';
  return url;
}

/** The host without IPv6 brackets. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Refuses a URL whose host is an IP literal the policy does not allow. (Names are checked on their resolved
 * addresses at connect time by the guarded lookup; literals never go through a lookup.)
 */
export function assertLiteralHostAllowed(url: URL, policy: AddressPolicy): void {
  const host = bareHost(url);
  if (!isIpLiteral(host) || policy(host, host)) return;
  throw new FetchError('blocked_address', `refusing to fetch ${url.href}: ${host} is a ${describeAddress(host)} address, not a public one (ALLOW_PRIVATE_NETWORKS is off)`, {
    details: { url: url.href, host, address: host },
  });
}

/** Identity of a URL for loop detection (fragment already removed). */
export function urlKey(url: URL): string {
  return url.href;
}

import type { Settings } from '../../config/settings.ts';
import type { FetchOptions } from './fetch-url.ts';

/** Fetch options from the validated settings (the one place defaults live); per-feed validators are added by the caller. */
export function fetchOptionsFromSettings(
  settings: Pick<Settings, 'FETCH_TIMEOUT_MS' | 'FETCH_MAX_BYTES' | 'FETCH_MAX_REDIRECTS' | 'FETCH_USER_AGENT' | 'ALLOW_PRIVATE_NETWORKS'>,
): FetchOptions {
  return {
    timeoutMs: settings.FETCH_TIMEOUT_MS,
    maxBytes: settings.FETCH_MAX_BYTES,
    maxRedirects: settings.FETCH_MAX_REDIRECTS,
    userAgent: settings.FETCH_USER_AGENT,
    allowPrivateNetworks: settings.ALLOW_PRIVATE_NETWORKS,
  };
}

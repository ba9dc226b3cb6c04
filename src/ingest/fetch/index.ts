export { fetchUrl, DEFAULT_ACCEPT, type FetchOptions, type FetchResponse } from './fetch-url.ts';
export { fetchOptionsFromSettings } from './fetch-options.ts';
export { decodeBody, stripInvalidXmlChars, charsetFromContentType } from './decode-body.ts';
export { parseCacheControlMaxAge, parseExpires, parseRetryAfter } from './cache-headers.ts';
export {
  classifyAddress,
  defaultAddressPolicy,
  publicOnlyPolicy,
  allowAllPolicy,
  type AddressPolicy,
  type AddressClass,
} from './address-guard.ts';
export { closeFetchDispatchers } from './dispatcher-pool.ts';

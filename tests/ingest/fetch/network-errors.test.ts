import { describe, expect, it } from 'vitest';
import { BlockedAddressError } from '../../../src/ingest/fetch/guarded-lookup.ts';
import { classifyNetworkError } from '../../../src/ingest/fetch/network-errors.ts';

const withCode = (code: string, message = code): Error => Object.assign(new Error(message), { code });

describe('classifyNetworkError', () => {
  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['EAI_FAIL', 'dns'],
    ['ECONNREFUSED', 'connection'],
    ['ECONNRESET', 'connection'],
    ['EHOSTUNREACH', 'connection'],
    ['UND_ERR_SOCKET', 'connection'],
    ['HPE_INVALID_HEADER_TOKEN', 'connection'],
    ['ETIMEDOUT', 'timeout'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['EPROTO', 'tls'],
    ['Z_DATA_ERROR', 'decode_error'],
    ['ERR_BROTLI_DECOMPRESSION_FAILED', 'decode_error'],
  ])('%s -> %s', (code, expected) => {
    expect(classifyNetworkError(withCode(code)).code).toBe(expected);
  });

  it('looks through wrapping errors to the cause', () => {
    const wrapped = new TypeError('fetch failed', { cause: withCode('CERT_HAS_EXPIRED', 'certificate has expired') });
    expect(classifyNetworkError(wrapped)).toMatchObject({ code: 'tls' });
  });

  it('recognises a refusal from the guarded lookup', () => {
    const failure = classifyNetworkError(new BlockedAddressError('intranet.example', '10.1.2.3'));
    expect(failure.code).toBe('blocked_address');
    expect(failure.reason).toContain('intranet.example resolves to 10.1.2.3 (private)');
  });

  it('treats unknown failures as connection errors', () => {
    expect(classifyNetworkError(new Error('something odd')).code).toBe('connection');
    expect(classifyNetworkError('a string').code).toBe('connection');
  });
});

import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/domain/errors.ts';
import { publicOnlyPolicy, type AddressPolicy } from '../../../src/ingest/fetch/address-guard.ts';
import { closeFetchDispatchers } from '../../../src/ingest/fetch/dispatcher-pool.ts';
import { fetchUrl, type FetchOptions } from '../../../src/ingest/fetch/fetch-url.ts';
import { BlockedAddressError, guardedLookup } from '../../../src/ingest/fetch/guarded-lookup.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';

const STRICT: FetchOptions = {
  timeoutMs: 3_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'newsgraph-test/0.1',
  allowPrivateNetworks: false,
};
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>ok</title></channel></rss>';

/**
 * The guard as production runs it, except that the fixture server, reached by its literal address, is allowed.
 * Everything else private (another port is irrelevant here: other hosts, names, metadata IPs) stays refused.
 */
const fixtureOnly: AddressPolicy = (address, hostname) =>
  (address === '127.0.0.1' && hostname === '127.0.0.1') || publicOnlyPolicy(address, hostname);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  await closeFetchDispatchers();
});
beforeEach(() => server.reset());

async function failure(url: string, options: Partial<FetchOptions> = {}): Promise<FetchError> {
  const err = await fetchUrl(url, { ...STRICT, ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe('SSRF guard on the first hop', () => {
  it('refuses the fixture server on 127.0.0.1 when allowPrivateNetworks is false, without connecting', async () => {
    server.reply('/feed.xml', { body: RSS });
    const err = await failure(server.url('/feed.xml'));
    expect(err.code).toBe('blocked_address');
    expect(err.message).toContain('127.0.0.1');
    expect(err.message).toContain('loopback');
    expect(server.hits('/feed.xml')).toBe(0);
  });

  it('reaches it when allowPrivateNetworks is true', async () => {
    server.reply('/feed.xml', { body: RSS });
    const res = await fetchUrl(server.url('/feed.xml'), { ...STRICT, allowPrivateNetworks: true });
    expect(res.text).toBe(RSS);
  });

  it('refuses a name that resolves to loopback, at connect time through the guarded lookup', async () => {
    server.reply('/feed.xml', { body: RSS });
    const err = await failure(`http://localhost:${server.port}/feed.xml`);
    expect(err.code).toBe('blocked_address');
    expect(err.message).toContain('localhost resolves to 127.0.0.1');
    expect(server.hits('/feed.xml')).toBe(0);
  });

  it.each([
    'http://10.0.0.1/feed.xml',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/feed.xml',
    'http://[fe80::1]/feed.xml',
    'http://[::ffff:127.0.0.1]/feed.xml',
    'http://[64:ff9b::a9fe:a9fe]/feed.xml',
    'http://0.0.0.0/feed.xml',
    'http://2130706433/feed.xml', // 127.0.0.1 as one number
    'http://0x7f.1/feed.xml', // 127.0.0.1 in hex shorthand
    'http://100.64.1.1/feed.xml',
    'http://224.0.0.1/feed.xml',
  ])('refuses the literal address in %s immediately', async (url) => {
    const err = await failure(url);
    // Refused before connecting: a connection attempt to an unreachable address would end in timeout or connection.
    expect(err.code).toBe('blocked_address');
  });
});

describe('SSRF guard on redirects', () => {
  it('the first hop to the fixture server is allowed by the test policy', async () => {
    server.reply('/ok', { body: RSS });
    const res = await fetchUrl(server.url('/ok'), { ...STRICT, isAddressAllowed: fixtureOnly });
    expect(res.text).toBe(RSS);
  });

  it.each([
    ['10.0.0.1', 'http://10.0.0.1/internal/feed.xml'],
    ['169.254.169.254', 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'],
    ['::1', 'http://[::1]:8080/admin'],
    ['192.168.1.1', 'http://192.168.1.1/'],
    ['::ffff:7f00:1', 'http://[::ffff:127.0.0.1]/'],
  ])('a feed redirecting to %s is refused before any connection', async (address, target) => {
    server.reply('/feed.xml', { status: 302, headers: { location: target } });
    const err = await failure(server.url('/feed.xml'), { isAddressAllowed: fixtureOnly });
    expect(err.code).toBe('blocked_address');
    expect(err.message).toContain(address);
    expect(server.hits('/feed.xml')).toBe(1);
  });

  it('a redirect to a name resolving to a private address is refused by the lookup, and never reaches the server', async () => {
    server.reply('/feed.xml', { status: 301, headers: { location: `http://localhost:${server.port}/secret` } });
    server.reply('/secret', { body: 'internal data' });
    const err = await failure(server.url('/feed.xml'), { isAddressAllowed: fixtureOnly });
    expect(err.code).toBe('blocked_address');
    expect(err.message).toContain('localhost resolves to 127.0.0.1');
    expect(server.hits('/secret')).toBe(0);
  });
});

describe('guardedLookup', () => {
  const lookup = (policy: AddressPolicy, host: string, all: boolean) =>
    new Promise<{ err: Error | null; address: string | LookupAddress[]; family?: number }>((resolve) => {
      guardedLookup(policy)(host, { all }, (err, address, family) => resolve({ err, address, family }));
    });

  it('refuses a name with a refused address (both callback shapes)', async () => {
    for (const all of [true, false]) {
      const { err } = await lookup(publicOnlyPolicy, 'localhost', all);
      expect(err).toBeInstanceOf(BlockedAddressError);
      expect((err as BlockedAddressError).address).toBe('127.0.0.1');
    }
  });

  it('passes allowed answers through in the shape net.connect asked for', async () => {
    const allowLoopback: AddressPolicy = (address) => address === '127.0.0.1' || address === '::1';
    const many = await lookup(allowLoopback, 'localhost', true);
    expect(many.err).toBeNull();
    expect(Array.isArray(many.address)).toBe(true);
    expect((many.address as LookupAddress[]).map((a) => a.address)).toContain('127.0.0.1');
    const one = await lookup(allowLoopback, 'localhost', false);
    expect(one.err).toBeNull();
    expect(typeof one.address).toBe('string');
    expect([4, 6]).toContain(one.family);
  });

  it('passes DNS failures through unchanged', async () => {
    const { err } = await lookup(publicOnlyPolicy, 'nothing-here.invalid', true);
    expect((err as NodeJS.ErrnoException).code).toBe('ENOTFOUND');
  });
});

import { randomBytes } from 'node:crypto';
import net from 'node:net';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/domain/errors.ts';
import { closeFetchDispatchers } from '../../../src/ingest/fetch/dispatcher-pool.ts';
import { DEFAULT_ACCEPT, fetchUrl, type FetchOptions } from '../../../src/ingest/fetch/fetch-url.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';

const USER_AGENT = 'newsgraph-test/0.1 (+https://github.com/newsgraph/newsgraph; feed aggregator)';
const OPTIONS: FetchOptions = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  userAgent: USER_AGENT,
  allowPrivateNetworks: true, // the fixture server is on 127.0.0.1
};
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fixture – Grüße</title><item><title>One</title></item></channel></rss>`;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  await closeFetchDispatchers();
});
beforeEach(() => server.reset());

/** Runs a fetch that must fail and returns its FetchError. */
async function fetchFailure(url: string, options: Partial<FetchOptions> = {}): Promise<FetchError> {
  const err = await fetchUrl(url, { ...OPTIONS, ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

function redirect(to: string, status: number) {
  return { status, headers: { location: to }, body: `moved to ${to}` };
}

describe('fetchUrl: a plain 200', () => {
  it('returns the body, validators and cache hints, and sends our User-Agent, Accept and Accept-Encoding', async () => {
    server.reply('/feed.xml', {
      headers: {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"abc123"',
        'last-modified': 'Sun, 01 Jun 2025 10:00:00 GMT',
        'cache-control': 'public, max-age=600, s-maxage=3600',
        expires: 'Sun, 01 Jun 2025 11:00:00 GMT',
      },
      body: RSS,
    });
    const res = await fetchUrl(server.url('/feed.xml'), OPTIONS);
    expect(res).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      requestedUrl: server.url('/feed.xml'),
      finalUrl: server.url('/feed.xml'),
      permanentUrl: server.url('/feed.xml'),
      redirects: [],
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"abc123"',
      lastModified: 'Sun, 01 Jun 2025 10:00:00 GMT',
      cacheMaxAgeSeconds: 600,
      expiresAt: '2025-06-01T11:00:00.000Z',
      retryAfterSeconds: null,
      text: RSS,
      charset: 'utf-8',
      bytes: Buffer.byteLength(RSS),
    });
    expect(res.body.equals(Buffer.from(RSS))).toBe(true);
    expect(res.durationMs).toBeGreaterThanOrEqual(0);

    const [req] = server.requests('/feed.xml');
    expect(req?.headers['user-agent']).toBe(USER_AGENT);
    expect(req?.headers.accept).toBe(DEFAULT_ACCEPT);
    expect(req?.headers.accept).toMatch(/^application\/rss\+xml, application\/atom\+xml, application\/feed\+json/);
    expect(req?.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(req?.headers['if-none-match']).toBeUndefined();
    expect(req?.headers['if-modified-since']).toBeUndefined();
  });

  it('sends a caller-supplied Accept header and keeps the query string', async () => {
    server.reply('/q', { body: '{}' , headers: { 'content-type': 'application/feed+json' } });
    const res = await fetchUrl(server.url('/q?format=json&x=1#frag'), { ...OPTIONS, accept: 'application/feed+json' });
    expect(res.finalUrl).toBe(server.url('/q?format=json&x=1'));
    expect(server.requests('/q')[0]).toMatchObject({ url: '/q?format=json&x=1', headers: { accept: 'application/feed+json' } });
  });
});

describe('fetchUrl: conditional GET', () => {
  const etag = '"v1"';
  const lastModified = 'Sat, 31 May 2025 08:00:00 GMT';

  it('sends If-None-Match and If-Modified-Since, and reports 304 as not_modified', async () => {
    server.route('/cond.xml', (req, res) => {
      const fresh = req.headers['if-none-match'] === etag && req.headers['if-modified-since'] === lastModified;
      if (fresh) res.writeHead(304, { etag, 'cache-control': 'max-age=900' }).end();
      else res.writeHead(200, { etag: '"v2"', 'content-type': 'text/xml' }).end(RSS);
    });
    const res = await fetchUrl(server.url('/cond.xml'), { ...OPTIONS, etag, lastModified });
    expect(res).toMatchObject({ status: 'not_modified', httpStatus: 304, etag, bytes: 0, text: '', cacheMaxAgeSeconds: 900 });
    expect(res.body.length).toBe(0);
    // The validators we sent stay current when a 304 does not repeat them.
    expect(res.lastModified).toBe(lastModified);

    const [req] = server.requests('/cond.xml');
    expect(req?.headers['if-none-match']).toBe(etag);
    expect(req?.headers['if-modified-since']).toBe(lastModified);
  });

  it('gets the full body when the validators no longer match', async () => {
    server.route('/cond.xml', (req, res) => {
      if (req.headers['if-none-match'] === etag) res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v2"', 'content-type': 'text/xml' }).end(RSS);
    });
    const res = await fetchUrl(server.url('/cond.xml'), { ...OPTIONS, etag: '"stale"' });
    expect(res).toMatchObject({ status: 'ok', httpStatus: 200, etag: '"v2"', text: RSS });
  });
});

describe('fetchUrl: HTTP errors', () => {
  it('429 carries Retry-After in seconds', async () => {
    server.reply('/limited', { status: 429, headers: { 'retry-after': '120' }, body: 'slow down' });
    const err = await fetchFailure(server.url('/limited'));
    expect(err).toMatchObject({ code: 'http_429', httpStatus: 429, retryAfterSeconds: 120 });
    expect(err.message).toContain(server.url('/limited'));
    expect(err.message).toContain('120');
  });

  it('429 with an HTTP-date Retry-After is converted to seconds from now', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    server.reply('/limited-date', { status: 429, headers: { 'retry-after': at } });
    const err = await fetchFailure(server.url('/limited-date'));
    expect(err.code).toBe('http_429');
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(85);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(90);
  });

  it.each([
    [404, 'http_4xx', null],
    [401, 'http_4xx', null],
    [403, 'http_4xx', null],
    [410, 'gone', null],
    [500, 'http_5xx', null],
    [502, 'http_5xx', null],
    [503, 'http_5xx', '30'],
  ])('HTTP %i -> %s', async (status, code, retryAfter) => {
    const headers: Record<string, string> = retryAfter ? { 'retry-after': retryAfter } : {};
    server.reply('/status', { status, headers, body: 'error page' });
    const err = await fetchFailure(server.url('/status'));
    expect(err).toMatchObject({ code, httpStatus: status, retryAfterSeconds: retryAfter ? Number(retryAfter) : null });
    if (retryAfter) expect(err.message).toContain(`retry after ${retryAfter} s`);
    expect(err.message).toContain(`HTTP ${status}`);
    expect(err.message).toContain(server.url('/status'));
  });

  it('a redirect status without Location is an error, not a success', async () => {
    server.reply('/no-location', { status: 302, body: 'nowhere' });
    const err = await fetchFailure(server.url('/no-location'));
    expect(err).toMatchObject({ code: 'http_5xx', httpStatus: 302 });
  });
});

describe('fetchUrl: redirects', () => {
  it('301 -> 302 -> 200: finalUrl is the end, permanentUrl is after the 301 only', async () => {
    server.reply('/a', redirect('/b', 301));
    server.reply('/b', redirect(server.url('/c'), 302));
    server.reply('/c', { body: RSS, headers: { 'content-type': 'application/rss+xml' } });
    const res = await fetchUrl(server.url('/a'), OPTIONS);
    expect(res).toMatchObject({
      status: 'ok',
      requestedUrl: server.url('/a'),
      finalUrl: server.url('/c'),
      permanentUrl: server.url('/b'),
      text: RSS,
      redirects: [
        { from: server.url('/a'), to: server.url('/b'), status: 301 },
        { from: server.url('/b'), to: server.url('/c'), status: 302 },
      ],
    });
    expect([server.hits('/a'), server.hits('/b'), server.hits('/c')]).toEqual([1, 1, 1]);
    // Every hop carries our headers.
    expect(server.requests('/c')[0]?.headers['user-agent']).toBe(USER_AGENT);
  });

  it.each([
    ['308 -> 301 -> 200', [308, 301], '/r2'],
    ['302 -> 301 -> 200', [302, 301], '/r0'],
    ['307 -> 200', [307], '/r0'],
    ['301 -> 307 -> 308 -> 200', [301, 307, 308], '/r1'],
    ['303 -> 200', [303], '/r0'],
  ])('%s: permanentUrl follows only the leading permanent hops', async (_name, statuses, permanentPath) => {
    statuses.forEach((status, i) => server.reply(`/r${i}`, redirect(`/r${i + 1}`, status)));
    server.reply(`/r${statuses.length}`, { body: RSS });
    const res = await fetchUrl(server.url('/r0'), OPTIONS);
    expect(res.finalUrl).toBe(server.url(`/r${statuses.length}`));
    expect(res.permanentUrl).toBe(server.url(permanentPath));
    expect(res.redirects.map((r) => r.status)).toEqual(statuses);
  });

  it('resolves relative Location headers against the current URL', async () => {
    server.reply('/dir/feed', redirect('../other/feed.xml?x=1', 301));
    server.reply('/other/feed.xml', { body: RSS });
    const res = await fetchUrl(server.url('/dir/feed'), OPTIONS);
    expect(res.finalUrl).toBe(server.url('/other/feed.xml?x=1'));
  });

  it('detects a loop (a -> b -> a)', async () => {
    server.reply('/loop-a', redirect('/loop-b', 302));
    server.reply('/loop-b', redirect('/loop-a', 302));
    const err = await fetchFailure(server.url('/loop-a'));
    expect(err.code).toBe('redirect_loop');
    expect(err.message).toContain(server.url('/loop-a'));
    expect(server.hits('/loop-a')).toBe(1);
  });

  it('detects a page redirecting to itself', async () => {
    server.reply('/self', redirect('/self', 301));
    expect((await fetchFailure(server.url('/self'))).code).toBe('redirect_loop');
  });

  it('refuses a sixth hop with maxRedirects 5, and never requests its target', async () => {
    for (let i = 0; i < 6; i++) server.reply(`/hop/${i}`, redirect(`/hop/${i + 1}`, 302));
    server.reply('/hop/6', { body: RSS });
    const err = await fetchFailure(server.url('/hop/0'));
    expect(err.code).toBe('too_many_redirects');
    expect(err.message).toContain('more than 5');
    expect(server.hits('/hop/5')).toBe(1);
    expect(server.hits('/hop/6')).toBe(0);
  });

  it('allows exactly maxRedirects hops', async () => {
    for (let i = 0; i < 5; i++) server.reply(`/hop/${i}`, redirect(`/hop/${i + 1}`, 302));
    server.reply('/hop/5', { body: RSS });
    const res = await fetchUrl(server.url('/hop/0'), OPTIONS);
    expect(res.redirects).toHaveLength(5);
    expect(res.finalUrl).toBe(server.url('/hop/5'));
  });

  it('maxRedirects 0 refuses any redirect', async () => {
    server.reply('/one', redirect('/two', 301));
    expect((await fetchFailure(server.url('/one'), { maxRedirects: 0 })).code).toBe('too_many_redirects');
  });

  it('refuses a redirect to a non-http scheme', async () => {
    server.reply('/to-file', redirect('file:///etc/passwd', 302));
    const err = await fetchFailure(server.url('/to-file'));
    expect(err.code).toBe('unsupported_scheme');
    expect(err.message).toContain('file:');
  });
});

describe('fetchUrl: time and size limits', () => {
  it('a body that trickles past the total timeout -> timeout', async () => {
    server.route('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('<rss><channel>');
      const timer = setInterval(() => res.write('<!-- still here -->'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const err = await fetchFailure(server.url('/slow'), { timeoutMs: 300 });
    expect(err.code).toBe('timeout');
    expect(err.message).toContain('300 ms');
    expect(err.message).toContain(server.url('/slow'));
  });

  it('a server that never answers -> timeout', async () => {
    server.route('/silent', () => undefined);
    const err = await fetchFailure(server.url('/silent'), { timeoutMs: 300 });
    expect(err.code).toBe('timeout');
  });

  it('the timeout covers the whole redirect chain', async () => {
    const slowRedirect = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
      setTimeout(() => res.writeHead(302, { location: to }).end(), 150);
    };
    server.route('/slow-hop/0', slowRedirect('/slow-hop/1'));
    server.route('/slow-hop/1', slowRedirect('/slow-hop/2'));
    server.route('/slow-hop/2', slowRedirect('/slow-hop/3'));
    server.reply('/slow-hop/3', { body: RSS });
    const err = await fetchFailure(server.url('/slow-hop/0'), { timeoutMs: 350 });
    expect(err.code).toBe('timeout');
  });

  it('a Content-Length above maxBytes -> too_large before reading the body', async () => {
    server.reply('/big', { headers: { 'content-type': 'text/xml', 'content-length': 5_000 }, body: 'x'.repeat(5_000) });
    const err = await fetchFailure(server.url('/big'), { maxBytes: 1_000 });
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('1000 bytes');
    expect(err.message).toContain('Content-Length 5000');
  });

  it('a chunked body (no Content-Length) growing past maxBytes -> too_large while streaming', async () => {
    let written = 0;
    server.route('/stream', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const timer = setInterval(() => {
        res.write('y'.repeat(1_000));
        written += 1_000;
        if (written >= 1_000_000) {
          clearInterval(timer);
          res.end();
        }
      }, 2);
      res.on('close', () => clearInterval(timer));
    });
    const err = await fetchFailure(server.url('/stream'), { maxBytes: 10_000 });
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('10000 bytes');
    // The request was aborted long before the server finished.
    expect(written).toBeLessThan(1_000_000);
  });

  it('a body of exactly maxBytes is accepted', async () => {
    server.reply('/exact', { body: 'z'.repeat(2_000) });
    const res = await fetchUrl(server.url('/exact'), { ...OPTIONS, maxBytes: 2_000 });
    expect(res.bytes).toBe(2_000);
  });

  it.each([
    ['gzip', (b: Buffer) => zlib.gzipSync(b)],
    ['br', (b: Buffer) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })],
    ['deflate', (b: Buffer) => zlib.deflateSync(b)],
  ])('a %s decompression bomb -> too_large', async (encoding, compress) => {
    const bomb = compress(Buffer.alloc(32 * 1024 * 1024)); // 32 MiB of zeros, a few dozen KiB on the wire
    expect(bomb.length).toBeLessThan(64 * 1024);
    server.reply('/bomb', { headers: { 'content-encoding': encoding, 'content-length': bomb.length }, body: bomb });
    const err = await fetchFailure(server.url('/bomb'), { maxBytes: 1024 * 1024 });
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('decompressed');
  });

  it('the cap also applies to the compressed bytes on the wire', async () => {
    const noise = zlib.gzipSync(randomBytes(50_000)); // incompressible: larger compressed than the cap
    server.route('/noise', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(noise);
    });
    const err = await fetchFailure(server.url('/noise'), { maxBytes: 20_000 });
    expect(err.code).toBe('too_large');
  });
});

describe('fetchUrl: content encodings', () => {
  const body = Buffer.from(RSS.repeat(20));
  it.each([
    ['gzip', zlib.gzipSync(body)],
    ['x-gzip', zlib.gzipSync(body)],
    ['deflate', zlib.deflateSync(body)], // zlib-wrapped, as specified
    ['deflate', zlib.deflateRawSync(body)], // raw, as many servers send it
    ['br', zlib.brotliCompressSync(body)],
    ['gzip, br', zlib.brotliCompressSync(zlib.gzipSync(body))], // applied in order: gzip first, then br
    ['identity', body],
  ])('Content-Encoding %s is decoded', async (encoding, wire) => {
    server.reply('/enc', { headers: { 'content-encoding': encoding, 'content-type': 'application/rss+xml' }, body: wire });
    const res = await fetchUrl(server.url('/enc'), OPTIONS);
    expect(res.body.equals(body)).toBe(true);
    expect(res.bytes).toBe(body.length);
    expect(res.text).toBe(body.toString('utf8'));
  });

  it('a corrupt gzip body is a typed error', async () => {
    server.reply('/corrupt', { headers: { 'content-encoding': 'gzip' }, body: Buffer.from('this is not gzip at all') });
    const err = await fetchFailure(server.url('/corrupt'));
    expect(err.code).toBe('decode_error');
  });
});

describe('fetchUrl: charsets end to end', () => {
  const feed = (encoding: string | null, title: string) =>
    `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;

  it.each([
    ['declared in the header', 'text/xml; charset=koi8-r', iconv.encode(feed(null, 'Новости'), 'koi8-r'), 'koi8-r', 'Новости'],
    ['declared in the prolog', 'application/rss+xml', iconv.encode(feed('Shift_JIS', '東京のニュース'), 'shift_jis'), 'shift_jis', '東京のニュース'],
    [
      'wrong UTF-8 header, prolog right',
      'application/xml; charset=utf-8',
      iconv.encode(feed('windows-1250', 'Łódź'), 'windows-1250'),
      'windows-1250',
      'Łódź',
    ],
    [
      'UTF-16LE BOM against a wrong header',
      'text/xml; charset=iso-8859-1',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(feed('UTF-16', 'Ελλάδα'), 'utf-16le')]),
      'utf-16le',
      'Ελλάδα',
    ],
    ['undeclared Latin-1', 'application/rss+xml', iconv.encode(feed(null, 'Café crème'), 'latin1'), 'windows-1252', 'Café crème'],
  ])('%s', async (_name, contentType, bytes, charset, title) => {
    server.reply('/charset.xml', { headers: { 'content-type': contentType }, body: bytes });
    const res = await fetchUrl(server.url('/charset.xml'), OPTIONS);
    expect(res.charset).toBe(charset);
    expect(res.text).toContain(`<title>${title}</title>`);
    expect(res.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(res.body.equals(bytes)).toBe(true);
  });

  it('decodes after decompressing (gzip + EUC-KR)', async () => {
    const bytes = iconv.encode(feed('EUC-KR', '서울 뉴스'), 'euc-kr');
    server.reply('/kr.xml', { headers: { 'content-type': 'text/xml', 'content-encoding': 'gzip' }, body: zlib.gzipSync(bytes) });
    const res = await fetchUrl(server.url('/kr.xml'), OPTIONS);
    expect(res).toMatchObject({ charset: 'euc-kr' });
    expect(res.text).toContain('서울 뉴스');
  });
});

describe('fetchUrl: network failures and bad input', () => {
  it('an unknown host (.invalid TLD) -> dns', async () => {
    const err = await fetchFailure('http://feeds.no-such-host.invalid/rss.xml');
    expect(err.code).toBe('dns');
    expect(err.message).toContain('feeds.no-such-host.invalid');
  });

  it('a closed port -> connection', async () => {
    const port = await closedPort();
    const err = await fetchFailure(`http://127.0.0.1:${port}/feed.xml`);
    expect(err.code).toBe('connection');
    expect(err.message).toContain(`127.0.0.1:${port}`);
  });

  it('a connection reset mid-response -> connection', async () => {
    server.route('/reset', (req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-length': '10000' });
      res.write('<rss>');
      setTimeout(() => req.socket.destroy(), 20);
    });
    expect((await fetchFailure(server.url('/reset'))).code).toBe('connection');
  });

  it('a TLS handshake failure -> tls (https to a plain-HTTP port)', async () => {
    server.reply('/feed.xml', { body: RSS });
    const err = await fetchFailure(`https://127.0.0.1:${server.port}/feed.xml`);
    expect(err.code).toBe('tls');
    expect(err.message).toContain(`https://127.0.0.1:${server.port}/feed.xml`);
  });

  it('a connection dropped before any response is retried once', async () => {
    let calls = 0;
    server.route('/flaky', (req, res) => {
      calls++;
      if (calls === 1) req.socket.destroy();
      else res.end(RSS);
    });
    const res = await fetchUrl(server.url('/flaky'), OPTIONS);
    expect(res.text).toBe(RSS);
    expect(server.hits('/flaky')).toBe(2);
  });

  it('a server that keeps dropping the connection -> connection, after one retry', async () => {
    server.route('/dropper', (req) => void req.socket.destroy());
    const err = await fetchFailure(server.url('/dropper'));
    expect(err.code).toBe('connection');
    expect(server.hits('/dropper')).toBe(2);
  });

  it.each([
    ['not a url', 'invalid_url'],
    ['http://', 'invalid_url'],
    ['ftp://example.com/feed.xml', 'unsupported_scheme'],
    ['file:///etc/passwd', 'unsupported_scheme'],
    ['javascript:alert(1)', 'unsupported_scheme'],
  ])('%j -> %s', async (url, code) => {
    expect((await fetchFailure(url)).code).toBe(code);
  });

  it('a caller abort stops the fetch', async () => {
    server.route('/hang', () => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await fetchFailure(server.url('/hang'), { signal: controller.signal });
    expect(err.code).toBe('timeout');
    expect(err.message).toContain('aborted');
  });

  it('reuses pooled connections across fetches (one agent, not one per request)', async () => {
    const ports = new Set<number>();
    server.route('/pooled', (req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      res.end(RSS);
    });
    for (let i = 0; i < 10; i++) await fetchUrl(server.url('/pooled'), OPTIONS);
    expect(server.hits('/pooled')).toBe(10);
    // A connection may still be finishing its previous response when the next fetch starts, so allow a second one.
    expect(ports.size).toBeLessThanOrEqual(2);
  });
});

async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

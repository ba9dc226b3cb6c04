import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../src/cli/start-service.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';
import { testRuntime } from '../support/ingest-context.ts';

const READ_KEY = 'guard-read-key';
const MiB = 1024 * 1024;

/**
 * Streams a POST declaring `declaredBytes` in 64 KiB chunks until the server answers or closes; returns the status
 * (null if none came) and how many bytes the client got to write.
 */
function bigPost(url: string, declaredBytes: number, headers: Record<string, string> = {}): Promise<{ status: number | null; written: number }> {
  return new Promise((resolve) => {
    let written = 0;
    let status: number | null = null;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve({ status, written });
    };
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(declaredBytes), ...headers } });
    req.on('response', (res) => {
      status = res.statusCode ?? null;
      res.resume();
      res.on('end', finish);
    });
    req.on('error', finish);
    req.on('close', finish);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!settled && status === null && written < declaredBytes) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (written >= declaredBytes) req.end();
    };
    pump();
  });
}

describe('HTTP request guards', () => {
  let store: TestStore;
  const services: RunningService[] = [];
  const serve = async (overrides: Record<string, unknown>) => {
    const config = loadConfig({}, { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent', ...overrides });
    const service = await startService({ ...testRuntime(store), config }, { scheduler: false, port: 0, host: '127.0.0.1' });
    services.push(service);
    return service.url;
  };
  let open: string;
  let keyed: string;
  let cors: string;

  beforeAll(async () => {
    store = await createTestStore('sqlite');
    open = await serve({});
    keyed = await serve({ API_REQUIRE_KEY: true, NEWSGRAPH_READ_KEYS: READ_KEY });
    cors = await serve({ CORS_ORIGINS: 'https://app.example, https://admin.example' });
  });
  afterAll(async () => {
    for (const s of services) await s.stop();
    await store?.cleanup();
  });

  it('refuses a 400 MB POST from its declared length, reading none of it and growing memory by less than 20 MB', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const r = await bigPost(`${open}/graphql`, 400 * MiB);
    const growth = process.memoryUsage().rss - before;
    expect(r.status).toBe(413);
    // What the client wrote before the answer sat in socket buffers; the server read none of it.
    expect(r.written).toBeLessThan(64 * MiB);
    expect(growth).toBeLessThan(20 * MiB);
  }, 60_000);

  it.each<{ name: string; url: () => string; headers: Record<string, string>; bytes: number; status: number }>([
    { name: 'a keyless 200 MB body when keys are required', url: () => keyed, headers: {}, bytes: 200 * MiB, status: 401 },
    { name: 'an unknown key', url: () => keyed, headers: { authorization: 'Bearer nope' }, bytes: 200 * MiB, status: 401 },
    { name: 'a read key with a 200 MB body', url: () => keyed, headers: { authorization: `Bearer ${READ_KEY}` }, bytes: 200 * MiB, status: 413 },
  ])('answers $status to $name before reading the body', async ({ url, headers, bytes, status }) => {
    const r = await bigPost(`${url()}/graphql`, bytes, headers);
    expect(r.status).toBe(status);
    expect(r.written).toBeLessThan(bytes);
  }, 60_000);

  it('serves requests within the limit, and refuses a body of unknown length', async () => {
    const ok = await fetch(`${open}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(ok.status).toBe(200);
    const chunked = await new Promise<number | undefined>((resolve, reject) => {
      const req = http.request(`${open}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.write('{"query":');
    });
    expect(chunked).toBe(411);
  });

  it('keeps /metrics behind the key when keys are required', async () => {
    expect((await fetch(`${keyed}/metrics`)).status).toBe(401);
    expect((await fetch(`${keyed}/metrics`, { headers: { authorization: `Bearer ${READ_KEY}` } })).status).toBe(200);
    expect((await fetch(`${open}/metrics`)).status).toBe(200);
  });

  it.each([
    { name: 'no allow-list', url: () => open, origin: 'https://evil.example', allowed: null },
    { name: 'an origin off the list', url: () => cors, origin: 'https://evil.example', allowed: null },
    { name: 'a listed origin', url: () => cors, origin: 'https://app.example', allowed: 'https://app.example' },
  ])('CORS with $name', async ({ url, origin, allowed }) => {
    for (const method of ['OPTIONS', 'POST'] as const) {
      const res = await fetch(`${url()}/graphql`, {
        method,
        headers: { origin, 'content-type': 'application/json', 'access-control-request-method': 'POST' },
        ...(method === 'POST' ? { body: JSON.stringify({ query: '{ __typename }' }) } : {}),
      });
      const header = res.headers.get('access-control-allow-origin');
      if (allowed === null) expect(header === null || header === 'null', `${method}: ${header}`).toBe(true);
      else expect(header, method).toBe(allowed);
    }
  });
});

import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createHttpHandler, listen, readiness } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import { createDb } from '../../src/store/db.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

describe.each(dialects)('HTTP endpoints on %s', (dialect) => {
  let store: TestStore;
  let server: Server;
  let base: string;
  const metrics = createMetrics(false);

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await listen(createHttpHandler({ db: store.db, logger: silentLogger, metrics }), 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await store?.cleanup();
  });

  it('/health answers while the process is up', async () => {
    const r = await fetch(`${base}/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers 200 when the database is reachable and migrated', async () => {
    const r = await fetch(`${base}/ready`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ready' });
  });

  it('/metrics serves Prometheus text with the ingest and HTTP series', async () => {
    metrics.fetches.inc({ status: 'error', error_code: 'dns' });
    const r = await fetch(`${base}/metrics`);
    expect(r.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await r.text();
    expect(text).toContain('newsgraph_feed_fetches_total{status="error",error_code="dns"} 1');
    expect(text).toContain('newsgraph_http_request_duration_seconds_bucket');
  });

  it('unknown paths are a JSON 404', async () => {
    const r = await fetch(`${base}/nope`);
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('readiness', () => {
  it('is false with a reason when the database is unreachable', async () => {
    const config = loadConfig({}, { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    const db = createDb(config);
    const r = await readiness(db, 3000);
    expect(r.ready).toBe(false);
    expect(r.reason).toMatch(/database unreachable/);
    await db.destroy();
  });

  it('is false while migrations are pending', async () => {
    const db = createDb(loadConfig({}, { DATABASE_URL: ':memory:' }));
    expect(await readiness(db)).toEqual({ ready: false, reason: 'migrations pending' });
    await db.destroy();
  });
});

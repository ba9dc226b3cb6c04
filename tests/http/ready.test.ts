import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createHttpHandler, listen } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import { createDb, type Db } from '../../src/store/db.ts';
import { createTestStore, dialects } from '../support/databases.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function ready(db: Db): Promise<{ status: number; body: { status: string; reason: string | null } }> {
  const server = await listen(createHttpHandler({ db, logger: silentLogger, metrics: createMetrics(false) }), 0, '127.0.0.1');
  servers.push(server);
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/ready`);
  return { status: res.status, body: (await res.json()) as { status: string; reason: string | null } };
}

describe.each(dialects)('/ready on %s', (dialect) => {
  it('is 200 while the database answers, and 503 with a reason once it is gone', async () => {
    const store = await createTestStore(dialect);
    try {
      expect(await ready(store.db)).toEqual({ status: 200, body: { status: 'ready', reason: null } });
      await store.db.destroy();
      const down = await ready(store.db);
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('not_ready');
      expect(down.body.reason).toMatch(/^database unreachable: /);
    } finally {
      await store.cleanup().catch(() => {});
    }
  });
});

describe('/ready with PostgreSQL down', () => {
  it('is 503 when nothing listens where the database should be', async () => {
    // Needs no PostgreSQL server: port 1 on loopback refuses connections, as a stopped server does.
    const db = createDb(loadConfig({}, { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/newsgraph' }));
    try {
      const down = await ready(db);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'not_ready', reason: expect.stringMatching(/^database unreachable: .*ECONNREFUSED/) });
    } finally {
      await db.destroy();
    }
  });
});

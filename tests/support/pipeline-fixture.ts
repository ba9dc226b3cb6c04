import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { IngestContext } from '../../src/scheduler/ingest-pass.ts';
import type { Clock } from '../../src/domain/clock.ts';
import type { Dialect } from '../../src/store/db.ts';
import { createTestStore, type TestStore } from './databases.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { ingestContext } from './ingest-context.ts';

export interface PipelineFixture {
  readonly store: TestStore;
  readonly server: FixtureServer;
  readonly ctx: IngestContext;
}

/**
 * A store of the dialect, a loopback feed server and an ingest context on `clock`, for the tests of one describe
 * block: the server's replies are reset before each test and articles, feeds and sources removed after it.
 */
export function usePipelineFixture(dialect: Dialect, clock: Clock): PipelineFixture {
  let store: TestStore;
  let server: FixtureServer;
  let ctx: IngestContext;
  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    ctx = ingestContext(store, clock);
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });
  beforeEach(() => server.reset());
  afterEach(async () => {
    await store.db.kysely.deleteFrom('articles').execute();
    await store.db.kysely.deleteFrom('feeds').execute();
    await store.db.kysely.deleteFrom('sources').execute();
  });
  return {
    get store() { return store; },
    get server() { return server; },
    get ctx() { return ctx; },
  };
}

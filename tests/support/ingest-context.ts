import { enrichAndCluster } from '../../src/cli/enriching-ingest-context.ts';
import type { Runtime } from '../../src/cli/runtime.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import type { IngestContext } from '../../src/scheduler/ingest-pass.ts';
import type { TestStore } from './databases.ts';
import type { Clock } from '../../src/domain/clock.ts';

export function ingestContext(store: TestStore, clock?: Clock): IngestContext {
  return { db: store.db, repos: createRepositories(store.db), config: store.config, logger: silentLogger, ...(clock ? { clock } : {}) };
}

/** The runtime a command or the service would open, over a test store: its settings, silent logs, no default metrics. */
export function testRuntime(store: TestStore, repos: Repositories = createRepositories(store.db)): Runtime {
  return { config: store.config, logger: silentLogger, metrics: createMetrics(false), db: store.db, repos, close: async () => {} };
}

/**
 * The ingest context of the service and the ingest command: what a pass stores is enriched, then clustered, through
 * the production hook (enrichAndCluster) with the store's clustering settings.
 */
export async function clusteringIngestContext(store: TestStore): Promise<IngestContext> {
  const base = ingestContext(store);
  return { ...base, onStored: await enrichAndCluster(testRuntime(store, base.repos)) };
}

/** A clock tests move by hand. */
export function manualClock(start: string): Clock & { set(iso: string): void; advance(seconds: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = new Date(iso).getTime();
    },
    advance: (s) => {
      t += s * 1000;
    },
  };
}

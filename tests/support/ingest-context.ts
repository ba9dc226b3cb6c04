import { silentLogger } from '../../src/log/logger.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import type { IngestContext } from '../../src/scheduler/ingest-pass.ts';
import type { TestStore } from './databases.ts';
import type { Clock } from '../../src/domain/clock.ts';

export function ingestContext(store: TestStore, clock?: Clock): IngestContext {
  return { db: store.db, repos: createRepositories(store.db), config: store.config, logger: silentLogger, ...(clock ? { clock } : {}) };
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

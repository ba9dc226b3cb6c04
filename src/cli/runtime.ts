import { loadConfig, type Config } from '../config/config.ts';
import type { Settings } from '../config/settings.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { createMetrics, type Metrics } from '../log/metrics.ts';
import { createDb, type Db } from '../store/db.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { createRepositories, type Repositories } from '../store/repositories/index.ts';
import { closeFetchDispatchers } from '../ingest/fetch/dispatcher-pool.ts';

/** Everything a command needs, wired once: config, logger, store, repositories, metrics. */
export interface Runtime {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  db: Db;
  repos: Repositories;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  overrides?: Partial<Record<keyof Settings, unknown>>;
  /** Run pending migrations before returning (serve, ingest, demo do; `migrate` runs them itself). */
  migrate?: boolean;
  /** Quieter default for one-shot commands whose output is the point. */
  defaultLogLevel?: Settings['LOG_LEVEL'];
}

export async function openRuntime(opts: RuntimeOptions = {}): Promise<Runtime> {
  const env = { ...process.env };
  if (opts.defaultLogLevel && !env.LOG_LEVEL) env.LOG_LEVEL = opts.defaultLogLevel;
  const config = loadConfig(env, opts.overrides);
  const logger = createLogger(config.settings.LOG_LEVEL);
  const metrics = createMetrics();
  const db = createDb(config);
  try {
    if (opts.migrate !== false) {
      const { applied } = await migrateToLatest(db);
      if (applied.length) logger.info({ applied, database: db.location }, 'migrations applied');
    }
  } catch (e) {
    await db.destroy().catch(() => {});
    throw e;
  }
  return {
    config,
    logger,
    metrics,
    db,
    repos: createRepositories(db),
    close: async () => {
      await closeFetchDispatchers();
      await db.destroy();
      logger.flush();
    },
  };
}

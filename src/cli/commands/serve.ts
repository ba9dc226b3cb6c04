import type { Command } from 'commander';
import { seedDefaultFeeds } from '../../ingest/seed-default-feeds.ts';
import { action } from '../output.ts';
import { openRuntime } from '../runtime.ts';
import { startService, stopOnSignals } from '../start-service.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and run the ingest scheduler in process')
    .option('--port <n>', 'port to listen on (default PORT or 4000)')
    .option('--no-scheduler', 'API only: do not run the scheduler (for API replicas)')
    .action(
      action(async (opts: { port?: string; scheduler: boolean }) => {
        const rt = await openRuntime({ overrides: opts.port ? { PORT: opts.port } : {} });
        const s = rt.config.settings;
        if (s.SEED_DEFAULT_FEEDS) {
          const seed = await seedDefaultFeeds({ repos: rt.repos, config: rt.config }, s.DEFAULT_FEEDS_FILE);
          if (!seed.skipped) rt.logger.info({ seeded: seed.seeded, file: s.DEFAULT_FEEDS_FILE }, 'default feeds seeded');
        }
        const service = await startService(rt, { scheduler: opts.scheduler && s.SCHEDULER_ENABLED, port: s.PORT, host: s.HOST });
        rt.logger.info(
          { url: service.url, database: rt.db.location, dialect: rt.db.dialect.name, scheduler: service.scheduler ? s.INGEST_CRON : 'disabled' },
          'newsgraph serving',
        );
        await stopOnSignals(rt, service);
      }),
    );
}

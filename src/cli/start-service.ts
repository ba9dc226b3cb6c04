import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpHandler, listen } from '../http/server.ts';
import { startCronTrigger, type CronTrigger } from '../scheduler/cron-trigger.ts';
import { runIngestPass } from '../scheduler/ingest-pass.ts';
import type { Runtime } from './runtime.ts';

export interface RunningService {
  server: Server;
  url: string;
  scheduler: CronTrigger | null;
  stop(): Promise<void>;
}

/** HTTP API plus, unless disabled, the in-process scheduler. Shared by `serve` and `demo`. */
export async function startService(rt: Runtime, opts: { scheduler: boolean; port: number; host: string }): Promise<RunningService> {
  const s = rt.config.settings;
  let scheduler: CronTrigger | null = null;
  const handler = createHttpHandler({
    db: rt.db,
    logger: rt.logger,
    metrics: rt.metrics,
    describe: () => ({ scheduler: scheduler ? { cron: s.INGEST_CRON, nextRun: scheduler.nextRun()?.toISOString() ?? null } : 'disabled' }),
  });
  const server = await listen(handler, opts.port, opts.host);
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
  if (opts.scheduler) {
    scheduler = startCronTrigger(
      s.INGEST_CRON,
      () => runIngestPass({ db: rt.db, repos: rt.repos, config: rt.config, logger: rt.logger, metrics: rt.metrics }, { mode: { kind: 'due' }, trigger: 'cron' }),
      rt.logger.child({ subsystem: 'scheduler' }),
    );
  }
  return {
    server,
    url,
    scheduler,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await scheduler?.stop();
    },
  };
}

/** Stops cleanly on SIGINT/SIGTERM: no new requests, the running ingest pass finishes its feeds, the store closes. */
export function stopOnSignals(rt: Runtime, service: RunningService): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        rt.logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      rt.logger.info({ signal }, 'shutting down');
      service
        .stop()
        .then(() => rt.close())
        .finally(resolve);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

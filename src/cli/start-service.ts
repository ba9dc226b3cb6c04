import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArticleEvents } from '../graphql/article-events.ts';
import { createInProcessArticleEvents } from '../graphql/in-process-article-events.ts';
import { publishStoredArticles, type OnStored } from '../graphql/publish-stored-articles.ts';
import { createGraphQLServer, GRAPHQL_PATH } from '../graphql/yoga.ts';
import { closeServer, createHttpHandler, listen, nodeRoute } from '../http/server.ts';
import { startCronTrigger, type CronTrigger } from '../scheduler/cron-trigger.ts';
import { runIngestPass } from '../scheduler/ingest-pass.ts';
import type { Runtime } from './runtime.ts';

export interface RunningService {
  server: Server;
  url: string;
  scheduler: CronTrigger | null;
  stop(): Promise<void>;
}

/** Subscriptions end when the service stops, so their streams close and the server can shut down. */
function endingOn(events: ArticleEvents, shutdown: AbortSignal): ArticleEvents {
  return {
    publish: (article) => events.publish(article),
    subscribe: (signal) => events.subscribe(signal ? AbortSignal.any([signal, shutdown]) : shutdown),
  };
}

/**
 * Runs every hook in order, each even when an earlier one failed (subscribers still hear of articles whose
 * enrichment failed); the first failure is rethrown afterwards for the pipeline to log.
 */
function allOf(...hooks: OnStored[]): OnStored {
  return async (event) => {
    let failure: unknown = null;
    for (const hook of hooks) {
      try {
        await hook(event);
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure) throw failure;
  };
}

/**
 * HTTP API (GraphQL on /graphql, /health, /ready, /metrics) plus, unless disabled, the in-process scheduler. Shared
 * by `serve` and `demo`. One ArticleEvents carries what the scheduler's ingest passes (and the API's own ingest
 * mutations) store to `articleAdded` subscribers.
 */
export async function startService(rt: Runtime, opts: { scheduler: boolean; port: number; host: string }): Promise<RunningService> {
  const s = rt.config.settings;
  let scheduler: CronTrigger | null = null;
  const shutdown = new AbortController();
  const events = endingOn(createInProcessArticleEvents(), shutdown.signal);
  // Loaded here, not at the top: the NLP models take seconds to load, and commands that never serve would pay for it.
  const { enrichStoredArticles, loadTopicDefinitions } = await import('../enrich/run-enrichment.ts');
  // The built-in taxonomy is in the topics table before the first request, so `topics` lists it on a fresh store.
  await loadTopicDefinitions({ db: rt.db, repos: rt.repos, logger: rt.logger });
  // Enrich first, so a subscriber resolving an added article's entities or topics finds them stored.
  const onStored = allOf(
    enrichStoredArticles({ db: rt.db, repos: rt.repos, logger: rt.logger.child({ subsystem: 'enrich' }) }),
    publishStoredArticles(events, rt.repos),
  );
  const yoga = createGraphQLServer({
    db: rt.db,
    repos: rt.repos,
    config: rt.config,
    logger: rt.logger.child({ subsystem: 'graphql' }),
    metrics: rt.metrics,
    events,
    onStored,
  });
  const handler = createHttpHandler({
    db: rt.db,
    logger: rt.logger,
    metrics: rt.metrics,
    routes: { [GRAPHQL_PATH]: nodeRoute(yoga) },
    describe: () => ({ scheduler: scheduler ? { cron: s.INGEST_CRON, nextRun: scheduler.nextRun()?.toISOString() ?? null } : 'disabled' }),
  });
  const server = await listen(handler, opts.port, opts.host);
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
  if (opts.scheduler) {
    scheduler = startCronTrigger(
      s.INGEST_CRON,
      () =>
        runIngestPass(
          { db: rt.db, repos: rt.repos, config: rt.config, logger: rt.logger, metrics: rt.metrics, onStored },
          { mode: { kind: 'due' }, trigger: 'cron' },
        ),
      rt.logger.child({ subsystem: 'scheduler' }),
    );
  }
  return {
    server,
    url,
    scheduler,
    stop: async () => {
      shutdown.abort();
      await closeServer(server);
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

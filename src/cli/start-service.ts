import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { publishChangedStories } from '../graphql/publish-changed-stories.ts';
import { publishStoredArticles } from '../graphql/publish-stored-articles.ts';
import { createGraphQLServer, GRAPHQL_PATH } from '../graphql/yoga.ts';
import { createKeyCheck } from '../graphql/auth.ts';
import { cachedReadRoute } from '../http/cached-read-route.ts';
import { EXPLORE_PATH, exploreRoute } from '../http/explore-page.ts';
import { createMetricsGuard, createRequestGuard } from '../http/request-guard.ts';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssetsRoute } from '../http/graphiql-assets.ts';
import { closeServer, createHttpHandler, listen, nodeRoute } from '../http/server.ts';
import { createStoredResponses } from '../http/stored-responses.ts';
import { startCronTrigger, type CronTrigger } from '../scheduler/cron-trigger.ts';
import type { IngestPassOptions } from '../scheduler/ingest-pass.ts';
import { syncBuiltInTopics } from '../enrich/topics/built-in-topics.ts';
import { createSearchPool } from '../work/search-pool.ts';
import { createIngestPool } from '../work/ingest-pool.ts';
import { openEventTransport } from './event-transport.ts';
import type { Runtime } from './runtime.ts';

export interface RunningService {
  server: Server;
  url: string;
  scheduler: CronTrigger | null;
  stop(): Promise<void>;
}

/** ArticleEvents and StoryEvents alike. */
interface Events<T> {
  publish(event: T): void;
  subscribe(signal?: AbortSignal): AsyncIterable<T>;
}

/** Subscriptions end when the service stops, so their streams close and the server can shut down. */
function endingOn<T>(events: Events<T>, shutdown: AbortSignal): Events<T> {
  return {
    publish: (event) => events.publish(event),
    subscribe: (signal) => events.subscribe(signal ? AbortSignal.any([signal, shutdown]) : shutdown),
  };
}

/**
 * HTTP API (GraphQL on /graphql, /health, /ready, /metrics) plus, unless disabled, the in-process scheduler. Shared
 * by `serve` and `demo`. One ArticleEvents carries what the scheduler's ingest passes (and the API's own ingest
 * mutations) store to `articleAdded` subscribers; one StoryEvents carries the stories clustering changed to
 * `storyUpdated` subscribers.
 */
export async function startService(rt: Runtime, opts: { scheduler: boolean; port: number; host: string }): Promise<RunningService> {
  const s = rt.config.settings;
  let scheduler: CronTrigger | null = null;
  const shutdown = new AbortController();
  // In process on SQLite; through PostgreSQL's LISTEN/NOTIFY when several processes share the store.
  const transport = await openEventTransport(rt, { listen: true });
  const events = endingOn(transport.articles, shutdown.signal);
  const storyEvents = endingOn(transport.stories, shutdown.signal);
  // The built-in taxonomy is in the topics table before the first request, so `topics` lists it on a fresh store.
  await syncBuiltInTopics({ db: rt.db, repos: rt.repos });
  // Fetching, parsing, extraction, enrichment and clustering run on the ingest workers' thread, never on this event
  // loop: it only serves. What they store and cluster comes back as reports and reaches the subscribers here. The
  // thread starts at the first pass, so an API replica that never ingests stays small.
  const workers = createIngestPool(
    { config: rt.config, logger: rt.logger, db: rt.db, repos: rt.repos },
    { onStored: publishStoredArticles(events, rt.repos), onStoriesChanged: publishChangedStories(storyEvents, rt.repos), metrics: rt.metrics },
  );
  // Each feed's work is done before its articles are announced, so a subscriber resolving an added article's entities, topics or story finds them stored.
  const runIngest = (o: Pick<IngestPassOptions, 'mode' | 'trigger'>) => workers.runPass({ ...o, awaitWork: true });
  // Whole answers to anonymous reads, served before yoga; emptied by the same events and mutations as yoga's cache.
  const storedResponses = s.API_RESPONSE_CACHE_TTL_MS ? createStoredResponses({ ttlMs: s.API_RESPONSE_CACHE_TTL_MS }) : null;
  // Searches on SQLite run on reader threads: a long FTS5 walk never holds the requests queued behind it.
  const searchPool = createSearchPool(rt.config, rt.logger.child({ subsystem: 'search' }));
  const yoga = createGraphQLServer({
    db: rt.db,
    repos: rt.repos,
    ...(searchPool ? { search: searchPool } : {}),
    config: rt.config,
    logger: rt.logger.child({ subsystem: 'graphql' }),
    metrics: rt.metrics,
    events,
    storyEvents,
    runIngest,
    ...(storedResponses ? { storedResponses } : {}),
  });
  const keyCheck = createKeyCheck(rt.config);
  const guardOptions = { maxBodyBytes: s.HTTP_MAX_BODY_BYTES, requireKey: s.API_REQUIRE_KEY, keyCheck: (h: string | undefined) => keyCheck(h) };
  const handler = createHttpHandler({
    db: rt.db,
    logger: rt.logger,
    metrics: rt.metrics,
    routes: {
      [GRAPHQL_PATH]: storedResponses ? cachedReadRoute({ app: yoga, responses: storedResponses, maxBodyBytes: s.HTTP_MAX_BODY_BYTES }) : nodeRoute(yoga),
      [GRAPHIQL_ASSETS_PATH]: graphiqlAssetsRoute(), [EXPLORE_PATH]: exploreRoute(),
    },
    guards: { routes: { [GRAPHQL_PATH]: createRequestGuard(guardOptions) }, metrics: createMetricsGuard(guardOptions) },
    describe: () => ({ scheduler: scheduler ? { cron: s.INGEST_CRON, nextRun: scheduler.nextRun()?.toISOString() ?? null } : 'disabled' }),
  });
  const server = await listen(handler, opts.port, opts.host);
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
  if (opts.scheduler) {
    scheduler = startCronTrigger(
      s.INGEST_CRON,
      () => runIngest({ mode: { kind: 'due' }, trigger: 'cron' }),
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
      // The workers stop claiming feeds and jobs; the feeds and jobs they hold are finished first.
      const passDone = scheduler?.stop();
      await workers.close();
      await searchPool?.close();
      await passDone;
      await transport.close();
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

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInProcessArticleEvents } from '../graphql/in-process-article-events.ts';
import { createInProcessStoryEvents } from '../graphql/in-process-story-events.ts';
import { publishChangedStories } from '../graphql/publish-changed-stories.ts';
import { publishStoredArticles } from '../graphql/publish-stored-articles.ts';
import { createGraphQLServer, GRAPHQL_PATH } from '../graphql/yoga.ts';
import { EXPLORE_PATH, exploreRoute } from '../http/explore-page.ts';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssetsRoute } from '../http/graphiql-assets.ts';
import { closeServer, createHttpHandler, listen, nodeRoute } from '../http/server.ts';
import { startCronTrigger, type CronTrigger } from '../scheduler/cron-trigger.ts';
import { runIngestPass } from '../scheduler/ingest-pass.ts';
import { allOf, enrichAndCluster } from './enriching-ingest-context.ts';
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
  const events = endingOn(createInProcessArticleEvents(), shutdown.signal);
  const storyEvents = endingOn(createInProcessStoryEvents(), shutdown.signal);
  // Loaded here, not at the top: the NLP models take seconds to load, and commands that never serve would pay for it.
  const { loadTopicDefinitions } = await import('../enrich/run-enrichment.ts');
  // The built-in taxonomy is in the topics table before the first request, so `topics` lists it on a fresh store.
  await loadTopicDefinitions({ db: rt.db, repos: rt.repos, logger: rt.logger });
  const publishStories = publishChangedStories(storyEvents, rt.repos);
  // Enrich and cluster first, so a subscriber resolving an added article's entities, topics or story finds them stored.
  const onStored = allOf(
    await enrichAndCluster(rt, { onStoriesChanged: publishStories }),
    publishStoredArticles(events, rt.repos),
  );
  const yoga = createGraphQLServer({
    db: rt.db,
    repos: rt.repos,
    config: rt.config,
    logger: rt.logger.child({ subsystem: 'graphql' }),
    metrics: rt.metrics,
    events,
    storyEvents,
    onStored,
  });
  const handler = createHttpHandler({
    db: rt.db,
    logger: rt.logger,
    metrics: rt.metrics,
    routes: { [GRAPHQL_PATH]: nodeRoute(yoga), [GRAPHIQL_ASSETS_PATH]: graphiqlAssetsRoute(), [EXPLORE_PATH]: exploreRoute() },
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

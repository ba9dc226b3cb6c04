import type { Config } from '../config/config.ts';
import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../log/logger.ts';
import type { Metrics } from '../log/metrics.ts';
import type { PipelineDeps } from '../ingest/pipeline.ts';
import type { IngestPassOptions, IngestPassSummary } from '../scheduler/ingest-pass.ts';
import type { Db } from '../store/db.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { SearchReader } from '../store/repositories/search-repository.ts';
import type { ArticleEvents } from './article-events.ts';
import type { StoryEvents } from './story-events.ts';

/** Long-lived services the API uses; one set per process. */
export interface ApiServices {
  db: Db;
  repos: Repositories;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  events: ArticleEvents;
  /** Full-text search off the event loop (SQLite reader threads); without it `repos.search` searches in process. */
  search?: SearchReader;
  /** Carries changed stories to `storyUpdated` subscribers; without it that subscription is refused. */
  storyEvents?: StoryEvents;
  clock?: Clock;
  /** Hook for ingest passes started through the API (runIngest, refreshFeed): publishes stored articles to `events`. */
  onStored?: PipelineDeps['onStored'];
  /**
   * Runs an ingest pass started through the API (runIngest, refreshFeed) off this event loop (the service's ingest
   * workers). Without it the pass runs here, with `onStored`.
   */
  runIngest?: (opts: Pick<IngestPassOptions, 'mode' | 'trigger'>) => Promise<IngestPassSummary>;
  /** The HTTP layer's stored answers to anonymous reads (src/http/cached-read-route.ts): emptied with the response cache. */
  storedResponses?: { clear(): void };
}

export interface Auth {
  /** The caller presented a valid admin key. */
  admin: boolean;
  /** The caller may read (always, unless API_REQUIRE_KEY is on and no valid key was sent). */
  reader: boolean;
  /** A short, non-secret fingerprint of the key used, for logs. */
  keyId: string | null;
}

/** Per request: the services, who is asking, and (through Pothos' dataloader plugin) that request's loaders. */
export interface GraphQLContext {
  services: ApiServices;
  auth: Auth;
  request: Request;
}

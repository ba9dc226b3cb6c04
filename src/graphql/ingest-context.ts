import type { FeedAdminContext } from '../ingest/add-feed.ts';
import { runIngestPass, type IngestContext, type IngestPassOptions, type IngestPassSummary } from '../scheduler/ingest-pass.ts';
import type { ApiServices } from './context.ts';

/** What an ingest pass started through the API runs with: the API's own services, and its onStored hook if any. */
export function ingestContextFrom(s: ApiServices): IngestContext {
  return {
    db: s.db,
    repos: s.repos,
    config: s.config,
    logger: s.logger,
    metrics: s.metrics,
    ...(s.clock ? { clock: s.clock } : {}),
    ...(s.onStored ? { onStored: s.onStored } : {}),
  };
}

/** An ingest pass started through the API: on the service's ingest workers when it has them, else here. */
export function runApiIngest(s: ApiServices, opts: Pick<IngestPassOptions, 'mode' | 'trigger'>): Promise<IngestPassSummary> {
  return s.runIngest ? s.runIngest(opts) : runIngestPass(ingestContextFrom(s), opts);
}

/** What adding and importing feeds runs with. */
export function feedAdminContextFrom(s: ApiServices): FeedAdminContext {
  return { repos: s.repos, config: s.config, ...(s.clock ? { clock: s.clock } : {}) };
}

import type { IngestContext } from '../scheduler/ingest-pass.ts';
import type { Runtime } from './runtime.ts';

/**
 * The ingest context of a command: the runtime's store and services, with enrichment run on every article a pass
 * stores. The enrichment code is imported here, not at the top of a module: its models take a second or two to
 * load, and commands that never ingest should not pay for it.
 */
export async function enrichingIngestContext(rt: Runtime): Promise<IngestContext> {
  const { enrichStoredArticles } = await import('../enrich/run-enrichment.ts');
  return {
    db: rt.db,
    repos: rt.repos,
    config: rt.config,
    logger: rt.logger,
    metrics: rt.metrics,
    onStored: enrichStoredArticles({ db: rt.db, repos: rt.repos, logger: rt.logger.child({ subsystem: 'enrich' }) }),
  };
}

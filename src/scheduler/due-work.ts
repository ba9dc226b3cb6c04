import type { Repositories } from '../store/repositories/index.ts';

/**
 * Whether a pass over due feeds would find anything to do: an enabled feed due by `now`, or a queued job whose time
 * has come (a leased one included: its worker may be dead). Two reads on the caller's connection, so a cron run of
 * `newsgraph ingest` with nothing due exits without starting a worker thread or loading the pipeline.
 */
export async function hasDueWork(repos: Pick<Repositories, 'feeds' | 'jobs'>, now: Date): Promise<boolean> {
  const iso = now.toISOString();
  const nextJob = await repos.jobs.nextRunAfter();
  if (nextJob !== null && nextJob <= iso) return true;
  const feeds = await repos.feeds.list({ enabled: true });
  return feeds.some((f) => f.health.nextFetchAt <= iso);
}

import type { Config } from '../config/config.ts';
import type { Logger } from '../log/logger.ts';
import type { SearchReader } from '../store/repositories/search-repository.ts';
import type { SearchTask } from './search-thread.ts';

export interface SearchPool extends SearchReader {
  /** Ends the threads (searches still running finish first). */
  close(): Promise<void>;
}

type Piscina = import('piscina').Piscina<SearchTask, unknown>;

/** The thread entry beside this file: JavaScript once built; from TypeScript sources, a bootstrap that registers tsx first. */
function threadEntry(): string {
  const ts = import.meta.url.endsWith('.ts');
  return new URL(ts ? './search-thread-tsx.mjs' : './search-thread.js', import.meta.url).href;
}

/**
 * Full-text search on reader threads, or null where it gains nothing. better-sqlite3 answers synchronously: a search
 * that walks a common word's doclist for tens of milliseconds would hold the API's event loop, and every other
 * request behind it, for as long. On SEARCH_THREADS threads (each with its own read connection; WAL lets them read
 * while the ingest thread writes) searches run beside the event loop and on every core. PostgreSQL searches in its
 * server and an in-memory SQLite database exists on this thread only: null there, the caller searches in process.
 * The threads start at the first search, so an API that is never searched stays small.
 */
export function createSearchPool(config: Config, logger: Logger): SearchPool | null {
  const target = config.database;
  const threads = config.settings.SEARCH_THREADS;
  if (threads === 0 || target.dialect !== 'sqlite' || target.file === ':memory:') return null;
  let pool: Promise<Piscina> | null = null;
  const start = async (): Promise<Piscina> => {
    const { Piscina } = await import('piscina');
    const p = new Piscina<SearchTask, unknown>({ filename: threadEntry(), workerData: { config }, minThreads: threads, maxThreads: threads, idleTimeout: Number.POSITIVE_INFINITY });
    p.on('error', (e) => logger.error({ err: e }, 'a search thread failed; piscina starts another'));
    return p;
  };
  return {
    search: async (query, filter, window, options) => {
      pool ??= start();
      return (await (await pool).run({ query, filter, window, options } satisfies SearchTask)) as Awaited<ReturnType<SearchReader['search']>>;
    },
    close: async () => {
      if (!pool) return;
      const p = await pool;
      pool = null;
      await p.destroy();
    },
  };
}

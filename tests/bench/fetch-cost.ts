/**
 * CPU per first fetch of a fleet feed, in one warm process on PostgreSQL, split by stage: fetching (loopback HTTP
 * through the real fetcher), parsing and normalising, and the whole ingest pass (claim, fetch, parse, normalise,
 * store, schedule). Beside it, the CPU of two things a fetch does that the fleet profile showed: one lease statement
 * (an UPDATE of the feed, which a fetch used to run once more after its write) and ids (ULIDs, one per article and
 * per fetch), drawn the default way (a CSPRNG call per character) and from pooled bytes (src/domain/ids.ts).
 *
 *   npm run bench -- --fetch-cost-only [--feeds 400]
 *
 * CPU time (process.cpuUsage, user + system) of this process only: PostgreSQL's own CPU is not in it.
 */
import { monotonicFactory } from 'ulid';
import { loadConfig } from '../../src/config/config.ts';
import { newId, pooledRandom } from '../../src/domain/ids.ts';
import { fetchOptionsFromSettings } from '../../src/ingest/fetch/fetch-options.ts';
import { fetchUrl } from '../../src/ingest/fetch/fetch-url.ts';
import { normalizeWithinBudget } from '../../src/ingest/normalize/normalize-within-budget.ts';
import { parseFeed } from '../../src/ingest/parse/parse-feed.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore } from '../support/databases.ts';
import { benchFeedRow } from './feed-rows.ts';
import { startFleetServer } from './fleet-feed-server.ts';

export interface FetchCostResult {
  feeds: number;
  articlesPerFetch: number;
  /** CPU ms per feed (or per statement, per id). */
  fetchMs: number;
  parseNormalizeMs: number;
  passMs: number;
  leaseStatementMs: number;
  idDefaultMs: number;
  idPooledMs: number;
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

export async function benchFetchCost(feeds: number): Promise<FetchCostResult> {
  const store = await createTestStore('postgres', {});
  const server = await startFleetServer(feeds + 1, () => Date.now());
  try {
    const iso = (ms: number) => new Date(ms).toISOString();
    const now = Date.now();
    const sources = Array.from({ length: feeds + 1 }, (_, k) => ({ id: newId(), name: `Fleet desk ${k}`, homepage: null, country: null, language: 'en', created_at: iso(now) }));
    const rows = sources.map((s, i) =>
      benchFeedRow({ id: newId(), source_id: s.id, url: server.urlOf(i), title: null, site_url: null, format: null, interval_seconds: 1800, next_fetch_at: iso(now - 1000), next_fetch_reason: 'interval', last_fetched_at: null, created_at: iso(now) }),
    );
    await store.db.kysely.insertInto('sources').values(sources).execute();
    await store.db.kysely.insertInto('feeds').values(rows).execute();
    const config = loadConfig({}, { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent', ALLOW_PRIVATE_NETWORKS: true, INGEST_CONCURRENCY: 16, INGEST_PER_HOST_CONCURRENCY: 1 });
    const repos = createRepositories(store.db);
    const ctx = { db: store.db, repos, config, logger: silentLogger };
    // Warm: modules loaded, pools open, code compiled, before anything is measured.
    await runIngestPass(ctx, { mode: { kind: 'feeds', feedIds: [rows[0]!.id] }, trigger: 'cli' });
    const options = fetchOptionsFromSettings(config.settings);
    const bodies: string[] = [];
    const fetchAll = async () => {
      for (let i = 1; i <= feeds; i += 16) {
        await Promise.all(
          Array.from({ length: Math.min(16, feeds + 1 - i) }, async (_, k) => {
            const res = await fetchUrl(server.urlOf(i + k), options).catch(() => null);
            if (res?.status === 'ok') bodies.push(res.text);
          }),
        );
      }
    };
    const parseAll = async () => {
      for (const b of bodies) await normalizeWithinBudget(await parseFeed(b), { feedUrl: 'http://fleet.test/feed.xml', fetchedAt: new Date(), languageHint: null }, { maxMs: 10_000 });
    };
    let t = cpuMs();
    await fetchAll();
    const fetchMs = (cpuMs() - t) / feeds;
    t = cpuMs();
    await parseAll();
    const parseNormalizeMs = (cpuMs() - t) / bodies.length;
    t = cpuMs();
    const pass = await runIngestPass(ctx, { mode: { kind: 'due' }, trigger: 'cron' });
    const passMs = (cpuMs() - t) / pass.feeds;
    // The lease statement, as many times as there were fetches (no lease held: the UPDATE matches nothing, as the
    // redundant release after a fetch's own write did).
    t = cpuMs();
    for (let i = 1; i <= feeds; i++) await repos.feeds.releaseLease(rows[i]!.id, 'bench');
    const leaseStatementMs = (cpuMs() - t) / feeds;
    // Ids at distinct times, so each draws a fresh random part (the costly case; ids within a millisecond increment).
    const N = 200_000;
    const time = (make: (seed: number) => string) => {
      const t0 = cpuMs();
      for (let i = 1; i <= N; i++) make(now + i);
      return (cpuMs() - t0) / N;
    };
    const idDefaultMs = time(monotonicFactory());
    const idPooledMs = time(monotonicFactory(pooledRandom));
    return { feeds: pass.feeds, articlesPerFetch: pass.itemsNew / Math.max(1, pass.feeds), fetchMs, parseNormalizeMs, passMs, leaseStatementMs, idDefaultMs, idPooledMs };
  } finally {
    await server.close();
    await store.cleanup();
  }
}

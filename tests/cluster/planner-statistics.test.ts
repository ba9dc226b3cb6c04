/**
 * The clusterer gathers the planner's statistics of its tables again when they are stale (StoreDialect
 * .refreshStatistics), beside its caller: a clustering call returns without waiting for an ANALYZE, one refresh of a
 * store runs at a time, and closing the store waits for it. On PostgreSQL another session holds the lock ANALYZE
 * needs (SHARE UPDATE EXCLUSIVE, which row reads and writes do not conflict with), so a refresh is seen waiting while
 * the clusterer goes on. SQLite keeps no statistics to gather: the same calls, nothing analysed.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import type { Db } from '../../src/store/db.ts';
import { createNewsStore, storeNews, type NewsStore } from '../bench/seed-stories.ts';
import { syntheticNews } from '../bench/synthetic-news.ts';
import { dialects } from '../support/databases.ts';

/** Enough new rows in articles that their statistics are stale (more than 50 + 10 % changed). */
const ARTICLES = 120;

/** Until the server has counted the stored rows (sessions report them to pg_stat_user_tables a little later). */
async function untilStale(db: Db, table: string): Promise<void> {
  for (;;) {
    const r = await sql<{ n: string }>`SELECT n_mod_since_analyze AS n FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = ${table}`.execute(db.kysely);
    if (Number(r.rows[0]?.n ?? 0) > 50 + ARTICLES / 10) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Until an ANALYZE of this store waits for a lock (true), or `stop` resolves first (false). */
async function analyzeWaits(db: Db, stop: Promise<unknown>): Promise<boolean> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  while (!stopped) {
    const r = await sql<{ n: string }>`
      SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'ANALYZE%'`.execute(db.kysely);
    if (Number(r.rows[0]!.n) > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function lastAnalyzed(db: Db, table: string): Promise<string | null> {
  const r = await sql<{ at: string | null }>`SELECT last_analyze::text AS at FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = ${table}`.execute(db.kysely);
  return r.rows[0]?.at ?? null;
}

describe.each(dialects)('planner statistics beside clustering on %s', (dialect) => {
  let news: NewsStore;
  let ids: string[];
  /** Another session, holding the lock ANALYZE needs on articles until released (PostgreSQL). */
  let holder: pg.Client | null = null;

  beforeEach(async () => {
    news = await createNewsStore({ dialect });
    ids = await storeNews(news, syntheticNews(ARTICLES));
    if (dialect !== 'postgres') return;
    await untilStale(news.store.db, 'articles');
    holder = new pg.Client({ connectionString: news.store.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE articles IN SHARE UPDATE EXCLUSIVE MODE');
  }, 120_000);

  afterEach(async () => {
    if (holder) await holder.end().catch(() => {});
    holder = null;
    await news?.store.cleanup();
  });

  const release = async () => {
    await holder?.query('ROLLBACK');
  };

  const cases: { name: string; run: () => Promise<void> }[] = [
    {
      name: 'a clustering call returns while the refresh it started waits, and the refresh analyses articles once it may',
      run: async () => {
        const { db } = news.store;
        const call = clusterArticles(news.ctx, ids);
        if (dialect === 'postgres') {
          const first = await Promise.race([call.then(() => 'the call returned'), analyzeWaits(db, call).then((w) => (w ? 'the call waited for ANALYZE' : 'the call returned'))]);
          // Let a call that waits (an ANALYZE inside it) finish before asserting, so a failure does not hang.
          if (first !== 'the call returned') await release();
          expect(first).toBe('the call returned');
          expect(await analyzeWaits(db, new Promise(() => {}))).toBe(true);
          expect(await lastAnalyzed(db, 'articles')).toBeNull();
          await release();
        }
        const r = await call;
        expect(r.clustered).toBe(ARTICLES);
        expect(r.failed).toEqual([]);
        await db.background.settled();
        if (dialect === 'postgres') expect(await lastAnalyzed(db, 'articles')).not.toBeNull();
      },
    },
    {
      name: 'one refresh of a store runs at a time, and it reports the tables it analysed',
      run: async () => {
        const { db } = news.store;
        const outcomes: unknown[] = [];
        const started = [
          news.repos.plannerStatistics.refreshClusterTablesInBackground((o) => outcomes.push(o)),
          news.repos.plannerStatistics.refreshClusterTablesInBackground((o) => outcomes.push(o)),
        ];
        expect(started).toEqual([true, false]);
        await release();
        await db.background.settled();
        expect(outcomes).toHaveLength(1);
        const tables = (outcomes[0] as { tables: string[] }).tables;
        if (dialect === 'postgres') expect(tables).toContain('articles');
        else expect(tables).toEqual([]);
        // Analysed: nothing is stale now, and a new refresh starts and finds nothing to do.
        expect(news.repos.plannerStatistics.refreshClusterTablesInBackground((o) => outcomes.push(o))).toBe(true);
        await db.background.settled();
        expect(outcomes[1]).toEqual({ tables: [] });
      },
    },
    {
      name: 'closing the store waits for a running refresh',
      run: async () => {
        const outcomes: unknown[] = [];
        expect(news.repos.plannerStatistics.refreshClusterTablesInBackground((o) => outcomes.push(o))).toBe(true);
        const { db } = news.store;
        const closing = db.destroy().then(() => outcomes.length);
        if (dialect === 'postgres') {
          // The refresh waits for the lock, and the store stays open (its pool still answers) until it is done.
          expect(await analyzeWaits(db, closing)).toBe(true);
          await release();
        }
        expect(await closing).toBe(1);
        expect(outcomes[0]).not.toHaveProperty('error');
      },
    },
  ];

  for (const c of cases) it(c.name, c.run, 120_000);
});

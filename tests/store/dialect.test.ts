import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewArticle } from '../../src/domain/article.ts';
import { canonicalizeUrl } from '../../src/ingest/normalize/canonical-url.ts';
import { asciiLower } from '../../src/store/dialect.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { parseSearchQuery } from '../../src/store/search-query.ts';
import { MATCH_END, MATCH_START } from '../../src/store/search-snippet.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

const T0 = '2026-11-20T00:00:00.000Z';

function article(title: string, text: string): NewArticle {
  const url = `https://wire.example/${title.toLowerCase().replace(/\W+/g, '-')}`;
  return {
    dedupKey: `url:${url}`,
    guid: null,
    url,
    canonicalUrl: canonicalizeUrl(url),
    title,
    contentHtml: null,
    text,
    excerpt: text.slice(0, 100),
    authors: [],
    categories: [],
    imageUrl: null,
    enclosures: [],
    language: 'en',
    publishedAt: '2026-11-20T10:00:00.000Z',
    publishedAtEstimated: false,
    updatedAt: null,
    contentHash: `h:${title}`,
  };
}

const ARTICLES = [
  article('Navy captures pirates off Somalia', 'The Indian navy captured 23 pirates in the Gulf of Aden on Saturday.'),
  article('Pirate radio returns', 'A pirate radio station is back on air after a decade of silence.'),
  article('Harbour strike ends', 'Dock workers ended their strike at the harbour on Friday; pirates were not involved.'),
  article('Covid-19 vaccine trial', 'A vaccine trial for covid 19 reports results.'),
];

describe.each(dialects)('StoreDialect on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  let feedId: string;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
    const source = await repos.sources.ensure({ name: 'Wire' }, T0);
    const feed = await repos.feeds.create({ sourceId: source.id, url: 'https://wire.example/rss', intervalSeconds: 900 }, T0);
    feedId = feed.id;
    await store.db.kysely.transaction().execute((trx) => repos.articles.upsertForFeed(trx, feed, ARTICLES, T0));
  });
  afterAll(async () => store?.cleanup());

  const value = async <T>(expr: ReturnType<typeof sql<T>>): Promise<T> => (await sql<{ v: T }>`SELECT ${expr} AS v`.execute(store.db.kysely)).rows[0]!.v;
  const truthy = (v: unknown) => v === true || Number(v) === 1;

  it('names itself', () => {
    expect(store.db.dialect.name).toBe(dialect);
  });

  // [query, titles of the matching articles]
  const matches: [string, string[]][] = [
    ['pirates', ['Harbour strike ends', 'Navy captures pirates off Somalia']],
    ['pira*', ['Harbour strike ends', 'Navy captures pirates off Somalia', 'Pirate radio returns']],
    ['"pirate radio"', ['Pirate radio returns']],
    ['"radio pirate"', []],
    ['pirates -strike', ['Navy captures pirates off Somalia']],
    ['radio OR harbour', ['Harbour strike ends', 'Pirate radio returns']],
    ['covid-19', ['Covid-19 vaccine trial']],
    ['SOMALIA', ['Navy captures pirates off Somalia']],
  ];
  it.each(matches)('articleMatches(%j) finds the same articles', async (query, titles) => {
    const rows = await store.db.kysely.selectFrom('articles').select('title').where(store.db.dialect.articleMatches(parseSearchQuery(query))).execute();
    expect(rows.map((r) => r.title).sort()).toEqual(titles);
  });

  it('rankedSearch ranks title matches first, pages by limit and keyset, and marks snippets', async () => {
    const d = store.db.dialect;
    const columns = sql.join(['articles.id', 'articles.title', 'articles.text'].map((c) => sql.ref(c)));
    type Hit = { id: string; title: string; score: number; snippet?: string };
    const base = { search: parseSearchQuery('pirates'), columns, filters: [], keyset: [], direction: 'desc' as const, limit: 10, rankWindow: 100 };
    const { rows } = await d.rankedSearch<Hit>({ ...base, snippets: true }).execute(store.db.kysely);
    expect(rows.map((r) => r.title)).toEqual(['Navy captures pirates off Somalia', 'Harbour strike ends']);
    expect(Number(rows[0]!.score)).toBeGreaterThan(Number(rows[1]!.score));
    for (const r of rows) expect(r.snippet).toContain(`${MATCH_START}pirates${MATCH_END}`);

    const first = (await d.rankedSearch<Hit>({ ...base, limit: 1, snippets: false }).execute(store.db.kysely)).rows;
    expect(first.map((r) => r.title)).toEqual(['Navy captures pirates off Somalia']);
    expect(first[0]!.snippet).toBeUndefined();
    const after = sql`(hits.score < ${first[0]!.score} OR (hits.score = ${first[0]!.score} AND hits.id < ${first[0]!.id}))`;
    const next = (await d.rankedSearch<Hit>({ ...base, keyset: [after as never], snippets: false }).execute(store.db.kysely)).rows;
    expect(next.map((r) => r.title)).toEqual(['Harbour strike ends']);
    // The same page when the dialect is told the cursor's score (it may then cut the ranking before reading ids).
    const bounded = (await d.rankedSearch<Hit>({ ...base, keyset: [after as never], scoreBounds: [{ op: '<', score: Number(first[0]!.score) }], snippets: false }).execute(store.db.kysely)).rows;
    expect(bounded.map((r) => r.title)).toEqual(['Harbour strike ends']);
    const filtered = (await d.rankedSearch<Hit>({ ...base, filters: [sql`articles.title LIKE ${'Harbour%'}` as never], snippets: false }).execute(store.db.kysely)).rows;
    expect(filtered.map((r) => r.title)).toEqual(['Harbour strike ends']);
  });

  // [query, rank window, titles ranked (best first), matches scored]: the window keeps the newest matches (stored last).
  const windows: [string, number, string[], number][] = [
    ['pirates', 100, ['Navy captures pirates off Somalia', 'Harbour strike ends'], 2],
    ['pirates', 2, ['Navy captures pirates off Somalia', 'Harbour strike ends'], 2],
    ['pirates', 1, ['Harbour strike ends'], 1],
    ['pira*', 2, ['Pirate radio returns', 'Harbour strike ends'], 2],
    ['vaccine', 1, ['Covid-19 vaccine trial'], 1],
  ];
  it.each(windows)('rankedSearch(%j) with a rank window of %i scores only the newest matches', async (query, rankWindow, titles, scored) => {
    const columns = sql.join(['articles.id', 'articles.title'].map((c) => sql.ref(c)));
    const search = { search: parseSearchQuery(query), columns, filters: [], keyset: [], direction: 'desc' as const, limit: 10, rankWindow, snippets: false };
    const { rows } = await store.db.dialect.rankedSearch<{ title: string; ranked_count: number | string }>(search).execute(store.db.kysely);
    expect(rows.map((r) => r.title)).toEqual(titles);
    for (const r of rows) expect(Number(r.ranked_count)).toBe(scored);
  });

  // [text, folded]: ASCII letters only, whatever the database's locale.
  const folds: [string, string][] = [
    ['ABC xyz', 'abc xyz'],
    ['Zürich ÄÖÜ', 'zürich ÄÖÜ'],
    ['İSTANBUL Iğdır', 'İstanbul iğdır'],
    ['"World","Politics"', '"world","politics"'],
    ['', ''],
  ];
  it.each(folds)('fold(%j) is %j, as asciiLower', async (text, folded) => {
    expect(await value<string>(store.db.dialect.fold(sql.val(text)))).toBe(folded);
    expect(asciiLower(text)).toBe(folded);
  });

  // [haystack, needle, contained]: a plain substring test, no wildcards, case-sensitive.
  const contains: [string, string, boolean][] = [
    ['hello world', 'o w', true],
    ['hello world', 'World', false],
    ['100%_off', '%_', true],
    ['abc', '%', false],
    ['abc', '_', false],
    ['a\\b', '\\', true],
    [',"world","sea",', ',"world",', true],
    ['Genève', 'nèv', true],
  ];
  it.each(contains)('contains(%j, %j) is %s', async (haystack, needle, expected) => {
    expect(truthy(await value(store.db.dialect.contains(sql.val(haystack), needle)))).toBe(expected);
  });

  // [at, milliseconds, result]
  const times: [string, number, string][] = [
    ['2026-11-27T12:00:00.000Z', 0, '2026-11-27T12:00:00.000Z'],
    ['2026-11-27T12:00:00.000Z', 1500, '2026-11-27T12:00:01.500Z'],
    ['2026-11-27T12:00:00.250Z', 250, '2026-11-27T12:00:00.500Z'],
    ['2026-12-31T23:59:59.000Z', 1000, '2027-01-01T00:00:00.000Z'],
    ['2028-02-28T12:00:00.000Z', 86_400_000, '2028-02-29T12:00:00.000Z'],
    ['2026-11-27T12:00:00.000Z', 3_600_000 * 36, '2026-11-29T00:00:00.000Z'],
  ];
  it.each(times)('addMilliseconds(%s, %d) is %s', async (at, ms, expected) => {
    // Through a table, as repositories use it: on stored text and integer columns.
    await store.db.kysely.deleteFrom('fetches').execute();
    await store.db.kysely
      .insertInto('fetches')
      .values({ id: 'f1', feed_id: feedId, started_at: at, duration_ms: ms, status: 'ok', http_status: 200, error_code: null, error_message: null, bytes: 0, items_seen: 0, items_new: 0, items_updated: 0, worker: null })
      .execute();
    const row = await store.db.kysely
      .selectFrom('fetches')
      .select(store.db.dialect.addMilliseconds(sql.ref('started_at'), sql.ref('duration_ms')).as('v'))
      .executeTakeFirstOrThrow();
    expect(row.v).toBe(expected);
    expect(row.v).toBe(new Date(Date.parse(at) + ms).toISOString());
  });

  it('lockKey makes transactions on the same key run one at a time (no lost read-modify-write)', async () => {
    const { db } = store;
    const feed = await repos.feeds.create({ sourceId: (await repos.sources.ensure({ name: 'Counter' }, T0)).id, url: 'https://counter.example/rss', intervalSeconds: 900 }, T0);
    const workers = 6;
    await Promise.all(
      Array.from({ length: workers }, () =>
        db.kysely.transaction().execute(async (trx) => {
          await db.dialect.lockKey(trx, 4242);
          const { error_count } = await trx.selectFrom('feeds').select('error_count').where('id', '=', feed.id).executeTakeFirstOrThrow();
          // Another round trip between the read and the write gives an unlocked transaction every chance to interleave.
          await trx.selectFrom('feeds').select('id').where('id', '=', feed.id).execute();
          await trx.updateTable('feeds').set({ error_count: Number(error_count) + 1 }).where('id', '=', feed.id).execute();
        }),
      ),
    );
    const { error_count } = await db.kysely.selectFrom('feeds').select('error_count').where('id', '=', feed.id).executeTakeFirstOrThrow();
    expect(Number(error_count)).toBe(workers);
  });

  it('skipLocked lets a second claimer take other rows while a first one holds its claim', async () => {
    const { db } = store;
    const source = await repos.sources.ensure({ name: 'Claims' }, T0);
    for (let n = 0; n < 4; n++) await repos.feeds.create({ sourceId: source.id, url: `https://claims.example/${n}.xml`, intervalSeconds: 900 }, T0);
    const claim = (ex: typeof db.kysely, owner: string) =>
      ex
        .updateTable('feeds')
        .set({ lease_owner: owner })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('feeds')
            .select('id')
            .where('source_id', '=', source.id)
            .where('lease_owner', 'is', null)
            .orderBy('id')
            .limit(2)
            .$call((q) => db.dialect.skipLocked(q)),
        )
        .returning('id')
        .execute();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let firstClaimed!: () => void;
    const claimed = new Promise<void>((r) => (firstClaimed = r));
    let first: { id: string }[] = [];
    const holder = db.kysely.transaction().execute(async (trx) => {
      first = await claim(trx as never, 'a');
      firstClaimed();
      await held;
    });
    await claimed;
    let second: { id: string }[];
    if (dialect === 'postgres') {
      // The first transaction still holds its rows locked: the second claim skips them instead of waiting.
      second = await claim(db.kysely, 'b');
      release();
    } else {
      // SQLite runs one write transaction at a time: the second claim runs after the first commits.
      const pending = claim(db.kysely, 'b');
      release();
      second = await pending;
    }
    await holder;
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(2);
    expect(new Set([...first, ...second].map((r) => r.id)).size).toBe(4);
  });

  // [name, rows as (name, homepage), update homepage?, homepages stored afterwards by name]
  const upserts: [string, [string, string][], boolean, Record<string, string>][] = [
    ['inserts new rows', [['u1', 'h1'], ['u2', 'h2']], true, { u1: 'h1', u2: 'h2' }],
    ['updates a stored row', [['u1', 'h1b']], true, { u1: 'h1b', u2: 'h2' }],
    ['lets the last of two rows with one key win', [['u3', 'x'], ['u3', 'y']], true, { u1: 'h1b', u2: 'h2', u3: 'y' }],
    ['ignores a stored row when nothing is to be updated', [['u1', 'ignored'], ['u4', 'h4']], false, { u1: 'h1b', u2: 'h2', u3: 'y', u4: 'h4' }],
    ['keeps the first of two new rows with one key when nothing is to be updated', [['u5', 'first'], ['u5', 'second']], false, { u1: 'h1b', u2: 'h2', u3: 'y', u4: 'h4', u5: 'first' }],
  ];
  it.each(upserts)('upsert %s', async (_name, rows, update, expected) => {
    const { db } = store;
    await db.dialect.upsert(db.kysely, {
      table: 'sources',
      rows: rows.map(([name, homepage], i) => ({ id: `upsert-${name}-${homepage}-${i}`, name: `upsert ${name}`, homepage, country: null, language: null, created_at: T0 })),
      conflict: ['name'],
      update: update ? ['homepage'] : [],
    });
    const stored = await db.kysely.selectFrom('sources').select(['name', 'homepage']).where('name', 'like', 'upsert %').orderBy('name').execute();
    expect(Object.fromEntries(stored.map((r) => [r.name.slice('upsert '.length), r.homepage]))).toEqual(expected);
  });

  it('upsert splits many rows into statements under the parameter limits', async () => {
    const { db } = store;
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: `bulk-${i}`, name: `bulk ${i}`, homepage: `h${i % 7}`, country: null, language: null, created_at: T0 }));
    await db.dialect.upsert(db.kysely, { table: 'sources', rows, conflict: ['name'], update: ['homepage'] });
    await db.dialect.upsert(db.kysely, { table: 'sources', rows: rows.map((r) => ({ ...r, homepage: 'again' })), conflict: ['name'], update: ['homepage'] });
    const counts = await db.kysely.selectFrom('sources').select(['homepage', (eb) => eb.fn.countAll<number>().as('n')]).where('name', 'like', 'bulk %').groupBy('homepage').execute();
    expect(counts.map((c) => [c.homepage, Number(c.n)])).toEqual([['again', 3000]]);
  });

  it('refreshStatistics gathers a table\'s planner statistics once many of its rows changed, and not again until more do', async () => {
    const { db } = store;
    const rows = Array.from({ length: 200 }, (_, i) => ({ merged_id: `m${i}`, into_id: `s${i % 9}`, score: 0.5, merged_at: T0 }));
    await db.kysely.transaction().execute(async (trx) => {
      await trx.insertInto('story_merges').values(rows).execute();
      // The server's row counters reach pg_stat_user_tables when a session reports them: this one reports on commit.
      if (dialect === 'postgres') await sql`SELECT pg_stat_force_next_flush()`.execute(trx);
    });
    if (dialect === 'sqlite') {
      expect(await db.dialect.refreshStatistics(db.kysely, ['story_merges'])).toEqual([]);
      return;
    }
    // story_edges has no rows: nothing to gather.
    expect(await db.dialect.refreshStatistics(db.kysely, ['story_edges', 'story_merges'])).toEqual(['story_merges']);
    const gathered = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'story_merges'`.execute(db.kysely);
    expect(Number(gathered.rows[0]!.n)).toBeGreaterThan(0);
    expect(await db.dialect.refreshStatistics(db.kysely, ['story_merges'])).toEqual([]);
  });
});

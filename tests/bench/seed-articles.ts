import { newId } from '../../src/domain/ids.ts';
import type { Db } from '../../src/store/db.ts';

/**
 * Bulk-loads `count` articles spread over `sources` sources (two feeds each) straight into the tables, for read
 * benchmarks at scale. Rows look like ingested ones (same columns, JSON fields, FTS kept by the triggers).
 */
export async function seedArticles(db: Db, count: number, sources = 40): Promise<void> {
  const now = new Date('2026-11-27T12:00:00Z').getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const srcRows = Array.from({ length: sources }, (_, i) => ({ id: newId(), name: `Bench source ${i}`, homepage: `https://s${i}.example/`, country: 'GB', language: 'en', created_at: iso(now) }));
  const feedRows = srcRows.flatMap((s, i) =>
    [0, 1].map((k) => ({
      id: newId(),
      source_id: s.id,
      url: `https://s${i}.example/feed${k}.xml`,
      effective_url: `https://s${i}.example/feed${k}.xml`,
      title: `Desk ${i}/${k}`,
      site_url: s.homepage,
      format: 'rss',
      language: 'en',
      enabled: 1,
      disabled_reason: null,
      etag: null,
      last_modified: null,
      body_hash: null,
      interval_seconds: 900,
      next_fetch_at: iso(now + 900_000),
      next_fetch_reason: 'interval',
      error_count: 0,
      last_error_code: null,
      last_error_message: null,
      last_error_at: null,
      last_fetched_at: iso(now),
      last_success_at: iso(now),
      lease_owner: null,
      lease_expires_at: null,
      created_at: iso(now),
      updated_at: iso(now),
    })),
  );
  await db.kysely.insertInto('sources').values(srcRows).execute();
  await db.kysely.insertInto('feeds').values(feedRows).execute();

  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    await db.kysely.transaction().execute(async (trx) => {
      const rows = [];
      const links = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const s = i % sources;
        const feed = feedRows[s * 2 + (i % 2)]!;
        const id = newId();
        const text = `Story ${i} from source ${s}: ministers met on the ceasefire, markets moved and officials said more talks were planned for next week in the capital.`;
        rows.push({
          id,
          source_id: srcRows[s]!.id,
          dedup_key: `guid:bench-${i}`,
          guid: `bench-${i}`,
          url: `https://s${s}.example/a/${i}`,
          canonical_url: `https://s${s}.example/a/${i}`,
          title: `Bench headline number ${i} about talks and markets`,
          content_html: `<p>${text}</p>`,
          text,
          excerpt: text.slice(0, 120),
          authors: JSON.stringify([`Reporter ${i % 13}`]),
          categories: JSON.stringify(['World']),
          image_url: null,
          enclosures: '[]',
          language: 'en',
          published_at: iso(now - i * 30_000),
          published_at_estimated: 0,
          updated_at: null,
          fetched_at: iso(now),
          changed_at: iso(now),
          content_hash: `h${i}`,
        });
        links.push({ article_id: id, feed_id: feed.id, first_seen_at: iso(now), last_seen_at: iso(now) });
      }
      await trx.insertInto('articles').values(rows).execute();
      await trx.insertInto('article_feeds').values(links).execute();
    });
  }
}

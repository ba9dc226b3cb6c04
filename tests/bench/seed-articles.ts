import { newId } from '../../src/domain/ids.ts';
import type { Db } from '../../src/store/db.ts';
import { BulkLoadRepository } from '../../src/store/repositories/bulk-load-repository.ts';
import { loadLexicon, rng, weighted } from './synthetic-news.ts';
import { benchFeedRow } from './feed-rows.ts';

export interface SeedOptions {
  /** Group every `storySize` consecutive articles (different sources) into one story row, for story-page reads. */
  storySize?: number;
  /**
   * Article text: one fixed sentence with the article's number (every article holds every word of it), or words
   * drawn by corpus frequency (Zipf, 1/rank, from the ECB+ word list), so a search matches as many articles as a
   * real archive would.
   */
  text?: 'fixed' | 'zipf';
  /** Articles per transaction (default 20,000; a multiple of storySize). */
  batch?: number;
  /** Called after each batch with the number of articles stored so far. */
  onProgress?: (stored: number) => void;
}

/** Draws text of news-corpus words, most by frequency (1/rank), deterministic from the seed. */
export function zipfText(seed = 1): (words: number) => string {
  const lexicon = loadLexicon();
  const vocabulary = lexicon.words.slice(0, 20_000);
  const pick = weighted(vocabulary, vocabulary.map((_, rank) => 1 / (rank + 1)));
  const random = rng(seed);
  return (words) => Array.from({ length: words }, () => pick(random())).join(' ');
}

/**
 * Bulk-loads `count` articles spread over `sources` sources (two feeds each) straight into the tables, for read
 * benchmarks at scale. Rows look like ingested ones (same columns, JSON fields, FTS kept by the triggers). Rows go in
 * through BulkLoadRepository (statements compiled once, many rows each) in transactions of `batch` articles: a
 * million articles on SQLite in minutes.
 */
export async function seedArticles(db: Db, count: number, sources = 40, opts: SeedOptions = {}): Promise<void> {
  const draw = opts.text === 'zipf' ? zipfText() : null;
  const storySize = opts.storySize ?? 0;
  const now = new Date('2026-11-27T12:00:00Z').getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const srcRows = Array.from({ length: sources }, (_, i) => ({ id: newId(), name: `Bench source ${i}`, homepage: `https://s${i}.example/`, country: 'GB', language: 'en', created_at: iso(now) }));
  const feedRows = srcRows.flatMap((s, i) =>
    [0, 1].map((k) =>
      benchFeedRow({
        id: newId(),
        source_id: s.id,
        url: `https://s${i}.example/feed${k}.xml`,
        title: `Desk ${i}/${k}`,
        site_url: s.homepage,
        format: 'rss',
        interval_seconds: 900,
        next_fetch_at: iso(now + 900_000),
        next_fetch_reason: 'interval',
        last_fetched_at: iso(now),
        created_at: iso(now),
      }),
    ),
  );
  const bulk = new BulkLoadRepository(db);
  await bulk.insert('sources', srcRows);
  await bulk.insert('feeds', feedRows);

  // A multiple of storySize, so no story straddles two transactions.
  const batch = opts.batch ?? 20_000;
  for (let start = 0; start < count; start += batch) {
    await bulk.transaction(async (trx) => {
      const rows = [];
      const links = [];
      const stories = [];
      const end = Math.min(count, start + batch);
      const ids = Array.from({ length: end - start }, () => newId());
      for (let i = start; i < end; i++) {
        const s = i % sources;
        const feed = feedRows[s * 2 + (i % 2)]!;
        const id = ids[i - start]!;
        const text = draw
          ? `${draw(12)}. ${draw(18)}. ${draw(15)}.`
          : `Story ${i} from source ${s}: ministers met on the ceasefire, markets moved and officials said more talks were planned for next week in the capital.`;
        // Articles are numbered newest first; a story is `storySize` consecutive ones, founded by its oldest.
        const storyStart = storySize ? i - (i % storySize) : 0;
        const storyEnd = Math.min(end, storyStart + storySize);
        const storyId = storySize ? ids[storyEnd - 1 - start]! : null;
        if (storySize && i === storyStart) {
          const members = Array.from({ length: storyEnd - storyStart }, (_, k) => storyStart + k);
          const sourceIds = [...new Set(members.map((m) => srcRows[m % sources]!.id))];
          const newest = iso(now - storyStart * 30_000);
          const oldest = iso(now - (storyEnd - 1) * 30_000);
          stories.push({
            id: storyId!,
            title: `Bench story ${storyStart / storySize}`,
            summary: `Summary of bench story ${storyStart / storySize}.`,
            central_article_id: ids[storyStart - start]!,
            first_article_id: storyId!,
            first_source_id: srcRows[(storyEnd - 1) % sources]!.id,
            first_seen_at: oldest,
            last_updated_at: newest,
            article_count: members.length,
            source_count: sourceIds.length,
            reaction_count: 0,
            sources: JSON.stringify(sourceIds),
            countries: JSON.stringify(['GB']),
            languages: JSON.stringify(['en']),
            // Newer and wider stories rank higher, as the HOT score orders them.
            hot: (now - storyStart * 30_000) / 3_600_000 / 6 + Math.log2(sourceIds.length),
            created_at: oldest,
            updated_at: newest,
          });
        }
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
          ...(storyId ? { story_id: storyId, clustered_at: iso(now), cluster_version: 'bench' } : {}),
        });
        links.push({ article_id: id, feed_id: feed.id, first_seen_at: iso(now), last_seen_at: iso(now) });
      }
      // Stories first: an article's story_id refers to its story.
      await trx.insert('stories', stories);
      await trx.insert('articles', rows);
      await trx.insert('article_feeds', links);
    });
    opts.onProgress?.(Math.min(count, start + batch));
  }
}

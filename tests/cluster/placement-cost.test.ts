/**
 * Placing an article costs the same whatever the size of the story it joins: one feed's near-identical items (the
 * shape of a dump, or an attack) clustered one by one into one story, counting the SQL statements and the values
 * bound into them (ids read or written) for each placement. The 10th and the 500th article into the story must cost
 * about the same. The work bounds are narrowed here (scale-bounds.ts) so the test stays quick: the shape is the same
 * as with the defaults, past smaller numbers. SQLite, where the statements are counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import type { ScaleBounds } from '../../src/cluster/scale-bounds.ts';
import { createNewsStore, storeNews, type NewsStore } from '../bench/seed-stories.ts';
import { oneStoryItem } from '../bench/one-story-feed.ts';

const ITEMS = 520;
const BOUNDS: ScaleBounds = { candidates: 40, exactComponent: 30 };

describe('placement cost against story size on sqlite', () => {
  let news: NewsStore;
  const cost: { statements: number; values: number }[] = [];
  let stories = 0;

  beforeAll(async () => {
    const counted = { statements: 0, values: 0 };
    news = await createNewsStore({
      sources: 4,
      log: (event) => {
        counted.values += event.query.parameters.length;
      },
    });
    news.ctx.bounds = BOUNDS;
    const ids = await storeNews(news, Array.from({ length: ITEMS }, (_, i) => oneStoryItem(i)));
    for (const id of ids) {
      news.sql.statements = 0;
      counted.values = 0;
      const r = await clusterArticles(news.ctx, [id]);
      expect(r.failed).toEqual([]);
      cost.push({ statements: news.sql.statements, values: counted.values });
    }
    const rows = await news.store.db.kysely.selectFrom('articles').select('story_id').distinct().execute();
    stories = rows.length;
  }, 1_800_000);

  afterAll(async () => {
    await news?.store.cleanup();
  });

  it('puts the items in one story, past the exact bound', () => {
    expect(stories).toBe(1);
    expect(ITEMS).toBeGreaterThan(BOUNDS.exactComponent * 3);
  });

  // A window around each placement, so one placement's luck (a displaced edge, a tie read again) does not decide.
  const around = (n: number) => cost.slice(n - 10, n + 10);
  const mean = (xs: { statements: number; values: number }[], k: 'statements' | 'values') => xs.reduce((s, x) => s + x[k], 0) / xs.length;

  it('runs no more statements for the 500th placement into the story than for the 10th', () => {
    console.info(`placement 10: ${JSON.stringify(cost.slice(5, 15))}\nplacement 500: ${JSON.stringify(around(500))}`);
    expect(Math.max(...around(500).map((c) => c.statements))).toBeLessThanOrEqual(Math.max(...cost.slice(5, 15).map((c) => c.statements)));
  });

  it('binds as many values at 500 articles into the story as at 250: the candidate cap holds the rest', () => {
    // The 10th has only nine articles to compare with; past the cap every placement reads the same amount.
    expect(mean(around(500), 'values')).toBeLessThanOrEqual(mean(around(250), 'values') * 1.1);
    expect(mean(around(500), 'statements')).toBeLessThanOrEqual(mean(around(250), 'statements'));
    expect(Math.max(...cost.map((c) => c.values))).toBeLessThanOrEqual(BOUNDS.candidates * 40);
  });
});

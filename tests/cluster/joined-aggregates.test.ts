/**
 * A story past the exact bound only gains articles, and its aggregates are then updated from the joining articles
 * alone (refreshJoinedStories) instead of from every member. They must come out exactly as a full recount from all
 * the members (refreshStories) would write them: counts, first reporter, sources in order of first appearance,
 * countries, languages, reactions and HOT to the last bit. Items arrive out of publication order (a source's first
 * article can come late), from sources in several countries, some in another language, some with reactions, placed
 * one at a time and in batches; past the bounds they may end in more than one story. Both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import type { ScaleBounds } from '../../src/cluster/scale-bounds.ts';
import type { ExtractedReaction } from '../../src/domain/enrichment.ts';
import { refreshStories } from '../../src/stories/story-aggregates.ts';
import { createNewsStore, storeNews, type NewsStore } from '../bench/seed-stories.ts';
import { oneStoryItem } from '../bench/one-story-feed.ts';
import { dialects } from '../support/databases.ts';
import { seededRandom } from '../support/seeded-random.ts';

const ITEMS = 90;
const BOUNDS: ScaleBounds = { candidates: 12, exactComponent: 8 };

const reaction: ExtractedReaction = {
  actor: { key: 'country:FR', kind: 'country', name: 'France', country: 'FR', origin: 'gazetteer' },
  actorKind: 'country',
  stance: 'supportive',
  cameo: null,
  goldstein: null,
  evidence: 'France welcomed the talks, a spokesperson said.',
  cue: 'welcomed',
};

/** Item i of the one-story feed, from one of 6 sources, every 7th in French, every 5th reporting a reaction. */
function item(i: number) {
  const a = oneStoryItem(i);
  return { ...a, source: (i * 7) % 6, language: i % 7 === 3 ? 'fr' : 'en', reactions: i % 5 === 2 ? [reaction] : [] };
}

/** A story row as compared: everything the aggregates write but the time of writing. */
async function storyRows(news: NewsStore) {
  const rows = await news.store.db.kysely.selectFrom('stories').selectAll().orderBy('id').execute();
  return rows.map(({ updated_at: _, ...r }) => r);
}

describe.each(dialects)('aggregates of a story articles only join, on %s', (dialect) => {
  let news: NewsStore;
  let incremental: Awaited<ReturnType<typeof storyRows>>;
  let recounted: Awaited<ReturnType<typeof storyRows>>;

  beforeAll(async () => {
    news = await createNewsStore({ sources: 6, dialect });
    news.ctx.bounds = BOUNDS;
    const ids = await storeNews(news, Array.from({ length: ITEMS }, (_, i) => item(i)));
    // A seeded shuffle: late and early items mixed, as feeds polled at different times deliver them.
    const random = seededRandom(16);
    const order = [...ids];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let i = 0; i < order.length; ) {
      // One at a time, then batches of up to 9: several joins into one story in one transaction.
      const n = i < 40 ? 1 : 1 + (i % 9);
      const r = await clusterArticles(news.ctx, order.slice(i, i + n));
      expect(r.failed).toEqual([]);
      i += n;
    }
    incremental = await storyRows(news);
    const storyIds = incremental.map((s) => s.id);
    await news.store.db.kysely.transaction().execute((trx) => refreshStories(news.repos.storyWriter, trx, storyIds, '2030-01-01T00:00:00.000Z'));
    recounted = await storyRows(news);
  }, 600_000);

  afterAll(async () => {
    await news?.store.cleanup();
  });

  it('grows a story far past the exact bound (its later articles only joined it), from every source', () => {
    const largest = incremental.reduce((a, b) => (b.article_count > a.article_count ? b : a));
    expect(largest.article_count).toBeGreaterThan(BOUNDS.exactComponent * 5);
    expect(largest.source_count).toBe(6);
    expect(incremental.reduce((n, s) => n + s.article_count, 0)).toBe(ITEMS);
  });

  it('stores the aggregates a recount from all the members gives', () => {
    expect(incremental).toEqual(recounted);
  });
});

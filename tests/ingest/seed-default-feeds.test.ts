import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultFeeds } from '../../src/ingest/default-feeds.ts';
import { seedDefaultFeeds } from '../../src/ingest/seed-default-feeds.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

describe.each(dialects)('seeding the default feeds on %s', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(dialect);
  });
  afterAll(async () => store?.cleanup());

  it('seeds an empty store once, without network, and never re-adds feeds an operator removed', async () => {
    const file = store.config.settings.DEFAULT_FEEDS_FILE;
    const defaults = loadDefaultFeeds(file);
    const ctx = { repos: createRepositories(store.db), config: store.config };
    expect(await seedDefaultFeeds(ctx, file)).toEqual({ seeded: defaults.length, skipped: false });
    const feeds = await ctx.repos.feeds.list();
    expect(feeds.map((f) => f.url).sort()).toEqual(defaults.map((d) => d.url).sort());
    const sources = await ctx.repos.sources.list();
    const bbc = defaults[0]!;
    expect(sources.find((s) => s.name === bbc.source)).toMatchObject({ country: bbc.country, homepage: bbc.homepage });

    await ctx.repos.feeds.remove(feeds[0]!.id);
    expect(await seedDefaultFeeds(ctx, file)).toEqual({ seeded: 0, skipped: true });
    expect(await ctx.repos.feeds.count()).toBe(defaults.length - 1);
  });
});

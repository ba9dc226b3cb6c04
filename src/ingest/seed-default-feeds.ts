import { loadDefaultFeeds } from './default-feeds.ts';
import { addFeed, type FeedAdminContext } from './add-feed.ts';
import { isAppError } from '../domain/errors.ts';

/**
 * Seeds the default feed list on first start: only into an empty store (no sources yet), so feeds an operator
 * removed do not come back on the next start.
 */
export async function seedDefaultFeeds(ctx: FeedAdminContext, file: string): Promise<{ seeded: number; skipped: boolean }> {
  if ((await ctx.repos.sources.list()).length > 0) return { seeded: 0, skipped: true };
  let seeded = 0;
  for (const d of loadDefaultFeeds(file)) {
    try {
      await addFeed(ctx, {
        url: d.url,
        sourceName: d.source,
        homepage: d.homepage,
        country: d.country,
        language: d.language,
        discover: false,
      });
      seeded++;
    } catch (e) {
      if (!(isAppError(e) && e.code === 'conflict')) throw e;
    }
  }
  return { seeded, skipped: false };
}

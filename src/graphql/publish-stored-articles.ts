import type { PipelineDeps } from '../ingest/pipeline.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { ArticleEvents } from './article-events.ts';

export type OnStored = NonNullable<PipelineDeps['onStored']>;

/**
 * The ingest pipeline's onStored hook that feeds `articleAdded`: loads the feed's newly stored articles (one query)
 * and publishes each. Updated articles are not "added", so they are not published.
 */
export function publishStoredArticles(events: ArticleEvents, repos: Pick<Repositories, 'articles'>): (stored: { newIds: readonly string[] }) => Promise<void> {
  return async ({ newIds }) => {
    if (!newIds.length) return;
    for (const article of await repos.articles.getByIds(newIds)) events.publish(article);
  };
}

import type { Feed } from '../domain/feed.ts';
import type { Executor } from '../store/executor.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { NormalizedFeedMeta } from './normalize/normalize-feed.ts';
import { placeSource, sourceIdentity } from './source-identity.ts';

export interface SourceMove {
  name: string;
  homepage: string | null;
}

/**
 * A feed added without network access (OPML without titles, `feeds add --no-discover`) may only have had its host to
 * name its source. Its first successful fetch knows the feed's own title and site: the feed then moves to the source
 * that title names (see source-identity.ts). Null when there is nothing to move: a source named by a person or by
 * the feed, a feed fetched before, a feed without a title.
 */
export async function sourceMoveOnFirstFetch(repos: Repositories, feed: Feed, meta: NormalizedFeedMeta): Promise<SourceMove | null> {
  if (feed.health.lastSuccessAt !== null) return null;
  const source = await repos.sources.getById(feed.sourceId);
  if (source === null || source.nameOrigin !== 'host') return null;
  const identity = sourceIdentity({ feedTitle: meta.declared.title, siteUrl: meta.declared.siteUrl, feedUrl: feed.url });
  if (identity.origin !== 'feed') return null;
  const name = placeSource(identity, await repos.sources.list());
  return name === source.name ? null : { name, homepage: identity.homepage };
}

/** Applies a move inside the fetch's transaction; returns the feed's source id from now on. */
export async function applySourceMove(trx: Executor, repos: Repositories, feed: Feed, move: SourceMove | null, now: string): Promise<string> {
  if (move === null) return feed.sourceId;
  const source = await repos.sources.ensure({ name: move.name, nameOrigin: 'feed', homepage: move.homepage }, now, trx);
  if (source.id !== feed.sourceId) await repos.feeds.setSource(feed.id, source.id, now, trx);
  return source.id;
}

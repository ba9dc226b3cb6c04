import type { Article } from '../../domain/article.ts';
import type { Feed, Source } from '../../domain/feed.ts';
import type { Story } from '../../domain/story.ts';
import { builder } from '../builder.ts';

/**
 * Object refs, declared apart from their implementations (one file per type) so types that point at each other
 * (Article <-> Source <-> Feed) import refs, not each other. Each loads by id through a per-request DataLoader.
 */
export const ArticleRef = builder.loadableNodeRef('Article', {
  id: { resolve: (a: Article) => a.id },
  load: async (ids: string[], ctx) => ctx.services.repos.articles.getByIds(ids),
  sort: (a) => a.id,
});

export const SourceRef = builder.loadableNodeRef('Source', {
  id: { resolve: (s: Source) => s.id },
  load: async (ids: string[], ctx) => ctx.services.repos.sources.getByIds(ids),
  sort: (s) => s.id,
});

export const FeedRef = builder.loadableNodeRef('Feed', {
  id: { resolve: (f: Feed) => f.id },
  load: async (ids: string[], ctx) => ctx.services.repos.feeds.getByIds(ids),
  sort: (f) => f.id,
});

/**
 * Stories load through StoryRepository.getByIds, which resolves a merged story's id to the story it was merged into.
 * No `sort`: a merged id's result carries the survivor's id, so results are matched to keys by position instead.
 */
export const StoryRef = builder.loadableNodeRef('Story', {
  id: { resolve: (s: Story) => s.id },
  load: async (ids: string[], ctx) => ctx.services.repos.stories.getByIds(ids),
});

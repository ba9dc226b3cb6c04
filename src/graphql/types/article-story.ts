import type { Article } from '../../domain/article.ts';
import type { Story } from '../../domain/story.ts';
import { builder } from '../builder.ts';
import { listSize } from '../enrichment-cursors.ts';
import { RelatedArticleEdgeRef } from './related-article-edge.ts';
import { ArticleRef, StoryRef } from './refs.ts';

/*
 * What clustering found for an article, as fields of Article. Each is one DataLoader over all the articles of the
 * request at that place in the query, so a page of articles with their stories costs the same statements however
 * long the page.
 */
builder.objectFields(ArticleRef, (t) => ({
  story: t.loadable({
    type: StoryRef,
    nullable: true,
    description: 'The story the article is part of; null until it is clustered.',
    // The articles' story ids (one statement), then those stories (one more; merged ids resolve to the survivor).
    load: async (articleIds: string[], ctx): Promise<(Story | null)[]> => {
      const { stories } = ctx.services.repos;
      const clusters = await stories.storyIdsOfArticles(articleIds);
      const storyIds = [...new Set(clusters.flatMap((c) => (c?.storyId ? [c.storyId] : [])))];
      const loaded = storyIds.length ? await stories.getByIds(storyIds) : [];
      const byId = new Map(storyIds.map((id, i) => [id, loaded[i] ?? null]));
      return clusters.map((c) => (c?.storyId ? (byId.get(c.storyId) ?? null) : null));
    },
    resolve: (a) => a.id,
  }),
  duplicateOf: t.loadable({
    type: ArticleRef,
    nullable: true,
    description: 'The earlier article this one is a near-identical copy of (a wire story republished); null when it is not a copy.',
    load: async (articleIds: string[], ctx): Promise<(Article | null)[]> => {
      const clusters = await ctx.services.repos.stories.storyIdsOfArticles(articleIds);
      const originalIds = [...new Set(clusters.flatMap((c) => (c?.duplicateOfId ? [c.duplicateOfId] : [])))];
      const originals = originalIds.length ? await ctx.services.repos.articles.getByIds(originalIds) : [];
      const byId = new Map(originals.map((a) => [a.id, a]));
      return clusters.map((c) => (c?.duplicateOfId ? (byId.get(c.duplicateOfId) ?? null) : null));
    },
    resolve: (a) => a.id,
  }),
  related: t.loadableList({
    type: RelatedArticleEdgeRef,
    description: 'Related articles (same story, shared entities and terms, close in time), best first.',
    // byPath: every Article at one place in the query shares the arguments, so one statement serves all of them.
    byPath: true,
    args: {
      first: t.arg.int({ description: '1 to 100; default 10' }),
      minScore: t.arg.float({ description: 'Only edges scoring at least this; default 0' }),
    },
    load: async (articleIds: string[], ctx, args) =>
      ctx.services.repos.edges.relatedArticlesOf(articleIds, { limit: listSize(args.first, 10), minScore: args.minScore ?? 0 }),
    resolve: (a) => a.id,
  }),
}));

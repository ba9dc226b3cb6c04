import type { Article } from '../../domain/article.ts';
import { builder } from '../builder.ts';
import { decodeNodeId } from '../node-id.ts';
import { invalidInput } from '../invalid-input.ts';
import { keysetWindow, timeCursor, toConnection, type Connection } from '../pagination.ts';
import { ArticleConnection } from './article-connection.ts';
import { ArticleFilter, ArticleOrder, toQueryFilter } from './article-filter.ts';
import { FeedRef, SourceRef } from './refs.ts';
import { SourceNameOriginEnum } from './source-name-origin.ts';

SourceRef.implement({
  description: 'A publisher: a newspaper, broadcaster or agency. Its feeds bring its articles.',
  fields: (t) => ({
    name: t.exposeString('name'),
    nameOrigin: t.field({ type: SourceNameOriginEnum, resolve: (s) => s.nameOrigin }),
    homepage: t.field({ type: 'URL', nullable: true, resolve: (s) => s.homepage }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166-1 alpha-2 code' }),
    language: t.exposeString('language', { nullable: true, description: 'BCP 47 tag' }),
    feeds: t.loadableList({
      type: FeedRef,
      description: "The source's feeds, by URL",
      load: (sourceIds: string[], ctx) => ctx.services.repos.feeds.listForSources(sourceIds),
      resolve: (s) => s.id,
    }),
    // byPath: every Source at the same place in the query shares these arguments, so one loader call (one SQL
    // statement per 200 sources) pages all of them.
    articles: t.loadable({
      type: ArticleConnection,
      description: "This source's articles, newest first unless ordered otherwise. Keyset-paginated: first/last default to 20, at most 100.",
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        filter: t.arg({ type: ArticleFilter }),
        orderBy: t.arg({
          type: ArticleOrder,
          defaultValue: 'newest',
          required: true,
          description: 'NEWEST or OLDEST (RELEVANCE is for Query.articles and Query.search)',
        }),
      },
      load: async (sourceIds: string[], ctx, args): Promise<Connection<Article>[]> => {
        if (args.orderBy === 'relevance') {
          throw invalidInput('Source.articles is ordered NEWEST or OLDEST; use Query.search for relevance', { argument: 'orderBy' });
        }
        const window = keysetWindow(args, timeCursor);
        const filter = await toQueryFilter(args.filter);
        const pages = await ctx.services.repos.articleQueries.pageForSources(sourceIds, filter, args.orderBy, window);
        return sourceIds.map((id) =>
          toConnection(pages.get(id) ?? { items: [], hasMore: false }, window, timeCursor, (a) => ({ publishedAt: a.publishedAt, id: a.id })),
        );
      },
      resolve: (s) => s.id,
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: [SourceRef],
    description: 'Every source, by name.',
    resolve: (_root, _args, ctx) => ctx.services.repos.sources.list(),
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'One source by its global id (or the raw id the CLI prints); null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => (await ctx.services.repos.sources.getById(decodeNodeId('Source', args.id, 'id'))) ?? null,
  }),
}));

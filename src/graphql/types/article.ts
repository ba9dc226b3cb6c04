import { canonicalizeUrl } from '../../ingest/normalize/canonical-url.ts';
import { articleColumnsAt } from '../article-columns.ts';
import { builder } from '../builder.ts';
import { feedColumnsOf } from '../feed-columns.ts';
import { decodeNodeId } from '../node-id.ts';
import { invalidInput } from '../invalid-input.ts';
import { keysetWindow, scoreCursor, timeCursor, toConnection } from '../pagination.ts';
import { ArticleConnection } from './article-connection.ts';
import { ArticleFilter, ArticleOrder, toQueryFilter } from './article-filter.ts';
import { EnclosureRef } from './enclosure.ts';
import { ArticleRef, FeedRef, SourceRef } from './refs.ts';

ArticleRef.implement({
  description: 'One news item, deduplicated across feeds and sources.',
  fields: (t) => ({
    title: t.exposeString('title'),
    guid: t.exposeString('guid', { nullable: true, description: "The item's id in its feed (RSS guid, Atom id, JSON Feed id), as written" }),
    url: t.field({ type: 'URL', nullable: true, resolve: (a) => a.url }),
    canonicalUrl: t.field({ type: 'URL', nullable: true, resolve: (a) => a.canonicalUrl }),
    excerpt: t.exposeString('excerpt'),
    contentHtml: t.exposeString('contentHtml', { nullable: true, description: 'Sanitized HTML' }),
    text: t.exposeString('text'),
    authors: t.exposeStringList('authors'),
    categories: t.exposeStringList('categories'),
    imageUrl: t.field({ type: 'URL', nullable: true, resolve: (a) => a.imageUrl }),
    enclosures: t.field({ type: [EnclosureRef], resolve: (a) => a.enclosures }),
    language: t.exposeString('language', { nullable: true }),
    publishedAt: t.field({ type: 'DateTime', resolve: (a) => a.publishedAt }),
    publishedAtEstimated: t.exposeBoolean('publishedAtEstimated', {
      description: 'True when the feed gave no usable date and publishedAt is when newsgraph first saw the item',
    }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the feed says the item was last updated', resolve: (a) => a.updatedAt }),
    revisionCount: t.exposeInt('revisionCount', {
      description: 'Versions stored: 1, plus one for each later fetch that brought a newer version with changed content',
    }),
    fetchedAt: t.field({ type: 'DateTime', resolve: (a) => a.fetchedAt }),
    source: t.field({ type: SourceRef, resolve: (a) => a.sourceId }),
    feeds: t.loadableList({
      type: FeedRef,
      description: 'The feeds this article was seen in',
      // byPath: one loader per place in the query, so it sees that place's selection and reads only those columns.
      byPath: true,
      load: async (articleIds: string[], ctx, _args, info) => ctx.services.repos.feeds.listForArticles(articleIds, feedColumnsOf(info)),
      resolve: (a) => a.id,
    }),
  }),
});

builder.queryFields((t) => ({
  articles: t.field({
    type: ArticleConnection,
    description:
      'Articles matching the filter, newest first unless ordered otherwise. Keyset-paginated: first/last default to 20, at most 100.',
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ArticleFilter }),
      orderBy: t.arg({ type: ArticleOrder, defaultValue: 'newest', required: true }),
    },
    resolve: async (_root, args, ctx, info) => {
      const filter = await toQueryFilter(args.filter);
      if (args.orderBy === 'relevance') {
        if (!filter.search) throw invalidInput('orderBy: RELEVANCE needs a full-text query in filter.query', { argument: 'orderBy' });
        const window = keysetWindow(args, scoreCursor);
        const { search, ...rest } = filter;
        const page = await (ctx.services.search ?? ctx.services.repos.search).search(search, rest, window, { snippets: false });
        const articles = { items: page.items.map((h) => ({ ...h.article, score: h.score })), hasMore: page.hasMore };
        return toConnection(articles, window, scoreCursor, (a) => ({ score: a.score, id: a.id }));
      }
      const window = keysetWindow(args, timeCursor);
      // Only the columns the selected fields read: a page of headlines leaves the article texts unread.
      const page = await ctx.services.repos.articleQueries.page(filter, args.orderBy, window, articleColumnsAt(info, ['edges', 'node']));
      return toConnection(page, window, timeCursor, (a) => ({ publishedAt: a.publishedAt, id: a.id }));
    },
  }),
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'One article by its global id (or the raw id the CLI prints); null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => ctx.services.repos.articles.getById(decodeNodeId('Article', args.id, 'id')),
  }),
  articleByUrl: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'The article at this URL, compared by canonical form (tracking parameters, fragment and case of the host do not matter).',
    args: { url: t.arg({ type: 'URL', required: true }) },
    resolve: async (_root, args, ctx) => {
      const canonical = canonicalizeUrl(args.url);
      return canonical ? ctx.services.repos.articleQueries.getByCanonicalUrl(canonical) : null;
    },
  }),
}));

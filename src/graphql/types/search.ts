import { SEARCH_RANK_WINDOW, type SearchHit } from '../../store/repositories/search-repository.ts';
import { parseSearchQuery } from '../../store/search-query.ts';
import { builder } from '../builder.ts';
import { withInputErrors } from '../invalid-input.ts';
import { selectsPath } from '../selects-path.ts';
import { keysetWindow, scoreCursor, toConnection } from '../pagination.ts';
import { ArticleFilter, toQueryFilter } from './article-filter.ts';
import { ArticleRef } from './refs.ts';

export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One article matching a search, with its relevance and a highlighted snippet.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (h) => h.article }),
    score: t.exposeFloat('score', {
      description: 'Relevance, higher is better; comparable within one search only (bm25 on SQLite, ts_rank_cd on PostgreSQL)',
    }),
    snippet: t.string({
      description: 'A passage around the matches as safe HTML: the text escaped, matched words wrapped in <mark>…</mark>',
      resolve: (h) => h.snippet ?? '',
    }),
  }),
});

// Snippets cost a second pass over each hit's text; built only when the operation asks for them.
const SNIPPET_PATH = ['edges', 'node', 'snippet'];

export const SearchConnection = builder.connectionObject({
  type: SearchHitRef,
  name: 'SearchConnection',
  fields: (t) => ({
    rankingIsBounded: t.boolean({
      description:
        `True when at least ${SEARCH_RANK_WINDOW} articles match: only the newest ${SEARCH_RANK_WINDOW} of them are ranked, ` +
        'and the pages list those best first. False when every match was ranked, and on an empty page.',
      resolve: (c) => (c as { rankingIsBounded?: boolean }).rankingIsBounded === true,
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchConnection,
    description:
      'Full-text search over articles, best match first. Syntax: words (all must match), "a phrase", prefix* (2+ letters), ' +
      'OR, -excluded, (groups). Malformed syntax is an error with extensions.code BAD_USER_INPUT. first/last default to 20, at most 100.',
    args: {
      query: t.arg.string({ required: true }),
      filter: t.arg({ type: ArticleFilter }),
      ...t.arg.connectionArgs(),
    },
    resolve: async (_root, args, ctx, info) => {
      const query = await withInputErrors(() => parseSearchQuery(args.query));
      const filter = await toQueryFilter(args.filter);
      const window = keysetWindow(args, scoreCursor);
      const page = await (ctx.services.search ?? ctx.services.repos.search).search(query, filter, window, { snippets: selectsPath(info, SNIPPET_PATH) });
      return { ...toConnection(page, window, scoreCursor, (h) => ({ score: h.score, id: h.article.id })), rankingIsBounded: page.rankingIsBounded };
    },
  }),
}));

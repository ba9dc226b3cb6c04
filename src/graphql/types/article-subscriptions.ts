import { createGraphQLError } from 'graphql-yoga';
import type { Article } from '../../domain/article.ts';
import { articleAddedMatcher } from '../article-added-filter.ts';
import { builder } from '../builder.ts';
import { localId } from '../node-id.ts';
import { ArticleRef } from './refs.ts';

const ArticleAddedFilterInput = builder.inputType('ArticleAddedFilter', {
  description: 'Which new articles a subscriber receives; all given criteria must match.',
  fields: (t) => ({
    sources: t.idList({ required: false, description: 'Only articles of these sources (Source ids)' }),
    languages: t.stringList({ required: false, description: 'Only articles in these languages (BCP 47; "en" also matches "en-GB")' }),
    query: t.string({
      required: false,
      description: 'Words and "quoted phrases" that must all appear in the title or text; word* matches a prefix, -word excludes',
    }),
  }),
});

const sourceIdsOf = (ids: readonly (string | number)[] | null | undefined): string[] | null =>
  ids?.map((id) => {
    try {
      return localId('Source', id);
    } catch {
      throw createGraphQLError(`filter.sources: ${String(id)} is not a Source id`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }) ?? null;

async function* matching(events: AsyncIterable<Article>, matches: (a: Article) => boolean): AsyncGenerator<Article> {
  for await (const article of events) if (matches(article)) yield article;
}

builder.subscriptionField('articleAdded', (t) =>
  t.field({
    type: ArticleRef,
    description:
      'Each article ingestion stores from now on that matches the filter. Served as server-sent events: POST or GET ' +
      '/graphql with Accept: text/event-stream.',
    args: { filter: t.arg({ type: ArticleAddedFilterInput, required: false }) },
    subscribe: (_root, { filter }, ctx) => {
      const matches = articleAddedMatcher({ sourceIds: sourceIdsOf(filter?.sources), languages: filter?.languages ?? null, query: filter?.query ?? null });
      // The request's signal ends the listener when the client goes away, even while no article is arriving.
      return matching(ctx.services.events.subscribe(ctx.request.signal), matches);
    },
    resolve: (article) => article,
  }),
);

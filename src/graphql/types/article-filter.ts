import type { ArticleQueryFilter } from '../../store/repositories/article-filter-sql.ts';
import { parseSearchQuery } from '../../store/search-query.ts';
import { builder } from '../builder.ts';
import { decodeNodeId } from '../node-id.ts';
import { withInputErrors } from '../invalid-input.ts';

export const ArticleOrder = builder.enumType('ArticleOrder', {
  description: 'How a list of articles is ordered.',
  values: {
    NEWEST: { value: 'newest', description: 'Most recently published first (then by id)' },
    OLDEST: { value: 'oldest', description: 'Earliest published first (then by id)' },
    RELEVANCE: { value: 'relevance', description: 'Best full-text match first; needs filter.query' },
  } as const,
});

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description:
    'Narrows a list of articles; every field given must match. A field left out does not constrain; an empty list matches nothing.',
  fields: (t) => ({
    query: t.string({
      description: 'Full-text search: words (all must match), "a phrase", prefix*, OR, -excluded, (groups)',
    }),
    sources: t.idList({ description: 'Any of these sources (global ids)' }),
    feeds: t.idList({ description: 'Seen in any of these feeds (global ids)' }),
    languages: t.stringList({
      description: 'In any of these languages: the language detected from the text, else the one the feed declares; "en" also matches "en-GB" (case-insensitive)',
    }),
    categories: t.stringList({ description: 'Has any of these categories, matched whole (ASCII case-insensitive)' }),
    publishedSince: t.field({ type: 'DateTime', description: 'Published at or after this instant' }),
    publishedUntil: t.field({ type: 'DateTime', description: 'Published at or before this instant' }),
    topic: t.string({ description: 'Tagged with the topic of this slug (see Query.topics); an unknown slug matches nothing' }),
    entity: t.id({ description: 'Mentions this entity (global id)' }),
  }),
});

export interface ArticleFilterInput {
  query?: string | null;
  sources?: readonly (string | number)[] | null;
  feeds?: readonly (string | number)[] | null;
  languages?: readonly string[] | null;
  categories?: readonly string[] | null;
  publishedSince?: Date | null;
  publishedUntil?: Date | null;
  topic?: string | null;
  entity?: string | number | null;
}

/** The GraphQL filter -> the store's: global ids decoded, the query parsed, instants as stored ISO text. */
export async function toQueryFilter(input: ArticleFilterInput | null | undefined): Promise<ArticleQueryFilter> {
  if (!input) return {};
  const out: ArticleQueryFilter = {};
  if (input.query != null) out.search = await withInputErrors(() => parseSearchQuery(input.query!));
  if (input.sources) out.sourceIds = input.sources.map((id) => decodeNodeId('Source', id, 'filter.sources'));
  if (input.feeds) out.feedIds = input.feeds.map((id) => decodeNodeId('Feed', id, 'filter.feeds'));
  if (input.languages) out.languages = input.languages;
  if (input.categories) out.categories = input.categories;
  if (input.publishedSince) out.publishedSince = input.publishedSince.toISOString();
  if (input.publishedUntil) out.publishedUntil = input.publishedUntil.toISOString();
  if (input.topic != null) out.topicSlug = input.topic.trim().toLowerCase();
  if (input.entity != null) out.entityId = decodeNodeId('Entity', input.entity, 'filter.entity');
  return out;
}

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/scalars.ts';
import './types/refs.ts';
import './types/source.ts';
import './types/feed.ts';
import './types/article.ts';
import './types/errors.ts';
import './types/feed-health.ts';
import './types/parse-warning.ts';
import './types/enclosure.ts';
import './types/fetch.ts';
import './types/feed-mutations.ts';
import './types/fetch-outcome.ts';
import './types/ingest-run.ts';
import './types/opml-import.ts';
import './types/article-filter.ts';
import './types/article-connection.ts';
import './types/search.ts';
import './types/article-subscriptions.ts';
import './types/enrichment-refs.ts';
import './types/entity.ts';
import './types/entity-names.ts';
import './types/topic.ts';
import './types/reaction.ts';
import './types/article-enrichment.ts';
import './types/topic-mutations.ts';
import './types/edge-reasons.ts';
import './types/related-article-edge.ts';
import './types/related-story-edge.ts';
import './types/story-filter.ts';
import './types/story-aggregates.ts';
import './types/story-reaction.ts';
import './types/story.ts';
import './types/article-story.ts';
import './types/story-subscriptions.ts';
import './types/related-graph.ts';
import './types/full-text-policy.ts';
import './types/feed-full-text.ts';
import './types/article-extraction.ts';

let schema: GraphQLSchema | null = null;

/** The executable schema, built once from every type file imported above. */
export function getSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: false });
  return schema;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}

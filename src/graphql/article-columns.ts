import type { GraphQLResolveInfo } from 'graphql';
import type { ArticleColumn } from '../store/repositories/article-query-repository.ts';
import { columnsOfFields } from './field-columns.ts';
import { fieldsSelectedAt } from './selects-path.ts';

/**
 * The stored columns each field of Article reads from the article object (beyond id, sourceId and publishedAt, which
 * a page always reads). Fields resolved through a loader keyed by the article's id read none. A field missing here
 * (one added later) makes a page read every column, so forgetting it costs time, never a wrong answer.
 */
const COLUMNS_OF_FIELD: Readonly<Record<string, readonly ArticleColumn[]>> = {
  __typename: [],
  id: [],
  title: ['title'],
  guid: ['guid'],
  url: ['url'],
  canonicalUrl: ['canonical_url'],
  excerpt: ['excerpt'],
  contentHtml: ['content_html'],
  text: ['text'],
  authors: ['authors'],
  categories: ['categories'],
  imageUrl: ['image_url'],
  enclosures: ['enclosures'],
  language: ['language'],
  publishedAt: [],
  publishedAtEstimated: ['published_at_estimated'],
  updatedAt: ['updated_at'],
  revisionCount: ['revision_count'],
  fetchedAt: ['fetched_at'],
  source: [],
  feeds: [],
  detectedLanguage: [],
  languageConfidence: [],
  entities: [],
  topics: [],
  reactions: [],
  extraction: [],
  // Falls back to the article's own text when no page was extracted.
  summary: ['text'],
  story: [],
  duplicateOf: [],
  related: [],
};

/** Every field the table above knows, for the test that checks each one against a full read. */
export const ARTICLE_FIELDS_WITH_COLUMNS: readonly string[] = Object.keys(COLUMNS_OF_FIELD);

/**
 * The article columns the Article objects at `path` under the field being resolved need, or undefined (read them all)
 * when some selected field is not in the table.
 */
export function articleColumnsAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): ArticleColumn[] | undefined {
  return columnsOfFields(COLUMNS_OF_FIELD, fieldsSelectedAt(info, path));
}

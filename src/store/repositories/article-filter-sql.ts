import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { asciiLower, type StoreDialect } from '../dialect.ts';
import type { SearchQuery } from '../search-query.ts';

/**
 * What the API can filter articles by. Omitted fields do not constrain; an empty list matches nothing
 * ("any of these sources" with no sources).
 */
export interface ArticleQueryFilter {
  search?: SearchQuery;
  sourceIds?: readonly string[];
  feedIds?: readonly string[];
  /** Language tags; "en" also matches regional tags such as "en-GB". Case-insensitive. */
  languages?: readonly string[];
  /** Whole category values, ASCII letters case-insensitive; an article matches when it has any of them. */
  categories?: readonly string[];
  /** Inclusive, UTC ISO-8601. */
  publishedSince?: string;
  /** Inclusive, UTC ISO-8601. */
  publishedUntil?: string;
  /** Tagged with the topic of this slug (an article_topics row); an unknown slug matches nothing. */
  topicSlug?: string;
  /** Mentions this entity (an article_entities row). */
  entityId?: string;
}

const LIKE_SPECIAL = /[\\%_]/g;
function escapeLike(text: string): string {
  return text.replace(LIKE_SPECIAL, (c) => `\\${c}`);
}

/** The full-text condition on `articles`. */
export function searchCondition(dialect: StoreDialect, search: SearchQuery): RawBuilder<SqlBool> {
  return dialect.articleMatches(search);
}

/**
 * Categories are stored as a JSON text array written by JSON.stringify (["World","Politics"]). Wrapping its inside in
 * commas (,"World","Politics",) and looking for ,"<JSON-encoded value>", matches whole values exactly on both
 * dialects without JSON functions: inside an encoded value every quote is escaped, so ," can only start an element.
 * ASCII letters fold case on both sides (StoreDialect.fold). A position test rather than LIKE: no wildcard escaping, and PostgreSQL's planner does not mistake it for a
 * rare match and abandon the (published_at, id) index for a full sort.
 */
function categoryCondition(dialect: StoreDialect, categories: readonly string[]): RawBuilder<SqlBool> {
  const wrapped = sql`(',' || substr(articles.categories, 2, length(articles.categories) - 2) || ',')`;
  const folded = dialect.fold(wrapped);
  const any = [...new Set(categories.map((c) => asciiLower(`,${JSON.stringify(c)},`)))].map((needle) => dialect.contains(folded, needle));
  return sql<SqlBool>`(${sql.join(any, sql` OR `)})`;
}

/**
 * The article is in one of these languages: the language enrichment detected when it has, else the one its feed
 * declares. "en" also matches a declared "en-GB"; the tag is compared case-insensitively.
 */
export function languageCondition(languages: readonly string[]): RawBuilder<SqlBool> {
  const effective = sql`lower(coalesce(articles.detected_language, articles.language))`;
  const any = languages.flatMap((l) => {
    const tag = l.trim().toLowerCase().replaceAll('_', '-');
    return [sql<SqlBool>`${effective} = ${tag}`, sql<SqlBool>`${effective} LIKE ${`${escapeLike(tag)}-%`} ESCAPE '\\'`];
  });
  return sql<SqlBool>`(${sql.join(any, sql` OR `)})`;
}

/**
 * The filter as SQL conditions on `articles` (to AND together), or null when it can match nothing (an empty list),
 * so callers skip the query.
 */
export function articleFilterConditions(dialect: StoreDialect, filter: ArticleQueryFilter): RawBuilder<SqlBool>[] | null {
  const lists = [filter.sourceIds, filter.feedIds, filter.languages, filter.categories];
  if (lists.some((l) => l !== undefined && l.length === 0)) return null;
  const out: RawBuilder<SqlBool>[] = [];
  if (filter.sourceIds) out.push(sql<SqlBool>`articles.source_id IN (${sql.join([...new Set(filter.sourceIds)])})`);
  if (filter.feedIds) {
    out.push(
      sql<SqlBool>`EXISTS (SELECT 1 FROM article_feeds WHERE article_feeds.article_id = articles.id AND article_feeds.feed_id IN (${sql.join([...new Set(filter.feedIds)])}))`,
    );
  }
  if (filter.languages) out.push(languageCondition(filter.languages));
  if (filter.categories) out.push(categoryCondition(dialect, filter.categories));
  if (filter.publishedSince) out.push(sql<SqlBool>`articles.published_at >= ${filter.publishedSince}`);
  if (filter.publishedUntil) out.push(sql<SqlBool>`articles.published_at <= ${filter.publishedUntil}`);
  if (filter.search) out.push(searchCondition(dialect, filter.search));
  if (filter.topicSlug !== undefined) {
    out.push(
      sql<SqlBool>`EXISTS (SELECT 1 FROM article_topics INNER JOIN topics ON topics.id = article_topics.topic_id WHERE article_topics.article_id = articles.id AND topics.slug = ${filter.topicSlug})`,
    );
  }
  if (filter.entityId !== undefined) {
    out.push(sql<SqlBool>`EXISTS (SELECT 1 FROM article_entities WHERE article_entities.article_id = articles.id AND article_entities.entity_id = ${filter.entityId})`);
  }
  return out;
}

import type { ArticleEnrichmentColumns } from './article-enrichment.ts';
import type { ArticleEntitiesTable } from './article-entities.ts';
import type { ArticleFeedsTable } from './article-feeds.ts';
import type { ArticleTopicsTable } from './article-topics.ts';
import type { ArticlesTable } from './articles.ts';
import type { FeedsTable } from './feeds.ts';
import type { FetchesTable } from './fetches.ts';
import type { EntitiesTable } from './entities.ts';
import type { ReactionsTable } from './reactions.ts';
import type { SourcesTable } from './sources.ts';
import type { TopicsTable } from './topics.ts';

export type { ArticleFeedsTable, ArticlesTable, FeedsTable, FetchesTable, SourcesTable };
export type { ArticleEnrichmentColumns, ArticleEntitiesTable, ArticleTopicsTable, EntitiesTable, ReactionsTable, TopicsTable };

export interface Database {
  sources: SourcesTable;
  feeds: FeedsTable;
  fetches: FetchesTable;
  /** With the enrichment state columns added by migration 0002. */
  articles: ArticlesTable & ArticleEnrichmentColumns;
  article_feeds: ArticleFeedsTable;
  entities: EntitiesTable;
  article_entities: ArticleEntitiesTable;
  topics: TopicsTable;
  article_topics: ArticleTopicsTable;
  reactions: ReactionsTable;
}

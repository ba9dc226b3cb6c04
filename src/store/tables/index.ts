import type { ArticleFeedsTable } from './article-feeds.ts';
import type { ArticlesTable } from './articles.ts';
import type { FeedsTable } from './feeds.ts';
import type { FetchesTable } from './fetches.ts';
import type { SourcesTable } from './sources.ts';

export type { ArticleFeedsTable, ArticlesTable, FeedsTable, FetchesTable, SourcesTable };

export interface Database {
  sources: SourcesTable;
  feeds: FeedsTable;
  fetches: FetchesTable;
  articles: ArticlesTable;
  article_feeds: ArticleFeedsTable;
}

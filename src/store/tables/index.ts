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
import type { ArticleClusterColumns } from './article-cluster.ts';
import type { ArticleKeysTable, ArticleLinksTable, ArticleVectorsTable, SimhashBandsTable } from './cluster-state.ts';
import type { ArticleEdgesTable, StoryEdgesTable } from './edges.ts';
import type { StoriesTable } from './stories.ts';
import type { StoryMergesTable } from './story-merges.ts';
import type { ArticleExtractionsTable } from './article-extractions.ts';
import type { JobsTable } from './jobs.ts';

export type { ArticleFeedsTable, ArticlesTable, FeedsTable, FetchesTable, SourcesTable };
export type { ArticleEnrichmentColumns, ArticleEntitiesTable, ArticleTopicsTable, EntitiesTable, ReactionsTable, TopicsTable };

export type { ArticleClusterColumns, ArticleEdgesTable, ArticleKeysTable, ArticleLinksTable, ArticleVectorsTable, SimhashBandsTable, StoriesTable };
export type { StoryEdgesTable, StoryMergesTable };
export type { ArticleExtractionsTable, JobsTable };

export interface Database {
  sources: SourcesTable;
  feeds: FeedsTable;
  fetches: FetchesTable;
  /** With the enrichment state columns (migration 0002) and the clustering state columns (0003). */
  articles: ArticlesTable & ArticleEnrichmentColumns & ArticleClusterColumns;
  article_feeds: ArticleFeedsTable;
  entities: EntitiesTable;
  article_entities: ArticleEntitiesTable;
  topics: TopicsTable;
  article_topics: ArticleTopicsTable;
  reactions: ReactionsTable;
  stories: StoriesTable;
  story_merges: StoryMergesTable;
  article_vectors: ArticleVectorsTable;
  simhash_bands: SimhashBandsTable;
  article_keys: ArticleKeysTable;
  article_links: ArticleLinksTable;
  article_edges: ArticleEdgesTable;
  story_edges: StoryEdgesTable;
  article_extractions: ArticleExtractionsTable;
  jobs: JobsTable;
}

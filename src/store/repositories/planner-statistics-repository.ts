import type { Db } from '../db.ts';
import type { Executor } from '../executor.ts';
import type { Database } from '../tables/index.ts';

/**
 * The tables the clusterer reads by article, story or key for every article it places: their plans need the
 * planner's statistics (a read by ids planned without them scans the whole table, StoreDialect.refreshStatistics).
 */
const CLUSTER_TABLES: readonly (keyof Database & string)[] = [
  'articles',
  'article_entities',
  'article_topics',
  'reactions',
  'article_vectors',
  'article_keys',
  'simhash_bands',
  'article_links',
  'article_edges',
  'stories',
  'story_edges',
  'story_merges',
];

/** Keeps the planner's statistics of the clusterer's tables current, where the database keeps any. */
export class PlannerStatisticsRepository {
  constructor(private readonly db: Db) {}

  /** Analyses the clusterer's tables whose statistics are stale (outside a transaction); returns those analysed. */
  async refreshClusterTables(ex: Executor = this.db.kysely): Promise<string[]> {
    return this.db.dialect.refreshStatistics(ex, CLUSTER_TABLES);
  }
}

import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../log/logger.ts';
import type { Db } from '../store/db.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { ScaleBounds } from './scale-bounds.ts';

/** What clustering needs of the process; an IngestContext or a Runtime plus the two settings fits. */
export interface ClusterContext {
  db: Db;
  repos: Repositories;
  logger?: Logger;
  clock?: Clock;
  /** CLUSTER_WINDOW_DAYS: stories an article may join are those with an article in this many days before it. */
  windowDays: number;
  /** CLUSTER_RELATED_ARTICLES: related-article edges stored per article. */
  relatedArticles: number;
  /** Work bounds per placed article (scale-bounds.ts); the defaults unless a test or benchmark narrows them. */
  bounds?: Partial<ScaleBounds>;
}

export interface ClusterSummary {
  /** Articles placed in a story. */
  clustered: number;
  /** Stories that gained articles, were created or absorbed another (their ids after merges). */
  changedStoryIds: string[];
  /** Stories founded by these articles. */
  createdStoryIds: string[];
  merges: { mergedId: string; intoId: string }[];
  /** Articles marked as near-identical copies of an earlier one. */
  duplicates: number;
  /** Articles clustering threw on (logged; left unclustered, so recluster retries them). */
  failed: string[];
}

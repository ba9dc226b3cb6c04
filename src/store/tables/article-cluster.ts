/** Clustering state kept on each article (migration 0003). */
export interface ArticleClusterColumns {
  story_id: string | null;
  /** The first copy of a near-identical wire text. */
  duplicate_of_id: string | null;
  clustered_at: string | null;
  /** CLUSTER_VERSION of the rules that placed it; NULL = not clustered yet. */
  cluster_version: string | null;
}

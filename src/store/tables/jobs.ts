/** The durable work queue (migration 0004): one row per (kind, article) of work still to do. */
export interface JobsTable {
  /** extract | enrich | cluster */
  kind: string;
  article_id: string;
  /** pending | dead */
  state: string;
  /** Enqueues so far: a worker finishing request n never deletes request n+1. */
  seq: number;
  attempts: number;
  /** UTC ISO-8601: not claimed before. */
  run_after: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

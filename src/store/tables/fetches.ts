import type { Generated } from 'kysely';

export interface FetchesTable {
  id: string;
  feed_id: string;
  started_at: string;
  duration_ms: number;
  /** ok | not_modified | unchanged | error */
  status: string;
  http_status: number | null;
  error_code: string | null;
  error_message: string | null;
  bytes: number | null;
  items_seen: number;
  items_new: number;
  items_updated: number;
  worker: string | null;
  /** JSON ParseWarning[] (migration 0005). */
  parse_warnings: Generated<string>;
}

import type { Generated } from 'kysely';

export interface FeedsTable {
  id: string;
  source_id: string;
  url: string;
  effective_url: string;
  title: string | null;
  site_url: string | null;
  format: string | null;
  language: string | null;
  /** 0/1 */
  enabled: number;
  disabled_reason: string | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  interval_seconds: number;
  /** AUTO | ALWAYS | NEVER (migration 0007). */
  full_text: Generated<string>;
  /** JSON ParseWarning[] of the last parsed body (migration 0005). */
  parse_warnings: Generated<string>;
  next_fetch_at: string;
  next_fetch_reason: string;
  error_count: number;
  last_error_code: string | null;
  last_error_message: string | null;
  last_error_at: string | null;
  last_fetched_at: string | null;
  last_success_at: string | null;
  lease_owner: string | null;
  lease_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

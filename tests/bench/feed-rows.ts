/**
 * A feeds-table row for benchmarks that bulk-load feeds: what a bench sets, with the rest as a newly added, healthy,
 * unleased feed has it (no validators, no errors). One place for the column list the benches share.
 */
export function benchFeedRow(f: {
  id: string;
  source_id: string;
  url: string;
  title: string | null;
  site_url: string | null;
  format: string | null;
  interval_seconds: number;
  next_fetch_at: string;
  next_fetch_reason: string;
  last_fetched_at: string | null;
  created_at: string;
}) {
  return {
    ...f,
    effective_url: f.url,
    language: 'en',
    enabled: 1,
    disabled_reason: null,
    etag: null,
    last_modified: null,
    body_hash: null,
    error_count: 0,
    last_error_code: null,
    last_error_message: null,
    last_error_at: null,
    last_success_at: f.last_fetched_at,
    lease_owner: null,
    lease_expires_at: null,
    updated_at: f.created_at,
  };
}

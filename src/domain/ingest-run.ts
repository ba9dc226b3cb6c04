/** What one ingest pass did, counted by outcome: the pass's own summary and the API's view of past passes share it. */
export interface IngestRunCounts {
  feeds: number;
  ok: number;
  notModified: number;
  unchanged: number;
  errors: number;
  itemsNew: number;
  itemsUpdated: number;
}

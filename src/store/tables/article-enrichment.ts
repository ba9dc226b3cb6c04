/** Enrichment state kept on each article (migration 0002): what reindex reads to know what is left to do. */
export interface ArticleEnrichmentColumns {
  /** The language enrichment detected (the feed-declared one stays in `language`). */
  detected_language: string | null;
  /** 0..1: how sure the detector was of detected_language (migration 0008); NULL until enriched. */
  language_confidence: number | null;
  /** UTC ISO-8601; when the enrichment rows were last written. */
  enriched_at: string | null;
  /** ENRICHMENT_VERSION of the rules that produced them; NULL = never enriched (or marked stale). */
  enrichment_version: string | null;
}

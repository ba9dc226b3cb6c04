export interface EntitiesTable {
  id: string;
  /** Stable key from enrichment: 'country:US', 'org:UN', 'person:vladimir-putin'. */
  key: string;
  /** person | organization | country | place */
  kind: string;
  name: string;
  /** JSON string[]: surface forms seen across articles. */
  aliases: string;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  /** gazetteer | nlp */
  origin: string;
  created_at: string;
}

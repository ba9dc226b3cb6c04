export interface TopicsTable {
  id: string;
  slug: string;
  name: string;
  description: string;
  /** 0/1 */
  built_in: number;
  /** JSON object: built-ins {rules, threshold}; analyst topics {keywords, entities, query}. */
  definition: string;
  created_at: string;
  updated_at: string;
}

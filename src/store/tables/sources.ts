import type { Generated } from 'kysely';

export interface SourcesTable {
  id: string;
  name: string;
  homepage: string | null;
  country: string | null;
  language: string | null;
  /** given | feed | host (migration 0005). */
  name_origin: Generated<string>;
  created_at: string;
}

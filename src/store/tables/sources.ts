export interface SourcesTable {
  id: string;
  name: string;
  homepage: string | null;
  country: string | null;
  language: string | null;
  created_at: string;
}

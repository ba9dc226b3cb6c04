export interface ReactionsTable {
  id: string;
  article_id: string;
  actor_entity_id: string;
  /** supportive | cautious | skeptical | opposed | neutral */
  stance: string;
  /** The sentence that carries the reaction. */
  evidence: string;
  cue: string;
  /** CAMEO event code of the cue ("051", "111"); NULL where none applies or for rows stored before migration 0006. */
  cameo_code: string | null;
  /** Goldstein score of the CAMEO code, -10..+10. */
  goldstein: number | null;
  /** country | igo | non-state; NULL for rows stored before migration 0006 until a reindex. */
  actor_kind: string | null;
  /** The article's, for time-ordered reaction lists. */
  published_at: string;
  created_at: string;
}

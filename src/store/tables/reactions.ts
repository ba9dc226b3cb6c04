export interface ReactionsTable {
  id: string;
  article_id: string;
  actor_entity_id: string;
  /** supportive | cautious | skeptical | opposed | neutral */
  stance: string;
  /** The sentence that carries the reaction. */
  evidence: string;
  cue: string;
  /** The article's, for time-ordered reaction lists. */
  published_at: string;
  created_at: string;
}

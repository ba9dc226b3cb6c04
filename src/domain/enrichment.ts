/**
 * What enrichment finds in an article. Pure data: produced by src/enrich from an article's text, stored by
 * src/store, served by src/graphql. Words as in DESIGN.md (Entity, Topic, Reaction).
 */
export type EntityKind = 'person' | 'organization' | 'country' | 'place';

export const STANCES = ['supportive', 'cautious', 'skeptical', 'opposed', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

/** An entity as enrichment knows it: a stable key, so the same actor is one row however it was written. */
export interface EntityRef {
  /** Stable, human-readable key: 'country:US', 'org:un', 'person:vladimir-putin', 'place:geneva'… */
  key: string;
  kind: EntityKind;
  /** Canonical name: 'United States', 'United Nations', 'Vladimir Putin'. */
  name: string;
  /** ISO 3166-1 alpha-2 of the entity's country, where it has one (a country's own code, a person's state, a city's country). */
  country: string | null;
  /** Where it came from: the curated gazetteer or the NLP extractor. */
  origin: 'gazetteer' | 'nlp';
}

export interface ArticleEntity {
  entity: EntityRef;
  /** The surface forms seen in this article ("President Vladimir Putin", "Putin's", "the Kremlin"). */
  aliases: string[];
  mentions: number;
  /** 0..1: how central the entity is to the article (title and lead mentions weigh more). */
  salience: number;
}

export interface TopicEvidence {
  /** The rule that matched, e.g. 'phrase:ceasefire' or 'entity-kind:organization' or 'reactions>=2'. */
  rule: string;
  /** What in the article matched it. */
  match: string;
  weight: number;
}

export interface ArticleTopic {
  slug: string;
  score: number;
  evidence: TopicEvidence[];
}

export interface ExtractedReaction {
  /** The country or international organization that reacted (a spokesperson's words count for their state). */
  actor: EntityRef;
  stance: Stance;
  /** The sentence that carries the reaction, as written. */
  evidence: string;
  /** The word or phrase that signals the reaction: 'welcomed', 'expressed skepticism', 'called on'… */
  cue: string;
}

export interface EnrichInput {
  title: string;
  text: string;
  /** The feed-declared language: a hint, not the truth. */
  languageHint: string | null;
}

export interface Enrichment {
  language: string | null;
  /** 0..1: how sure detection is of `language` (the feed's declared language alone gives 0.3). */
  languageConfidence: number;
  entities: ArticleEntity[];
  topics: ArticleTopic[];
  reactions: ExtractedReaction[];
}

import type { EntityRef } from '../../domain/enrichment.ts';

/** How a name was written; mirrors the gazetteer's mention kinds. */
export type MentionVia = 'name' | 'alias' | 'demonym' | 'capital' | 'institution' | 'title';

/** A gazetteer mention in a sentence, with the actor (state or international organization) it can speak for. */
export interface ActorMention {
  start: number;
  end: number;
  surface: string;
  via: MentionVia;
  entity: EntityRef;
  /** The country or international organization this entity's words count for; null when none (a city, a company). */
  actor: EntityRef | null;
  /** For a place: the state (or organization) whose seat it is ("In Moscow, a spokeswoman said …"); otherwise null. */
  seatOf: EntityRef | null;
  /** The name ends in 's of its own ("St. John's"). */
  ownPossessive?: boolean;
  /** An organization named by a word and a country ("BirdLife Cyprus"): the country inside it does not speak. */
  closesWithCountry?: true;
}

/** Finds actor mentions in a piece of text (offsets into that text). */
export type ActorFinder = (text: string) => ActorMention[];

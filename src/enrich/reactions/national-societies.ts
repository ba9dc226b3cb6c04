/**
 * A Red Cross or Red Crescent national society: the movement's short name joined to a state's name or adjective ("the
 * Kenya Red Cross", "das Deutsche Rote Kreuz", "la Croix-Rouge namibienne", "la Cruz Roja de Namibia", "Российский
 * Красный Крест") names that state's society, an organization of its own. Read as two names, the International
 * Committee would speak, and the state would be taken for a second actor.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { slugify } from '../entities/fold.ts';
import { gazetteer } from '../entities/gazetteer.ts';

/** The movement's bodies whose short names ("Red Cross", "Croix-Rouge", "Red Crescent") a society's name holds. */
const MOVEMENT = new Set(['org:icrc', 'org:ifrc']);
/** The words of the movement's full names: such a name ("Comité international de la Croix-Rouge") is no society's. */
const FULL_NAME = /internation|internazional|internacional|международн|comit|committee|komitee|federa|федерац/iu;
/** The longest short name, in words ("Media Luna Roja"). */
const SHORT_WORDS = 3;
/** The Red Crescent's short names: a society is named by the emblem its name holds. */
const CRESCENT = /crescent|croissant|halbmond|media luna|mezzaluna|полумесяц/iu;

/** Whether a mention of `org` written as `surface` is the movement's short name, which a society's name can hold. */
export function isMovementShortName(org: EntityRef, surface: string): boolean {
  return MOVEMENT.has(org.key) && surface.trim().split(/\s+/u).length <= SHORT_WORDS && !FULL_NAME.test(surface);
}

/**
 * The national society of `state`, named as written: by the state's adjective where the text uses one ("German Red
 * Cross", "Swiss Red Cross"), else by its name ("Kenya Red Cross", "Namibia Red Cross").
 */
export function nationalSociety(state: EntityRef, byAdjective: boolean, surface: string): EntityRef {
  const adjective = byAdjective ? adjectiveOf(state.country) : undefined;
  const emblem = CRESCENT.test(surface) ? 'Red Crescent' : 'Red Cross';
  // "the Kenya Red Cross Society": the word is kept where it is written.
  const name = `${adjective ?? state.name} ${emblem}${/\bSociety$/u.test(surface) ? ' Society' : ''}`;
  return { key: `org:${slugify(name)}`, kind: 'organization', name, country: state.country, origin: 'nlp' };
}

let adjectives: Map<string, string> | null = null;

/** A country's English adjective ("German" for DE), the first of its demonyms. */
function adjectiveOf(code: string | null): string | undefined {
  adjectives ??= new Map(gazetteer().data.countries.flatMap((c) => (c.demonyms[0] ? [[c.code, c.demonyms[0]] as const] : [])));
  return code === null ? undefined : adjectives.get(code);
}

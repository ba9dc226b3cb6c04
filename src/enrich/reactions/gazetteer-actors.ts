/**
 * Actor mentions from the gazetteer (src/enrich/entities): each mention with the state or international
 * organization it speaks for (a ministry or leader for its state, a UN agency for the UN, a capital used as an actor
 * for its state), and, for a capital that is only a place ("talks in Moscow"), the state it is the seat of.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { actorOf, gazetteer, lookupEntity, matchGazetteer } from '../entities/gazetteer.ts';
import type { ActorMention } from './actor-mention.ts';
import { actorKindOf } from './actor-kind.ts';
import { chapterOf, closesChapter } from './national-chapters.ts';
import { isMovementShortName, nationalSociety } from './national-societies.ts';

const POSSESSIVE = /['’]s?$/;

let seats: Map<string, EntityRef> | null = null;

/** Cities that are an organization's seat speak for it, not for their country: Brussels -> European Union. */
function organizationSeats(): Map<string, EntityRef> {
  if (seats) return seats;
  seats = new Map();
  for (const org of gazetteer().data.organizations) {
    const entity = lookupEntity(`org:${org.id}`);
    if (entity) for (const seat of org.seats ?? []) seats.set(seat.toLowerCase(), entity);
  }
  return seats;
}

/**
 * Whom each gazetteer entity speaks for, on the date last asked about and on none: an article names the same actors
 * again and again, and each answer walks the entity's parents (and a person's dated offices).
 */
const speakers = { date: null as string | null, dated: new Map<EntityRef, EntityRef | null>(), undated: new Map<EntityRef, EntityRef | null>() };
const SPEAKERS_SIZE = 10_000;

function speakerOf(entity: EntityRef, date: string | null): EntityRef | null {
  if (date !== null && date !== speakers.date) {
    speakers.date = date;
    speakers.dated.clear();
  }
  const known = date === null ? speakers.undated : speakers.dated;
  let actor = known.get(entity);
  if (actor === undefined) {
    actor = (entity.kind === 'place' ? organizationSeats().get(entity.name.toLowerCase()) : undefined) ?? actorOf(entity, date);
    if (known.size >= SPEAKERS_SIZE) known.clear();
    known.set(entity, actor);
  }
  return actor;
}

export function findGazetteerActors(text: string, date?: string | null): ActorMention[] {
  return nationalSocieties(text, nationalChapters(text, mentionsOf(text, date)));
}

/**
 * The same, with English regional offices read as their organization's. Only in English text: elsewhere the words
 * after a name may be a country's name in that language ("Transparency International Géorgie", a national chapter).
 */
export function findEnglishGazetteerActors(text: string, date?: string | null): ActorMention[] {
  return regionalOffices(text, findGazetteerActors(text, date));
}

/**
 * One or two capitalized words after a non-state organization's name, before a lower-case word or a stop, that no
 * other name claims: its regional office ("Greenpeace Nordic condemned …", "Greenpeace East Asia said …"), which
 * speaks for it. Not a title before a person's name ("Amnesty International Secretary General Agnès Callamard").
 */
const OFFICE_AFTER = /^ (\p{Lu}[\p{Ll}-]+)(?: (\p{Lu}[\p{Ll}-]+))?(?=[\s,.;:!?]|$)/u;
const NEXT_CAPITAL = /^\s*\p{Lu}/u;
/** How far past a name the office's words are looked for: two words and what follows them, not the rest of the text. */
const OFFICE_CHARS = 48;
function regionalOffices(text: string, mentions: ActorMention[]): ActorMention[] {
  for (let k = 0; k < mentions.length; k++) {
    const org = mentions[k]!;
    if (org.entity.kind !== 'organization' || org.actor === null || actorKindOf(org.actor) !== 'non-state') continue;
    const office = OFFICE_AFTER.exec(text.slice(org.end, org.end + OFFICE_CHARS));
    if (!office) continue;
    const end = org.end + office[0].length;
    if (NEXT_CAPITAL.test(text.slice(end, end + OFFICE_CHARS)) || mentions.some((m) => m !== org && m.start < end && m.end > org.end)) continue;
    mentions[k] = { ...org, end, surface: text.slice(org.start, end) };
  }
  return mentions;
}

/** "Transparency International Georgia": the organization's mention and the country's become its chapter's. */
function nationalChapters(text: string, mentions: ActorMention[]): ActorMention[] {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const org = mentions[k]!;
    const country = mentions[k + 1]!;
    if (!closesChapter(text, org.entity, org.end, country.entity, country.start) || country.via !== 'name') continue;
    const chapter = chapterOf(org.entity, country.entity);
    mentions.splice(k, 2, { ...org, end: country.end, surface: text.slice(org.start, country.end), entity: chapter, actor: chapter });
  }
  return mentions;
}

/** The word a society's English name may close with ("the Kenya Red Cross Society"). */
const SOCIETY = /^ Society\b/u;

/** "the Kenya Red Cross", "the German Red Cross", "the Turkish Red Crescent": the state's national society speaks. */
function nationalSocieties(text: string, mentions: ActorMention[]): ActorMention[] {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const state = mentions[k]!;
    const movement = mentions[k + 1]!;
    if (state.entity.kind !== 'country' || (state.via !== 'name' && state.via !== 'demonym') || text.slice(state.end, movement.start) !== ' ') continue;
    if (!isMovementShortName(movement.entity, movement.surface)) continue;
    const end = movement.end + (SOCIETY.exec(text.slice(movement.end, movement.end + 9))?.[0].length ?? 0);
    const society = nationalSociety(state.entity, state.via === 'demonym', text.slice(movement.start, end));
    mentions.splice(k, 2, { ...state, end, surface: text.slice(state.start, end), via: 'name', entity: society, actor: society, seatOf: null });
  }
  return mentions;
}

function mentionsOf(text: string, date?: string | null): ActorMention[] {
  return matchGazetteer(text).map((m) => {
    const isPlace = m.entity.kind === 'place';
    const possessive = m.ownPossessive ? null : POSSESSIVE.exec(m.surface);
    const end = possessive && m.surface.length > possessive[0].length ? m.end - possessive[0].length : m.end;
    // A title ("Japan's prime minister") names the office, whoever held it on the date: it speaks for the office's state.
    const speaksFor: EntityRef | null = speakerOf(m.entity, m.via === 'title' ? null : (date ?? null));
    return {
      start: m.start,
      end,
      surface: text.slice(m.start, end),
      via: m.via,
      entity: m.entity,
      actor: isPlace ? null : speaksFor,
      seatOf: isPlace ? speaksFor : null,
      ...(m.ownPossessive ? { ownPossessive: true } : {}),
    };
  });
}

/**
 * Reads the subject at the start of a clause: who is speaking. Handles possessive speakers ("Japan's embassy"),
 * demonym speakers ("the Turkish presidency"), speakers of or for an actor ("the chair of the Alliance of …"),
 * officials placed in a capital ("officials in Kyiv"), lists ("Latvia, Lithuania and Estonia"), and skips relative
 * clauses and appositives ("Kenya, which hosted the summit, …"), whose words are not the subject's reaction.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { actorKindOf } from './actor-kind.ts';
import type { ActorMention } from './actor-mention.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';

export type SubjectKind =
  /** One or more actors speak. */
  | 'actors'
  /** An official whose state is not named with them ("a foreign ministry spokeswoman"): ask the context. */
  | 'generic'
  /** A pronoun ("it said"). */
  | 'pronoun'
  /** The clause opens with its verb (a round-up line: "United States: expressed …"). */
  | 'missing'
  /** Someone who is not an actor ("analysts", "a Washington-based analyst", "Equipment makers"). */
  | 'other';

export interface Subject {
  kind: SubjectKind;
  actors: EntityRef[];
  /** Where the predicate starts. */
  end: number;
  /** Token ranges inside the subject (relative clauses, appositives) whose cues belong to no one. */
  skipped: Array<[number, number]>;
  /** "officials there": the actor of the clause before. */
  there: boolean;
}

interface Item {
  kind: SubjectKind;
  actor: EntityRef | null;
  end: number;
  there?: boolean;
}

const MAX_INSERTION = 30;
const INDEFINITE = new Set(['a', 'an']);

export function parseSubject(view: SentenceView, from: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): Subject {
  const skipped: Array<[number, number]> = [];
  const items: Item[] = [];
  let i = skipAdverbs(view, from, to, g);
  // "Several countries, including the United States and Chile, cast doubt …": a clause read from "including" has the
  // members it lists as its subject, up to the closing comma.
  if (view.norms[i] === 'including' && view.norms[i - 1] === ',') {
    const close = findComma(view, i + 1, Math.min(to, i + 1 + MAX_INSERTION));
    const members = close < 0 ? [] : listedMembers(view, i + 1, close, g, isVerb);
    if (members.length > 0) {
      const end = skipAdverbs(view, close + 1, to, g);
      return { kind: 'actors', actors: dedupe(members.map((m) => m.actor as EntityRef)), end, skipped, there: false };
    }
  }
  for (;;) {
    const item = parseItem(view, skipDeterminers(view, i, to, g), to, g, isVerb);
    items.push(item);
    // Only a list of actors goes on: "The only candidate in the capital, Ashgabat, …" is not a list.
    const listable = item.actor !== null;
    i = skipAdverbs(view, item.end, to, g);
    // Insertions: ", which hosted the summit,", ", the host,", ", speaking in Berlin,", ", by contrast,".
    // "NATO's chief, Mark Rutte, deplored …": a person who speaks for the same actor is its holder set off by commas,
    // no second member of a list (read as one, the insertion after him swallowed the predicate).
    while (view.norms[i] === ',' && !(listable && startsListItem(view, i + 1, to, g, isVerb) && !namesHolder(view, i + 1, item.actor))) {
      const close = findComma(view, i + 1, Math.min(to, i + 1 + MAX_INSERTION));
      if (close < 0) break;
      if (predicateBeforeParticiple(view, i + 1, close, isVerb)) break;
      // "Several countries, including the United States and Chile, cast doubt …": the group speaks through the
      // members the insertion names.
      if (items.every((it) => it.actor === null) && view.norms[i + 1] === 'including') items.push(...listedMembers(view, i + 2, close, g, isVerb));
      skipped.push([i, close + 1]);
      i = skipAdverbs(view, close + 1, to, g);
    }
    // List continuation: ", Lithuania and Estonia", "and the African Union".
    const next = listable ? listContinuation(view, i, to, g, isVerb) : -1;
    if (next < 0 || items.length > 12) break;
    i = next;
  }
  const actors = items.filter((it) => it.actor).map((it) => it.actor as EntityRef);
  const first = items[0] as Item;
  const kind: SubjectKind = actors.length > 0 ? 'actors' : first.kind;
  return { kind, actors: dedupe(actors), end: i, skipped, there: items.some((it) => it.there) };
}

/**
 * "The NATO chief, Mark Rutte, deplored the execution, voicing concerns": a verb that is no participle right after the
 * subject's comma, with a participle after the next comma, is the predicate, not an insertion (", pressed by reporters,
 * said" and ", speaking in Berlin, said" are insertions).
 */
function predicateBeforeParticiple(view: SentenceView, from: number, close: number, isVerb: (k: number) => boolean): boolean {
  const first = view.norms[from] ?? '';
  const after = view.norms[close + 1] ?? '';
  return isVerb(from) && !first.endsWith('ing') && after.length > 4 && after.endsWith('ing') && isVerb(close + 1);
}

/** Whether the name at `at` is a person who speaks for `actor`, closed by a comma ("…, Mark Rutte, …"). */
function namesHolder(view: SentenceView, at: number, actor: EntityRef | null): boolean {
  const hit = view.mentionAt.get(at);
  return actor !== null && hit !== undefined && hit.mention.entity.kind === 'person' && hit.mention.actor?.key === actor.key && view.norms[hit.end] === ',';
}

/** The actors an "including …" insertion lists, up to its closing comma: "the United States, Chile and Peru". */
function listedMembers(view: SentenceView, from: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): Item[] {
  const out: Item[] = [];
  let i = skipDeterminers(view, from, to, g);
  for (;;) {
    const item = parseItem(view, i, to, g, isVerb);
    if (item.actor === null) break;
    out.push(item);
    const next = listContinuation(view, item.end, to, g, isVerb);
    if (next < 0 || out.length > 12) break;
    i = next;
  }
  return out;
}

/** A name joined to "-led": the token names the group's leader. */
const LED = /^[\p{L}.]+-led$/u;

function parseItem(view: SentenceView, i: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): Item {
  const { norms, tokens } = view;
  if (i >= to) return { kind: 'missing', actor: null, end: i };
  const hit = view.mentionAt.get(i);
  // "the OSCE-led observation mission", "a Saudi-led coalition": the group speaks for whoever leads it.
  if (hit && hit.end <= to && hit.end === i + 1 && LED.test(norms[i] ?? '') && (hit.mention.actor ?? null) !== null) {
    return { kind: 'actors', actor: hit.mention.actor, end: consumeNounPhrase(view, hit.end, to, isVerb) };
  }
  if (hit && hit.end <= to && !splitsToken(view, hit.mention.end, hit.end)) {
    // A capital in subject position speaks for its state even where the gazetteer read it as a place.
    const actor = hit.mention.actor ?? hit.mention.seatOf;
    if (norms[hit.end] === "'s") {
      // "Japan's embassy", "the Vatican's Secretariat of State": the possessor speaks through its speaker noun.
      const speaker = findSpeaker(view, hit.end + 1, to, 6, g, isVerb);
      // "New Zealand's Winston Peters said …": a person named right after a state's possessive speaks for it, as
      // its office would ("New Zealand's foreign minister").
      const known = view.mentionAt.get(hit.end + 1);
      const person = known && known.mention.entity.kind === 'person' && known.end <= to && standsAlone(view, known.end, g, isVerb) ? known : null;
      const named = speaker < 0 && actor?.key.startsWith('country:') ? (person ? person.end : personalNameEnd(view, hit.end + 1, to, isVerb)) : -1;
      if (named > 0) return { kind: 'actors', actor: person?.mention.actor ?? actor, end: named };
      // "Amnesty International's Kenya section", "Transparency International's Bosnian chapter": a part of the organization.
      const unit = speaker < 0 && hit.mention.entity.kind === 'organization' ? unitAfter(view, hit.end + 1, to, g, isVerb) : -1;
      if (unit > 0) return { kind: actor ? 'actors' : 'other', actor, end: unit };
      // "Botswana's governing Umbrella for Democratic Change backed …": the state's organization, described, speaks.
      const owned = speaker < 0 && actor?.kind === 'country' ? describedOrganization(view, hit.end + 1, to, g, isVerb) : null;
      if (owned) return { kind: 'actors', actor: owned.mention.actor, end: owned.end };
      // "The UN's International Labour Organization warned …": an international organization's body, named right after
      // its possessive, speaks for it (as the UN's agencies do).
      const body = speaker < 0 && actor !== null && actorKindOf(actor) === 'igo' ? view.mentionAt.get(hit.end + 1) : undefined;
      if (body && body.end <= to && body.mention.entity.kind === 'organization' && standsAlone(view, body.end, g, isVerb)) return { kind: 'actors', actor, end: body.end };
      // "Donald Trump's Republican Party": a person's organization, named right after, speaks.
      const led = hit.mention.entity.kind === 'person' ? organizationAfter(view, hit.end + 1, to, g, isVerb) : null;
      if (led) return led;
      if (speaker < 0) return { kind: 'other', actor: null, end: consumeNounPhrase(view, hit.end + 1, to, isVerb) };
      return { kind: actor ? 'actors' : 'other', actor, end: afterSpeakerComplement(view, speaker, to, g, isVerb) };
    }
    // "Greenpeace Africa", "Greenpeace East Asia": an organization's regional branch, named by the region it covers.
    const region = view.mentionAt.get(hit.end);
    if (hit.mention.entity.kind === 'organization' && actor?.kind === 'organization' && region && region.end <= to && region.mention.entity.kind === 'place' && region.mention.actor === null && view.tokens[hit.end]?.start === (view.tokens[hit.end - 1]?.end ?? 0) + 1 && standsAlone(view, region.end, g, isVerb)) {
      return { kind: 'actors', actor, end: region.end };
    }
    // "The Institute for Public Policy Research in Windhoek doubted …": an organization placed in a city speaks. So does
    // a state's body placed in its own state ("The State Department in Washington welcomed …").
    const placed = hit.mention.entity.kind === 'organization' && actor !== null ? placedEnd(view, hit.end, to, g, isVerb, actor.kind === 'country' ? actor.key : null) : -1;
    if (placed > 0) return { kind: 'actors', actor, end: placed };
    // Before the words that part a state from its speakers: after an organization, "union" is its own kind.
    const kindEnd = hit.mention.entity.kind === 'organization' ? kindAfterName(view, hit.end, to, g, isVerb) : -1;
    if (kindEnd >= 0) return { kind: actor ? 'actors' : 'other', actor, end: kindEnd };
    // "The Danish shipping company Maersk", "the Kenyan rights group Haki Africa": a demonym describing the kind of an
    // organization named next; that organization speaks.
    const modified = g.nonStateModifiers.matchAt(norms, hit.end) > 0;
    const described = hit.mention.via === 'demonym' || modified ? organizationAhead(view, hit.end, to, g, isVerb) : null;
    if (described) return { kind: described.mention.actor ? 'actors' : 'other', actor: described.mention.actor, end: described.end };
    if (modified) return { kind: 'other', actor: null, end: consumeNounPhrase(view, hit.end, to, isVerb) };
    if (hit.mention.via === 'demonym') {
      // "the Turkish presidency" speaks for Turkey; "Swedish centre-back" does not.
      const speaker = findSpeaker(view, hit.end, to, 4, g, isVerb);
      if (speaker < 0) return { kind: 'other', actor: null, end: consumeNounPhrase(view, hit.end, to, isVerb) };
      return { kind: actor ? 'actors' : 'other', actor, end: afterHolder(view, afterSpeakerComplement(view, speaker, to, g, isVerb), to, isVerb) };
    }
    const speaker = findSpeaker(view, hit.end, to, 5, g, isVerb);
    if (speaker >= 0) return { kind: actor ? 'actors' : 'other', actor, end: afterSpeakerComplement(view, speaker, to, g, isVerb) };
    // "UN Secretary-General Antonio Guterres": an office, then the person who holds it for the same actor.
    const holder = view.mentionAt.get(hit.end);
    if (actor && holder && holder.end <= to && holder.mention.entity.kind === 'person' && (holder.mention.actor === null || holder.mention.actor.key === actor.key)) {
      return { kind: 'actors', actor, end: holder.end };
    }
    // "The U.N. refugee agency UNHCR" (one name, then another), "the U.S. rights group Human Rights Watch": the name only qualifies the kind
    // of the organization named next, which speaks.
    const named = view.mentionAt.get(hit.end);
    const introduced = named && named.end <= to && named.mention.entity.kind === 'organization' ? named : organizationAhead(view, hit.end, to, g, isVerb);
    if (introduced) return { kind: introduced.mention.actor ? 'actors' : 'other', actor: introduced.mention.actor, end: introduced.end };
    // "China welcomed", "Washington, which …", "Beijing also backed": the name itself is the subject. "The Athens
    // protest march", "the US Chamber of Commerce", "Beijing residents": the name only modifies another noun.
    if (!standsAlone(view, hit.end, g, isVerb)) return { kind: 'other', actor: null, end: consumeNounPhrase(view, hit.end, to, isVerb) };
    return { kind: actor ? 'actors' : 'other', actor, end: hit.end };
  }
  if (g.pronouns.has(norms[i] ?? '')) return { kind: 'pronoun', actor: null, end: i + 1 };
  const led = ledOrganization(view, i, to, g, isVerb);
  if (led) return led;
  const person = personAhead(view, i, to, g);
  if (person) return { kind: person.mention.actor ? 'actors' : 'other', actor: person.mention.actor, end: person.end };
  const introduced = organizationAhead(view, i, to, g, isVerb);
  if (introduced) return { kind: introduced.mention.actor ? 'actors' : 'other', actor: introduced.mention.actor, end: introduced.end };
  const described = describedActor(view, i, to, g, isVerb);
  if (described) return { kind: 'actors', actor: described.mention.actor, end: described.end };
  const studying = institutionExpert(view, i, to, g);
  if (studying) return studying;
  const speaker = findSpeaker(view, i, to, 6, g, isVerb);
  if (speaker >= 0) {
    // "its embassy in Lima": the owner is the actor named before, and Lima is only where the embassy is.
    if (['its', 'their'].includes(norms[i - 1] ?? '')) return { kind: 'generic', actor: null, end: speaker };
    return genericSpeaker(view, i, speaker, to, g, isVerb);
  }
  if (isVerb(i) && !/^\p{Lu}/u.test(tokens[i]?.text ?? '')) return { kind: 'missing', actor: null, end: i };
  if (isVerb(i) && i === 0) return { kind: 'missing', actor: null, end: i };
  return { kind: 'other', actor: null, end: consumeNounPhrase(view, i, to, isVerb) };
}

/**
 * "An analyst at the International Crisis Group", "researchers with Human Rights Watch": one who studies for a named
 * organization speaks for it (not for a state: "an economist at the Bank of Japan" is no government voice).
 */
function institutionExpert(view: SentenceView, i: number, to: number, g: ReactionGrammar): Item | null {
  const k = skipDeterminers(view, i, to, g);
  if (!g.institutionExperts.roles.has(view.norms[k] ?? '') || !g.institutionExperts.prepositions.has(view.norms[k + 1] ?? '')) return null;
  const target = mentionAfter(view, k + 2, to, g);
  if (!target || target.entity.kind !== 'organization' || !target.actor || target.actor.key.startsWith('country:')) return null;
  return { kind: 'actors', actor: target.actor, end: target.end };
}

/** How many words may describe a country or an organization before its name ("former colonial ruler France"). */
const DESCRIPTOR_WINDOW = 4;
/** Participles that place a country, which the tagger may read as verbs at a sentence's start ("Neighbouring Argentina"). */
const PLACING = new Set(['neighbouring', 'neighboring', 'bordering', 'surrounding']);
/** Words that make the words before a name a phrase of their own ("critics of France", "talks with Chile"). */
const NOT_DESCRIPTORS = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'to', 'against', 'and', 'or', 'than', 'like', 'as', 'about', 'over', 'after', 'before', 'between']);

/**
 * An actor named after words that describe it, with no verb, comma or preposition between: "Former colonial ruler
 * France suspended …", "Neighbouring Argentina and Peru said …", "the main opposition United Democratic Party
 * condemned …". The actor speaks.
 */
function describedActor(view: SentenceView, i: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): { mention: ActorMention; end: number } | null {
  const { norms } = view;
  for (let k = i; k < Math.min(to, i + DESCRIPTOR_WINDOW + 1); k++) {
    const hit = view.mentionAt.get(k);
    if (hit) {
      const actor = hit.mention.actor;
      // Organizations are described the same way: "the main opposition United Democratic Party".
      if (k === i || hit.end > to || !actor || hit.mention.via === 'demonym' || norms[hit.end] === "'s") return null;
      if (standsAlone(view, hit.end, g, isVerb)) return { mention: hit.mention, end: hit.end };
      // "the powerful UGTT labour union denounced …"
      const kindEnd = hit.mention.entity.kind === 'organization' ? kindAfterName(view, hit.end, to, g, isVerb) : -1;
      return kindEnd >= 0 ? { mention: hit.mention, end: kindEnd } : null;
    }
    const norm = norms[k] ?? '';
    if (!/^[\p{L}-]+$/u.test(norm) || NOT_DESCRIPTORS.has(norm) || (isVerb(k) && !PLACING.has(norm)) || g.pronouns.has(norm)) return null;
  }
  return null;
}

/** How many lower-case words may describe an organization after a state's possessive ("'s main opposition"). */
const OWNED_WINDOW = 3;

/**
 * An organization named a few lower-case describing words after `at` (a state's possessive before it), standing alone
 * before the predicate: "Botswana's governing Umbrella for Democratic Change", "Namibia's main opposition party IPC".
 */
function describedOrganization(view: SentenceView, at: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): { mention: ActorMention; end: number } | null {
  for (let k = at; k < Math.min(to, at + OWNED_WINDOW + 1); k++) {
    const hit = view.mentionAt.get(k);
    if (hit) {
      const actor = hit.mention.actor;
      if (hit.end > to || !actor || actor.kind !== 'organization' || actorKindOf(actor) !== 'non-state' || hit.mention.via === 'demonym') return null;
      // "Yemen's Islah party": the organization's kind may follow its name.
      const kind = kindAfterName(view, hit.end, to, g, isVerb);
      if (kind >= 0) return { mention: hit.mention, end: kind };
      return standsAlone(view, hit.end, g, isVerb) ? { mention: hit.mention, end: hit.end } : null;
    }
    if (!/^[\p{Ll}-]+$/u.test(view.tokens[k]?.text ?? '') || NOT_DESCRIPTORS.has(view.norms[k] ?? '') || (isVerb(k) && !view.norms[k]!.endsWith('ing'))) return null;
  }
  return null;
}

/** Words that place an organization in a city before its predicate ("in Windhoek", "based in Nairobi"). */
const PLACING_WORDS = [['in'], ['based', 'in']];

/** The index after "in <place>" right after an organization's name, where the predicate follows; else -1. */
function placedEnd(view: SentenceView, at: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean, state: string | null): number {
  const words = PLACING_WORDS.find((p) => p.every((w, j) => view.norms[at + j] === w));
  if (!words) return -1;
  const place = view.mentionAt.get(at + words.length);
  if (!place || place.end > to || (place.mention.entity.kind !== 'place' && place.mention.entity.kind !== 'country')) return -1;
  // A state's body is placed only in its own state.
  if (state !== null && `country:${place.mention.entity.country ?? ''}` !== state && place.mention.entity.key !== state) return -1;
  return standsAlone(view, place.end, g, isVerb) && isVerb(place.end) ? place.end : -1;
}

/** How many lower-case words may describe an organization before its kind ("the Belarusian human rights group"). */
const KIND_WINDOW = 4;

/**
 * An organization introduced by its kind right before its name: "the rights group Viasna", "militant group Hamas",
 * "the opposition party Dashnaktsutyun". The name speaks, not the description.
 */
function organizationAhead(view: SentenceView, i: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): { mention: ActorMention; end: number } | null {
  const { norms, tokens } = view;
  for (let k = i; k < Math.min(to - 1, i + KIND_WINDOW); k++) {
    const norm = norms[k] ?? '';
    // A plural possessive describes the kind ("the fishers' alliance Pamalakaya").
    if (norm === "'" || norm === "'s") continue;
    if (view.mentionAt.has(k) || tokens[k]?.quoted || !/^[\p{L}-]+$/u.test(norm) || (k > i && isVerb(k))) return null;
    // Kinds of either list: "the alliance", "the agency" refer back to states too, but before a name they introduce it.
    if (g.organizationAnaphors.matchAt(norms, k) === 0 && g.stateAnaphors.matchAt(norms, k) === 0) continue;
    const hit = view.mentionAt.get(k + 1);
    if (hit && hit.end <= to && hit.mention.entity.kind === 'organization') return hit;
  }
  return null;
}

/** The index after an organization's unit noun a few words on ("'s Kenya section", "'s Bosnian chapter"), or -1. */
function unitAfter(view: SentenceView, at: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): number {
  for (let k = at; k < Math.min(to, at + 3); k++) {
    const n = g.organizationUnits.matchAt(view.norms, k);
    if (n > 0) return k + n;
    if (isVerb(k) || !/^[\p{L}-]+$/u.test(view.norms[k] ?? '')) return -1;
  }
  return -1;
}

/**
 * "The UGTT labour union denounced …", "the Wagner group said": an organization's name used as a modifier of its own
 * kind noun, a few lower-case words on, with the predicate right after. The index after the kind noun, or -1.
 */
function kindAfterName(view: SentenceView, at: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): number {
  const { norms, tokens } = view;
  for (let k = at; k < Math.min(to, at + KIND_WINDOW); k++) {
    const norm = norms[k] ?? '';
    if (view.mentionAt.has(k) || tokens[k]?.quoted || !/^[\p{Ll}-]+$/u.test(tokens[k]?.text ?? '') || isVerb(k)) return -1;
    const n = Math.max(g.organizationAnaphors.matchAt(norms, k), g.stateAnaphors.matchAt(norms, k));
    if (n > 0) return k + n < to && standsAlone(view, k + n, g, isVerb) ? k + n : -1;
  }
  return -1;
}

/** A speaker noun phrase with no actor in it: "a spokesperson for the secretary-general", "officials in Kyiv". */
function genericSpeaker(view: SentenceView, start: number, speaker: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): Item {
  const { norms } = view;
  const head = norms.slice(start, speaker).join(' ');
  const unattributed = g.unattributedSpeakerNouns.matchAt(norms, speaker - 1) > 0 || g.unattributedSpeakerNouns.has(head);
  let j = speaker;
  // "President Emmanuel Macron", "Foreign Minister Sergei Lavrov", "Secretary General Mark Rutte": a title, then the name.
  for (let k = j; k < Math.min(to, j + 3); k++) {
    const named = view.mentionAt.get(k);
    if (named && named.mention.entity.kind === 'person') {
      return { kind: named.mention.actor ? 'actors' : 'other', actor: named.mention.actor, end: named.end };
    }
    if (!/^\p{Lu}/u.test(view.tokens[k]?.text ?? '')) break;
  }
  if (g.ofAfterSpeaker.matchAt(norms, j) > 0) {
    const target = mentionAfter(view, j + 1, to, g);
    // "The special envoy for Syria": sent to the state, by someone else.
    if (target && target.actor?.kind === 'country' && g.envoyNouns.matchAt(norms, speaker - 1) > 0) return { kind: 'other', actor: null, end: target.end };
    if (target) return { kind: target.actor ? 'actors' : 'other', actor: target.actor, end: target.end };
    // "a spokesperson for Dommel Precision Systems": someone else's speaker.
    const k = skipDeterminers(view, j + 1, to, g);
    if (/^\p{Lu}/u.test(view.tokens[k]?.text ?? '')) return { kind: 'other', actor: null, end: j };
    j = skipLowercase(view, k, Math.min(to, k + 5), isVerb);
  }
  if (g.inAfterSpeaker.matchAt(norms, j) > 0 && !unattributed) {
    const target = mentionAfter(view, j + 1, to, g);
    // Officials in a capital or a country speak for it; "leaders in Congress" are not the state.
    const placed = target ? (target.seatOf ?? (target.entity.kind === 'country' ? target.actor : null)) : null;
    if (target && placed) return { kind: 'actors', actor: placed, end: target.end };
  }
  if (g.thereAfterSpeaker.matchAt(norms, j) > 0 && !unattributed) return { kind: 'generic', actor: null, end: j + 1, there: true };
  return { kind: unattributed ? 'other' : 'generic', actor: null, end: j };
}

/** The index after a run of speaker nouns found within `limit` tokens of `at`, or -1. Stops at verbs and punctuation. */
function findSpeaker(view: SentenceView, at: number, to: number, limit: number, g: ReactionGrammar, isVerb: (k: number) => boolean): number {
  const { norms } = view;
  for (let k = at; k < Math.min(to, at + limit); k++) {
    const norm = norms[k] ?? '';
    if (!/^[\p{L}-]/u.test(norm) || view.tokens[k]?.quoted) return -1;
    const n = g.speakerNouns.matchAt(norms, k);
    if (n > 0) {
      let end = k + n;
      for (let m = g.speakerNouns.matchAt(norms, end); m > 0; m = g.speakerNouns.matchAt(norms, end)) end += m;
      return end;
    }
    // A gerund can modify the head ("the UN human rights monitoring mission").
    if ((isVerb(k) && !norm.endsWith('ing')) || g.pronouns.has(norm) || g.determiners.has(norm)) return -1;
  }
  return -1;
}

/** The most words of a name that holds the office just read ("Australian Foreign Minister Penny Wong"). */
const HOLDER_WORDS = 3;

/** After an office, the name of the one holding it, when a verb follows that name: where the predicate starts. */
function afterHolder(view: SentenceView, end: number, to: number, isVerb: (k: number) => boolean): number {
  const named = view.mentionAt.get(end);
  if (named && named.mention.entity.kind === 'person' && named.end <= to) return named.end;
  let k = end;
  while (k < to && k < end + HOLDER_WORDS && /^\p{Lu}[\p{L}'.-]*$/u.test(view.tokens[k]?.text ?? '') && !view.mentionAt.has(k)) k++;
  return k > end && k < to && isVerb(k) ? k : end;
}

/** After a speaker head, its title goes on: "Secretariat of State", "envoy for climate change", "commissioner for trade". */
function afterSpeakerComplement(view: SentenceView, end: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): number {
  const { norms, tokens } = view;
  // "the US embassy in Sarajevo", "China's embassy in Lusaka": where the speaker sits, not whom it speaks for.
  if (g.inAfterSpeaker.matchAt(norms, end) > 0) {
    const seat = mentionAfter(view, end + 1, to, g);
    return seat && (seat.entity.kind === 'place' || seat.entity.kind === 'country') ? seat.end : end;
  }
  if (g.ofAfterSpeaker.matchAt(norms, end) === 0) return end;
  let k = end + 1;
  while (k < to && k < end + 6 && /^[\p{L}-]+$/u.test(norms[k] ?? '') && !view.mentionAt.has(k) && !tokens[k]?.quoted) {
    const norm = norms[k] ?? '';
    if (isVerb(k) || g.determiners.has(norm) || g.pronouns.has(norm) || norm === 'that') break;
    k++;
  }
  return k > end + 1 ? k : end;
}

function mentionAfter(
  view: SentenceView,
  at: number,
  to: number,
  g: ReactionGrammar,
): { entity: EntityRef; actor: EntityRef | null; seatOf: EntityRef | null; end: number } | null {
  const k = skipDeterminers(view, at, to, g);
  const hit = view.mentionAt.get(k);
  if (!hit || hit.end > to) return null;
  const { entity, actor, seatOf } = hit.mention;
  if (view.norms[hit.end] === "'s") {
    const end = findSpeakerLoose(view, hit.end + 1, to, g);
    return { entity, actor, seatOf, end: end < 0 ? hit.end + 1 : end };
  }
  return { entity, actor, seatOf, end: hit.end };
}

function findSpeakerLoose(view: SentenceView, at: number, to: number, g: ReactionGrammar): number {
  for (let k = at; k < Math.min(to, at + 4); k++) {
    const n = g.speakerNouns.matchAt(view.norms, k);
    if (n > 0) return k + n;
  }
  return -1;
}

function startsListItem(view: SentenceView, at: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): boolean {
  const k = view.norms[at] === 'and' ? at + 1 : at;
  // "…, an Ottawa think tank, …": an indefinite article opens a description of the name before, not another name.
  if (k === at && INDEFINITE.has(view.norms[k] ?? '')) return false;
  const hit = view.mentionAt.get(skipDeterminers(view, k, to, g));
  if (!hit) return false;
  const item = parseItem(view, skipDeterminers(view, k, to, g), to, g, isVerb);
  return item.actor !== null;
}

/** Index of the next list item ("and X", ", X", ", and X"), or -1 when the subject ends here. */
function listContinuation(view: SentenceView, i: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): number {
  const { norms } = view;
  let k = i;
  if (norms[k] === ',') k++;
  if (norms[k] === 'and' || norms[k] === 'or') k++;
  if (k === i) return -1;
  const start = skipDeterminers(view, k, to, g);
  const item = parseItem(view, start, to, g, isVerb);
  return item.actor ? start : -1;
}

function skipDeterminers(view: SentenceView, i: number, to: number, g: ReactionGrammar): number {
  let k = i;
  while (k < to && g.determiners.has(view.norms[k] ?? '') && !view.mentionAt.has(k)) k++;
  return k;
}

function skipAdverbs(view: SentenceView, i: number, to: number, g: ReactionGrammar): number {
  let k = i;
  for (let n = g.skippableAdverbs.matchAt(view.norms, k); n > 0 && k < to; n = g.skippableAdverbs.matchAt(view.norms, k)) k += n;
  return k;
}

/**
 * A named person behind a title the gazetteer did not read as a name: "Mr. Putin", "Brazil's President Luiz Inácio
 * Lula da Silva", "Australia's foreign minister Penny Wong". Only capitalized words, possessives, honorifics and
 * speaker nouns (with the words right before them) may come first, so "critics of Vladimir Putin" is not Putin.
 */
function personAhead(view: SentenceView, i: number, to: number, g: ReactionGrammar): { mention: ActorMention; end: number } | null {
  const { norms, tokens } = view;
  for (let k = i; k < Math.min(to, i + 7); k++) {
    const hit = view.mentionAt.get(k);
    // "The Stop Trump Coalition": a person's name inside a longer capitalized name is not the person.
    if (hit && /^\p{Lu}/u.test(tokens[hit.end]?.text ?? '') && !view.mentionAt.has(hit.end)) return null;
    if (hit) return hit.mention.entity.kind === 'person' && k > i ? hit : null;
    const norm = norms[k] ?? '';
    const capitalized = /^\p{Lu}/u.test(tokens[k]?.text ?? '');
    const titleWord = g.speakerNouns.matchAt(norms, k) > 0 || g.speakerNouns.matchAt(norms, k + 1) > 0 || g.speakerNouns.matchAt(norms, k + 2) > 0;
    const glue = norm === "'s" || (norm === '.' && g.honorifics.has(norms[k - 1] ?? ''));
    // "demonstrator Jane Roe": one lower-case role noun right before the name.
    const role = k === i && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && view.mentionAt.get(k + 1)?.mention.entity.kind === 'person';
    if (!(capitalized || titleWord || glue || role)) return null;
  }
  return null;
}

/**
 * "Julius Malema's Economic Freedom Fighters": a name the gazetteer does not know, its possessive, and an organization
 * named right after it. The organization speaks (its leader's name only says whose it is).
 */
function ledOrganization(view: SentenceView, i: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): Item | null {
  const { norms, tokens } = view;
  let k = i;
  while (k < Math.min(to, i + PERSONAL_NAME_WORDS) && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && !view.mentionAt.has(k)) k++;
  return k > i && norms[k] === "'s" ? organizationAfter(view, k + 1, to, g, isVerb) : null;
}

/** The organization named at `at` (its kind may follow: "the Islah party"), speaking; null if none is named there. */
function organizationAfter(view: SentenceView, at: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): Item | null {
  const org = view.mentionAt.get(at);
  if (!org || org.end > to || org.mention.entity.kind !== 'organization' || !org.mention.actor) return null;
  const kind = kindAfterName(view, org.end, to, g, isVerb);
  return { kind: 'actors', actor: org.mention.actor, end: kind >= 0 ? kind : org.end };
}

/** How many words a person's name after a possessive may run to ("Winston Peters", "Luis Rodolfo Abinader"). */
const PERSONAL_NAME_WORDS = 3;

/**
 * The end of a person's name the gazetteer does not know at `i`: two or three capitalized words that name no known
 * entity, followed by a verb or a comma. -1 otherwise.
 */
function personalNameEnd(view: SentenceView, i: number, to: number, isVerb: (k: number) => boolean): number {
  let k = i;
  while (k < to && k - i < PERSONAL_NAME_WORDS && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(view.tokens[k]?.text ?? '') && !view.mentionAt.has(k)) k++;
  if (k - i < 2) return -1;
  return k < to && (isVerb(k) || view.norms[k] === ',') ? k : -1;
}

/** What may follow a name that is itself the subject: a verb, punctuation, a coordinator or an adverb. */
function standsAlone(view: SentenceView, at: number, g: ReactionGrammar, isVerb: (k: number) => boolean): boolean {
  const norm = view.norms[at];
  if (norm === undefined) return true;
  if (!/^[\p{L}\p{N}]/u.test(norm)) return true;
  if (['and', 'or', 'nor', 'who', 'which'].includes(norm)) return true;
  return isVerb(at) || g.skippableAdverbs.matchAt(view.norms, at) > 0 || /^[a-z]+ly$/.test(norm);
}

/** The end of a noun phrase that is not an actor ("aid agencies", "Industry groups in Tokyo"): up to its verb. */
function consumeNounPhrase(view: SentenceView, i: number, to: number, isVerb: (k: number) => boolean): number {
  let k = i;
  while (k < to && k < i + 10 && /^[\p{L}\p{N}'-]/u.test(view.norms[k] ?? '') && !isVerb(k)) k++;
  return k;
}

function skipLowercase(view: SentenceView, i: number, to: number, isVerb: (k: number) => boolean): number {
  let k = i;
  while (k < to && /^[\p{Ll}-]+$/u.test(view.tokens[k]?.text ?? '') && !isVerb(k)) k++;
  return k;
}

function findComma(view: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (view.norms[k] === ',' && !view.tokens[k]?.quoted) return k;
    if (view.norms[k] === ';' || view.norms[k] === '.') return -1;
  }
  return -1;
}

/** The mention covers only part of a token: "Washington-based", "UN-backed", "Russia-Ukraine": a modifier, not a speaker. */
function splitsToken(view: SentenceView, mentionEnd: number, tokenEnd: number): boolean {
  const last = view.tokens[tokenEnd - 1];
  return last !== undefined && last.end > mentionEnd;
}

function dedupe(actors: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return actors.filter((a) => (seen.has(a.key) ? false : (seen.add(a.key), true)));
}

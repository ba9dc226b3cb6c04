/**
 * Whether an article reports a domestic matter: the event's agent, the subject of its headline (or, when the headline
 * names no actor as subject, of its first sentence), is a non-state organization (a party, an NGO, a company) and not
 * a state or an international organization. "The Democratic Party sues …", "A union files suit …". The labelling
 * guide counts no individual domestic politician on a domestic matter: what the article's own state's officials say
 * about such a move is domestic politics, not an international reaction.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import type { ActorFinder } from './actor-mention.ts';
import { actorKindOf } from './actor-kind.ts';
import { parseSubject } from './parse-subject.ts';
import { tagTokens } from './pos-tags.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import { viewSentence, type SentenceView } from './sentence-view.ts';

/** True when the first of the pieces whose subject names actors names only non-state organizations. */
export function nonStateAgent(pieces: readonly string[], findActors: ActorFinder, g: ReactionGrammar): boolean {
  for (const piece of pieces) {
    const view = viewSentence(piece.trim(), findActors);
    if (view.tokens.length === 0 || view.mentionAt.size === 0) continue;
    const pos = tagTokens(view.text, view.tokens);
    // A dateline ("WASHINGTON (Reuters) -") states no event.
    if (!pos.includes('VERB')) continue;
    const isVerb = (k: number): boolean => pos[k] === 'VERB' || pos[k] === 'AUX' || g.reportingVerbs.has(view.norms[k] ?? '');
    const subject = parseSubject(view, 0, view.tokens.length, g, isVerb);
    let agents = subject.kind === 'actors' ? subject.actors : [];
    // Headline grammar defeats the tagger ("DNC files lawsuit", "files" read as a noun): a name opening the piece is
    // its agent.
    if (agents.length === 0) {
      const opening = view.mentionAt.get(0) ?? (g.determiners.has(view.norms[0] ?? '') ? view.mentionAt.get(1) : undefined);
      const actor = opening?.mention.actor;
      if (actor) agents = [actor];
    }
    if (agents.length === 0) continue;
    return agents.every((a) => a.kind === 'organization' && actorKindOf(a) === 'non-state');
  }
  return false;
}

/**
 * The state to which the article's event (its headline and first sentence) is domestic, or null: it names that state (its
 * name, people, offices, bodies such as Congress or the FBI) and no participant beyond it. The labelling guide counts
 * no domestic politician on a domestic matter, so what home's own officials say about such an event is domestic
 * politics unless they address another state. A country named only as a noun's modifier ("the Russia
 * investigation", "a Trump - Russia conspiracy") is the matter's topic, not a party to the event.
 */
export function domesticTo(eventText: string, articleHome: EntityRef | null, findActors: ActorFinder): EntityRef | null {
  const view = viewSentence(eventText, findActors);
  // Tagged only when a reading needs it: most events are decided by their mentions alone.
  let tags: string[] | null = null;
  const pos = (): readonly string[] => (tags ??= tagTokens(view.text, view.tokens));
  // A short article may name its state too rarely to have a home: the one state its event names stands in.
  const home = articleHome ?? soleState(view, pos());
  if (!home || home.kind !== 'country') return null;
  let named = 0;
  for (const { mention, end } of view.mentionAt.values()) {
    const other = mention.actor ?? mention.seatOf;
    if (other?.key === home.key || (!other && mention.entity.country === home.country)) {
      named++;
      continue;
    }
    if (!other) {
      if (mention.entity.country && mention.entity.country !== home.country) return null;
      if (mention.entity.kind === 'place' && mention.entity.country === null) return null;
      continue;
    }
    if (other.kind !== 'country' && actorKindOf(other) !== 'igo') continue;
    if (!topicModifier(view, pos, end, mention.via)) return null;
  }
  return named > 0 ? home : null;
}

/** The one state the mentions of a view speak for, or null when they speak for none or several. */
function soleState(view: SentenceView, pos: readonly string[]): EntityRef | null {
  let state: EntityRef | null = null;
  for (const { mention, end } of view.mentionAt.values()) {
    const actor = mention.actor ?? mention.seatOf;
    if (actor?.kind !== 'country' || topicModifier(view, pos, end, mention.via)) continue;
    if (state && state.key !== actor.key) return null;
    state = actor;
  }
  return state;
}

/**
 * The sentence names a party foreign to `actor` other than as a topic modifier: an official of a domestic event who
 * does is speaking for the state to another ("Trump told Beijing …").
 */
export function addressesAbroad(sentence: string, actor: EntityRef, findActors: ActorFinder): boolean {
  const view = viewSentence(sentence, findActors);
  let pos: string[] | null = null;
  for (const { mention, end } of view.mentionAt.values()) {
    const other = mention.actor ?? mention.seatOf;
    const foreign = other
      ? other.key !== actor.key && (other.kind === 'country' || actorKindOf(other) === 'igo')
      : (mention.entity.country !== null && mention.entity.country !== actor.country) || (mention.entity.kind === 'place' && mention.entity.country === null);
    if (!foreign) continue;
    pos ??= tagTokens(view.text, view.tokens);
    if (!topicModifier(view, pos, end, mention.via)) return true;
  }
  return false;
}

/** A state's name (not its demonym or a person) directly before a common noun: "Russia probe", "Iran deal". */
function topicModifier(view: SentenceView, pos: readonly string[] | (() => readonly string[]), end: number, via: string): boolean {
  if (via !== 'name' && via !== 'alias') return false;
  const next = view.tokens[end];
  if (!next || view.mentionAt.has(end) || !/^\p{Ll}/u.test(next.text)) return false;
  return (typeof pos === 'function' ? pos() : pos)[end] === 'NOUN';
}

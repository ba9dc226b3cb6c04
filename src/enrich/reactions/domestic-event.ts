/**
 * Whether an article reports a domestic matter: the event's agent, the subject of its headline (or, when the headline
 * names no actor as subject, of its first sentence), is a non-state organization (a party, an NGO, a company) and not
 * a state or an international organization. "The Democratic Party sues …", "A union files suit …". The labelling
 * guide counts no individual domestic politician on a domestic matter: what the article's own state's officials say
 * about such a move is domestic politics, not an international reaction.
 */
import type { ActorFinder } from './actor-mention.ts';
import { actorKindOf } from './actor-kind.ts';
import { parseSubject } from './parse-subject.ts';
import { tagTokens } from './pos-tags.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import { viewSentence } from './sentence-view.ts';

/** True when the first of the pieces whose subject names actors names only non-state organizations. */
export function nonStateAgent(pieces: readonly string[], findActors: ActorFinder, g: ReactionGrammar): boolean {
  for (const piece of pieces) {
    const view = viewSentence(piece.trim(), findActors);
    if (view.tokens.length === 0 || view.mentionAt.size === 0) continue;
    const pos = tagTokens(view.text, view.tokens);
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

/**
 * When does a capital city speak for its state? "Washington said", "Beijing reiterated", "Kyiv has not reacted",
 * "Moscow's offer", "welcomed by Beijing": the city is an actor and resolves to the country (Brussels to the EU).
 * "talks in Moscow", "a Moscow-based analyst", "Putin's Moscow talks offer", "the mayor of Geneva": a place.
 *
 * The rule: an actor when the city is in subject position (sentence or clause start, possibly coordinated with other
 * names: "Washington and Brussels said") and followed by a finite verb or auxiliary from the cue list; or when its
 * possessive governs an actor noun (offer, position, government…); or after "according to" or an agentive
 * "by"/"from" ("welcomed by Beijing", "a response from Kyiv"). Anything after a locative preposition is a place.
 */
import type { NameCues } from './gazetteer-data.ts';
import type { Token } from './text-tokens.ts';

export interface ActorCues {
  verbs: Set<string>;
  nouns: Set<string>;
  locatives: Set<string>;
  coordinators: Set<string>;
}

const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'as', 'although', 'though', 'because', 'since', 'when', 'so', 'yet', 'after', 'before', 'that', 'meanwhile', 'however', 'whereas', 'where', 'if', 'unless', 'until', 'once', 'now', 'then', 'also', 'instead']);
const AGENTIVE = new Set(['by', 'from']);
const AGENT_NOUNS = new Set(['response', 'reaction', 'criticism', 'pressure', 'statement', 'support', 'objection', 'objections', 'warning', 'warnings', 'word', 'signal', 'signals', 'offer', 'demand', 'demands', 'reply', 'comment', 'comments', 'protest', 'backing', 'opposition', 'approval', 'veto']);
/** locatives that never introduce an actor; "to" and "from" are decided with their neighbours */
const NOT_LOCATIVE_HERE = new Set(['state', 'capital']);

export function actorCues(cues: NameCues): ActorCues {
  return {
    verbs: new Set(cues.capitalActorVerbs),
    nouns: new Set(cues.actorNouns),
    locatives: new Set(cues.placeContext.filter((w) => !NOT_LOCATIVE_HERE.has(w))),
    coordinators: new Set(cues.coordinators),
  };
}

/** tokens[first..last] is a capital city's name: is it used as an actor? */
export function isActorUse(tokens: readonly Token[], first: number, last: number, cues: ActorCues, ownPossessive = false): boolean {
  const head = tokens[first] as Token;
  const tail = tokens[last] as Token;
  const next = tokens[last + 1];
  if (next?.hyphenBefore) return false; // "Moscow-based", "Kyiv-Moscow"
  const prev = head.sentenceStart ? undefined : tokens[first - 1];
  const prev2 = prev && !prev.sentenceStart ? tokens[first - 2] : undefined;

  if (prev?.norm === 'to' && prev2?.norm === 'according') return true;
  if (prev && AGENTIVE.has(prev.norm) && prev2 && (prev2.norm.endsWith('ed') || AGENT_NOUNS.has(prev2.norm))) return true;
  if (prev && cues.locatives.has(prev.norm)) return false;

  if (tail.possessive && !ownPossessive) {
    const following = tokens.slice(last + 1, last + 3);
    return following.some((t) => !t.sentenceStart && cues.nouns.has(t.norm));
  }

  const clauseStart = !prev || !head.tightBefore || CLAUSE_OPENERS.has(prev.norm);
  if (!clauseStart) return false;
  return verbFollows(tokens, last + 1, cues);
}

/** Skip a coordination ("and Brussels", ", Paris and Berlin") and look for a verb of speech, reaction or action. */
function verbFollows(tokens: readonly Token[], from: number, cues: ActorCues): boolean {
  let k = from;
  for (let steps = 0; steps < 8 && k < tokens.length; steps++, k++) {
    const t = tokens[k] as Token;
    if (t.sentenceStart) return false;
    if (cues.coordinators.has(t.norm) || (t.cap && !t.tightBefore) || (t.cap && steps > 0)) continue;
    return cues.verbs.has(t.norm);
  }
  return false;
}

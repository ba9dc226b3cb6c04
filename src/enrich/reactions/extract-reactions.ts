/**
 * International reactions in an article: sentences that attribute an evaluative response to a country or an
 * international organization (or someone speaking for one), each with its stance. Pure and deterministic: the cue
 * lexicon and grammar word lists (data/*.json) are read once; actors come from the gazetteer.
 *
 * Per sentence: split into clauses with their own subjects, resolve each subject to the actors it speaks for
 * (a ministry, spokesperson, capital or leader counts for its state; a round-up label or a fronted "In Moscow," names
 * the state of an unattributed official), then read the reaction cues of its predicate. One reaction per
 * (actor, sentence).
 */
import type { EntityRef, ExtractedReaction, Stance } from '../../domain/enrichment.ts';
import type { ActorFinder } from './actor-mention.ts';
import { clauseStance, STANCE_PRIORITY, type ClauseStance } from './clause-stance.ts';
import { loadCueLexicon, type Cue } from './cue-lexicon.ts';
import { verbForms } from './cue-pattern.ts';
import { findCues, type CueMatch } from './find-cues.ts';
import { findGazetteerActors } from './gazetteer-actors.ts';
import { parseSubject } from './parse-subject.ts';
import { passiveAgents } from './passive-agents.ts';
import { loadReactionGrammar, type ReactionGrammar } from './reaction-grammar.ts';
import { readClauses, type Clause } from './read-clauses.ts';
import { readRoundupHeading } from './roundup-heading.ts';
import { addMentions, viewSentence, type SentenceView } from './sentence-view.ts';
import { splitSentences } from './split-sentences.ts';

export interface ReactionExtractorOptions {
  cues: readonly Cue[];
  grammar: ReactionGrammar;
  findActors: ActorFinder;
}

export type ReactionExtractor = (input: { title: string; text: string }) => ExtractedReaction[];

let defaultExtractor: ReactionExtractor | null = null;

/** A line that may open with a round-up label: "Name: …" or a short "Name." paragraph opener. */
const LABEL_SHAPE = /^[^:.!?]{1,60}[:.—–]/u;

/** Reactions in an article, in text order, with the built-in lexicon and the gazetteer. */
export function extractReactions(input: { title: string; text: string }): ExtractedReaction[] {
  defaultExtractor ??= createReactionExtractor({ cues: loadCueLexicon(), grammar: loadReactionGrammar(), findActors: findGazetteerActors });
  return defaultExtractor(input);
}

export function createReactionExtractor(options: ReactionExtractorOptions): ReactionExtractor {
  const { cues, grammar: g, findActors } = options;
  const isVerb = verbTest(cues, g);

  return ({ title, text }) => {
    const agents = headlineAgents(title, findActors, cues, g, isVerb);
    const reactions: ExtractedReaction[] = [];
    const labels = new Map<number, EntityRef>();
    for (const sentence of splitSentences(text)) {
      let view = viewSentence(sentence.text, null);
      let matches = findCues(view, cues);
      const mayLabel = sentence.opensLine && LABEL_SHAPE.test(sentence.text);
      // Most sentences carry no cue: skip the gazetteer for them.
      if (matches.length === 0 && !mayLabel) continue;
      addMentions(view, findActors);
      if (mayLabel) {
        const heading = readRoundupHeading(view, g);
        if (heading) {
          labels.set(sentence.line, heading.actor);
          if (heading.statementStart === null) continue;
          view = viewSentence(sentence.text.slice(heading.statementStart), findActors);
          matches = findCues(view, cues);
        }
      }
      reactions.push(...sentenceReactions(view, matches, labels.get(sentence.line) ?? null, agents, g, isVerb));
    }
    return reactions;
  };
}

function sentenceReactions(
  view: SentenceView,
  matches: readonly CueMatch[],
  label: EntityRef | null,
  agents: ReadonlySet<string>,
  g: ReactionGrammar,
  isVerb: (norm: string) => boolean,
): ExtractedReaction[] {
  if (matches.length === 0) return [];
  const byActor = new Map<string, { actor: EntityRef; stance: ClauseStance }>();
  let previous: EntityRef[] = [];
  for (const clause of readClauses(view, g, isVerb)) {
    const actors = clauseActors(view, clause, label, previous);
    previous = actors.length > 0 ? actors : previous;
    for (const actor of actors) {
      const stance = clauseStance(view, clause, matches, g, { allowWeak: !agents.has(actor.key) });
      if (!stance) continue;
      const seen = byActor.get(actor.key);
      if (!seen || STANCE_PRIORITY[stance.stance] > STANCE_PRIORITY[seen.stance.stance]) byActor.set(actor.key, { actor, stance });
    }
  }
  for (const match of matches) {
    for (const actor of passiveAgents(view, match, g)) {
      if (match.cue.weak && agents.has(actor.key)) continue;
      const stance: ClauseStance = { stance: match.cue.stance, cue: `${match.text} by` };
      const seen = byActor.get(actor.key);
      if (!seen || STANCE_PRIORITY[stance.stance] > STANCE_PRIORITY[seen.stance.stance]) byActor.set(actor.key, { actor, stance });
    }
  }
  return [...byActor.values()].map(({ actor, stance }) => ({ actor, stance: stance.stance as Stance, evidence: view.text, cue: stance.cue }));
}

/** Who speaks in a clause: its subject's actors, or, for an unattributed official, the context's actor. */
function clauseActors(view: SentenceView, clause: Clause, label: EntityRef | null, previous: EntityRef[]): EntityRef[] {
  const { subject } = clause;
  switch (subject.kind) {
    case 'actors':
      return subject.actors;
    case 'generic': {
      if (clause.fronted) return [clause.fronted];
      // "officials there", "its embassy": the actor of the clause before.
      const opener = view.norms[clause.subjectStart] ?? '';
      if ((subject.there || opener === 'its' || opener === 'their') && previous.length > 0) return previous;
      return label ? [label] : [];
    }
    case 'pronoun':
    case 'missing':
      return label && clause.start === 0 ? [label] : [];
    default:
      return [];
  }
}

/**
 * The actors whose own move the headline reports ("Netherlands and Japan tighten curbs …", "Putin invites …"):
 * their weak cues ("said the changes were needed") are a defence of that move, not a reaction to it.
 */
function headlineAgents(title: string, findActors: ActorFinder, cues: readonly Cue[], g: ReactionGrammar, isVerb: (norm: string) => boolean): Set<string> {
  const view = viewSentence(title.trim(), findActors);
  if (view.tokens.length === 0) return new Set();
  const subject = parseSubject(view, 0, view.tokens.length, g, isVerb);
  if (subject.kind !== 'actors') return new Set();
  // A headline whose verb is itself a reaction ("Zelenskyy casts doubt …") names a reacting actor, not an agent.
  const reacting = findCues(view, cues).some((m) => m.start >= subject.end && m.start <= subject.end + 2);
  return reacting ? new Set() : new Set(subject.actors.map((a) => a.key));
}

/** Words that can be a clause's verb: reporting verbs, auxiliaries, the lexicon's verbs, and past tenses. */
function verbTest(cues: readonly Cue[], g: ReactionGrammar): (norm: string) => boolean {
  const verbs = new Set<string>();
  for (const cue of cues) {
    const first = cue.pattern.trim().split(/\s+/)[0] ?? '';
    for (const alt of first.replace(/\?$/, '').split('|')) {
      if (alt.startsWith('~')) for (const form of verbForms(alt.slice(1))) verbs.add(form);
      else if (/^[a-z]{3,}(?:ed|es|ing)$/.test(alt)) verbs.add(alt);
    }
  }
  return (norm) =>
    verbs.has(norm) || g.reportingVerbs.has(norm) || g.auxiliaries.has(norm) || /^[a-z]{2,}ed$/.test(norm);
}

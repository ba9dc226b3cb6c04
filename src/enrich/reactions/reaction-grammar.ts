/**
 * Word lists the reaction extractor reads sentences with (data/reaction-grammar.json): speaker nouns, reporting verbs,
 * negations, hypothetical and past markers, restrictions, clause openers. Validated with zod; phrases become token
 * sequences.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { STANCES, type Stance } from '../../domain/enrichment.ts';
import { ConfigError } from '../../domain/errors.ts';
import { readJson } from './cue-lexicon.ts';
import type { PastBackgroundWords } from './past-background.ts';
import type { CoPartyWords } from './co-parties.ts';

export const DEFAULT_GRAMMAR_PATH = fileURLToPath(new URL('./data/reaction-grammar.json', import.meta.url));

const words = z.array(z.string().trim().min(1)).min(1);
const commented = z.strictObject({ $comment: z.string().optional(), words });

const grammarSchema = z.strictObject({
  $comment: z.string().optional(),
  speakerNouns: commented,
  affiliationRoles: commented,
  expertRoles: commented,
  stateTitles: commented,
  stateBodyWords: commented,
  responderWords: commented,
  speechVerbs: commented,
  civilBodyWords: commented,
  legislatureWords: commented,
  legislativeBodyHeads: commented,
  personalRoles: commented,
  organizationHeads: commented,
  receivingVerbs: commented,
  arrivingVerbs: z.strictObject({ $comment: z.string().optional(), words, nouns: words }),
  concernNouns: commented,
  doubtNouns: commented,
  unattributedSpeakerNouns: commented,
  envoyNouns: commented,
  organizationUnits: commented,
  reportedAid: z.strictObject({ $comment: z.string().optional(), nouns: words, needs: words }),
  borderWords: commented,
  backingWords: z.strictObject({ $comment: z.string().optional(), words, opposing: words }),
  declineStems: commented,
  institutionExperts: z.strictObject({ $comment: z.string().optional(), words, prepositions: words }),
  determiners: words,
  pronouns: words,
  honorifics: words,
  nonStateModifiers: commented,
  reportingVerbs: words,
  auxiliaries: words,
  negations: words,
  hypotheticals: words,
  pastMarkers: words,
  pastBackground: z.strictObject({ $comment: z.string().optional(), timeNouns: words, subordinators: words, since: words, dating: words, then: words, objectWords: words.optional() }),
  coParties: z.strictObject({ $comment: z.string().optional(), dealNouns: words, makingVerbs: words, withWords: words, coordinators: words }),
  restrictions: commented,
  clauseStarters: z.strictObject({ $comment: z.string().optional(), always: words, withNewSubject: words }),
  frontedPrepositions: words,
  locativePrepositions: words,
  skippableAdverbs: words,
  locationAfterSpeaker: z.strictObject({ $comment: z.string().optional(), of: words, in: words, there: words }),
  chargeNouns: commented,
  framingVerbs: commented,
  speakingOfVerbs: commented,
  reactionVerbs: commented,
  mannerStances: z.strictObject({
    $comment: z.string().optional(),
    supportive: words,
    cautious: words,
    skeptical: words,
    opposed: words,
    neutral: words,
  }),
  anaphoricNouns: z.strictObject({ $comment: z.string().optional(), state: words, organization: words }),
  likewise: commented,
});

/** A word list split into token sequences, for matching at a token position. */
export class PhraseSet {
  /** Phrases by their first word, longest first, so "prime minister" wins over "minister". */
  private readonly byFirst = new Map<string, string[][]>();
  /** The one-word entries: `has` is one hash probe, called for most tokens of most sentences. */
  private readonly single = new Set<string>();
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const phrase = entry.toLowerCase().split(/\s+/);
      const first = phrase[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push(phrase);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
      if (phrase.length === 1) this.single.add(first);
    }
  }
  /** Number of tokens of the longest phrase starting at `at`, or 0. */
  matchAt(norms: readonly string[], at: number): number {
    const list = this.byFirst.get(norms[at] ?? '');
    if (!list) return 0;
    // A plain loop: this runs at most tokens of every sentence read, where a callback per phrase shows in profiles.
    for (const phrase of list) {
      let k = 0;
      while (k < phrase.length && norms[at + k] === phrase[k]) k++;
      if (k === phrase.length) return k;
    }
    return 0;
  }
  has(word: string): boolean {
    return this.single.has(word);
  }
}

export interface ReactionGrammar {
  speakerNouns: PhraseSet;
  affiliationRoles: PhraseSet;
  expertRoles: PhraseSet;
  stateTitles: PhraseSet;
  stateBodyWords: PhraseSet;
  /** Words of the police, fire and rescue services: such a body reports facts, no reaction (article-actors.ts). */
  responderWords: PhraseSet;
  speechVerbs: PhraseSet;
  civilBodyWords: PhraseSet;
  /** A legislature's name opening an organization's ("Senate", "House"): with a committee head it is a state body. */
  legislatureWords: PhraseSet;
  legislativeBodyHeads: PhraseSet;
  /** A person's own associate, lawyer or relative: named after that person, speaks for no office. */
  personalRoles: PhraseSet;
  /** Titles of a company's or a group's head or voice: an unknown name before one is that organization's. */
  organizationHeads: PhraseSet;
  /** Verbs whose object is a reaction with its source: "drew criticism from", "faced opposition from". */
  receivingVerbs: PhraseSet;
  /** Verbs by which a reaction arrives from its source ("criticism came from Brazil"), and the nouns of reacting that may arrive so. */
  arrivingVerbs: ReadonlySet<string>;
  arrivingNouns: ReadonlySet<string>;
  /** Reaction nouns the labelling guide reads as cautious ("concern") or skeptical ("doubts"). */
  concernNouns: PhraseSet;
  doubtNouns: PhraseSet;
  unattributedSpeakerNouns: PhraseSet;
  /** Speaker heads sent to deal with a state ("the special envoy for Syria"): the state after "for" is not theirs. */
  envoyNouns: PhraseSet;
  /** Parts of an organization that speak for it ("Amnesty International's Kenya section"). */
  organizationUnits: PhraseSet;
  /** Nouns of aid a speaker reports giving ("said its teams were treating the injured"), and words of needing or receiving it instead. */
  reportedAid: { nouns: ReadonlySet<string>; needs: ReadonlySet<string> };
  /** "across the border": a struck state's aid sent over one goes to another state. */
  borderWords: ReadonlySet<string>;
  /** Words of backing a side ("firmly supports Argentina's claim"), and those after which a name is a target instead ("against"). */
  backingWords: { words: ReadonlySet<string>; opposing: ReadonlySet<string> };
  /** Beginnings of the words of declining a comment or an interference ("comment", "interfer"). */
  declineStems: readonly string[];
  /** Roles of those who study for the organization named after them ("an analyst at the ICG"), and those prepositions. */
  institutionExperts: { roles: ReadonlySet<string>; prepositions: ReadonlySet<string> };
  determiners: PhraseSet;
  pronouns: PhraseSet;
  honorifics: PhraseSet;
  nonStateModifiers: PhraseSet;
  reportingVerbs: PhraseSet;
  auxiliaries: PhraseSet;
  negations: PhraseSet;
  hypotheticals: PhraseSet;
  pastMarkers: PhraseSet;
  /** Phrases reporting a reaction like the one before (likewise-sentence.ts). */
  likewise: PhraseSet;
  /** Clauses that recall an earlier event (past-background.ts). */
  pastBackground: PastBackgroundWords;
  /** The sides of a deal the lead says was made (co-parties.ts). */
  coParties: CoPartyWords;
  restrictions: PhraseSet;
  alwaysClauseStarters: PhraseSet;
  subjectClauseStarters: PhraseSet;
  frontedPrepositions: PhraseSet;
  locativePrepositions: PhraseSet;
  skippableAdverbs: PhraseSet;
  ofAfterSpeaker: PhraseSet;
  inAfterSpeaker: PhraseSet;
  thereAfterSpeaker: PhraseSet;
  /** Charges a framing verb's words can level ('piracy', 'annexation'): opposition whatever their polarity. */
  chargeNouns: PhraseSet;
  framingVerbs: PhraseSet;
  /** Verbs that frame with "of" and quoted words ("spoke of a 'stolen election'"). */
  speakingOfVerbs: PhraseSet;
  reactionVerbs: PhraseSet;
  /** Manner adverb -> the stance it gives a reaction verb. */
  mannerStances: Map<string, Stance>;
  /** Definite subject heads that refer back to a state or international organization. */
  stateAnaphors: PhraseSet;
  /** Definite subject heads that refer back to an organization of any kind. */
  organizationAnaphors: PhraseSet;
}

export function parseReactionGrammar(json: unknown, source: string): ReactionGrammar {
  const result = grammarSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`Invalid reaction grammar ${source}: ${issues.join('; ')}`);
  }
  const g = result.data;
  return {
    speakerNouns: new PhraseSet(g.speakerNouns.words),
    affiliationRoles: new PhraseSet(g.affiliationRoles.words),
    expertRoles: new PhraseSet(g.expertRoles.words),
    stateTitles: new PhraseSet(g.stateTitles.words),
    stateBodyWords: new PhraseSet(g.stateBodyWords.words),
    responderWords: new PhraseSet(g.responderWords.words),
    speechVerbs: new PhraseSet(g.speechVerbs.words),
    civilBodyWords: new PhraseSet(g.civilBodyWords.words),
    legislatureWords: new PhraseSet(g.legislatureWords.words),
    legislativeBodyHeads: new PhraseSet(g.legislativeBodyHeads.words),
    personalRoles: new PhraseSet(g.personalRoles.words),
    organizationHeads: new PhraseSet(g.organizationHeads.words),
    receivingVerbs: new PhraseSet(g.receivingVerbs.words),
    arrivingVerbs: new Set(g.arrivingVerbs.words),
    arrivingNouns: new Set(g.arrivingVerbs.nouns),
    concernNouns: new PhraseSet(g.concernNouns.words),
    doubtNouns: new PhraseSet(g.doubtNouns.words),
    unattributedSpeakerNouns: new PhraseSet(g.unattributedSpeakerNouns.words),
    envoyNouns: new PhraseSet(g.envoyNouns.words),
    organizationUnits: new PhraseSet(g.organizationUnits.words),
    reportedAid: { nouns: new Set(g.reportedAid.nouns), needs: new Set(g.reportedAid.needs) },
    borderWords: new Set(g.borderWords.words),
    backingWords: { words: new Set(g.backingWords.words), opposing: new Set(g.backingWords.opposing) },
    declineStems: g.declineStems.words,
    institutionExperts: { roles: new Set(g.institutionExperts.words), prepositions: new Set(g.institutionExperts.prepositions) },
    determiners: new PhraseSet(g.determiners),
    pronouns: new PhraseSet(g.pronouns),
    honorifics: new PhraseSet(g.honorifics),
    nonStateModifiers: new PhraseSet(g.nonStateModifiers.words),
    reportingVerbs: new PhraseSet(g.reportingVerbs),
    auxiliaries: new PhraseSet(g.auxiliaries),
    negations: new PhraseSet(g.negations),
    hypotheticals: new PhraseSet(g.hypotheticals),
    pastMarkers: new PhraseSet(g.pastMarkers),
    likewise: new PhraseSet(g.likewise.words),
    coParties: { dealNouns: g.coParties.dealNouns, makingVerbs: g.coParties.makingVerbs, withWords: g.coParties.withWords, coordinators: g.coParties.coordinators },
    pastBackground: { timeNouns: new Set(g.pastBackground.timeNouns), subordinators: g.pastBackground.subordinators.map((p) => p.toLowerCase().split(' ')), since: new Set(g.pastBackground.since), dating: new Set(g.pastBackground.dating), then: g.pastBackground.then.map((p) => p.toLowerCase().split(' ')), ...(g.pastBackground.objectWords ? { objectWords: new Set(g.pastBackground.objectWords) } : {}) },
    restrictions: new PhraseSet(g.restrictions.words),
    alwaysClauseStarters: new PhraseSet(g.clauseStarters.always),
    subjectClauseStarters: new PhraseSet(g.clauseStarters.withNewSubject),
    frontedPrepositions: new PhraseSet(g.frontedPrepositions),
    locativePrepositions: new PhraseSet(g.locativePrepositions),
    skippableAdverbs: new PhraseSet(g.skippableAdverbs),
    ofAfterSpeaker: new PhraseSet(g.locationAfterSpeaker.of),
    inAfterSpeaker: new PhraseSet(g.locationAfterSpeaker.in),
    thereAfterSpeaker: new PhraseSet(g.locationAfterSpeaker.there),
    chargeNouns: new PhraseSet(g.chargeNouns.words),
    framingVerbs: new PhraseSet(g.framingVerbs.words),
    speakingOfVerbs: new PhraseSet(g.speakingOfVerbs.words),
    reactionVerbs: new PhraseSet(g.reactionVerbs.words),
    mannerStances: new Map(STANCES.flatMap((stance) => g.mannerStances[stance].map((w) => [w.toLowerCase(), stance] as const))),
    stateAnaphors: new PhraseSet(g.anaphoricNouns.state),
    organizationAnaphors: new PhraseSet(g.anaphoricNouns.organization),
  };
}

export function loadReactionGrammar(path: string = DEFAULT_GRAMMAR_PATH): ReactionGrammar {
  return parseReactionGrammar(readJson(path, 'reaction grammar'), path);
}

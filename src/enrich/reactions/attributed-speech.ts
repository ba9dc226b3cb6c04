/**
 * Attributed statements with no reaction cue of their own: what a speaker said, called something, or how it reacted
 * gives its stance through the polarity of its own words (wink's English sentiment lexicon, with negation).
 * - reported speech: "X said the plan was 'a sham'", "'A welcome step,' the ministry said", "X said it went well";
 * - framing verbs: "Cairo called the plan reckless", "Ottawa described the decision as deeply troubling";
 * - manner of a reaction verb: "The United States reacted cautiously", "Moscow responded angrily";
 * - "according to X": the rest of the sentence is X's statement.
 * Each returns cue matches placed on the speech or framing verb, so the clause reader gives them to the verb's
 * subject (negation, hypotheticals and relative clauses are then read as for any cue).
 */
import { isAlarmWord } from './alarm-words.ts';
import type { EntityRef, Stance } from '../../domain/enrichment.ts';
import type { CueMatch } from './find-cues.ts';
import { namesVictims, quantityDeal } from './non-reaction-readings.ts';
import { opinionPolarity as polarity, opinionRating } from './opinion-polarity.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';
import type { Token } from './tokenize.ts';
import { opensCondition } from './condition-words.ts';

/** The cue of a stance read from a quotation's polarity alone, after its speech verb ("said (quotation)"). */
export const QUOTATION_CUE = '(quotation)';
/** How strongly reported words must lean, on wink's -1..1 scale, to count as a reaction without any cue. */
export const NEGATIVE_SPEECH = -0.2;
export const POSITIVE_SPEECH = 0.5;
/** Indirect speech reports moves as often as views: it must lean further. */
const NEGATIVE_INDIRECT = -0.3;
const POSITIVE_INDIRECT = 0.5;
/** What a framing verb's object is called: polarity from here on counts. */
const NEGATIVE_FRAME = -0.2;
const POSITIVE_FRAME = 0.3;
/** The longest complement read after a framing or speech verb. */
const COMPLEMENT = 16;
/** CAMEO codes for a stance read from polarity: 013 optimistic comment, 012 pessimistic comment, 111 criticize. */
const SPEECH_CODE: Record<Stance, string> = { supportive: '013', cautious: '012', skeptical: '012', opposed: '111', neutral: '015' };
/** Forms of "warn" that report a warning's content. */
const WARNINGS = new Set(['warned', 'warns', 'warning']);
/** What the verb dictionary's own "warn" patterns read after it ("warned of", "warned against"), or a warned addressee. */
const WARNED_OF = new Set(['of', 'against', 'about']);
/** Particles that turn a framing verb into another verb: "called for", "called on", "called off". */
const PARTICLES = new Set(['for', 'on', 'off', 'up', 'in', 'out', 'back', 'upon']);
/** Degree words between a reaction verb and its manner adverb ("reacted more cautiously"). */
const DEGREE = new Set(['more', 'most', 'very', 'somewhat', 'rather', 'relatively', 'far', 'much', 'quite', 'so', 'too', 'less']);

function isVerbTag(tag: string | undefined): boolean {
  return tag === 'VERB' || tag === 'AUX';
}

function cueAt(view: SentenceView, at: number, stance: Stance, cameo: string, text: string): CueMatch {
  return { cue: { stance, weak: false, cameo }, start: at, end: at + 1, text };
}

function stanceOf(score: number, negative: number, positive: number): Stance | null {
  if (score <= negative) return 'opposed';
  if (score >= positive) return 'supportive';
  return null;
}

/**
 * Reported speech with no reaction cue: the polarity of what was said ("called the suit 'a sham'", "'It is typical
 * fear-mongering,' he said", "said it went well"). Quoted words are the speaker's own; without a quotation, the
 * reported clause after the verb must lean further. The cue sits on the speech verb (or on the quotation that opens
 * the sentence), so the clause reader gives it to whoever said it.
 */
export function reportedSpeechCues(view: SentenceView, pos: readonly string[], g: ReactionGrammar, from = 0): CueMatch[] {
  const { norms, tokens } = view;
  // Only the words from `from` on: a later clause's quotation is its own speaker's.
  const quoted = tokens.slice(from).filter((t) => t.quoted);
  // "said its role was 'limited and procedural' and declined to comment on the merits": what a speaker says while
  // declining to judge is no judgement.
  if (declinesComment(norms, from)) return [];
  for (let k = from; k < norms.length; k++) {
    if (!g.speechVerbs.has(norms[k] as string) || tokens[k]?.quoted || !isVerbTag(pos[k])) continue;
    if (mixedJudgement(view, k)) return [cueAt(view, k, 'cautious', SPEECH_CODE.cautious, `${(tokens[k] as Token).text} (… but …)`)];
    // "said it was moving food stocks", "said its teams were already treating the injured": aid the speaker gives.
    if (ownAidReported(view, k + 1, complementEnd(view, k + 1, pos), g)) return [cueAt(view, k, 'supportive', AID_CODE, `${(tokens[k] as Token).text} (aid)`)];
    // "said the border 'will stay open to those fleeing war'", "said the army had been put on high alert": a state's
    // own institution doing something is a report of its own move, whatever words it is told in.
    if (ownInstitutionReported(norms, k + 1)) continue;
    // "said … that those responsible must be prosecuted": a demand that the culprits be punished opposes the move.
    if (punishmentDemanded(norms, k + 1)) return [cueAt(view, k, 'opposed', DEMAND_CODE, `${(tokens[k] as Token).text} (… must be punished)`)];
    const quotation = quoted.map((t) => t.text).join(' ');
    // A short quotation ("he was 'optimistic'") is read with the reported clause around it.
    if (quotation.replace(/\W+/g, ' ').trim().split(' ').length >= 3) {
      // Hypothetical words ("those individuals may need to wait", "if they cross") weigh a possibility, not the event.
      if (hypothetical(quoted.map((t) => t.norm), g)) continue;
      // Saying one does not know ("not aware of the details", "no information") declines to judge.
      if (unaware(quoted.map((t) => t.norm))) continue;
      // Sympathy with the victims ("Our thoughts are with the families …") is a condolence, no stance (CAMEO 018).
      if (sympathy(quoted.map((t) => t.norm))) continue;
      const stance = amountStance(view, k, stanceOf(polarity(quotation), NEGATIVE_SPEECH, POSITIVE_SPEECH));
      if (!stance) continue;
      const at = norms[0] === '"' && k > 1 ? 1 : k;
      return [cueAt(view, at, stance, SPEECH_CODE[stance], `${(tokens[k] as Token).text} ${QUOTATION_CUE}`)];
    }
    const end = complementEnd(view, k + 1, pos);
    // "said it was ready to redirect funds if the government asked": an offer on a condition is no reaction yet.
    if (onCondition(norms, k + 1, Math.min(norms.length, end + CONDITION_AFTER))) continue;
    const said = evaluation(view, pos, k + 1, end);
    if (!said) continue;
    // "said he was deeply saddened by the loss of life": sorrow for the victims, a condolence.
    if (namesVictims(norms, k + 1, end) && sympathyOrSorrow(said)) continue;
    // "said the task force was unlikely to stop such raids": a doubt that the move will work, whatever else is said.
    const doubted = norms.slice(k + 1, end).some((w) => DOUBTING.has(w));
    const stance = doubted ? 'skeptical' : amountStance(view, k, stanceOf(polarity(said), NEGATIVE_INDIRECT, POSITIVE_INDIRECT));
    if (stance) return [cueAt(view, k, stance, SPEECH_CODE[stance], `${(tokens[k] as Token).text} (${said.slice(0, 40)})`)];
  }
  return [];
}

/** The verbs after which "unpunished" says what is left undone ("go unpunished", "remain unpunished"). */
const LEFT_UNDONE = new Set(['go', 'goes', 'gone', 'going', 'remain', 'remains', 'stay', 'be', 'left']);
/** How far before "go unpunished" the negation may stand ("could not let "a second Minsk" go unpunished"). */
const IMPUNITY_REACH = 8;
const REFUSING = new Set(['not', 'never', "n't", 'cannot']);

/**
 * Whether the words from `from` refuse to let the act go unpunished ("must not go unpunished", "could not let it go
 * unpunished"): a demand for punishment put the other way round.
 */
function impunityRefused(norms: readonly string[], from: number): boolean {
  for (let k = from + 1; k < norms.length; k++) {
    if (norms[k] !== 'unpunished' || !LEFT_UNDONE.has(norms[k - 1] as string)) continue;
    if (norms.slice(Math.max(from, k - IMPUNITY_REACH), k).some((w) => REFUSING.has(w))) return true;
  }
  return false;
}

/** Words that say the culprits be punished, after "must be" or "should be" ("prosecuted", "held accountable"). */
const PUNISHED = new Set(['prosecuted', 'punished', 'jailed', 'tried', 'accountable', 'account', 'justice', 'sanctioned']);
/** How many words "held to" or "brought to" (and a quotation mark) may put between "be" and the punishment ("be "held to account""). */
const PUNISHED_REACH = 4;
/** The code a demand to punish is stored with: CAMEO 111, criticize (a demand has no code of its own that the stances map). */
const DEMAND_CODE = '111';

/**
 * What a speaker says will be done to the culprits, after "would be" or "will be": a promise of punishment ("would be
 * held to account"), where being tried or jailed may be only a date in the news ("will be tried in May").
 */
const PROMISED = new Set(['punished', 'accountable', 'account', 'justice']);

/**
 * Whether the words from `from` say someone must, should or will be punished ("must be prosecuted", "should be held
 * accountable", "would be held to account"). "Account" counts only after "held to" ("taken into account" is none).
 */
export function punishmentDemanded(norms: readonly string[], from: number): boolean {
  if (impunityRefused(norms, from)) return true;
  for (let k = from; k < norms.length - 1; k++) {
    const demand = norms[k] === 'must' || norms[k] === 'should';
    if ((!demand && norms[k] !== 'would' && norms[k] !== 'will') || norms[k + 1] !== 'be') continue;
    for (let j = k + 2; j < Math.min(norms.length, k + 2 + PUNISHED_REACH); j++) {
      const w = norms[j] as string;
      if (w === 'account' && (norms[j - 1] !== 'to' || norms[j - 2] !== 'held')) continue;
      if ((demand && PUNISHED.has(w)) || PROMISED.has(w)) return true;
    }
  }
  return false;
}

/** CAMEO 070, provide aid. */
const AID_CODE = '070';
/** How far into the reported clause its subject, the speaker or what it sends, may stand. */
const AID_SUBJECT_REACH = 3;

/**
 * Whether the clause after a verb of saying reports aid the speaker gives: its subject is the speaker ("it", "its
 * teams") or what it sends ("a plane carrying rescuers"), it names aid, and it says no need, receipt, withdrawal,
 * condition or negation.
 */
function ownAidReported(view: SentenceView, from: number, end: number, g: ReactionGrammar): boolean {
  const { norms } = view;
  const opener = norms[from] === 'that' ? from + 1 : from;
  const words = norms.slice(opener, end);
  if (words.some((w) => g.reportedAid.needs.has(w))) return false;
  // The speaker itself opens it: "said it was …", "said its teams …", "said we …".
  const self = words[0] === 'it' || SELF.has(words[0] ?? '');
  // What it sends opens the clause as something new ("a plane carrying rescuers"), not a thing already known ("the
  // vessel had crossed into Kuwaiti waters").
  const sent = /^(?:a|an|\d[\d,.]*)$/u.test(words[0] ?? '') && words.slice(1, AID_SUBJECT_REACH).some((w) => g.reportedAid.nouns.has(w));
  return (self || sent) && words.some((w) => g.reportedAid.nouns.has(w));
}

/** A state's own institutions, as the subject of what its speaker reports. */
const OWN_INSTITUTIONS = new Set(['army', 'troops', 'forces', 'military', 'navy', 'police', 'border', 'borders', 'crossing', 'crossings', 'government', 'commission', 'authorities', 'ministry', 'cabinet', 'coast']);
const OWN_DETERMINERS = new Set(['the', 'a', 'its', 'our', 'his', 'her', 'their']);

/** The reported clause after a verb of saying opens with a state institution as its subject ("said the army had …"). */
function ownInstitutionReported(norms: readonly string[], from: number): boolean {
  let k = from;
  if (norms[k] === 'that') k++;
  if (!OWN_DETERMINERS.has(norms[k] ?? '')) return false;
  for (let j = k + 1; j <= k + 2; j++) {
    if (OWN_INSTITUTIONS.has(norms[j] ?? '')) return norms[j + 1] !== "'s" && norms[j + 1] !== 'of';
  }
  return false;
}

/** Verbs of declining and what they decline: "declined to comment", "refused to elaborate". */
const DECLINING = new Set(['declined', 'declines', 'refused', 'refuses']);
const COMMENTING = new Set(['comment', 'elaborate', 'speculate']);

/** Saying no more than was said: "declined to comment further" keeps what came before. */
const FURTHER = new Set(['further', 'more']);

/** A refusal to comment after `from` ("and declined to comment on the merits"), not to say more than was said. */
function declinesComment(norms: readonly string[], from: number): boolean {
  for (let k = from; k + 2 < norms.length; k++) {
    if (DECLINING.has(norms[k]!) && norms[k + 1] === 'to' && COMMENTING.has(norms[k + 2]!) && !FURTHER.has(norms[k + 3] ?? '')) return true;
  }
  return false;
}

/** Words of sympathy: "thoughts are with", "hearts go out to", "condolences", "mourn". */
const SYMPATHY = new Set(['condolences', 'condolence', 'sympathies', 'mourn', 'mourns', 'mourning', 'grieve', 'grieves', 'prayers']);

/** Words of sorrow: what one feels for the victims. */
const SORROW = /\b(?:sad|saddened|grieved|heartbroken|sorrow|sorry|devastated)\b/u;

function sympathyOrSorrow(said: string): boolean {
  return SORROW.test(said.toLowerCase()) || sympathy(said.toLowerCase().split(/\s+/u));
}

function sympathy(norms: readonly string[]): boolean {
  return norms.some((n, k) => SYMPATHY.has(n) || ((n === 'thoughts' || n === 'hearts') && ['are', 'go', 'goes'].includes(norms[k + 1] ?? '')));
}

/** How far past a reported complement's end its condition may stand ("…, if asked"). */
const CONDITION_AFTER = 6;

/** An "if" or "unless" between `from` and `to` that sets a condition ("even if" and "as if" set none). */
function onCondition(norms: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = norms[k];
    if (norm === '.' || norm === ';') return false;
    if (opensCondition(norms, k)) return true;
  }
  return false;
}

/** Contrast words that join the two halves of a mixed judgement. */
const MIXED_JOINS = new Set(['but', 'yet']);
/** How far each half must lean: a clearly positive half, then a clearly negative one. */
const MIXED_LEAN = 0.2;

/**
 * Reported words that praise one thing and fault another ("said voters had 'a genuine choice' but that the campaign
 * was marred by the misuse of public resources"): a mixed verdict, cautious, as the labelling guide reads a welcome
 * with reservations.
 */
function mixedJudgement(view: SentenceView, verb: number): boolean {
  const { norms, tokens } = view;
  for (let b = verb + 2; b < norms.length - 1; b++) {
    if (!MIXED_JOINS.has(norms[b] as string) || tokens[b]?.quoted) continue;
    // Still reported words after the contrast ("but that …", "but 'a flawed count'"); "but gave no details" reports a move.
    if (norms[b + 1] !== 'that' && norms[b + 1] !== '"') return false;
    const first = view.text.slice((tokens[verb + 1] as Token).start, (tokens[b] as Token).start);
    const second = view.text.slice((tokens[b] as Token).end);
    return polarity(first) >= MIXED_LEAN && polarity(second) <= -MIXED_LEAN;
  }
  return false;
}

/** Nouns that name an amount: judging one badly doubts it is enough ("said the sum was a fraction of …"). */
const AMOUNT_NOUNS = new Set(['sum', 'sums', 'amount', 'amounts', 'figure', 'figures', 'total', 'number', 'funding', 'money', 'aid', 'budget', 'level', 'levels', 'share', 'price', 'offer', 'increase', 'cut', 'cuts']);
/** Reported figures: what a bad name given to them disputes ("called the figures 'exaggerated'"), unlike aid or an offer ("a cynical bribe"). */
const FIGURE_NOUNS = new Set(['sum', 'sums', 'amount', 'amounts', 'figure', 'figures', 'total', 'totals', 'number', 'numbers', 'toll', 'estimate', 'estimates', 'statistics', 'data']);
/** Words that doubt the move will work or hold ("unlikely to stop the raids", "doubtful that it can pay"). */
const DOUBTING = new Set(['unlikely', 'doubtful', 'improbable', 'unrealistic']);
/** How far after the speech verb the judged amount may stand ("said that the new figure was"). */
const AMOUNT_REACH = 6;

/**
 * A negative judgement of an amount ("the figure was 'a rounding error'", "the sum was a fraction of what is
 * needed") doubts that it is enough: skeptical, not opposed. Other stances pass through.
 */
function amountStance(view: SentenceView, verb: number, stance: Stance | null): Stance | null {
  if (stance !== 'opposed') return stance;
  const { norms } = view;
  for (let k = verb + 2; k < Math.min(norms.length, verb + AMOUNT_REACH); k++) {
    if (COPULAS.has(norms[k] as string) && AMOUNT_NOUNS.has(norms[k - 1] as string)) return 'skeptical';
  }
  return stance;
}

/** Words of knowing that, negated, say the speaker has nothing to judge by ("not aware of", "no information on"). */
const KNOWING = new Set(['aware', 'informed', 'know', 'knowledge', 'information', 'details']);
const NOT = new Set(['not', 'no', "n't", 'unaware']);

/** "not aware of the details", "we have no information", "unaware of": a refusal to judge, as "declined to comment" is. */
function unaware(norms: readonly string[]): boolean {
  for (let k = 0; k < norms.length; k++) {
    if (norms[k] === 'unaware') return true;
    if (KNOWING.has(norms[k] as string) && (NOT.has(norms[k - 1] ?? '') || NOT.has(norms[k - 2] ?? '') || (norms[k - 1] ?? '').endsWith("n't"))) return true;
  }
  return false;
}

/** Words that weigh a possibility ("may need to", "if", "depending on"). */
function hypothetical(norms: readonly string[], g: ReactionGrammar): boolean {
  for (let k = 0; k < norms.length; k++) if (g.hypotheticals.matchAt(norms, k) > 0 || norms[k] === 'depending') return true;
  return false;
}

/**
 * The end of a reported or framing complement: the sentence end, a semicolon or dash, a clause after a comma, or a
 * second predicate ("… and warned that …").
 */
function complementEnd(view: SentenceView, from: number, pos: readonly string[]): number {
  const { norms, tokens } = view;
  const limit = Math.min(norms.length, from + COMPLEMENT);
  for (let k = from; k < limit; k++) {
    if (tokens[k]?.quoted) continue;
    const norm = norms[k] as string;
    if (norm === ';' || norm === '.' || norm === '—' || norm === '–') return k;
    if (norm === ',' && k > from + 2 && !tokens[k + 1]?.quoted && norms[k + 1] !== '"') return k;
    if ((norm === 'and' || norm === 'but') && pos[k + 1] === 'VERB') return k;
  }
  return limit;
}

/** Words that open a reported clause about the speaker itself. */
const SELF = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'we', 'i', 'he', 'she', 'they']);

/** Pronoun subjects whose predicate adjective is the speaker's own attitude ("said he was optimistic"). */
const PERSONAL = new Set(['i', 'we', 'he', 'she', 'they']);
/** Adjectives of readiness for one's own move: an intent, not an attitude to the event ("they were determined"). */
const VOLITION = new Set(['ready', 'prepared', 'determined', 'committed', 'willing', 'eager', 'keen', 'able', 'free', 'confident', 'sure', 'certain']);

/**
 * "said he was optimistic", "told senators he was 'encouraged'", "said they were deeply disappointed": a personal
 * pronoun, a copula and an opinion adjective state the speaker's own attitude. The words from the copula on, or null
 * ("said his country was ready", "said they were determined to …" describe the speaker, not a response).
 */
function selfAttitude(view: SentenceView, pos: readonly string[], at: number, end: number): string | null {
  const { norms, tokens } = view;
  if (!PERSONAL.has(norms[at] ?? '') || !COPULAS.has(norms[at + 1] ?? '')) return null;
  let j = at + 2;
  while (j < end && (pos[j] === 'ADV' || norms[j] === '"') && norms[j] !== 'not') j++;
  const word = norms[j] ?? '';
  if (j >= end || (pos[j] !== 'ADJ' && pos[j] !== 'VERB') || VOLITION.has(word) || opinionRating(word) === 0) return null;
  return view.text.slice((tokens[at + 1] as Token).start, (tokens[Math.min(end, j + 1) - 1] as Token).end);
}

/** Verbs that link a subject to what it is judged to be: "the plan was balanced", "the meeting went well". */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", 'remains', 'remained', 'seemed', 'seems', 'looked', 'looks', 'appeared', 'appears', 'went', 'goes', 'sounded']);

/**
 * Whether reportedSpeechCues can read anything under some tagging: an unquoted verb of saying in a sentence with a
 * quotation, or followed by a copula (without a quotation only a judgement after a copula counts, see evaluation).
 */
/** What a warning may say will happen: a risk. */
const MODALS = new Set(['could', 'may', 'might', 'would', 'will', "'ll", 'risk', 'risks', 'threatens', 'threaten']);
/** Words of falling short of a need. */
const SHORTFALL = new Set(['below', 'short', 'insufficient', 'inadequate']);
/** What a warning may threaten: penalties for the move. */
const PENALTIES = new Set(['sanctions', 'penalties', 'penalty', 'punishment', 'retaliation', 'reprisals']);

/**
 * A warning's stance, by what it reports: penalties that could follow are a conditional threat, no reaction yet
 * ("warned that companies … could face U.S. penalties", as the labelling guide reads "could"); a risk ("warned that
 * flooded wells could set off cholera") is concern, cautious; a shortfall ("warned that the total was far below what
 * its members need") doubts. A warning that the facts are bad ("warned that the smoke was especially dangerous for
 * children", "that clinics were already overwhelmed") is alarm, cautious too: the labelling guide's alarm.
 */
function warningStance(view: SentenceView, pos: readonly string[], k: number): Stance | null {
  const end = complementEnd(view, k + 1, pos);
  const words = view.norms.slice(k + 1, end);
  if (words.some((w) => PENALTIES.has(w))) return null;
  // "warned that the total was far below what its members need": what was done falls short, a doubt.
  return words.some((w) => SHORTFALL.has(w)) && !words.some((w) => MODALS.has(w)) ? 'skeptical' : 'cautious';
}

/**
 * The warnings of a sentence ("warned that flooded wells could set off cholera"), by what each reports: a cue of its
 * own, beside the sentence's other cues ("warned that … and urged …" is concern, however the appeal reads).
 */
export function warningCues(view: SentenceView, pos: readonly string[]): CueMatch[] {
  const { norms, tokens } = view;
  const out: CueMatch[] = [];
  for (let k = 0; k < norms.length; k++) {
    if (!warningAt(view, k) || !isVerbTag(pos[k])) continue;
    const stance = warningStance(view, pos, k);
    if (stance) out.push(cueAt(view, k, stance, SPEECH_CODE[stance], (tokens[k] as Token).text));
  }
  return out;
}

/** Whether the sentence may report a warning's content ("warned that …"), before any tagging. */
export function mayReportWarning(view: SentenceView): boolean {
  return view.norms.some((_n, k) => warningAt(view, k));
}

/** A form of "warn" at k, outside quotation marks, that reports content rather than the dictionary's "warned of". */
function warningAt(view: SentenceView, k: number): boolean {
  return WARNINGS.has(view.norms[k] as string) && !view.tokens[k]?.quoted && !WARNED_OF.has(view.norms[k + 1] as string);
}

/** Whether a verb of saying has a noun of aid within its reported clause's reach: reportedSpeechCues may read aid given. */
export function mayReportAid(view: SentenceView, g: ReactionGrammar): boolean {
  const { norms, tokens } = view;
  for (let k = 0; k < norms.length; k++) {
    if (tokens[k]?.quoted || !g.speechVerbs.has(norms[k] as string)) continue;
    for (let j = k + 1; j < Math.min(norms.length, k + 1 + COMPLEMENT); j++) if (g.reportedAid.nouns.has(norms[j] as string)) return true;
  }
  return false;
}

export function mayReportSpeech(view: SentenceView, g: ReactionGrammar): boolean {
  if (mayReportWarning(view) || mayReportAid(view, g)) return true;
  const { norms, tokens } = view;
  const quotation = tokens.some((t) => t.quoted);
  let verb = false;
  for (let k = 0; k < norms.length; k++) {
    if (verb && (COPULAS.has(norms[k] as string) || classifiesAt(norms, k) || punishmentDemanded(norms, k))) return true;
    if (tokens[k]?.quoted || !g.speechVerbs.has(norms[k] as string)) continue;
    if (quotation) return true;
    verb = true;
  }
  return false;
}

/** Forms of "amount to" and "constitute", the verbs that classify what they follow as a copula does. */
const AMOUNTING = new Set(['amount', 'amounts', 'amounted']);
const CONSTITUTING = new Set(['constitute', 'constitutes', 'constituted']);

/** Whether the word at k classifies what it follows ("amounted to war crimes", "constitutes a breach"; not "the amount of aid"). */
export function classifiesAt(norms: readonly string[], k: number): boolean {
  return CONSTITUTING.has(norms[k] as string) || (AMOUNTING.has(norms[k] as string) && norms[k + 1] === 'to');
}

/**
 * The judgement in reported words: what follows a copula ("said the plan was 'deeply flawed'", "said it went
 * well"), not a reported move or fact ("said it would require licences", "said homes had been damaged"). Null when
 * the words judge nothing.
 */
function evaluation(view: SentenceView, pos: readonly string[], from: number, end: number): string | null {
  const { norms, tokens } = view;
  // "said his country was ready", "said they were determined": the speaker describing itself judges nothing else.
  const opener = norms[from] === 'that' ? from + 1 : from;
  if (SELF.has(norms[opener] ?? '')) return selfAttitude(view, pos, opener, end);
  for (let k = from; k < end; k++) {
    // "said the strikes amounted to war crimes", "said it constitutes a breach": a verb that classifies is a copula.
    if (classifiesAt(norms, k) && !tokens[k]?.quoted) {
      const j = norms[k + 1] === 'to' ? k + 2 : k + 1;
      // "amount to war crimes": the tagger may read a noun right after "to" as a verb; the noun after it tells.
      if (j < end && (pos[j] === 'NOUN' || pos[j] === 'DET' || pos[j] === 'ADJ' || pos[j + 1] === 'NOUN')) return view.text.slice((tokens[k] as Token).start, (tokens[end - 1] as Token).end);
      continue;
    }
    if (!COPULAS.has(norms[k] as string) || tokens[k]?.quoted) continue;
    // "told senators he was encouraged": the speaker's own attitude.
    if (PERSONAL.has(norms[k - 1] ?? '') && k - 1 > from) return selfAttitude(view, pos, k - 1, end);
    // "went well", "goes smoothly": the adverb is the judgement.
    const manner = (norms[k] === 'went' || norms[k] === 'goes') && pos[k + 1] === 'ADV';
    let j = k + 1;
    while (!manner && j < end && (pos[j] === 'ADV' || pos[j] === 'DET' || pos[j] === 'PART') && norms[j] !== 'not') j++;
    const tag = pos[j];
    // "said there was a great deal the public did not know": an amount, no judgement.
    if (quantityDeal(norms, pos, k + 1)) return null;
    const judged = manner || tag === 'ADJ' || tag === 'NOUN' || (tokens[j]?.quoted ?? false) || norms[j] === '"';
    if (!judged || j >= end) return null;
    return view.text.slice((tokens[k] as Token).start, (tokens[end - 1] as Token).end);
  }
  return null;
}

/**
 * Framing verbs: "called the plan reckless", "described the decision as deeply troubling" (concern), "branded it 'a
 * betrayal'", "spoke of a 'stolen election'". The words the speaker chose for the object carry the stance; a neutral framing is none.
 */
export function framingCues(view: SentenceView, pos: readonly string[], g: ReactionGrammar): CueMatch[] {
  const { norms, tokens } = view;
  const out: CueMatch[] = [];
  for (let k = 0; k < norms.length; k++) {
    // "spoke of a 'stolen election'": what follows "of" is the frame, when the speaker's words are quoted there.
    const speakingOf = g.speakingOfVerbs.has(norms[k] as string) && norms[k + 1] === 'of' && pos[k] === 'VERB' && !tokens[k]?.quoted;
    if (!speakingOf) {
      // The tagger reads some framing participles as adjectives ("Amnesty branded the verdict …").
      if (!g.framingVerbs.has(norms[k] as string) || tokens[k]?.quoted || (pos[k] !== 'VERB' && pos[k] !== 'ADJ')) continue;
      if (pos[k] === 'ADJ' && pos[k + 1] !== 'DET' && pos[k + 1] !== 'PRON') continue;
      if (PARTICLES.has(norms[k + 1] ?? '')) continue;
    }
    const from = speakingOf ? k + 2 : k + 1;
    const end = complementEnd(view, from, pos);
    if (end <= from) continue;
    if (speakingOf && !tokens.slice(from, end).some((t) => t.quoted)) continue;
    // "called the integrity of the count into question": an idiom of doubt, which the cue lexicon reads, not a frame.
    if (idiomOfDoubt(norms, from, end)) continue;
    // "called the recognition 'null and void'": when the object comes before the speaker's quoted words, the quote
    // is what the speaker called it; the object's own name ("recognition", "aid") says nothing of the speaker.
    const firstQuoted = tokens.slice(from, end).findIndex((t) => t.quoted);
    const judged = firstQuoted > 0 ? from + firstQuoted : from;
    const words = view.text.slice((tokens[judged] as Token).start, (tokens[end - 1] as Token).end);
    let charged = false;
    for (let j = judged; j < end && !charged; j++) charged = g.chargeNouns.matchAt(norms, j) > 0;
    const framed = charged ? 'opposed' : stanceOf(polarity(words), NEGATIVE_FRAME, POSITIVE_FRAME);
    // "called the figures 'grossly exaggerated'": a bad name for an amount doubts it, as a bad judgement of one does.
    // "called the suspension 'worrying'": a word of alarm is concern (alarm-words.ts).
    const alarmed = framed === 'opposed' && !charged && norms.slice(judged, end).some(isAlarmWord);
    // "called the move 'a smokescreen' to distract from power cuts": a bad name that says the move hides another aim
    // doubts its motive.
    const hiding = framed === 'opposed' && !charged && norms.slice(judged, Math.min(norms.length, end + DISTRACTION_REACH)).some((w) => DISTRACTIONS.has(w));
    const stance = alarmed ? 'cautious' : framed === 'opposed' && !charged && (hiding || norms.slice(from, judged).some((w) => FIGURE_NOUNS.has(w))) ? 'skeptical' : framed;
    if (stance) out.push(cueAt(view, k, stance, stance === 'supportive' ? '051' : stance === 'skeptical' || stance === 'cautious' ? SPEECH_CODE[stance] : '111', `${(tokens[k] as Token).text} … ${words.slice(0, 40)}`));
  }
  return out;
}

/** Names for a move made to hide another aim. */
const DISTRACTIONS = new Set(['smokescreen', 'smoke-screen', 'distraction', 'distract', 'diversion']);
/** How far past the frame's words its stated aim may run ("'a smokescreen' to distract from …"). */
const DISTRACTION_REACH = 3;

function idiomOfDoubt(norms: readonly string[], from: number, end: number): boolean {
  for (let k = from; k < end - 1; k++) if (norms[k] === 'into' && (norms[k + 1] === 'question' || norms[k + 1] === 'doubt')) return true;
  return false;
}

/** A reaction verb's manner: "reacted (more) cautiously", "responded angrily", "warmly received". */
export function mannerCues(view: SentenceView, pos: readonly string[], g: ReactionGrammar): CueMatch[] {
  const { norms, tokens } = view;
  const out: CueMatch[] = [];
  for (let k = 0; k < norms.length; k++) {
    if (!g.reactionVerbs.has(norms[k] as string) || tokens[k]?.quoted || pos[k] !== 'VERB') continue;
    let j = k + 1;
    while (DEGREE.has(norms[j] ?? '')) j++;
    let stance = g.mannerStances.get(norms[j] ?? '');
    let end = j + 1;
    if (!stance) {
      // "cautiously reacted", "was warmly received"
      stance = g.mannerStances.get(norms[k - 1] ?? '');
      end = k + 1;
    }
    if (stance) out.push({ cue: { stance, weak: false, cameo: SPEECH_CODE[stance] }, start: k, end, text: view.text.slice((tokens[k] as Token).start, (tokens[end - 1] as Token).end) });
  }
  return out;
}

/**
 * A cue that is itself a negating verb scoping over a reaction: "declined to criticize", "stopped short of
 * opposing", "refused to comment" say the actor did not react, whatever CAMEO codes "declined" as. Over an action
 * ("refused to approve the package") it stays a rejection.
 */
export function negatesWhatFollows(view: SentenceView, match: CueMatch, all: readonly CueMatch[], g: ReactionGrammar): boolean {
  const { norms } = view;
  const n = g.negations.matchAt(norms, match.start);
  if (n === 0) return false;
  const next = match.start + n;
  if (norms[next] !== 'to' && norms[next] !== 'of') return false;
  if (['comment', 'respond', 'say', 'speculate', 'elaborate'].includes(norms[next + 1] ?? '')) return true;
  return all.some((m) => m !== match && m.start > next && m.start <= next + 3);
}

/**
 * "According to X, …" / "…, according to X": X's statement is the rest of the sentence; its polarity gives X's
 * stance. Returns the actor and the stance, or null.
 */
export function accordingTo(view: SentenceView, pos: readonly string[], g: ReactionGrammar): { actor: EntityRef; cue: CueMatch } | null {
  const { norms, tokens } = view;
  for (let k = 0; k + 2 < norms.length; k++) {
    if (norms[k] !== 'according' || norms[k + 1] !== 'to' || tokens[k]?.quoted) continue;
    let m = k + 2;
    while (g.determiners.has(norms[m] ?? '') && !view.mentionAt.has(m)) m++;
    const hit = view.mentionAt.get(m);
    const actor = hit ? (hit.mention.actor ?? hit.mention.seatOf) : null;
    if (!hit || !actor) return null;
    let after = hit.end;
    if (norms[after] === "'s") after++;
    // "the Indian government", "Japan's foreign ministry"
    for (let n = g.speakerNouns.matchAt(norms, after); n > 0 && after < norms.length; n = g.speakerNouns.matchAt(norms, after)) after += n;
    // The statement: the sentence without the attribution phrase; it must judge something.
    const said = k > 2 ? evaluation(view, pos, 0, k) : evaluation(view, pos, after, norms.length);
    if (!said) return null;
    const stance = stanceOf(polarity(said), NEGATIVE_INDIRECT, POSITIVE_INDIRECT);
    if (!stance) return null;
    return { actor, cue: cueAt(view, k, stance, SPEECH_CODE[stance], 'according to') };
  }
  return null;
}

/** The stance of a whole quoted sentence (a quotation that runs on from the sentence before), or null. */
export function quotedSentenceStance(text: string): { stance: Stance; cameo: string } | null {
  const words = text.replace(/["“”‘’«»]/g, ' ').trim();
  if (words.split(/\s+/).length < 3) return null;
  const stance = stanceOf(polarity(words), NEGATIVE_SPEECH, POSITIVE_SPEECH);
  return stance ? { stance, cameo: SPEECH_CODE[stance] } : null;
}

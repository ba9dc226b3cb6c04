/**
 * What a sentence takes from the sentences before it:
 * - quotations that run over several sentences ("Trump said … . “Meeting went very smoothly. … a great thing for
 *   the World!”"): a sentence that is all quotation belongs to the speaker of the sentence before it;
 * - subjects that refer back ("he", "it", "the agency", "the group"): the last actor of a fitting kind named in the
 *   previous sentences.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import type { ActorMention } from './actor-mention.ts';
import { actorKindOf } from './actor-kind.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { Clause } from './read-clauses.ts';
import type { SentenceView } from './sentence-view.ts';
import type { Sentence } from './split-sentences.ts';

/** A quotation left open runs on for at most this many sentences (a stray quote mark must not swallow the text). */
const MAX_QUOTE_RUN = 5;
/** How many sentences back an anaphoric subject looks for its actor. */
const ANAPHORA_WINDOW = 3;

const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);

/** One of the quote marks above (“ ” « » "), by code unit: compared directly, as this runs on every character. */
function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

/**
 * For each sentence, whether it is all quotation: it opens inside a quotation left open before and closes it only
 * at its end (or not at all), or it opens with a quotation that closes only at its end (or runs on).
 */
export function quotedSentences(sentences: readonly Sentence[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let openedAt = -1;
  for (const [i, sentence] of sentences.entries()) {
    if (open && i - openedAt > MAX_QUOTE_RUN) open = false;
    const text = sentence.text;
    const startsOpen = open;
    let firstMark = -1;
    let closedAt = -1;
    for (let c = 0; c < text.length; c++) {
      // Two apostrophes close an open quotation in typewriter style ("… at this point''"); only then, as an
      // apostrophe alone is a possessive or an elision.
      if (open && text.charCodeAt(c) === 0x27 && text.charCodeAt(c + 1) === 0x27) {
        open = false;
        if (closedAt < 0) closedAt = c + 1;
        c++;
        continue;
      }
      // Most characters are no quote mark: decided on the code unit before any string is made.
      if (!isQuoteMark(text.charCodeAt(c))) continue;
      const ch = text[c] as string;
      if (firstMark < 0) firstMark = c;
      const wasOpen = open;
      open = ch === '"' ? !open : OPENING.has(ch);
      if (!wasOpen && open) openedAt = i;
      if (wasOpen && !open && closedAt < 0) closedAt = c;
    }
    const leading = firstMark >= 0 && text.slice(0, firstMark).trim() === '';
    const closesAtEnd = closedAt < 0 || /^[\s.!?,]*$/u.test(text.slice(closedAt + 1));
    const quoted = (startsOpen && closesAtEnd) || (!startsOpen && leading && closesAtEnd && (closedAt < 0 || closedAt > firstMark));
    out.push(quoted);
  }
  return out;
}

export type AntecedentKind = 'person' | 'state' | 'organization' | 'thing' | 'home' | 'state-or-home';

/** The kind of actor an anaphoric clause subject refers to ("he" a person, "the agency" a state body), or null. */
export function anaphorKind(view: SentenceView, clause: Clause, pos: readonly string[], g: ReactionGrammar): AntecedentKind | null {
  const { norms } = view;
  const { subject } = clause;
  // Only a subject followed by its own verb ("it said", "he has criticized"), not "it is" or "it was a welcome step".
  const next = subject.end;
  const verb = pos[next] === 'VERB' || g.reportingVerbs.has(norms[next] ?? '') || (pos[next] === 'AUX' && pos[next + 1] === 'VERB');
  if (!verb) return null;
  // "The president, sitting next to …, said": the phrase set off between commas is not the subject's head.
  const words = norms.slice(clause.subjectStart, subject.end).filter((_w, d) => !subject.skipped.some(([a, b]) => clause.subjectStart + d >= a && clause.subjectStart + d < b));
  if (subject.kind === 'pronoun' && words.length === 1) {
    if (words[0] === 'he' || words[0] === 'she') return 'person';
    if (words[0] === 'it') return 'thing';
    return null;
  }
  // "the president", "the prime minister": the office of the state the article is about. A state body that can be
  // any state's ("the ministry", "the government") is read back first (antecedentOrHome): the last state named.
  const office = words.slice(1).every((w) => g.stateTitles.has(w)) || g.speakerNouns.matchAt(words, 1) === words.length - 1;
  if (words[0] === 'the' && words.length <= 3 && subject.kind === 'generic' && office) {
    return words.length === 2 && g.stateAnaphors.has(words[1] as string) && !g.organizationAnaphors.has(words[1] as string) ? 'state-or-home' : 'home';
  }
  // "Djibouti was angrier. Its government accused …": a state body or office owned by "its"/"their" is the last
  // actor's own; a state noun looks for a state, any other for an organization.
  if ((words[0] === 'its' || words[0] === 'their') && words.length >= 2 && words.length <= 3) {
    const rest = words.slice(1);
    if (rest.every((w) => g.stateTitles.has(w) || g.stateAnaphors.has(w)) || g.speakerNouns.matchAt(words, 1) === words.length - 1) return 'state';
    if (words.length === 2 && g.organizationAnaphors.has(words[1] as string)) return 'organization';
  }
  // "the agency", not "the Commission" (a name of its own).
  if (words.length === 2 && words[0] === 'the' && !/^\p{Lu}/u.test(view.tokens[clause.subjectStart + 1]?.text ?? '')) {
    if (g.stateAnaphors.has(words[1] as string)) return g.organizationAnaphors.has(words[1] as string) ? 'thing' : 'state';
    if (g.organizationAnaphors.has(words[1] as string)) return 'organization';
  }
  return null;
}

/**
 * The actor an anaphoric subject of sentence `i` refers to: in the nearest previous sentence that names one of a
 * fitting kind, the first such (a sentence's first name is mostly its subject: "Abe met Moon. He said …" is Abe).
 */
export function antecedent(mentions: readonly ActorMention[], kind: AntecedentKind, sentences: readonly Sentence[], i: number): EntityRef | null {
  for (let s = i - 1; s >= Math.max(0, i - ANAPHORA_WINDOW); s--) {
    const sentence = sentences[s] as Sentence;
    const { start, end } = sentence;
    for (const m of mentions) {
      if (m.start < start || m.end > end) continue;
      // "he"/"she" is a sentence's subject or speaker, not a person named deep inside it (whose words are not
      // reported there): a person named mid-sentence may stand for an unknown subject the gazetteer cannot see.
      if (kind === 'person' && !subjectOrSpeaker(sentence, m)) continue;
      const actor = fits(m, kind);
      if (actor) return actor;
    }
  }
  return null;
}

/** Characters from a sentence's start within which a name can be its subject ("Japanese Prime Minister Shinzo Abe"). */
const SUBJECT_REACH = 40;
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'noted', 'tweeted', 'stated']);
const SPEECH_BEFORE = new Set(['said', 'says', 'added', 'wrote', 'noted']);

/** The mention opens its sentence, or is the speaker of a verb of saying right after or before it ("said Torres"). */
function subjectOrSpeaker(sentence: Sentence, m: ActorMention): boolean {
  const from = m.start - sentence.start;
  if (from <= SUBJECT_REACH) return true;
  const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 12).trim().split(' ')[0] ?? '';
  const before = sentence.text.slice(Math.max(0, from - 8), from).trim().split(' ').at(-1) ?? '';
  return SPEECH_AFTER.has(after.toLowerCase()) || SPEECH_BEFORE.has(before.toLowerCase());
}

function fits(m: ActorMention, kind: AntecedentKind): EntityRef | null {
  const actor = m.actor;
  if (!actor) return null;
  const person = m.entity.kind === 'person';
  if (kind === 'person') return person ? actor : null;
  if (person) return null;
  const actorKind = actorKindOf(actor);
  if (kind === 'state') return actorKind !== 'non-state' ? actor : null;
  if (kind === 'organization') return actorKind !== 'country' ? actor : null;
  return actor;
}

/**
 * The sentence may have a subject that refers back: a he/she/it, "the" before an anaphoric noun or a sentence-opening
 * "its"/"their" before one, right before a
 * statement or cue word (`verbs`: token positions), at most one auxiliary or adverb between.
 */
export function mayReferBack(view: SentenceView, g: ReactionGrammar, verbs: ReadonlySet<number>): boolean {
  const { norms, tokens } = view;
  for (let k = 0; k < norms.length; k++) {
    if (tokens[k]?.quoted) continue;
    const n = norms[k] as string;
    let end = -1;
    if (n === 'he' || n === 'she' || n === 'it') end = k + 1;
    else if ((n === 'its' || n === 'their') && k === 0) {
      const noun = norms[k + 1] ?? '';
      const speaker = g.speakerNouns.matchAt(norms, k + 1);
      if (speaker > 0) end = k + 1 + speaker;
      else if (g.stateTitles.has(noun) || g.stateAnaphors.has(noun) || g.organizationAnaphors.has(noun)) end = g.stateTitles.has(norms[k + 2] ?? '') ? k + 3 : k + 2;
    }
    else if (n === 'the' && g.stateTitles.has(norms[k + 1] ?? '')) end = g.stateTitles.has(norms[k + 2] ?? '') ? k + 3 : k + 2;
    else if (n === 'the' && g.speakerNouns.matchAt(norms, k + 1) > 1) end = k + 1 + g.speakerNouns.matchAt(norms, k + 1);
    else if (n === 'the' && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && (g.stateAnaphors.has(norms[k + 1] ?? '') || g.organizationAnaphors.has(norms[k + 1] ?? ''))) end = k + 2;
    if (end >= 0 && (verbs.has(end) || verbs.has(end + 1))) return true;
    // "the president, sitting next to …, said": a phrase set off by commas may stand before the verb.
    if (end >= 0 && norms[end] === ',' && [...verbs].some((v) => v > end)) return true;
  }
  return false;
}

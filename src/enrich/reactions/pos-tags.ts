/**
 * Part-of-speech tags for a sentence's tokens, from wink-nlp's English model (Universal POS tags: VERB, AUX, NOUN,
 * PROPN, PRON, ADJ, ADV, ADP, DET, …). The model loads once, on first use (about a second); tagging runs only on
 * sentences that carry both a reaction cue and a possible speaker, so most text never reaches it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { recentMemo } from '../../text/index.ts';
import type { Token } from './tokenize.ts';

type Nlp = ReturnType<typeof winkNLP>;

let nlp: Nlp | null = null;

let sentimentOnly: Nlp | null = null;

/**
 * Tagging needs only the 'pos' step: wink tags a document's tokens as one sequence whatever its sentence boundaries,
 * negation or sentiment say, so those steps would only cost time (about a sixth of a sentence's tagging).
 */
function load(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Polarity needs no part-of-speech tagging, the costly step: a second pipeline over the same model skips it. */
function loadSentiment(): Nlp {
  sentimentOnly ??= winkNLP(model, ['negation', 'sentiment']);
  return sentimentOnly;
}

/**
 * The polarity of a piece of text, -1..1, from wink's English model (a lexicon with negation handling): what a
 * speaker's reported words say when no reaction cue does ("a sham lawsuit", "a lot of good will").
 */
export function polarity(text: string): number {
  return polarities(text);
}

/** The polarities read last: a reported clause is judged by more than one step (about three reads a text). */
const polarities = recentMemo(256, (text: string): number => {
  const w = loadSentiment();
  return w.readDoc(text).out(w.its.sentiment) as number;
});

/** Tagger calls and the CPU they took, while a bench counts them. */
export interface TaggingUsage {
  calls: number;
  cpuMicros: number;
}

let usage: TaggingUsage | null = null;

/**
 * Starts (`true`) or stops counting the tagger's calls and CPU time; returns the counts so far. The bench uses it to
 * show what tagging alone costs per article, the floor that reaction extraction cannot go below while it tags every
 * sentence with a cue and a speaker. Off by default: enrichment pays one null check per call.
 */
export function countTagging(on: boolean): TaggingUsage | null {
  const counted = usage;
  usage = on ? { calls: 0, cpuMicros: 0 } : null;
  return counted;
}

/** The tag of each of our tokens: the tag of the wink token its first character falls in ('X' when none). */
export function tagTokens(text: string, tokens: readonly Token[]): string[] {
  if (!usage) return tagAligned(text, tokens);
  const counting = usage;
  const start = process.cpuUsage();
  const tags = tagAligned(text, tokens);
  const used = process.cpuUsage(start);
  counting.calls++;
  counting.cpuMicros += used.user + used.system;
  return tags;
}

/** wink's tags of a text and where each of its tokens starts. */
interface WinkTags {
  starts: readonly number[];
  tags: readonly string[];
}

/**
 * The texts tagged last, most recent last: an article's sentence is read by several steps (the domestic-event check,
 * the clause reader, the headline), each asking for its tags; tagging it once saves about two thirds of the tagger's
 * time. The tags depend on the text alone, so the memo is shared across articles, and bounded.
 */
const winkTags = recentMemo(256, (text: string): WinkTags => {
  const w = load();
  const its = w.its;
  // One token collection read three times: building it per read costs about a sixth of what the reads cost.
  const collection = w.readDoc(text).tokens();
  const values = collection.out(its.value) as string[];
  const spaces = collection.out(its.precedingSpaces) as string[];
  const tags = collection.out(its.pos) as string[];
  const starts: number[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    at += (spaces[k] ?? '').length;
    // wink normalises nothing in `value`; a mismatch (odd whitespace) is resynchronised by searching forward.
    const found = text.indexOf(values[k] as string, at);
    if (found >= 0 && found - at < 4) at = found;
    starts.push(at);
    at += (values[k] as string).length;
  }
  return { starts, tags };
});

function tagAligned(text: string, tokens: readonly Token[]): string[] {
  const { starts, tags } = winkTags(text);
  const out: string[] = [];
  let j = 0;
  for (const token of tokens) {
    while (j + 1 < starts.length && (starts[j + 1] as number) <= token.start) j++;
    out.push(tags[j] ?? 'X');
  }
  return out;
}

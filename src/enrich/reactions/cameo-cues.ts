/**
 * Reaction cues from the CAMEO verb lexicon: a token that is a verb form of the dictionary, tagged as a verb in its
 * sentence, gets its lemma's CAMEO code, or the code of the most specific post-verb pattern that matches the words
 * after it ("expressed concern over" -> 012 with object "concern"). The code's stance (cameo-stances.json) makes it
 * a cue; codes that are not reactions (consult, sign, sue, declining to comment) make none.
 */
import type { Stance } from '../../domain/enrichment.ts';
import { cameoLexicon, isWeakCode, stanceOfCode, type CameoLexicon, type CameoPattern } from './cameo-lexicon.ts';
import type { CueMatch } from './find-cues.ts';
import { WordFilter } from '../../text/word-filter.ts';
import type { SentenceView } from './sentence-view.ts';

/** How far after the verb a pattern's words may lie. */
const PATTERN_WINDOW = 7;

/**
 * A verb form that may signal a reaction: by its own code (`own`), or through one of its reaction patterns, whose
 * first words are `triggers`; `deny` marks the forms of "deny", which also react through their complement.
 */
interface ReactiveForm {
  own: boolean;
  triggers: ReadonlySet<string>;
  deny: boolean;
  /** The lemma's dictionary entry. */
  entry: LemmaEntry;
}

type LemmaEntry = { code: string | null; patterns: readonly CameoPattern[] };

let reactive: Map<string, ReactiveForm> | null = null;
/** Most words are no reactive form and no trigger: these filters rule them out before a probe of the large tables. */
let reactiveFilter: WordFilter | null = null;
let triggerFilter: WordFilter | null = null;

/**
 * Verb forms whose lemma or one of whose patterns can signal a reaction: the sentences worth a closer look. Verbs of
 * saying are left to what they report, and verbs of wanting or trying (ignoredLemmas) signal nothing by themselves.
 */
function reactiveForms(lexicon: CameoLexicon, reporting: { has(word: string): boolean }): Map<string, ReactiveForm> {
  if (reactive) return reactive;
  reactive = new Map();
  const ignored = new Set(lexicon.stances.ignoredLemmas);
  for (const [form, lemma] of lexicon.forms) {
    const entry = lexicon.lemmas.get(lemma);
    if (!entry || ignored.has(lemma) || reporting.has(form)) continue;
    if (entry.code !== null && stanceOfCode(lexicon, entry.code, null) !== null) {
      reactive.set(form, { own: true, triggers: NO_TRIGGERS, deny: lemma === 'deny', entry });
      continue;
    }
    // A common verb ("give", "take") reacts only through a pattern ("give … blessing"): it needs that pattern's word.
    const triggers = new Set<string>();
    for (const pattern of entry.patterns) {
      if (pattern.code === null || stanceOfCode(lexicon, pattern.code, null) === null) continue;
      const [first] = compile(pattern);
      for (const w of first?.words ?? []) triggers.add(w);
      for (const p of first?.phrases ?? []) triggers.add(p[0] as string);
    }
    if (triggers.size) reactive.set(form, { own: false, triggers, deny: lemma === 'deny', entry });
  }
  reactiveFilter = new WordFilter(reactive.keys());
  triggerFilter = new WordFilter([...reactive.values()].flatMap((f) => [...f.triggers]));
  return reactive;
}

const NO_TRIGGERS: ReadonlySet<string> = new Set();

/**
 * The dictionary entry of a verb form. Candidates are reactive forms, whose entry the reactive table holds: one
 * lookup where the form and lemma tables would take two.
 */
function lemmaEntry(lexicon: CameoLexicon, norm: string): LemmaEntry | undefined {
  const form = reactive?.get(norm);
  if (form) return form.entry;
  const lemma = lexicon.forms.get(norm);
  return lemma ? lexicon.lemmas.get(lemma) : undefined;
}

/** Token positions that may start a CAMEO reaction verb (before part-of-speech tagging). */
export function cameoCandidates(view: SentenceView, reporting: { has(word: string): boolean }): number[] {
  const forms = reactiveForms(cameoLexicon(), reporting);
  const filter = reactiveFilter as WordFilter;
  const norms = view.norms;
  const out: number[] = [];
  for (let k = 0; k < norms.length; k++) {
    const norm = norms[k] as string;
    if (!filter.mayHave(norm)) continue;
    const form = forms.get(norm);
    if (form === undefined) continue;
    // The form's lemma is known here: a denial's complement is read without looking the form up again.
    if (form.own || triggerFollows(norms, k, form.triggers) || (form.deny && denialNext(norms, k))) out.push(k);
  }
  return out;
}

/** One of a pattern's first words within the window after the verb at `k` (no slice: this runs on every sentence). */
function triggerFollows(norms: readonly string[], k: number, triggers: ReadonlySet<string>): boolean {
  const end = Math.min(norms.length, k + 1 + PATTERN_WINDOW);
  const filter = triggerFilter as WordFilter;
  for (let j = k + 1; j < end; j++) if (filter.mayHave(norms[j] as string) && triggers.has(norms[j] as string)) return true;
  return false;
}

/**
 * Whether any candidate can become a CAMEO cue under some tagging: the dictionary's pattern after the verb, or each
 * code refineCode can give it without one, has a reaction stance. Before tagging: a sentence whose candidates all
 * code no reaction need not be tagged for them ("issued a statement", "closed on Friday").
 */
export function mayReadCameoCue(view: SentenceView, candidates: readonly number[]): boolean {
  const lexicon = cameoLexicon();
  for (const k of candidates) {
    const entry = lemmaEntry(lexicon, view.norms[k] as string);
    if (!entry) continue;
    const best = bestPattern(view, k + 1, entry.patterns);
    // refineCode keeps a pattern's code; without one it may keep the lemma's, make an endorsement an appeal (020),
    // or read a denial's complement (016).
    const codes = best ? [best.pattern.code] : [entry.code, entry.code?.startsWith('05') ? '020' : null, entry.code === null && denialComplement(lexicon, view.norms, k) ? '016' : null];
    if (codes.some((code) => code !== null && stanceOfCode(lexicon, code, best?.object ?? null) !== null)) return true;
  }
  return false;
}

/** The CAMEO cues of a sentence whose tokens are tagged: only tokens used as verbs count. */
export function findCameoCues(view: SentenceView, pos: readonly string[], candidates: readonly number[], keepRelative = false): CueMatch[] {
  const lexicon = cameoLexicon();
  const out: CueMatch[] = [];
  for (const k of candidates) {
    if (pos[k] !== 'VERB' || (!keepRelative && inRelativeClause(view, pos, k))) continue;
    const entry = lemmaEntry(lexicon, view.norms[k] as string);
    if (!entry) continue;
    const best = bestPattern(view, k + 1, entry.patterns);
    const code = refineCode(view, pos, k, best ? best.pattern.code : entry.code, best !== null);
    if (!code) continue;
    const stance: Stance | null = stanceOfCode(lexicon, code, best?.object ?? null);
    if (!stance) continue;
    const end = best ? best.end : k + 1;
    const last = view.tokens[end - 1];
    const first = view.tokens[k];
    if (!first || !last) continue;
    out.push({ cue: { stance, weak: isWeakCode(lexicon, code), cameo: code }, start: k, end, text: view.text.slice(first.start, last.end) });
  }
  return out;
}

/** Tags that open a direct object right after a verb. */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);
/** How far after the verb an object's "to"-infinitive may start ("encouraged the migrants to"). */
const APPEAL_WINDOW = 5;

/**
 * The verb's CAMEO code as its complement reads it, where the dictionary's own patterns say nothing:
 * - an endorsing verb (05) with an object and a "to"-infinitive ("encouraged the migrants to stay") asks someone
 *   else to act: an appeal (020), whose stance lies in what is asked, not in the verb;
 * - a collective protest (141-145: demonstrate, riot) takes no object: with one right after it the verb means
 *   something else ("demonstrated its resolve");
 * - a denial with a gerund or a "that"-clause ("denied meddling", "denies that it interfered") rejects an
 *   accusation (016), like the dictionary's "deny accusations".
 */
function refineCode(view: SentenceView, pos: readonly string[], k: number, code: string | null, patterned: boolean): string | null {
  if (patterned) return code;
  if (code?.startsWith('05') && objectThenInfinitive(view, pos, k)) return '020';
  if (code !== null && /^14[1-5]/.test(code) && OBJECT_OPENERS.has(pos[k + 1] ?? '')) return null;
  if (code === null && denialComplement(cameoLexicon(), view.norms, k) && pos[k + 1] !== 'ADJ') return '016';
  return code;
}

/** A form of "deny" before a gerund or "that" (before tagging: the tagger later rules out "denied existing rights"). */
function denialComplement(lexicon: CameoLexicon, norms: readonly string[], k: number): boolean {
  const form = reactive?.get(norms[k] as string);
  return (form ? form.deny : lexicon.forms.get(norms[k] as string) === 'deny') && denialNext(norms, k);
}

/** A gerund or "that" after the verb at `k`. */
function denialNext(norms: readonly string[], k: number): boolean {
  const next = norms[k + 1] ?? '';
  return next === 'that' || (next.length > 4 && next.endsWith('ing'));
}

/** An object, then "to" and a verb, soon after the verb at `k`. */
function objectThenInfinitive(view: SentenceView, pos: readonly string[], k: number): boolean {
  if (!OBJECT_OPENERS.has(pos[k + 1] ?? '')) return false;
  const end = Math.min(view.norms.length - 1, k + 1 + APPEAL_WINDOW);
  for (let j = k + 2; j < end; j++) {
    const norm = view.norms[j] as string;
    if (norm === ',' || norm === '.' || norm === ';') return false;
    if (norm === 'to') return pos[j + 1] === 'VERB' || pos[j + 1] === 'AUX';
  }
  return false;
}

interface PatternHit {
  pattern: CameoPattern;
  end: number;
  object: string | null;
}

/** A pattern slot compiled for matching: its one-word alternatives (with and without plural -s) and its phrases. */
interface Slot {
  words: Set<string>;
  phrases: string[][];
}

const compiled = new WeakMap<CameoPattern, Slot[]>();

function compile(pattern: CameoPattern): Slot[] {
  let slots = compiled.get(pattern);
  if (slots) return slots;
  slots = pattern.slots.map((alternatives) => {
    const slot: Slot = { words: new Set(), phrases: [] };
    for (const alt of alternatives) {
      const words = alt.split(' ');
      if (words.length === 1) {
        slot.words.add(alt);
        slot.words.add(alt.endsWith('s') ? alt.slice(0, -1) : `${alt}s`);
      } else slot.phrases.push(words);
    }
    return slot;
  });
  compiled.set(pattern, slots);
  return slots;
}

/** A pattern with its compiled slots, so a match needs no lookup of them. */
interface IndexedPattern {
  pattern: CameoPattern;
  slots: Slot[];
}

const triggers = new WeakMap<readonly CameoPattern[], Map<string, IndexedPattern[]>>();

/** A block's patterns by the words that can fill their first slot: only those patterns are tried. */
function triggerIndex(patterns: readonly CameoPattern[]): Map<string, IndexedPattern[]> {
  let index = triggers.get(patterns);
  if (index) return index;
  index = new Map();
  for (const pattern of patterns) {
    const slots = compile(pattern);
    const [first] = slots;
    if (!first) continue;
    for (const word of [...first.words, ...first.phrases.map((p) => p[0] as string)]) {
      const list = index.get(word) ?? [];
      list.push({ pattern, slots });
      index.set(word, list);
    }
  }
  triggers.set(patterns, index);
  return index;
}

/** The pattern with the most slots whose words all appear, in order, soon after the verb. */
function bestPattern(view: SentenceView, from: number, patterns: readonly CameoPattern[]): PatternHit | null {
  if (patterns.length === 0) return null;
  const limit = Math.min(view.norms.length, from + PATTERN_WINDOW);
  const index = triggerIndex(patterns);
  let best: PatternHit | null = null;
  for (let k = from; k < limit; k++) {
    const listed = index.get(view.norms[k] as string);
    if (listed === undefined) continue;
    for (const { pattern, slots } of listed) {
      if (best && pattern.slots.length <= best.pattern.slots.length) continue;
      const hit = matchPattern(view, from, limit, pattern, slots);
      if (hit) best = hit;
    }
  }
  return best;
}

function matchPattern(view: SentenceView, from: number, limit: number, pattern: CameoPattern, slots: readonly Slot[]): PatternHit | null {
  let k = from;
  let object: string | null = null;
  for (const slot of slots) {
    let found = -1;
    let width = 1;
    for (let j = k; j < limit && found < 0; j++) {
      const norm = view.norms[j] as string;
      if (norm === '.' || norm === ';') return null;
      if (slot.words.has(norm)) {
        found = j;
        break;
      }
      for (const phrase of slot.phrases) {
        if (phraseAt(view.norms, j, phrase)) {
          found = j;
          width = phrase.length;
          break;
        }
      }
    }
    if (found < 0) return null;
    object ??= view.norms[found + width - 1] ?? null;
    k = found + width;
  }
  return { pattern, end: k, object };
}

/** The phrase's words at `j` (a plain loop: a callback per phrase and token showed in profiles and garbage). */
function phraseAt(norms: readonly string[], j: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (norms[j + i] !== phrase[i]) return false;
  return true;
}

const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * A verb right after "<noun> that|which|who" (adverbs and auxiliaries between) belongs to a relative clause about
 * that noun ("missiles that threaten the region"), not to the clause's subject.
 */
export function inRelativeClause(view: SentenceView, pos: readonly string[], k: number): boolean {
  // "urging Moscow to demonstrate sincerity": an infinitive after an object is what someone else is asked to do.
  if (view.norms[k - 1] === 'to' && isNominal(pos[k - 2])) return true;
  // "blamed the government for sending coastguards", "criticised Britain for sending aid": a gerund after an object's
  // "for" is what the object did, the reason given, not the speaker's act.
  if (view.norms[k - 1] === 'for' && view.norms[k]?.endsWith('ing') && isNominal(pos[k - 2])) return true;
  let j = k - 1;
  while (j >= 0 && (pos[j] === 'ADV' || pos[j] === 'AUX' || pos[j] === 'PART')) j--;
  // "any step that helps prevent an arms race", "a plan that seeks to curb …": a verb of aiming or helping carries the
  // relative clause on to the cue.
  if (CATENATIVES.has(view.norms[j] ?? '')) {
    j--;
    while (j >= 0 && (pos[j] === 'ADV' || pos[j] === 'AUX' || pos[j] === 'PART')) j--;
  }
  if (freeRelativeSubject(view, pos, j)) return true;
  if (j < 1 || !RELATIVES.has(view.norms[j] as string)) return false;
  // "Washington, which has long opposed …": a comma may stand between the noun and the relative.
  const before = view.norms[j - 1] === ',' ? pos[j - 2] : pos[j - 1];
  return isNominal(before);
}

/** Verbs that take another verb as their object, so that a relative clause runs on through them to it. */
const CATENATIVES = new Set(['help', 'helps', 'helped', 'aim', 'aims', 'aimed', 'seek', 'seeks', 'sought', 'try', 'tries', 'tried', 'serve', 'serves', 'served', 'intend', 'intends', 'intended']);

/** The most words a free relative's subject runs to ("what the army", "what the Botswana Defence Force"). */
const FREE_SUBJECT_WORDS = 4;

/**
 * "in what the army described as an exchange of fire": a free relative with a subject of its own ends at `last`, so
 * the verb after it is that subject's, not the sentence's speaker's.
 */
function freeRelativeSubject(view: SentenceView, pos: readonly string[], last: number): boolean {
  for (let j = last; j >= Math.max(0, last - FREE_SUBJECT_WORDS); j--) {
    if (view.norms[j] === 'what') return j < last && pos[j + 1] === 'DET' && isNominal(pos[last]);
    if (pos[j] !== 'DET' && pos[j] !== 'ADJ' && !isNominal(pos[j])) return false;
  }
  return false;
}

function isNominal(tag: string | undefined): boolean {
  return tag === 'NOUN' || tag === 'PROPN' || tag === 'PRON';
}

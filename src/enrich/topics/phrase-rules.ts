/**
 * A topic's phrase rules, evaluated together so that each word of the article counts once per topic: the longest
 * phrase wins its words ("security guarantees" takes "security"; "human rights" takes "rights"), and phrases that are
 * the same after stemming ("flood", "flooding") are one phrase, kept at its highest weight.
 *
 * Body mentions count like a term in BM25: the first weighs most, repeats add less and less, and a long article needs
 * more mentions than a short one for the same weight, so a passing mention in an 800-word piece does not make it
 * "about" something. A phrase in the title adds a flat bonus, since headlines name the subject.
 */
import type { TopicEvidence } from '../../domain/enrichment.ts';
import type { ArticleFacts } from './article-facts.ts';
import { compilePhrase, findPhrase, type CompiledPhrase, type IndexedText, type PhraseHits } from './phrase-match.ts';
import { evidence } from './topic-evidence.ts';

/** BM25 term-frequency saturation (k1, b) with a typical feed item's length as the average. */
const K1 = 1.2;
const B = 0.75;
const AVERAGE_WORDS = 200;
/** A title mention weighs this many times the rule weight. */
export const TITLE_FACTOR = 0.8;

export interface PhraseRuleSpec {
  /** Index of the rule in its topic, to report which rules matched. */
  ruleIndex: number;
  phrases: string[];
  except: string[];
  weight: number;
}

interface Entry {
  phrase: CompiledPhrase;
  weight: number;
  ruleIndex: number;
  /**
   * The number in leadIds of the stem every match starts with; -1 for a starred one-word phrase, which matches by
   * prefix.
   */
  leadId: number;
}

/**
 * The leads of every compiled topic's phrases, numbered: an article marks the leads it holds once (leadsIn), and each
 * of its topics reads a mark per phrase instead of probing the title's and the body's stem tables (most phrases are
 * in neither, so every topic probed both for most of its phrases).
 */
const leadIds = new Map<string, number>();
const leadMarks = new WeakMap<ArticleFacts, Uint8Array>();

function leadId(stem: string): number {
  let id = leadIds.get(stem);
  if (id === undefined) {
    id = leadIds.size;
    leadIds.set(stem, id);
  }
  return id;
}

/** 1 for each numbered lead the article's title or body holds. Made again when topics compiled since add leads. */
function leadsIn(facts: ArticleFacts): Uint8Array {
  let marks = leadMarks.get(facts);
  if (marks && marks.length === leadIds.size) return marks;
  marks = new Uint8Array(leadIds.size);
  for (const text of [facts.title, facts.body]) {
    for (const stem of text.firstByStem.keys()) {
      const id = leadIds.get(stem);
      if (id !== undefined) marks[id] = 1;
    }
  }
  leadMarks.set(facts, marks);
  return marks;
}

export interface PhraseRulesResult {
  evidence: TopicEvidence[];
  /** Rules (by index) with at least one matched phrase. */
  matchedRules: Set<number>;
}

/** Same words after stemming and the same acronym/prefix marks: the same phrase. */
export function phraseSignature(p: CompiledPhrase): string {
  return p.parts.map((x) => x.prefix !== null ? `${x.prefix}*` : (x.acronym ?? x.stem)).join(' ');
}

export function compilePhraseRules(specs: PhraseRuleSpec[]): (facts: ArticleFacts) => PhraseRulesResult {
  const bySignature = new Map<string, Entry>();
  const exceptions = new Map<number, CompiledPhrase[]>();
  for (const spec of specs) {
    exceptions.set(spec.ruleIndex, spec.except.map(compilePhrase).filter((p): p is CompiledPhrase => p !== null));
    for (const text of spec.phrases) {
      const phrase = compilePhrase(text);
      if (!phrase) continue;
      const sig = phraseSignature(phrase);
      const known = bySignature.get(sig);
      const lead = phrase.parts[0]!.prefix === null ? phrase.parts[0]!.stem : null;
      if (!known || spec.weight > known.weight) bySignature.set(sig, { phrase, weight: spec.weight, ruleIndex: spec.ruleIndex, leadId: lead === null ? -1 : leadId(lead) });
    }
  }
  // Longest first, then heavier, then as written: a deterministic order in which phrases claim words.
  const entries = [...bySignature.values()].sort(
    (a, b) => b.phrase.parts.length - a.phrase.parts.length || b.weight - a.weight || a.ruleIndex - b.ruleIndex,
  );
  return (facts) => {
    const out: PhraseRulesResult = { evidence: [], matchedRules: new Set() };
    const title = new Claims(facts.title, exceptions);
    const body = new Claims(facts.body, exceptions);
    const bodyWords = facts.body.tokens.length;
    const leads = leadsIn(facts);
    for (const entry of entries) {
      // Most phrases are in neither text: a word-led phrase whose first stem is absent from both claims nothing.
      if (entry.leadId >= 0 && leads[entry.leadId] === 0) continue;
      const inTitle = title.claim(entry);
      if (inTitle.count > 0) {
        out.evidence.push(evidence(`title-phrase:${entry.phrase.text}`, describeHits(inTitle), entry.weight * TITLE_FACTOR));
        out.matchedRules.add(entry.ruleIndex);
      }
      const inBody = body.claim(entry);
      if (inBody.count > 0) {
        out.evidence.push(evidence(`phrase:${entry.phrase.text}`, describeHits(inBody), entry.weight * saturate(inBody.count, bodyWords)));
        out.matchedRules.add(entry.ruleIndex);
      }
    }
    return out;
  };
}

/** Which words of one text are taken: by a longer phrase already counted, or by one of a rule's exception phrases. */
class Claims {
  private readonly claimed = new Set<number>();
  private readonly excepted = new Map<number, Set<number>>();

  constructor(
    private readonly doc: IndexedText,
    private readonly exceptions: ReadonlyMap<number, CompiledPhrase[]>,
  ) {}

  /** The rule whose phrase is being claimed, and its exception words once looked up. */
  private rule = -1;
  private ruleExcepted: Set<number> | null = null;
  /** One test for every claim (a closure per claim was much of enrichment's garbage: most phrases never match). */
  private readonly blocked = (i: number): boolean => this.claimed.has(i) || (this.ruleExcepted ??= this.exceptedFor(this.rule)).has(i);

  /** Finds the entry's phrase on words still free and claims them. */
  claim(entry: Entry): PhraseHits {
    // The rule's exception phrases are looked up only once one of its phrases matches: most never do.
    this.rule = entry.ruleIndex;
    this.ruleExcepted = null;
    const hits = findPhrase(this.doc, entry.phrase, this.blocked);
    const starts = hits.starts;
    for (let s = 0; s < starts.length; s++) for (let k = 0; k < entry.phrase.parts.length; k++) this.claimed.add((starts[s] as number) + k);
    return hits;
  }

  private exceptedFor(ruleIndex: number): Set<number> {
    let set = this.excepted.get(ruleIndex);
    if (!set) {
      set = new Set();
      for (const e of this.exceptions.get(ruleIndex) ?? []) {
        for (const start of findPhrase(this.doc, e).starts) for (let k = 0; k < e.parts.length; k++) set.add(start + k);
      }
      this.excepted.set(ruleIndex, set);
    }
    return set;
  }
}

export function saturate(count: number, words: number): number {
  const lengthNorm = K1 * (1 - B + (B * Math.max(words, 1)) / AVERAGE_WORDS);
  return count / (count + lengthNorm);
}

function describeHits(hits: PhraseHits): string {
  const forms = hits.forms.slice(0, 3).map((f) => `"${f}"`).join(', ');
  return hits.count > 1 ? `${forms} ×${hits.count}` : forms;
}

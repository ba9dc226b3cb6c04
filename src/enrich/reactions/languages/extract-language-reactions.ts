/**
 * International reactions in an article written in German, French, Spanish, Italian or Russian: the same Reaction
 * shape, stance vocabulary and actor kinds as the English extractor, read with each language's cues (language-cues.ts)
 * and function words (languages/<lang>.ts). The evidence is the sentence as written, in its own language.
 *
 * Per sentence: find the cues (stems, so every inflection matches) and the actors (the multilingual names of the
 * language and the gazetteer's names written alike), cut the sentence into clauses, and give each clause's cues to
 * its speakers: the actors before the cue that no preposition makes an object ("gegen China", "à l'Italie"), or, in
 * a clause whose verb comes first, those after it. A clause with a cue and no actor of its own continues the clause
 * before ("zeigte sich erleichtert und rief … auf"). Negated, conditional and modal cues are no reaction.
 */
import type { EntityRef, ExtractedReaction, Stance } from '../../../domain/enrichment.ts';
import { splitSentences, stemmerFor, tokenize, type WordToken } from '../../../text/index.ts';
import { actorOf } from '../../entities/gazetteer.ts';
import { findMultilingualMentions } from '../../entities/multilingual/find-multilingual.ts';
import { entityOfKey } from '../../entities/multilingual/match-transliterated.ts';
import { multilingualNames } from '../../entities/multilingual/names-data.ts';
import { actorKindOf } from '../actor-kind.ts';
import { cameoLexicon, goldsteinOf } from '../cameo-lexicon.ts';
import { STANCE_PRIORITY } from '../clause-stance.ts';
import type { ReactionInput } from '../extract-reactions.ts';
import { findGazetteerActors } from '../gazetteer-actors.ts';
import { cuesFor, type LanguageCue } from './language-cues.ts';
import { grammarFor } from './grammars.ts';
import type { LanguageGrammar } from './language-grammar.ts';

/** A stem matches a cue stem when equal, or when it only adds a short inflection the stemmer left ("begrusst"). */
const MAX_EXTRA = 3;
const MIN_PREFIX = 5;
/** How far apart the words of a multi-word cue may stand. */
const MAX_GAP = 3;

interface Match {
  cue: LanguageCue;
  start: number;
  end: number;
}

interface Speaker {
  actor: EntityRef;
  token: number;
}

/** Whether reactions can be read in this language. */
export function readsReactionsIn(language: string | null | undefined): boolean {
  return grammarFor(language) !== null;
}

export function extractLanguageReactions(input: ReactionInput, language: string): ExtractedReaction[] {
  const grammar = grammarFor(language);
  if (!grammar) return [];
  const cues = cuesFor(grammar);
  const stem = stemmerFor(language);
  const out: ExtractedReaction[] = [];
  for (const sentence of splitSentences(input.text, language)) {
    const tokens = tokenize(sentence.text, language);
    const stems = tokens.map((t) => stem(t.surface));
    const matches = findCues(tokens, stems, cues);
    if (matches.length === 0) continue;
    const speakers = findSpeakers(sentence.text, tokens, language, input.publishedAt ?? null);
    if (speakers.length === 0) continue;
    out.push(...sentenceReactions(sentence.text, tokens, matches, speakers, grammar));
  }
  return out;
}

function stemMatches(token: string, cue: string): boolean {
  if (token === cue) return true;
  return cue.length >= MIN_PREFIX && token.length - cue.length <= MAX_EXTRA && token.startsWith(cue);
}

function findCues(tokens: readonly WordToken[], stems: readonly string[], cues: readonly LanguageCue[]): Match[] {
  const out: Match[] = [];
  for (let k = 0; k < stems.length; k++) {
    for (const cue of cues) {
      if (!stemMatches(stems[k]!, cue.stems[0]!)) continue;
      let at = k;
      let ok = true;
      for (const next of cue.stems.slice(1)) {
        let found = -1;
        for (let j = at + 1; j <= Math.min(stems.length - 1, at + MAX_GAP); j++) {
          if (tokens[j]!.breakBefore) break;
          if (stemMatches(stems[j]!, next)) {
            found = j;
            break;
          }
        }
        if (found < 0) {
          ok = false;
          break;
        }
        at = found;
      }
      if (ok && cue.particle && !particleFollows(tokens, k, cue.particle)) ok = false;
      if (ok) out.push({ cue, start: k, end: at + 1 });
    }
  }
  // The longest cue wins where cues overlap ("mit Sorge" over "Sorge").
  return out.filter((m) => !out.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/** "lehnte den Pakt ab": the particle closes the clause of its verb. */
function particleFollows(tokens: readonly WordToken[], k: number, particle: string): boolean {
  for (let j = k + 1; j < tokens.length; j++) {
    if (tokens[j]!.breakBefore) return false;
    if (tokens[j]!.folded === particle) return true;
  }
  return false;
}

/** What a mentioned entity speaks for: a leader's or ministry's state, a UN body's UN; nothing for a place. */
function speakerOf(entity: EntityRef, date: string | null): EntityRef | null {
  if (entity.kind === 'place') return null;
  const known = actorOf(entity, date);
  if (known) return known;
  // Bodies only the multilingual names hold ("UN-Menschenrechtsbüro"): their parent speaks.
  const extra = multilingualNames().extraEntities;
  let key = entity.key;
  for (let hops = 0; hops < 5; hops++) {
    const parent = extra.get(key)?.parent;
    if (!parent) break;
    key = parent;
  }
  const top = key === entity.key ? entity : entityOfKey(key);
  return top ? (actorOf(top, date) ?? top) : null;
}

function findSpeakers(text: string, tokens: readonly WordToken[], language: string, date: string | null): Speaker[] {
  const spans: { start: number; end: number; actor: EntityRef }[] = [];
  for (const m of findMultilingualMentions(text, language)) {
    const actor = speakerOf(m.entity, date);
    if (actor) spans.push({ start: m.start, end: m.start + m.surface.length, actor });
  }
  for (const m of findGazetteerActors(text, date)) {
    if (!m.actor || spans.some((s) => s.start < m.end && m.start < s.end)) continue;
    spans.push({ start: m.start, end: m.end, actor: m.actor });
  }
  const out: Speaker[] = [];
  for (const span of spans) {
    const token = tokens.findIndex((t) => t.end > span.start);
    if (token < 0) continue;
    if (!out.some((s) => s.token === token && s.actor.key === span.actor.key)) out.push({ actor: span.actor, token });
  }
  return out.sort((a, b) => a.token - b.token);
}

/** Clause starts: stops inside the sentence, commas and coordinating words, except inside a list of actors. */
function clauseStarts(text: string, tokens: readonly WordToken[], speakers: readonly Speaker[], g: LanguageGrammar): number[] {
  const breaks = new Set(g.clauseBreaks);
  const isActor = new Set(speakers.map((s) => s.token));
  const starts = [0];
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    const word = tokens[k]!.folded;
    const listed = (j: number) => isActor.has(j) || isActor.has(j - 1);
    if (tokens[k]!.breakBefore || /[—–]/.test(gap)) starts.push(k);
    else if (gap.includes(',') && !(listed(k - 1) && listed(k))) starts.push(k);
    else if (breaks.has(word) && !(listed(k - 1) && isActor.has(k + 1))) starts.push(k);
  }
  return [...new Set(starts)];
}

function sentenceReactions(text: string, tokens: readonly WordToken[], matches: readonly Match[], speakers: readonly Speaker[], g: LanguageGrammar): ExtractedReaction[] {
  const starts = clauseStarts(text, tokens, speakers, g);
  const negations = new Set(g.negations);
  const conditionals = new Set(g.conditionals);
  const modals = new Set(g.modals);
  const contrasts = new Set(g.contrasts);
  const objects = new Set(g.objectMarkers);
  const lexicon = cameoLexicon();
  const best = new Map<string, { actor: EntityRef; stance: Stance; cue: string; cameo: string | null }>();
  let previous: Speaker[] = [];
  for (let c = 0; c < starts.length; c++) {
    const from = starts[c]!;
    const to = starts[c + 1] ?? tokens.length;
    const inClause = matches.filter((m) => m.start >= from && m.start < to);
    const own = speakers.filter((s) => s.token >= from && s.token < to && !objects.has(tokens[s.token - 1]?.folded ?? ''));
    if (inClause.length === 0) {
      if (own.length > 0) previous = own;
      continue;
    }
    const first = inClause[0]!.start;
    const before = own.filter((s) => s.token < first);
    const subjects = before.length > 0 ? before : own.length > 0 ? own.filter((s) => s.token > first) : previous;
    if (own.length > 0) previous = own;
    if (subjects.length === 0) continue;
    // Hypothetical: a conditional anywhere in this clause or the next ("s'est dit prêt à aider si …").
    const nextEnd = starts[c + 2] ?? tokens.length;
    const hypothetical = tokens.slice(from, nextEnd).some((t) => conditionals.has(t.folded));
    if (hypothetical) continue;
    for (const m of inClause) {
      const window = tokens.slice(from, Math.min(to, m.end + (g.language === 'de' ? to : 0)));
      if (window.some((t, j) => from + j !== m.start && (negations.has(t.folded) || modals.has(t.folded)))) continue;
      let stance = m.cue.stance;
      if (stance === 'supportive' && tokens.slice(m.end).some((t) => contrasts.has(t.folded))) stance = 'cautious';
      for (const s of subjects) {
        const seen = best.get(s.actor.key);
        if (!seen || STANCE_PRIORITY[stance] > STANCE_PRIORITY[seen.stance]) {
          best.set(s.actor.key, { actor: s.actor, stance, cue: text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end), cameo: m.cue.cameo });
        }
      }
    }
  }
  return [...best.values()].map((r) => ({
    actor: r.actor,
    actorKind: actorKindOf(r.actor),
    stance: r.stance,
    cameo: r.cameo,
    goldstein: goldsteinOf(lexicon, r.cameo),
    evidence: text,
    cue: r.cue,
  }));
}

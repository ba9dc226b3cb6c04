/**
 * A sentence that reports its actor reacting as the one before did, without a cue of its own: "France followed suit",
 * "Ottawa made a similar appeal", "Canada took the same line", "So did Japan". The English counterpart of the other
 * languages' likewise phrases (languages/likewise.ts). Its phrases are the grammar's `likewise`.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';

/** Words before a name that make it a complement, not the subject ("in Ottawa", "of France"). */
const PREPOSITIONS = new Set(['in', 'of', 'from', 'to', 'with', 'by', 'for', 'at', 'on', 'against', 'about', 'over']);

const SAYING = new Set(['said', 'say', 'says', 'saying']);

/** The phrase's [start, end) token range, or null. */
export function likewiseAt(view: SentenceView, g: ReactionGrammar): [number, number] | null {
  for (let k = 0; k < view.norms.length; k++) {
    if (view.tokens[k]?.quoted) continue;
    const n = g.likewise.matchAt(view.norms, k);
    // "said the same" ends its clause; "said the same was true of …" opens a statement of its own.
    const next = view.norms[k + n];
    if (n > 0 && SAYING.has(view.norms[k] ?? '') && next !== undefined && !PREPOSITIONS.has(next) && /^\p{L}/u.test(next)) continue;
    if (n > 0) return [k, k + n];
  }
  return null;
}

/**
 * The actors the sentence says reacted likewise: the names before the phrase that no preposition governs, or, for
 * an inverted phrase ("So did Japan and Korea"), the names after it. None where the sentence negates or supposes.
 */
export function likewiseActors(view: SentenceView, [start, end]: [number, number], g: ReactionGrammar): EntityRef[] {
  // The grammar's negations and hypotheticals: "did not follow suit", "declined to follow suit", "could do the same".
  if (view.norms.some((n, k) => n.endsWith("n't") || g.negations.matchAt(view.norms, k) > 0 || g.hypotheticals.matchAt(view.norms, k) > 0)) return [];
  const inverted = view.norms[start] === 'so';
  const out: EntityRef[] = [];
  for (const [k, hit] of [...view.mentionAt].sort((a, b) => a[0] - b[0])) {
    if (inverted ? k < end : hit.end > start) continue;
    if (PREPOSITIONS.has(view.norms[k - 1] ?? '')) continue;
    const actor = hit.mention.actor ?? hit.mention.seatOf;
    if (actor && !out.some((a) => a.key === actor.key)) out.push(actor);
  }
  return out;
}

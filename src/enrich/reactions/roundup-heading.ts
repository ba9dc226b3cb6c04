/**
 * The round-up form: a line that opens with an actor's name and a colon ("United States: Washington expressed
 * skepticism …") or a paragraph that opens with the name alone ("United States. The State Department said …").
 * The named actor speaks for every unattributed speaker on that line.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';

export interface RoundupHeading {
  actor: EntityRef;
  /** Offset in the sentence where the statement after the label starts; null when the sentence is only the label. */
  statementStart: number | null;
}

export function readRoundupHeading(view: SentenceView, g: ReactionGrammar): RoundupHeading | null {
  let k = 0;
  while (!view.mentionAt.has(k) && g.determiners.has(view.norms[k] ?? '')) k++;
  const hit = view.mentionAt.get(k);
  if (!hit?.mention.actor || hit.mention.via === 'demonym') return null;
  const after = view.tokens[hit.end];
  if (!after) return null;
  if (after.norm === ':' || after.norm === '—' || after.norm === '–') {
    const next = view.tokens[hit.end + 1];
    return next ? { actor: hit.mention.actor, statementStart: next.start } : null;
  }
  if (after.norm === '.' && hit.end === view.tokens.length - 1) return { actor: hit.mention.actor, statementStart: null };
  return null;
}

/**
 * A sentence that reports an actor reacting as the one before did, without repeating the cue: "Ähnlich äußerte sich
 * Griechenland", "La Grèce a fait de même", "En la misma línea se pronunció Uruguay", "Sulla stessa linea il
 * Portogallo", "Аналогичную позицию заняла Греция". Its phrases are the grammar's `likewise`, folded, matched on
 * consecutive words with reflexive pronouns skipped ("äußerte sich ähnlich").
 */
import type { WordToken } from '../../../text/index.ts';
import type { LanguageGrammar } from './language-grammar.ts';

const REFLEXIVES = new Set(['sich', 'se', 's', 'si', 'ся']);

/** The [start, end) token range of a "likewise" phrase in a sentence, or null (as English's likewise-sentence.ts gives it). */
export function likewiseAt(tokens: readonly WordToken[], g: LanguageGrammar): [number, number] | null {
  const phrases = g.likewise ?? [];
  if (phrases.length === 0) return null;
  const words = tokens.map((t, k) => ({ folded: t.folded, k, breakBefore: t.breakBefore })).filter((w) => !REFLEXIVES.has(w.folded));
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrases) {
      if (phrase.every((p, j) => words[i + j]?.folded === p && (j === 0 || !words[i + j]!.breakBefore))) return [words[i]!.k, words[i + phrase.length - 1]!.k + 1];
    }
  }
  return null;
}

/**
 * A sentence an expert is quoted or reported in ("analyse Margaux Delacrétaz, chercheuse à …", "Secondo Marco Zanetti,
 * analista dell'Ispi, «… Bruxelles le chiede riforme»", "Pour Julien Maréchal, chercheur à l'Ifri, … la Bosnie
 * espère …") is the expert's analysis: the states and international bodies named in it are what it is about, and
 * their words in it are the expert's paraphrase, no reaction of theirs (the labelling guide's "named in an expert's
 * analysis"). An organization the expert works for may still speak through them.
 */
import type { ExtractedReaction } from '../../../domain/enrichment.ts';
import { tokenize } from '../../../text/index.ts';
import { quotedTokens } from './quoted-tokens.ts';

/** Whether the sentence names an expert role (folded) outside its quotations. */
function expertSentence(text: string, roles: ReadonlySet<string>, language: string): boolean {
  const tokens = tokenize(text, language);
  if (!tokens.some((t) => roles.has(t.folded))) return false;
  const quoted = quotedTokens(text, tokens);
  return tokens.some((t, k) => roles.has(t.folded) && !quoted[k]);
}

/** The reactions without the states' and international bodies' reactions read in an expert's sentence. */
export function withoutExpertCommentary(reactions: readonly ExtractedReaction[], roles: readonly string[] | undefined, language: string): ExtractedReaction[] {
  if (!roles || roles.length === 0) return [...reactions];
  const set = new Set(roles);
  const seen = new Map<string, boolean>();
  const expert = (evidence: string) => {
    let v = seen.get(evidence);
    if (v === undefined) seen.set(evidence, (v = expertSentence(evidence, set, language)));
    return v;
  };
  return reactions.filter((r) => r.actorKind === 'non-state' || !expert(r.evidence));
}

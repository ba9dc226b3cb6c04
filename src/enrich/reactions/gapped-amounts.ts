/**
 * A list of donors whose verb is written once: "The EU announced 30 million euros, Britain 20 million pounds and Japan
 * $10 million". Each later donor is a name right after a comma or "and", followed at once by an amount, with no verb of
 * its own: it gave aid as the first did (CAMEO 07), so it takes that reaction.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import type { SentenceView } from './sentence-view.ts';

/** An amount opening right after a name: a digit, or a currency sign before one. */
const AMOUNT = /^(?:[$€£]|\d)/u;
/** Words that join the listed donors. */
const JOINS = new Set([',', 'and']);

/** The actors that a first donor's aid verb carries over to; `from` is the token after which the list may begin. */
export function gappedDonors(view: SentenceView, from: number): EntityRef[] {
  const { norms, tokens } = view;
  const out: EntityRef[] = [];
  for (const [k, hit] of view.mentionAt) {
    const actor = hit.mention.actor;
    if (k <= from || !actor || !JOINS.has(norms[k - 1] ?? '')) continue;
    if (!AMOUNT.test(tokens[hit.end]?.text ?? '')) continue;
    out.push(actor);
  }
  return out;
}

/**
 * A list of donors whose verb is written once: "The EU announced 30 million euros, Britain 20 million pounds and Japan
 * $10 million", "Israel dispatched four firefighting aircraft, Jordan and Egypt two helicopters each". Each later donor
 * is a name right after a comma or "and", followed at once by an amount or a count (in digits or words), with no verb
 * of its own: it gave aid as the first did (CAMEO 07), so it takes that reaction. Names joined by "and" before such a
 * count share it.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { numberWords } from '../../text/number-words.ts';
import type { SentenceView } from './sentence-view.ts';

/** An amount opening right after a name: a digit, or a currency sign before one. */
const AMOUNT = /^(?:[$€£]|\d)/u;
/** Words that join the listed donors. */
const JOINS = new Set([',', 'and']);
/** How many names "and" may chain before their shared count. */
const CHAIN = 4;

/** The actors that a first donor's aid verb carries over to; `from` is the token after which the list may begin. */
export function gappedDonors(view: SentenceView, from: number): EntityRef[] {
  const { norms, tokens } = view;
  const counts = numberWords('en');
  // A count in words is no count when "of" follows ("one of the donors").
  const countAt = (k: number): boolean => AMOUNT.test(tokens[k]?.text ?? '') || (counts.has(norms[k] ?? '') && norms[k + 1] !== 'of');
  const counted = (k: number, depth: number): boolean => {
    const end = view.mentionAt.get(k)!.end;
    if (countAt(end)) return true;
    return depth < CHAIN && norms[end] === 'and' && view.mentionAt.has(end + 1) && counted(end + 1, depth + 1);
  };
  const out: EntityRef[] = [];
  for (const [k, hit] of view.mentionAt) {
    const actor = hit.mention.actor;
    if (k <= from || !actor || !JOINS.has(norms[k - 1] ?? '')) continue;
    if (counted(k, 0)) out.push(actor);
  }
  return out;
}

/**
 * A list of donors whose verb is written once: "Japón comprometió 10 millones de dólares, y España 6 millones de euros",
 * "Deutschland sagte 10 Millionen Euro zu, Frankreich 5 Millionen", "Евросоюз выделит 10 млн евро, Германия — 4 млн". A
 * later donor is a name right after a comma or a list join, followed at once by an amount (a dash may stand for the
 * verb), with no verb of its own: it gave aid as the first did.
 */
import type { WordToken } from '../../../text/index.ts';

/** An amount opening right after a name: a digit, or a currency sign before one, after the dash of a gapped verb. */
const AMOUNT = /^(?:[—–-]\s*)?(?:[$€£]\s*)?\p{N}/u;

/** The indexes of the names (given by their first and last token) that continue an aid verb at token `verb`. */
export function gappedDonors(
  text: string,
  tokens: readonly WordToken[],
  names: readonly { token: number; last?: number }[],
  verb: number,
  joins: ReadonlySet<string>,
  articles: ReadonlySet<string>,
): number[] {
  const out: number[] = [];
  names.forEach((name, index) => {
    // An article may open the name ("e la Spagna", "l'Espagne"; an elided one is a letter).
    let open = name.token;
    if (open > 0 && (articles.has(tokens[open - 1]!.folded) || tokens[open - 1]!.folded.length === 1)) open--;
    if (open <= verb + 1 || open < 1) return;
    const before = tokens[open - 1]!;
    const gap = text.slice(before.end, tokens[open]!.start);
    // The join alone, or a comma, before the name ("…, y España", "…, Frankreich").
    if (!gap.includes(',') && !joins.has(before.folded)) return;
    const after = tokens[(name.last ?? name.token) + 1];
    if (!after || !AMOUNT.test(text.slice(tokens[name.last ?? name.token]!.end, after.end).trim())) return;
    out.push(index);
  });
  return out;
}

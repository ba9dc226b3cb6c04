import type { WordToken } from '../../../text/index.ts';

/**
 * Which tokens of a sentence stand inside quotation marks: « », „ “ (German closes with “), “ ”, and straight
 * quotes, which toggle. The speaker's own words are in quotes ("sprach von einem „Massaker“", "parla di «colpo di
 * Stato»"); the object a report names in its own words ("definito l'accordo", "calificó el ataque de") is not.
 * One pass over the text, linear in its length.
 */
export function quotedTokens(text: string, tokens: readonly WordToken[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let at = 0;
  for (const token of tokens) {
    for (; at < token.start; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x22) open = !open; // "
      else if (c === 0xab || c === 0x201e) open = true; // « „
      else if (c === 0xbb || c === 0x201d) open = false; // » ”
      else if (c === 0x201c) open = !open; // “ closes „ in German, opens in English and French
    }
    out.push(open);
  }
  return out;
}

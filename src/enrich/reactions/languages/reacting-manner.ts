/**
 * How a state reacted, said by the manner of its verb of reacting: "Kiew reagierte scharf", "Kiev a réagi vivement",
 * "reaccionó con dureza", "ha reagito con cautela", "резко отреагировал". The manner gives the stance (sharp: opposed,
 * cautious: cautious, favourable: supportive), as "reacted cautiously" does in English. The verb becomes the cue, so
 * the clause reader gives it to the verb's subject and reads negation and conditions as for any other.
 */
import type { Stance } from '../../../domain/enrichment.ts';
import type { WordToken } from '../../../text/index.ts';
import type { LanguageCue } from './language-cues.ts';
import type { LanguageGrammar } from './language-grammar.ts';

/** How many words from the verb its manner may stand ("reagierte am Montag scharf", "a réagi très vivement"). */
const MANNER_REACH = 3;
/** CAMEO codes of the stances read: 111 criticize, 012 pessimistic comment, 051 praise. */
const CODE: Partial<Record<Stance, string>> = { opposed: '111', cautious: '012', supportive: '051' };

export interface MannerMatch {
  cue: LanguageCue;
  start: number;
  end: number;
}

/** The verbs of reacting in a sentence read with the manner next to them. */
export function reactingManner(tokens: readonly WordToken[], g: LanguageGrammar): MannerMatch[] {
  const manner = g.reactingManner;
  if (!manner) return [];
  const out: MannerMatch[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!manner.verbs.some((v) => tokens[k]!.folded.startsWith(v))) continue;
    const stance = mannerNear(tokens, k, manner);
    if (!stance) continue;
    const surface = tokens[k]!.surface;
    const cue: LanguageCue = {
      stems: [tokens[k]!.folded],
      head: surface.toLowerCase(),
      particle: null,
      stance,
      cameo: CODE[stance] ?? null,
      words: surface,
      nominal: false,
      adjective: false,
      aid: false,
      envoy: false,
      arrival: false,
      appeal: false,
      naming: false,
      describing: false,
      named: false,
      namingOnly: false,
      regret: false,
      toInfinitive: false,
      penalty: false,
      reported: false,
      owned: false,
      impunity: false,
    };
    out.push({ cue, start: k, end: k + 1 });
  }
  return out;
}

/** The stance of a manner word within reach of the verb at k, on either side, or null. */
function mannerNear(tokens: readonly WordToken[], k: number, manner: NonNullable<LanguageGrammar['reactingManner']>): Stance | null {
  for (let d = 1; d <= MANNER_REACH; d++) {
    for (const j of [k + d, k - d]) {
      const word = tokens[j]?.folded;
      if (word === undefined) continue;
      for (const stance of ['opposed', 'cautious', 'supportive'] as const) if (manner[stance].some((m) => word.startsWith(m))) return stance;
    }
  }
  return null;
}

import type { Sentence } from './split-sentences.ts';

/**
 * A wire dateline opening a paragraph: the city in capitals, a state or country, an agency, then a dash ("CARACAS,
 * Venezuela —", "WASHINGTON (Reuters) -", "GENEVA, March 4 (AP) –"), or two cities ("KYIV/MOSCOW, …"). It places the story; its names speak for no one.
 * Every part is bounded, so the match is linear in the line's length.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ /-]{1,30}(?:, [\p{L}\p{M}\p{N}.'’ ]{2,30})?(?: \([^()]{1,30}\))? ?[—–-]{1,2} +(?=\S)/u;

/** The sentence without its dateline, offsets kept true to the text; the sentence itself when it has none. */
export function withoutDateline(sentence: Sentence): Sentence {
  if (!sentence.opensLine) return sentence;
  const m = DATELINE.exec(sentence.text);
  if (!m) return sentence;
  return { ...sentence, text: sentence.text.slice(m[0].length), start: sentence.start + m[0].length };
}

/**
 * An attitude stated as a predicate adjective with its object: "Japan is suspicious of the offer", "Berlin remained
 * unhappy about the vote", "Seoul was enthusiastic about the talks". The adjective's rating in the opinion lexicon
 * gives the stance: positive -> supportive; strongly negative (angry, furious) -> opposed; mildly negative
 * (suspicious, doubtful, uneasy) -> skeptical. The cue sits on the adjective, so a negation or a hypothetical before
 * it is read as for any cue ("is not happy with" is then opposed).
 */
import type { CueMatch } from './find-cues.ts';
import { opinionRating } from './opinion-polarity.ts';
import type { SentenceView } from './sentence-view.ts';
import type { Token } from './tokenize.ts';

const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'seemed', 'seems', 'appeared', 'appears', 'became', 'grew']);
/** The prepositions that take the object of an attitude ("suspicious of", "unhappy about", "angry over"). */
const OBJECT_PREPOSITIONS = new Set(['of', 'about', 'over', 'toward', 'towards', 'with', 'at', 'by']);
/** Adjectives that describe the subject's own state or capacity, not an attitude ("capable of", "aware of"). */
const NOT_ATTITUDES = new Set(['capable', 'aware', 'guilty', 'free', 'full', 'proud', 'able', 'ready', 'sure', 'certain', 'confident', 'responsible', 'mindful']);
/** An AFINN rating at or below this is outright opposition ("angry", "furious"). */
const OPPOSED_RATING = -3;

/** A cheap test on words, before any tagging: a copula with an object preposition shortly after it. */
export function mayStateAttitude(view: SentenceView): boolean {
  const { norms, tokens } = view;
  for (let k = 0; k < norms.length; k++) {
    if (!COPULAS.has(norms[k] as string) || tokens[k]?.quoted) continue;
    for (let j = k + 2; j <= k + 4 && j < norms.length; j++) if (OBJECT_PREPOSITIONS.has(norms[j] as string)) return true;
  }
  return false;
}

/**
 * Whether attitudeCues can find anything under some tagging: an unquoted copula with an object preposition anywhere
 * after the word that follows it (adverbs may stand between the copula and the adjective).
 */
export function mayReadAttitude(view: SentenceView): boolean {
  const { norms, tokens } = view;
  let copula = -1;
  for (let k = 0; k < norms.length; k++) {
    if (copula >= 0 && k >= copula + 2 && OBJECT_PREPOSITIONS.has(norms[k] as string)) return true;
    if (copula < 0 && COPULAS.has(norms[k] as string) && !tokens[k]?.quoted) copula = k;
  }
  return false;
}

/** Attitude cues where the curated lexicon reads nothing at the adjective (its stance stands: "disappointed by"). */
export function attitudeCues(view: SentenceView, pos: readonly string[], lexical: readonly CueMatch[]): CueMatch[] {
  const { norms, tokens } = view;
  const out: CueMatch[] = [];
  for (let k = 0; k < norms.length; k++) {
    if (!COPULAS.has(norms[k] as string) || tokens[k]?.quoted) continue;
    let j = k + 1;
    while (j < norms.length && (pos[j] === 'ADV' || pos[j] === 'PART')) j++;
    const adjective = norms[j] ?? '';
    if (pos[j] !== 'ADJ' || !OBJECT_PREPOSITIONS.has(norms[j + 1] ?? '') || NOT_ATTITUDES.has(adjective)) continue;
    const rating = opinionRating(adjective);
    if (rating === 0 || lexical.some((m) => m.start <= j && j < m.end)) continue;
    const stance = rating > 0 ? 'supportive' : rating <= OPPOSED_RATING ? 'opposed' : 'skeptical';
    const cameo = rating > 0 ? '013' : rating <= OPPOSED_RATING ? '111' : '012';
    out.push({ cue: { stance, weak: false, cameo }, start: j, end: j + 1, text: `${(tokens[k] as Token).text} ${(tokens[j] as Token).text} ${(tokens[j + 1] as Token).text}` });
  }
  return out;
}

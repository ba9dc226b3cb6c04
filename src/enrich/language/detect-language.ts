/**
 * An article's language (ISO 639-1, e.g. 'en'), detected from its text with eld; the feed-declared language is only a
 * hint, used when the text is too short or too ambiguous to trust the detector.
 */
// The static 'medium' entry ships its n-gram database preloaded: detection is synchronous once imported (≈1 s to
// load, once per process), no `await load()` needed at call time.
import { eld } from 'eld/medium';

export interface LanguageGuess {
  language: string | null;
  /** 0..1: how far the detector's best language is ahead of the runner-up; the hint alone gives 0.3. */
  confidence: number;
}

/** Below this many letters eld guesses are little better than chance; the hint wins. */
const MIN_LETTERS = 24;
/** Enough text for a stable guess; more only costs time. */
const SAMPLE_CHARS = 1_200;
const HINT_CONFIDENCE = 0.3;
const LETTERS = /\p{L}/gu;
const PRIMARY_TAG = /^([a-z]{2,3})(?:[-_]|$)/i;

/** No-op kept for callers that prefer an explicit readiness point: the model is loaded at import. */
export async function loadLanguageModel(): Promise<void> {}

export function detectLanguage(input: { title: string; text: string; hint: string | null }): LanguageGuess {
  const hint = primaryTag(input.hint);
  const sample = `${input.title}\n${input.text}`.slice(0, SAMPLE_CHARS);
  if (!hasLetters(sample, MIN_LETTERS)) return fromHint(hint);

  const result = eld.detect(sample);
  const best = result.language || null;
  if (!best) return fromHint(hint);
  const margin = scoreMargin(result.getScores(), best);
  if (best === hint) return { language: best, confidence: round(Math.min(1, 0.6 + margin)) };
  // The detector disagrees with the feed: believe it only when it is sure of itself.
  if (!result.isReliable() || (hint !== null && margin < 0.05)) return fromHint(hint, best, margin);
  return { language: best, confidence: round(Math.min(1, 0.4 + margin)) };
}

/** At least `n` letters: counted up to `n` only, without an array of every letter of the sample. */
function hasLetters(sample: string, n: number): boolean {
  LETTERS.lastIndex = 0;
  let found = 0;
  while (found < n && LETTERS.exec(sample) !== null) found++;
  LETTERS.lastIndex = 0;
  return found >= n;
}

function fromHint(hint: string | null, fallback: string | null = null, margin = 0): LanguageGuess {
  if (hint) return { language: hint, confidence: HINT_CONFIDENCE };
  return { language: fallback, confidence: fallback ? round(Math.min(0.5, 0.2 + margin)) : 0 };
}

/** How far the best language's score is ahead of the second best (eld scores are 0..1-ish similarities). */
function scoreMargin(scores: Record<string, number>, best: string): number {
  const top = scores[best] ?? 0;
  let second = 0;
  for (const [lang, score] of Object.entries(scores)) if (lang !== best && score > second) second = score;
  return Math.max(0, top - second);
}

function primaryTag(hint: string | null): string | null {
  const match = hint?.trim().match(PRIMARY_TAG);
  const tag = match?.[1]?.toLowerCase();
  return tag && tag !== 'und' ? tag : null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

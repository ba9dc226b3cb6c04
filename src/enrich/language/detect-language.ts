/**
 * An article's language (ISO 639-1, e.g. 'en'), detected from its text with eld; the feed-declared language is only a
 * hint, used when the text is too short or too ambiguous to trust the detector.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { eld as EldDetector } from 'eld/medium';

/**
 * eld's 'medium' n-gram database, read as JSON (data/eld-ngrams-medium.json, converted from the installed package by
 * scripts/data/convert-eld-ngrams.ts): eld's own 'eld/medium' entry holds it as a JavaScript object literal, which
 * keeps about 130 MiB more resident and takes a second to load. The same data gives the same detections. eld's
 * exports offer only preloaded detectors, so its detector factory is imported by path.
 */
function eldFile(path: string): string {
  for (const dir of createRequire(import.meta.url).resolve.paths('eld') ?? []) {
    const file = join(dir, 'eld', path);
    if (existsSync(file)) return file;
  }
  throw new Error(`eld: ${path} not found`);
}
type Detector = typeof EldDetector;
const { createEld } = (await import(pathToFileURL(eldFile('src/languageDetector.js')).href)) as { createEld: () => { instance: Detector; loadData: (data: unknown) => string } };
const detector = createEld();
detector.loadData(JSON.parse(readFileSync(new URL('./data/eld-ngrams-medium.json', import.meta.url), 'utf8')));
const eld = detector.instance;

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
  // The first SAMPLE_CHARS of title, line break and text, without joining the whole text first.
  const head = `${input.title}\n`;
  const sample = head.length >= SAMPLE_CHARS ? head.slice(0, SAMPLE_CHARS) : head + input.text.slice(0, SAMPLE_CHARS - head.length);
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
  // A key loop rather than Object.entries: that built a pair per language eld scored, for every article.
  for (const lang in scores) {
    const score = scores[lang] as number;
    if (lang !== best && score > second) second = score;
  }
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

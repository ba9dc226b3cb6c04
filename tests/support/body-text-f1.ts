/**
 * Body-text precision, recall and F1 the way the article-extraction benchmarks compute them
 * (scrapinghub/article-extraction-benchmark's evaluate.py): texts become word tokens (runs of letters, digits and
 * underscores), tokens become overlapping 4-token shingles, and shingles are matched as multisets. Each page's
 * counts are normalised to sum to 1 so long pages weigh no more than short ones; precision and recall are averaged
 * over pages and F1 is taken from the two averages.
 */

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface BodyTextScore {
  precision: number;
  recall: number;
  f1: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(text: string): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  // A text shorter than one shingle still counts as one (shorter) shingle, as in the reference script.
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = tokens.slice(i, i + SHINGLE);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised true-positive, false-positive and false-negative shingle counts of one page. */
export function shingleCounts(expected: string, predicted: string): ShingleCounts {
  const truth = shingles(expected);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...guess.keys()])) {
    const t = truth.get(key) ?? 0;
    const g = guess.get(key) ?? 0;
    tp += Math.min(t, g);
    fp += Math.max(0, g - t);
    fn += Math.max(0, t - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Macro-averaged precision and recall over pages, and the F1 of the two. */
export function aggregateScores(pages: readonly ShingleCounts[]): BodyTextScore {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** F1 of one page. */
export function pageF1(expected: string, predicted: string): number {
  return aggregateScores([shingleCounts(expected, predicted)]).f1;
}

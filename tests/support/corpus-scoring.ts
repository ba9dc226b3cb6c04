/**
 * Scores shared by the corpus tests, with the definitions of the team datasets README (outside this repository): story B-cubed and pairwise
 * F1, reaction precision and recall over (article, actor, stance) and over (article, actor), and entity recall.
 * Pure functions over gold and predicted items, so a test adds a score in one line.
 */

export interface PRF { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }

export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted, gold };
}

/** B-cubed precision, recall and F1 of a clustering: item -> cluster id, gold and predicted, over the gold items. */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): { precision: number; recall: number; f1: number } {
  const members = (m: ReadonlyMap<string, string>) => {
    const by = new Map<string, Set<string>>();
    for (const [item, c] of m) by.set(c, (by.get(c) ?? new Set()).add(item));
    return by;
  };
  const g = members(gold);
  const p = members(predicted);
  let precision = 0;
  let recall = 0;
  const items = [...gold.keys()];
  for (const item of items) {
    const gc = g.get(gold.get(item)!)!;
    const pc = p.get(predicted.get(item) ?? `__alone:${item}`) ?? new Set([item]);
    let both = 0;
    for (const x of pc) if (gc.has(x)) both++;
    precision += both / pc.size;
    recall += both / gc.size;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Pairwise F1: a pair of items is positive when both are in one cluster. */
export function pairwise(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): PRF {
  const items = [...gold.keys()];
  let tp = 0;
  let pp = 0;
  let gp = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const inGold = gold.get(a) === gold.get(b);
      const inPred = predicted.get(a) !== undefined && predicted.get(a) === predicted.get(b);
      if (inGold) gp++;
      if (inPred) pp++;
      if (inGold && inPred) tp++;
    }
  }
  return prf(tp, pp, gp);
}

/** Do two hard-negative stories stay apart? True when no predicted cluster holds articles of both. */
export function keptApart(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>, a: string, b: string): boolean {
  const clustersOf = (story: string) => new Set([...gold].filter(([, s]) => s === story).map(([item]) => predicted.get(item)).filter((c) => c !== undefined));
  const ca = clustersOf(a);
  for (const c of clustersOf(b)) if (ca.has(c)) return false;
  return true;
}

export interface ReactionItem { article: string; actor: string; stance: string }

/** Precision and recall over (article, actor, stance) triples, and over (article, actor) pairs. */
export function reactionScores(gold: readonly ReactionItem[], predicted: readonly ReactionItem[]): { actorStance: PRF; actor: PRF } {
  const set = (items: readonly ReactionItem[], withStance: boolean) => new Set(items.map((r) => `${r.article}|${r.actor}${withStance ? `|${r.stance}` : ''}`));
  const score = (withStance: boolean) => {
    const g = set(gold, withStance);
    const p = set(predicted, withStance);
    let tp = 0;
    for (const x of p) if (g.has(x)) tp++;
    return prf(tp, p.size, g.size);
  };
  return { actorStance: score(true), actor: score(false) };
}

/**
 * Recall of labelled entities: a label counts as found when the article's entities hold it, or one of its bodies
 * (`ancestors(key)` lists what an entity belongs to: a UNHCR mention shows the UN).
 */
export function entityRecall(
  gold: ReadonlyMap<string, readonly string[]>,
  predicted: ReadonlyMap<string, readonly string[]>,
  ancestors: (key: string) => readonly string[],
): PRF & { missed: string[] } {
  let tp = 0;
  let total = 0;
  const missed: string[] = [];
  for (const [article, keys] of gold) {
    const found = new Set<string>();
    for (const k of predicted.get(article) ?? []) for (const a of [k, ...ancestors(k)]) found.add(a);
    for (const k of keys) {
      total++;
      if (found.has(k)) tp++;
      else missed.push(`${article}:${k}`);
    }
  }
  return { ...prf(tp, tp, total), missed };
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

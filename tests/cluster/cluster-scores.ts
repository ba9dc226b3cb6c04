/**
 * Clustering scores as the team datasets README (outside this repository) defines them: B-cubed and pairwise precision, recall and F1 of a
 * predicted clustering against gold labels, both given as item -> cluster maps over the same items.
 */
export interface ClusterScores {
  bcubed: { precision: number; recall: number; f1: number };
  pairwise: { precision: number; recall: number; f1: number };
  predicted: number;
  gold: number;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function groups(of: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [item, c] of of) {
    if (!out.has(c)) out.set(c, new Set());
    out.get(c)!.add(item);
  }
  return out;
}

export function scoreClustering(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusterScores {
  const items = [...gold.keys()];
  for (const i of items) if (!predicted.has(i)) throw new Error(`no prediction for ${i}`);
  const pg = groups(predicted);
  const gg = groups(gold);
  let bp = 0;
  let br = 0;
  for (const i of items) {
    const p = pg.get(predicted.get(i)!)!;
    const g = gg.get(gold.get(i)!)!;
    let both = 0;
    for (const x of p) if (g.has(x)) both++;
    bp += both / p.size;
    br += both / g.size;
  }
  bp /= items.length;
  br /= items.length;
  // Pairs counted per cluster and per intersection: a true-positive pair shares both a predicted and a gold cluster.
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let predictedPairs = 0;
  for (const s of pg.values()) predictedPairs += pairs(s.size);
  let goldPairs = 0;
  for (const s of gg.values()) goldPairs += pairs(s.size);
  const cells = new Map<string, number>();
  for (const i of items) {
    const k = `${predicted.get(i)}\u0000${gold.get(i)}`;
    cells.set(k, (cells.get(k) ?? 0) + 1);
  }
  let truePairs = 0;
  for (const n of cells.values()) truePairs += pairs(n);
  const pp = predictedPairs ? truePairs / predictedPairs : 1;
  const pr = goldPairs ? truePairs / goldPairs : 1;
  return {
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    predicted: pg.size,
    gold: gg.size,
  };
}

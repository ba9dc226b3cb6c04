import type { ArticleEdge } from '../domain/story.ts';

/**
 * Each article keeps its `k` most related articles: score descending, then related id. A total order on an
 * article's pairs, so the list of best `k` over a set of pairs does not depend on the order the pairs were offered
 * in: merging offers into the stored best `k` gives the best `k` of everything offered so far. A newly placed
 * article offers each related pair to both ends; an older article's list changes only where the newcomer ranks in
 * it, pushing out its last entry: a local update of two lists, whatever the size of the story.
 */
export function ranksBefore(x: { score: number; relatedId: string }, y: { score: number; relatedId: string }): number {
  return y.score - x.score || (x.relatedId < y.relatedId ? -1 : x.relatedId > y.relatedId ? 1 : 0);
}

export interface ListChange {
  /** Rows to write (new, or a stored pair with another score or reasons). */
  added: ArticleEdge[];
  /** Rows pushed out of a list. */
  removed: ArticleEdge[];
}

/** Merges offered edges into the stored lists (every stored row of the offered lists' owners), keeping `k` per article. */
export function mergeLists(k: number, stored: readonly ArticleEdge[], offered: readonly ArticleEdge[]): ListChange {
  const owners = new Map<string, { stored: Map<string, ArticleEdge>; all: Map<string, ArticleEdge> }>();
  const of = (id: string) => {
    let o = owners.get(id);
    if (!o) owners.set(id, (o = { stored: new Map(), all: new Map() }));
    return o;
  };
  for (const e of offered) of(e.articleId);
  for (const e of stored) {
    const o = owners.get(e.articleId);
    if (!o) continue;
    o.stored.set(e.relatedId, e);
    o.all.set(e.relatedId, e);
  }
  for (const e of offered) if (e.articleId !== e.relatedId) of(e.articleId).all.set(e.relatedId, e);
  const change: ListChange = { added: [], removed: [] };
  for (const id of [...owners.keys()].sort()) {
    const o = owners.get(id)!;
    const kept = [...o.all.values()].sort(ranksBefore).slice(0, Math.max(0, k));
    const keep = new Set(kept.map((e) => e.relatedId));
    for (const e of kept) {
      const before = o.stored.get(e.relatedId);
      // A stored row kept as it is (no offer replaced it) needs no comparing.
      if (before === e) continue;
      if (!before || before.score !== e.score || JSON.stringify(before.reasons) !== JSON.stringify(e.reasons)) change.added.push(e);
    }
    for (const e of o.stored.values()) if (!keep.has(e.relatedId)) change.removed.push(e);
  }
  return change;
}

/** A stored list in brief: how many rows it holds and its lowest score. */
export interface ListSummary {
  count: number;
  lowest: number;
}

/**
 * The articles whose stored lists these offers leave as they are, so their rows need not be read: a list of `k` rows
 * whose lowest score is above every offer to it, none of which names an article it holds (`held`: "owner related"
 * keys of offered pairs already stored). Every stored row ranks before every offer, so the best `k` are the stored
 * rows, and mergeLists would add and remove nothing there.
 */
export function listsKept(k: number, summaries: ReadonlyMap<string, ListSummary>, offered: readonly ArticleEdge[], held: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const rejected = new Set<string>();
  for (const e of offered) {
    const s = summaries.get(e.articleId);
    if (s && s.count === k && s.lowest > e.score && !held.has(`${e.articleId} ${e.relatedId}`)) out.add(e.articleId);
    else rejected.add(e.articleId);
  }
  for (const id of rejected) out.delete(id);
  return out;
}

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Dialect } from '../../src/store/db.ts';
import { clusterInOrder, createNewsStore, storeNews } from './seed-stories.ts';
import { syntheticNews } from './synthetic-news.ts';

export interface ClusterDigest {
  articles: number;
  /** sha256 of every line below, sorted: equal digests mean equal clustering output. */
  digest: string;
  /** Lines per table, to see at a glance what a differing digest differs in. */
  counts: Record<string, number>;
  cpuMsPerArticle: number;
}

/**
 * What clustering made of a synthetic stream, as text that two builds can compare: every article's story, copy and
 * version, every story row, same-event link, related-article edge, related-story edge and merge. Ids are random
 * (ULIDs), so each is written as the position of its article or source in the stream; their order is the stream's
 * order in every run, so the clusterer's tie-breaks by id decide the same way. Wall-clock columns (clustered_at,
 * created_at, updated_at, merged_at) are left out.
 */
export async function benchClusterDigest(opts: { articles: number; perCall?: number; batchSize?: number; dialect?: Dialect; dump?: string }): Promise<ClusterDigest> {
  const ns = await createNewsStore(opts.dialect ? { dialect: opts.dialect } : {});
  try {
    const ids = await storeNews(ns, syntheticNews(opts.articles));
    const cpu0 = process.cpuUsage();
    await clusterInOrder(ns, ids, opts.perCall ?? 25, opts.batchSize);
    const cpu = process.cpuUsage(cpu0);
    const name = new Map<string, string>();
    ns.ids.forEach((id, i) => name.set(id, `a${i}`));
    ns.sourceIds.forEach((id, i) => name.set(id, `s${i}`));
    const n = (id: string | null) => (id === null ? '-' : (name.get(id) ?? `?${id}`));
    const k = ns.store.db.kysely;
    const lines: Record<string, string[]> = {};
    lines.article = (await k.selectFrom('articles').select(['id', 'story_id', 'duplicate_of_id', 'cluster_version']).execute()).map(
      (r) => `article ${n(r.id)} story=${n(r.story_id)} copyOf=${n(r.duplicate_of_id)} v=${r.cluster_version}`,
    );
    lines.story = (await k.selectFrom('stories').selectAll().execute()).map((s) =>
      [
        `story ${n(s.id)} central=${n(s.central_article_id)} first=${n(s.first_article_id)} by=${n(s.first_source_id)}`,
        `seen=${s.first_seen_at}..${s.last_updated_at} articles=${s.article_count} sources=${s.source_count} reactions=${s.reaction_count}`,
        `sourceList=${(JSON.parse(s.sources) as string[]).map(n).join(',')} countries=${s.countries} languages=${s.languages} hot=${s.hot}`,
        `title=${JSON.stringify(s.title)} summary=${JSON.stringify(s.summary)}`,
      ].join(' '),
    );
    lines.link = (await k.selectFrom('article_links').selectAll().execute()).map((r) => `link ${n(r.article_id)} ${n(r.linked_id)} ${r.score}`);
    lines.articleEdge = (await k.selectFrom('article_edges').selectAll().execute()).map((r) => `edge ${n(r.article_id)} ${n(r.related_id)} ${r.score} ${r.reasons}`);
    lines.storyEdge = (await k.selectFrom('story_edges').selectAll().execute()).map((r) => `storyEdge ${n(r.story_id)} ${n(r.related_id)} ${r.score} ${r.reasons}`);
    lines.merge = (await k.selectFrom('story_merges').selectAll().execute()).map((r) => `merge ${n(r.merged_id)} ${n(r.into_id)} ${r.score}`);
    const all = Object.values(lines).flat().sort();
    if (opts.dump) writeFileSync(opts.dump, all.join('\n') + '\n');
    return {
      articles: opts.articles,
      digest: createHash('sha256').update(all.join('\n')).digest('hex'),
      counts: Object.fromEntries(Object.entries(lines).map(([t, l]) => [t, l.length])),
      cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / opts.articles,
    };
  } finally {
    await ns.store.cleanup();
  }
}

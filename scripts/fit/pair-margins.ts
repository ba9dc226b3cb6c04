/**
 * How far apart the multilingual corpus's same-language pairs are: for each split (tune, report) and language, the
 * highest-scoring pair of two different stories (negative), the lowest-scoring pair of one story (positive) where
 * there is one, and the gap to the link threshold, scored as the clusterer links them (linkScore). Re-runnable,
 * reads only tests/fixtures:
 *
 *   node --import tsx scripts/fit/pair-margins.ts [--top N]
 *
 * Measures the effect of the background word weights on languages other than English; chooses nothing.
 */
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { vectorOf } from '../../src/cluster/article-document.ts';
import { isLink, linkScore } from '../../src/cluster/link-components.ts';
import { CLUSTER_PARAMS } from '../../src/cluster/params.ts';
import { loadCorpusArticles, loadMultilingualLabels } from '../../tests/support/multilingual-corpus.ts';

const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 5;
const WINDOW_HOURS = 7 * 24;
const taxonomy = loadTaxonomy();
const labels = loadMultilingualLabels();
const sources = loadCorpusArticles();

const docs = labels.articles.map((l) => {
  const a = sources.get(l.id)!;
  const text = a.paragraphs.join('\n\n');
  const e = enrichArticle({ title: a.title, text, languageHint: null, publishedAt: a.published }, taxonomy);
  const v = vectorOf({ title: a.title, text, language: e.language, entities: e.entities.map((x) => ({ key: x.entity.key, name: x.entity.name, salience: x.salience })), topics: e.topics.map((t) => t.slug) });
  return { id: l.id, story: l.story, split: labels.stories[l.story]!.split, published: a.published, v };
});

const round = (x: number) => Math.round(x * 1000) / 1000;
for (const split of ['tune', 'report']) {
  const ds = docs.filter((d) => d.split === split);
  const neg: { s: number; a: string; b: string; lang: string }[] = [];
  const pos: { s: number; a: string; b: string; lang: string }[] = [];
  for (let i = 0; i < ds.length; i++) {
    for (let j = i + 1; j < ds.length; j++) {
      const x = ds[i]!;
      const y = ds[j]!;
      if (!x.v.lang || x.v.lang !== y.v.lang) continue;
      const s = linkScore({ id: x.id, publishedAt: x.published, vector: x.v }, { id: y.id, publishedAt: y.published, vector: y.v }, WINDOW_HOURS) ?? 0;
      (x.story === y.story ? pos : neg).push({ s, a: x.id, b: y.id, lang: x.v.lang });
    }
  }
  neg.sort((p, q) => q.s - p.s);
  pos.sort((p, q) => p.s - q.s);
  const nonEn = neg.filter((n) => n.lang !== 'en');
  const mean = (xs: { s: number }[]) => (xs.length ? xs.reduce((t, x) => t + x.s, 0) / xs.length : 0);
  console.info(`${split}: same-language pairs ${pos.length} positive, ${neg.length} negative (${nonEn.length} non-English)`);
  console.info(`  top negative ${round(neg[0]?.s ?? 0)}, mean negative ${round(mean(neg))}; non-English top ${round(nonEn[0]?.s ?? 0)}, mean ${round(mean(nonEn))}`);
  if (pos.length) console.info(`  lowest positive ${round(pos[0]!.s)}, mean positive ${round(mean(pos))}; margin (lowest positive - top negative) ${round(pos[0]!.s - (neg[0]?.s ?? 0))}`);
  else console.info('  no same-language positives (one article per language per story): margin to the link threshold only');
  console.info(`  link threshold ${CLUSTER_PARAMS.linkThreshold} - top negative: ${round(CLUSTER_PARAMS.linkThreshold - (neg[0]?.s ?? 0))}; non-English: ${round(CLUSTER_PARAMS.linkThreshold - (nonEn[0]?.s ?? 0))}`);
  console.info(`  negatives over the link threshold: ${neg.filter((n) => isLink(n.s)).length}; positives under it: ${pos.filter((n) => !isLink(n.s)).length}`);
  for (const n of neg.slice(0, top)) console.info(`  neg ${round(n.s)} ${n.lang} ${n.a} / ${n.b}`);
  for (const n of pos.slice(0, top)) console.info(`  pos ${round(n.s)} ${n.lang} ${n.a} / ${n.b}`);
}

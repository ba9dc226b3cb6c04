import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { dissolve } from '../../src/cluster/recluster.ts';
import type { Enrichment } from '../../src/domain/enrichment.ts';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { extractReactions } from '../../src/enrich/reactions/extract-reactions.ts';
import { extractLanguageReactions } from '../../src/enrich/reactions/languages/extract-language-reactions.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { loadCorpusArticles, loadMultilingualLabels } from '../support/multilingual-corpus.ts';
import { createNewsStore, storeNews } from './seed-stories.ts';
import type { SyntheticArticle } from './synthetic-news.ts';

export const BENCH_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ru'] as const;

export interface LanguageEnrichRow {
  language: string;
  articles: number;
  words: number;
  /** Whole enrichment (language, entities, reactions, topics) per second of CPU time: one core's throughput. */
  enrichPerCoreSecond: number;
  /** The reaction extractor alone (the English one for English, the multilingual engine for the others), per core. */
  reactionsPerCoreSecond: number;
  /** Clustering (the real clusterer on SQLite, one article per call, all languages in one store), per core. */
  clusterPerCoreSecond: number;
}

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

interface Input {
  id: string;
  language: string;
  title: string;
  text: string;
  languageHint: null;
  publishedAt: string;
}

function corpusInputs(): Input[] {
  const sources = loadCorpusArticles();
  const out: Input[] = [];
  for (const a of loadMultilingualLabels().articles) {
    if (!(BENCH_LANGUAGES as readonly string[]).includes(a.language)) continue;
    const s = sources.get(a.id)!;
    out.push({ id: a.id, language: a.language, title: s.title, text: s.paragraphs.join('\n\n'), languageHint: null, publishedAt: s.published });
  }
  return out;
}

/**
 * Clustering CPU seconds per language: the corpus stored once with its enrichment in a SQLite store, then, `rounds`
 * times, its stories dissolved and every article clustered again in publication order, one article per call, each
 * call's CPU time counted for the article's language. Every language meets the others' articles as candidates, as
 * in a real multilingual store.
 */
async function clusterSeconds(inputs: readonly Input[], enrichments: readonly Enrichment[], rounds: number): Promise<Map<string, number>> {
  const news = await createNewsStore({ sources: 12 });
  try {
    const articles: SyntheticArticle[] = inputs.map((input, k) => {
      const e = enrichments[k]!;
      return {
        seq: k,
        story: k,
        source: k % 12,
        publishedAt: input.publishedAt,
        title: input.title,
        text: input.text,
        language: e.language ?? input.language,
        entities: e.entities.map((x) => ({ ref: x.entity, salience: x.salience, mentions: x.mentions })),
        topics: e.topics.map((t) => t.slug),
        reactions: e.reactions,
      };
    });
    const order = articles.map((a, k) => ({ a, k })).sort((x, y) => x.a.publishedAt.localeCompare(y.a.publishedAt) || x.k - y.k);
    const ids = await storeNews(news, articles);
    const seconds = new Map<string, number>();
    for (let round = 0; round <= rounds; round++) {
      await news.store.db.kysely.transaction().execute((trx) => dissolve(news.ctx, trx));
      for (const { k } of order) {
        const start = process.cpuUsage();
        const r = await clusterArticles(news.ctx, [ids[k]!]);
        const used = process.cpuUsage(start);
        if (r.failed.length) throw new Error(`clustering failed for ${inputs[k]!.id}`);
        // Round 0 warms up (JIT, statement caches) and is not counted.
        if (round > 0) seconds.set(inputs[k]!.language, (seconds.get(inputs[k]!.language) ?? 0) + (used.user + used.system) / 1e6);
      }
    }
    return seconds;
  } finally {
    await news.store.cleanup();
  }
}

/**
 * Enrichment and clustering throughput per language on the multilingual corpus (150–500-word articles in six
 * languages): enrichment and the reaction extractor alone over each language's articles `rounds` times after a
 * warm-up, clustering as in clusterSeconds. All in CPU time, so the figures are per core whatever else runs.
 */
export async function benchEnrichLanguages(rounds = 10): Promise<LanguageEnrichRow[]> {
  const taxonomy = loadTaxonomy();
  const inputs = corpusInputs();
  const enrichments = inputs.map((i) => enrichArticle(i, taxonomy));
  const clustering = await clusterSeconds(inputs, enrichments, 3);
  const rows: LanguageEnrichRow[] = [];
  for (const language of BENCH_LANGUAGES) {
    const mine = inputs.filter((i) => i.language === language);
    for (const i of mine) enrichArticle(i, taxonomy);
    const items = Array.from({ length: rounds }, () => mine).flat();
    const reactions = language === 'en' ? (i: Input) => extractReactions(i) : (i: Input) => extractLanguageReactions(i, language);
    rows.push({
      language,
      articles: mine.length,
      words: Math.round(mine.reduce((n, i) => n + i.text.split(/\s+/).length, 0) / mine.length),
      enrichPerCoreSecond: items.length / cpuSeconds(() => items.forEach((i) => enrichArticle(i, taxonomy))),
      reactionsPerCoreSecond: items.length / cpuSeconds(() => items.forEach(reactions)),
      clusterPerCoreSecond: (mine.length * 3) / (clustering.get(language) ?? Infinity),
    });
  }
  return rows;
}

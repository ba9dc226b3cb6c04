import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { extractEntities } from '../../src/enrich/entities/extract-entities.ts';
import { extractReactions } from '../../src/enrich/reactions/extract-reactions.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { loadWorldNewsArticles } from '../enrich/world-news-corpus.ts';

export interface LongArticleRow {
  stage: string;
  /** Articles per second of CPU time of this process: one core's throughput, whatever else the machine runs. */
  articlesPerCoreSecond: number;
}

export interface LongArticleBench {
  rows: LongArticleRow[];
  articles: number;
  meanWords: number;
  /** Resident set and V8 heap after the run, MiB (gazetteer, dictionaries and the tagger's model loaded). */
  rssMiB: number;
  heapUsedMiB: number;
}

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/**
 * Enrichment of 800-word articles: the world-news bodies joined in corpus order until each article reaches 800 words
 * (so reaction-dense text, the costly case), timed in CPU seconds so the figure is per core.
 */
export async function benchLongArticles(rounds = 3): Promise<LongArticleBench> {
  const source = await loadWorldNewsArticles();
  const articles: { title: string; text: string; languageHint: string | null; publishedAt: string }[] = [];
  let parts: string[] = [];
  let words = 0;
  for (let r = 0; r < rounds; r++) {
    for (const a of source) {
      parts.push(a.text);
      words += a.text.split(/\s+/).length;
      if (words < 800) continue;
      articles.push({ title: a.title, text: parts.join('\n'), languageHint: a.language, publishedAt: a.label.published });
      parts = [];
      words = 0;
    }
  }
  const taxonomy = loadTaxonomy();
  // Warm-up: JIT, the gazetteer, the CAMEO dictionary and the part-of-speech model load on first use.
  for (const a of articles.slice(0, 6)) enrichArticle(a, taxonomy);
  const rate = (fn: () => void) => articles.length / cpuSeconds(fn);
  const rows: LongArticleRow[] = [
    { stage: 'entities', articlesPerCoreSecond: rate(() => articles.forEach((a) => extractEntities(a))) },
    { stage: 'reactions', articlesPerCoreSecond: rate(() => articles.forEach((a) => extractReactions(a))) },
    { stage: 'enrichment (all)', articlesPerCoreSecond: rate(() => articles.forEach((a) => enrichArticle(a, taxonomy))) },
  ];
  const mem = process.memoryUsage();
  return {
    rows,
    articles: articles.length,
    meanWords: Math.round(articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / articles.length),
    rssMiB: mem.rss / 2 ** 20,
    heapUsedMiB: mem.heapUsed / 2 ** 20,
  };
}

import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { extractEntities } from '../../src/enrich/entities/extract-entities.ts';
import { detectLanguage } from '../../src/enrich/language/detect-language.ts';
import { extractReactions } from '../../src/enrich/reactions/extract-reactions.ts';
import { countTagging } from '../../src/enrich/reactions/pos-tags.ts';
import { topicsForLanguage } from '../../src/enrich/topics/localized-topics.ts';
import { tagTopics } from '../../src/enrich/topics/tag-topics.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { loadWorldNewsArticles } from '../enrich/world-news-corpus.ts';

export interface LongArticleRow {
  stage: string;
  /** Articles per second of CPU time of this process: one core's throughput, whatever else the machine runs. */
  articlesPerCoreSecond: number;
  /** CPU milliseconds per article (the best of the passes). */
  msPerArticle: number;
  /** This stage's share of the whole enrichment's time. */
  shareOfAll: number;
}

export interface LongArticleBench {
  rows: LongArticleRow[];
  articles: number;
  meanWords: number;
  /** Resident set and V8 heap after the run, MiB (gazetteer, dictionaries and the tagger's model loaded). */
  rssMiB: number;
  heapUsedMiB: number;
  /** The part-of-speech tagger within enrichArticle: CPU ms and calls (sentences tagged) per article, share of the pass. */
  tagging: { msPerArticle: number; callsPerArticle: number; shareOfAll: number };
}

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export interface LongArticle {
  title: string;
  text: string;
  languageHint: string | null;
  publishedAt: string;
}

/** The world-news bodies joined in corpus order until each article reaches 800 words, `rounds` times over. */
export async function longArticles(rounds = 3): Promise<LongArticle[]> {
  const source = await loadWorldNewsArticles();
  const articles: LongArticle[] = [];
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
  return articles;
}

/**
 * Enrichment of 800-word articles: the world-news bodies joined in corpus order until each article reaches 800 words
 * (so reaction-dense text, the costly case), timed in CPU seconds so the figure is per core. Every stage is timed on
 * its own, and the whole without reactions, so the share each part takes is visible.
 */
export async function benchLongArticles(rounds = 3, passes = 5): Promise<LongArticleBench> {
  const articles = await longArticles(rounds);
  const taxonomy = loadTaxonomy();
  // Warm-up: JIT, the gazetteer, the CAMEO dictionary and the part-of-speech model load on first use.
  for (const a of articles.slice(0, 6)) enrichArticle(a, taxonomy);
  // Each stage on its own, as enrichArticle runs it: topics take the article's entities and reactions as input.
  const entities = articles.map((a) => extractEntities({ ...a, language: 'en' }));
  const reactions = articles.map((a) => extractReactions(a));
  const english = [...topicsForLanguage(taxonomy, 'en')];
  const stages: Array<[string, () => void]> = [
    ['language', () => articles.forEach((a) => detectLanguage({ title: a.title, text: a.text, hint: a.languageHint }))],
    ['entities', () => articles.forEach((a) => extractEntities({ ...a, language: 'en' }))],
    ['topics', () => articles.forEach((a, k) => tagTopics({ ...a, entities: entities[k]!, reactions: reactions[k]! }, english))],
    ['reactions', () => articles.forEach((a) => extractReactions(a))],
    [
      'enrichment without reactions',
      () =>
        articles.forEach((a, k) => {
          detectLanguage({ title: a.title, text: a.text, hint: a.languageHint });
          tagTopics({ ...a, entities: extractEntities({ ...a, language: 'en' }), reactions: reactions[k]! }, english);
        }),
    ],
    ['enrichment (all)', () => articles.forEach((a) => enrichArticle(a, taxonomy))],
  ];
  // The best of several passes: the machine is shared, and the least disturbed pass is the closest to the code's cost.
  const best = (fn: () => void): number => Math.min(...Array.from({ length: passes }, () => cpuSeconds(fn)));
  const seconds: (readonly [string, number])[] = stages.map(([stage, fn]) => [stage, best(fn)] as const);
  const all = seconds[seconds.length - 1]![1];
  // Alone, reactions read the body for themselves; within enrichArticle they reuse the entity pass's tokens and
  // gazetteer matches. What they add there is the whole minus the whole without them.
  const without = seconds.find(([stage]) => stage === 'enrichment without reactions')![1];
  seconds.splice(seconds.length - 1, 0, ['reactions within enrichment (all − without)', Math.max(all - without, 1e-9)]);
  const rows: LongArticleRow[] = seconds.map(([stage, s]) => ({
    stage,
    articlesPerCoreSecond: articles.length / s,
    msPerArticle: (s * 1000) / articles.length,
    shareOfAll: s / all,
  }));
  // One more pass of the whole, counting the part-of-speech tagger: its share is measured within that same pass.
  countTagging(true);
  const taggedPass = cpuSeconds(() => articles.forEach((a) => enrichArticle(a, taxonomy)));
  const counted = countTagging(false)!;
  const tagging = {
    msPerArticle: counted.cpuMicros / 1000 / articles.length,
    callsPerArticle: counted.calls / articles.length,
    shareOfAll: counted.cpuMicros / 1e6 / taggedPass,
  };
  const mem = process.memoryUsage();
  return {
    rows,
    tagging,
    articles: articles.length,
    meanWords: Math.round(articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / articles.length),
    rssMiB: mem.rss / 2 ** 20,
    heapUsedMiB: mem.heapUsed / 2 ** 20,
  };
}

import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { extractEntities } from '../../src/enrich/entities/extract-entities.ts';
import { extractReactions } from '../../src/enrich/reactions/extract-reactions.ts';
import { detectLanguage } from '../../src/enrich/language/detect-language.ts';
import { tagTopics } from '../../src/enrich/topics/tag-topics.ts';
import { normalizeFeed } from '../../src/ingest/normalize/normalize-feed.ts';
import { parseFeed } from '../../src/ingest/parse/parse-feed.ts';
import { loadWorldNewsArticles } from '../enrich/world-news-corpus.ts';
import { syntheticRss } from './synthetic-feed.ts';

export interface EnrichRow {
  stage: string;
  itemsPerSecond: number;
  ratioToParse: number;
}

function rate(n: number, fn: () => void): number {
  const t0 = performance.now();
  fn();
  return n / ((performance.now() - t0) / 1000);
}

/**
 * Enrichment cost on typical feed items (the world-news corpus: 90–220-word news items, repeated), per stage and in
 * total, next to parse-only throughput measured in the same run on feeds of the same items.
 */
export async function benchEnrich(rounds = 20): Promise<EnrichRow[]> {
  const articles = await loadWorldNewsArticles();
  const items = Array.from({ length: rounds }, () => articles).flat();
  const taxonomy = loadTaxonomy();
  const inputs = items.map((a) => ({ title: a.title, text: a.text, languageHint: a.language }));
  // Warm-up: JIT and the lazily built indexes.
  for (const i of inputs.slice(0, 72)) enrichArticle(i, taxonomy);

  const feeds = Array.from({ length: 12 }, (_, f) => syntheticRss(f, 0, 50));
  for (const f of feeds.slice(0, 3)) normalizeFeed(await parseFeed(f), { feedUrl: 'https://x.example/f', fetchedAt: new Date() });
  let parsed = 0;
  const t0 = performance.now();
  for (const f of feeds) parsed += normalizeFeed(await parseFeed(f), { feedUrl: 'https://x.example/f', fetchedAt: new Date() }).articles.length;
  const parseNormalize = parsed / ((performance.now() - t0) / 1000);
  const t1 = performance.now();
  let n = 0;
  for (const f of feeds) n += (await parseFeed(f)).items.length;
  const parseOnly = n / ((performance.now() - t1) / 1000);

  const entities = inputs.map((i) => extractEntities(i));
  const reactions = inputs.map((i) => extractReactions(i));
  const rows: EnrichRow[] = [
    { stage: 'parse only (baseline)', itemsPerSecond: parseOnly, ratioToParse: 1 },
    { stage: 'parse + normalize', itemsPerSecond: parseNormalize, ratioToParse: parseNormalize / parseOnly },
    { stage: 'language', itemsPerSecond: rate(inputs.length, () => inputs.forEach((i) => detectLanguage({ ...i, hint: i.languageHint }))), ratioToParse: 0 },
    { stage: 'entities', itemsPerSecond: rate(inputs.length, () => inputs.forEach((i) => extractEntities(i))), ratioToParse: 0 },
    { stage: 'reactions', itemsPerSecond: rate(inputs.length, () => inputs.forEach((i) => extractReactions(i))), ratioToParse: 0 },
    {
      stage: 'topics',
      itemsPerSecond: rate(inputs.length, () => inputs.forEach((i, k) => tagTopics({ ...i, entities: entities[k]!, reactions: reactions[k]! }, taxonomy))),
      ratioToParse: 0,
    },
    { stage: 'enrichment (all)', itemsPerSecond: rate(inputs.length, () => inputs.forEach((i) => enrichArticle(i, taxonomy))), ratioToParse: 0 },
  ];
  for (const r of rows.slice(2)) r.ratioToParse = r.itemsPerSecond / parseOnly;
  return rows;
}

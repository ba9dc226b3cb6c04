import type { Article, NewArticle } from '../../src/domain/article.ts';
import type { Enrichment } from '../../src/domain/enrichment.ts';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { enrichArticles } from '../../src/enrich/run-enrichment.ts';
import { loadTaxonomy, type TopicDefinition } from '../../src/enrich/topics/taxonomy.ts';
import { canonicalizeUrl } from '../../src/ingest/normalize/canonical-url.ts';
import { silentLogger } from '../../src/log/logger.ts';
import type { Db } from '../../src/store/db.ts';
import type { Repositories } from '../../src/store/repositories/index.ts';
import { loadWorldNewsArticles, loadWorldNewsLabels, type WorldNewsLabel } from '../enrich/world-news-corpus.ts';

/**
 * The world-news corpus (tests/fixtures/world-news) stored through the real repositories, one source and feed per
 * outlet, then enriched by the real runner (enrichArticles). Each stored article comes with its gold label and with
 * what the pure enrichArticle function finds in it: the independent expectation the API's answers are checked against.
 */
export interface StoredWorldNewsArticle {
  label: WorldNewsLabel;
  article: Article;
  /** enrichArticle over the stored title and text with the built-in taxonomy. */
  expected: Enrichment;
}

const NOW = '2025-06-15T00:00:00.000Z';

export function builtInTopics(): TopicDefinition[] {
  return loadTaxonomy();
}

/**
 * The expectations with the built-in taxonomy, by title, text and language. enrichArticle is a pure function of
 * those, so its answer is computed once per worker process (the suite shares a worker's modules across test files)
 * rather than once per seeded store; each caller gets its own copy.
 */
const builtInExpectations = new Map<string, Enrichment>();

export function enrichmentOf(article: Pick<Article, 'title' | 'text' | 'language'>, topics?: readonly TopicDefinition[]): Enrichment {
  const input = { title: article.title, text: article.text, languageHint: article.language };
  if (topics) return enrichArticle(input, topics);
  const key = JSON.stringify([input.title, input.text, input.languageHint]);
  let expected = builtInExpectations.get(key);
  if (!expected) builtInExpectations.set(key, (expected = enrichArticle(input, builtInTopics())));
  return structuredClone(expected);
}

export async function seedWorldNews(db: Db, repos: Repositories): Promise<StoredWorldNewsArticle[]> {
  const labels = loadWorldNewsLabels();
  const corpus = await loadWorldNewsArticles();
  for (const [file, meta] of Object.entries(labels.feeds)) {
    const source = await repos.sources.ensure({ name: meta.outlet, homepage: meta.site }, NOW);
    const feed = await repos.feeds.create({ sourceId: source.id, url: new URL(file, meta.site).href, intervalSeconds: 900 }, NOW);
    const items = corpus
      .filter((a) => a.label.feed === file)
      .map(
        (a): NewArticle => ({
          dedupKey: `url:${a.url}`,
          guid: a.label.guid,
          url: a.url,
          canonicalUrl: canonicalizeUrl(a.url),
          title: a.title,
          contentHtml: null,
          text: a.text,
          excerpt: a.text.slice(0, 200),
          authors: [],
          categories: [],
          imageUrl: null,
          enclosures: [],
          language: a.language,
          publishedAt: new Date(a.label.published).toISOString(),
          publishedAtEstimated: false,
          updatedAt: null,
          contentHash: `hash:${a.label.guid}`,
        }),
      );
    await db.kysely.transaction().execute((trx) => repos.articles.upsertForFeed(trx, feed, items, NOW));
  }
  const out: StoredWorldNewsArticle[] = [];
  for (const a of corpus) {
    const article = await repos.articleQueries.getByCanonicalUrl(canonicalizeUrl(a.url)!);
    if (!article) throw new Error(`world-news article not stored: ${a.url}`);
    out.push({ label: a.label, article, expected: enrichmentOf(article) });
  }
  const summary = await enrichArticles({ db, repos, logger: silentLogger }, out.map((s) => s.article.id));
  if (summary.failed.length || summary.enriched !== out.length) throw new Error(`enrichment failed: ${JSON.stringify(summary)}`);
  return out;
}

/** The order of an entity's or topic's articles and of Query.articles(orderBy: NEWEST). */
export function newestFirst(a: Pick<Article, 'publishedAt' | 'id'>, b: Pick<Article, 'publishedAt' | 'id'>): number {
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

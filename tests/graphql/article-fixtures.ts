import { readFileSync } from 'node:fs';
import type { Article, NewArticle } from '../../src/domain/article.ts';
import type { Feed, Source } from '../../src/domain/feed.ts';
import { canonicalizeUrl } from '../../src/ingest/normalize/canonical-url.ts';
import type { Repositories } from '../../src/store/repositories/index.ts';
import type { Db } from '../../src/store/db.ts';
import { fixtureUrl } from '../support/fixtures.ts';

/**
 * Articles for API tests: real news text from the ECB+ corpus (tests/fixtures/ecbplus, CC BY 3.0) spread
 * over several sources with two feeds each, stored through the real repositories as ingestion stores them.
 */
const ECB_DOCS = fixtureUrl('ecbplus/docs.jsonl');

interface EcbDoc {
  id: string;
  topic: string;
  split: string;
  sentences: string[];
}

export interface SourceSpec {
  name: string;
  host: string;
  language: string | null;
  /** How this outlet spells the sport category (a trap for exact category matching). */
  sportCategory: string;
}

export const SOURCES: SourceSpec[] = [
  { name: 'Harbour Times', host: 'harbourtimes.example', language: 'en-GB', sportCategory: 'Sport' },
  { name: 'Midwest Ledger', host: 'midwestledger.example', language: 'en-US', sportCategory: 'Sports' },
  { name: 'Pacific Daily', host: 'pacificdaily.example', language: 'en', sportCategory: 'Sport' },
  { name: 'Le Courrier du Monde', host: 'courrier.example', language: 'fr', sportCategory: 'Sport' },
  { name: 'Karoo Dispatch', host: 'karoo.example', language: 'en-ZA', sportCategory: 'Sport' },
  { name: 'Monsoon Wire', host: 'monsoonwire.example', language: null, sportCategory: 'Sport' },
];

const CATEGORY_BY_TOPIC: Record<string, string> = {
  '1': 'Entertainment', '2': 'Entertainment', '4': 'Entertainment', '6': 'Entertainment',
  '5': 'Sport', '7': 'Sport', '10': 'Sport', '25': 'Sport', '29': 'Sport', '31': 'Sport', '35': 'Sport',
  '27': 'Technology', '30': 'Technology', '9': 'Environment', '20': 'Environment', '23': 'Environment',
  '11': 'Politics', '19': 'Politics', '28': 'Politics', '34': 'Politics', '12': 'World', '13': 'Politics',
};

const URLISH = /https?:|www\.|\.\s?com\b| \/ /;

function readDocs(): EcbDoc[] {
  return readFileSync(ECB_DOCS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EcbDoc);
}

function toNewArticle(doc: EcbDoc, spec: SourceSpec, index: number, publishedAt: string): NewArticle {
  const sentences = doc.sentences.map((s) => s.trim()).filter((s) => s.length > 0 && !URLISH.test(s));
  const title = (sentences[0] ?? doc.id).slice(0, 140);
  const text = sentences.slice(1).join(' ') || title;
  const topicCategory = CATEGORY_BY_TOPIC[doc.topic] ?? 'Crime';
  const url = `https://${spec.host}/news/${doc.id.replace(/_/g, '-')}-${index}`;
  return {
    dedupKey: `url:${url}`,
    guid: null,
    url,
    canonicalUrl: canonicalizeUrl(url),
    title,
    contentHtml: `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
    text,
    excerpt: text.slice(0, 200),
    authors: [`${spec.name} staff`],
    categories: [topicCategory === 'Sport' ? spec.sportCategory : topicCategory, `Desk ${index % 3}`],
    imageUrl: null,
    enclosures: [],
    language: spec.language,
    publishedAt,
    publishedAtEstimated: false,
    updatedAt: null,
    contentHash: `hash:${doc.id}:${index}`,
  };
}

export interface Corpus {
  sources: Source[];
  /** Per source, in SOURCES order: [main feed, second feed]. */
  feeds: Feed[][];
  /** Stored articles (as the repository returns them). */
  articles: Article[];
  /** Article id -> ids of the feeds it was seen in. */
  feedsOf: Map<string, string[]>;
}

export const BASE_TIME = Date.parse('2026-11-20T12:00:00.000Z');

/**
 * Stores `perSource` articles for each source. Publication times step back 37 minutes per article, and every fifth
 * article shares its predecessor's time, so ties on published_at are broken by id. Every third article is also seen
 * in the source's second feed.
 */
export async function seedCorpus(db: Db, repos: Repositories, perSource = 12): Promise<Corpus> {
  const now = '2026-11-21T00:00:00.000Z';
  const docs = readDocs().filter((d) => d.split === 'train');
  const topics = [...new Set(docs.map((d) => d.topic))].sort((a, b) => Number(a) - Number(b));
  const byTopic = new Map(topics.map((t) => [t, docs.filter((d) => d.topic === t)]));
  // Stepping through the topics by 7 (coprime with their count) gives every source a mix of subjects.
  const docFor = (n: number): EcbDoc => {
    const list = byTopic.get(topics[(n * 7) % topics.length]!)!;
    return list[Math.floor(n / topics.length) % list.length]!;
  };
  const sources: Source[] = [];
  const feeds: Feed[][] = [];
  for (const spec of SOURCES) {
    const source = await repos.sources.ensure({ name: spec.name, homepage: `https://${spec.host}/`, language: spec.language }, now);
    sources.push(source);
    const pair: Feed[] = [];
    for (const path of ['feed.xml', 'world/rss']) {
      pair.push(await repos.feeds.create({ sourceId: source.id, url: `https://${spec.host}/${path}`, intervalSeconds: 900 }, now));
    }
    feeds.push(pair);
  }
  let n = 0;
  let time = BASE_TIME;
  for (let s = 0; s < SOURCES.length; s++) {
    const items: NewArticle[] = [];
    for (let i = 0; i < perSource; i++) {
      const doc = docFor(n);
      if (n % 5 !== 4) time -= 37 * 60_000;
      items.push(toNewArticle(doc, SOURCES[s]!, n, new Date(time).toISOString()));
      n++;
    }
    const [main, second] = feeds[s]!;
    await db.kysely.transaction().execute(async (trx) => {
      await repos.articles.upsertForFeed(trx, main!, items, now);
      await repos.articles.upsertForFeed(trx, second!, items.filter((_, i) => i % 3 === 0), now);
    });
  }
  const articles = await repos.articles.listAll();
  const feedsOf = new Map<string, string[]>();
  for (const a of articles) feedsOf.set(a.id, await repos.articles.feedIdsOf(a.id));
  return { sources, feeds, articles, feedsOf };
}

/** Stores extra articles for one source (e.g. "published while a client pages"). */
export async function addArticles(db: Db, repos: Repositories, feed: Feed, items: Partial<NewArticle>[], now = '2026-11-22T00:00:00.000Z'): Promise<void> {
  const full = items.map((it, i): NewArticle => {
    const url = it.url ?? `https://late.example/${now}/${i}/${Math.random().toString(36).slice(2)}`;
    return {
      dedupKey: `url:${url}`,
      guid: null,
      url,
      canonicalUrl: canonicalizeUrl(url),
      title: 'Late article',
      contentHtml: null,
      text: 'Filed after the first page was read.',
      excerpt: 'Filed after the first page was read.',
      authors: [],
      categories: [],
      imageUrl: null,
      enclosures: [],
      language: 'en',
      publishedAt: now,
      publishedAtEstimated: false,
      updatedAt: null,
      contentHash: `hash:${url}`,
      ...it,
    };
  });
  await db.kysely.transaction().execute(async (trx) => {
    await repos.articles.upsertForFeed(trx, feed, full, now);
  });
}

/** The order of Query.articles(orderBy: NEWEST). */
export function newestFirst(a: Article, b: Article): number {
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Letter/number runs, lower-cased: how both full-text engines see a document, near enough for test expectations. */
export function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => m[0]);
}

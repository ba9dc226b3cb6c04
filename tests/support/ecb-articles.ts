import { readFileSync } from 'node:fs';
import type { NewArticle } from '../../src/domain/article.ts';
import { canonicalizeUrl } from '../../src/ingest/normalize/canonical-url.ts';
import type { Repositories } from '../../src/store/repositories/index.ts';
import type { Db } from '../../src/store/db.ts';
import { fixturePath } from './fixtures.ts';

/** An article of the ECB+ test feed: `i` makes its URL and content hash. */
export function ecbArticle(i: number, title: string, text: string): NewArticle {
  const url = `https://ecb.example/${i}`;
  return {
    dedupKey: `url:${url}`, guid: null, url, canonicalUrl: canonicalizeUrl(url), title, contentHtml: null, text, excerpt: text.slice(0, 100),
    authors: [], categories: [], imageUrl: null, enclosures: [], language: 'en', publishedAt: '2026-11-28T10:00:00.000Z',
    publishedAtEstimated: false, updatedAt: null, contentHash: `e${i}`,
  };
}

/** Stores the first `count` ECB+ documents (first line the title), then `extra`, as one feed's articles. */
export async function storeEcbArticles(db: Db, repos: Repositories, count: number, extra: NewArticle[] = []): Promise<void> {
  const docs = readFileSync(fixturePath('ecbplus', 'docs.jsonl'), 'utf8').trim().split('\n').slice(0, count);
  const items = docs.map((line, i) => {
    const { text } = JSON.parse(line) as { text: string };
    const [title, ...rest] = text.split('\n');
    return ecbArticle(i, title!, rest.join('\n'));
  });
  items.push(...extra);
  const source = await repos.sources.ensure({ name: 'ECB' }, '2026-11-28T00:00:00.000Z');
  const feed = await repos.feeds.create({ sourceId: source.id, url: 'https://ecb.example/rss', intervalSeconds: 900 }, '2026-11-28T00:00:00.000Z');
  await db.kysely.transaction().execute((trx) => repos.articles.upsertForFeed(trx, feed, items, '2026-11-28T11:00:00.000Z'));
}

/**
 * The world-news articles (../shared/datasets/world-news) as the real ingest code sees them (decodeBody ->
 * parseFeed -> normalizeFeed), each with its label from labels.json. For developer scripts that take the folder as
 * an argument; the tests have their own loader at a fixed path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBody } from '../../src/ingest/fetch/decode-body.ts';
import { normalizeFeed } from '../../src/ingest/normalize/normalize-feed.ts';
import { parseFeed } from '../../src/ingest/parse/parse-feed.ts';

export interface WorldNewsLabel {
  feed: string;
  guid: string;
  link: string;
  title: string;
  published: string;
  story: string;
  topics: string[];
  reactions: Array<{ actor: string; stance: string; evidence: string }>;
}

export interface WorldNewsArticle {
  label: WorldNewsLabel;
  title: string;
  text: string;
  language: string | null;
}

const CONTENT_TYPES: Record<string, string> = { json: 'application/feed+json', xml: 'application/xml' };

export async function loadWorldNewsCorpus(dir: string): Promise<WorldNewsArticle[]> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    feeds: Record<string, { site: string }>;
    articles: WorldNewsLabel[];
  };
  const out: WorldNewsArticle[] = [];
  for (const [file, feed] of Object.entries(labels.feeds)) {
    const { text } = decodeBody(readFileSync(join(dir, 'feeds', file)), CONTENT_TYPES[file.split('.').pop() ?? 'xml'] ?? 'application/xml');
    const normalized = normalizeFeed(await parseFeed(text), { feedUrl: new URL(file, feed.site).href, fetchedAt: new Date('2025-06-15T00:00:00Z') });
    for (const label of labels.articles.filter((a) => a.feed === file)) {
      const article = normalized.articles.find((a) => a.url === label.link || a.canonicalUrl === label.link || a.guid === label.guid);
      if (!article) throw new Error(`world-news: no article for label ${file} ${label.guid}`);
      out.push({ label, title: article.title, text: article.text, language: article.language });
    }
  }
  return out;
}

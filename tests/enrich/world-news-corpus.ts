/**
 * Shared test helper: the 36 world-news articles (tests/fixtures/world-news) as the real ingest code sees them
 * (decodeBody -> parseFeed -> normalizeFeed), each paired with its gold label from labels.json.
 */
import { readFileSync } from 'node:fs';
import { decodeBody } from '../../src/ingest/fetch/decode-body.ts';
import { normalizeFeed } from '../../src/ingest/normalize/normalize-feed.ts';
import { parseFeed } from '../../src/ingest/parse/parse-feed.ts';
import { fixturePath } from '../support/fixtures.ts';

export const WORLD_NEWS_DIR = `${fixturePath('world-news')}/`;

export interface WorldNewsReactionLabel { actor: string; stance: string; evidence: string }
export interface WorldNewsNonReaction { actor: string; evidence: string; why: string }

export interface WorldNewsLabel {
  feed: string;
  guid: string;
  link: string;
  title: string;
  published: string;
  story: string;
  topics: string[];
  entities: string[];
  reactions: WorldNewsReactionLabel[];
  non_reactions: WorldNewsNonReaction[];
}

export interface WorldNewsLabels {
  stance_vocabulary: string[];
  topic_vocabulary: string[];
  stories: Record<string, string>;
  feeds: Record<string, { outlet: string; site: string; format: string; encoding: string }>;
  /** canonical name -> surface forms (demonyms, capitals, abbreviations) */
  aliases: Record<string, string[]>;
  articles: WorldNewsLabel[];
}

export interface WorldNewsArticle {
  label: WorldNewsLabel;
  title: string;
  /** plain text as normalize produces it (tags stripped, entities decoded, whitespace collapsed) */
  text: string;
  url: string;
  /** the feed-declared language (a hint) */
  language: string | null;
}

let labelsCache: WorldNewsLabels | null = null;

export function loadWorldNewsLabels(): WorldNewsLabels {
  labelsCache ??= JSON.parse(readFileSync(`${WORLD_NEWS_DIR}labels.json`, 'utf8')) as WorldNewsLabels;
  return labelsCache;
}

const CONTENT_TYPES: Record<string, string> = { json: 'application/feed+json', xml: 'application/xml' };

let articlesCache: Promise<WorldNewsArticle[]> | null = null;

/** All 36 labelled articles, in labels.json order. Throws when a label has no matching article. */
export function loadWorldNewsArticles(): Promise<WorldNewsArticle[]> {
  articlesCache ??= build();
  return articlesCache;
}

async function build(): Promise<WorldNewsArticle[]> {
  const labels = loadWorldNewsLabels();
  const out: WorldNewsArticle[] = [];
  for (const [file, feed] of Object.entries(labels.feeds)) {
    const bytes = readFileSync(`${WORLD_NEWS_DIR}feeds/${file}`);
    const ext = file.split('.').pop() ?? 'xml';
    const { text } = decodeBody(bytes, CONTENT_TYPES[ext] ?? 'application/xml');
    const raw = await parseFeed(text);
    const normalized = normalizeFeed(raw, { feedUrl: new URL(file, feed.site).href, fetchedAt: new Date('2025-06-15T00:00:00Z') });
    for (const label of labels.articles.filter((a) => a.feed === file)) {
      const article = normalized.articles.find(
        (a) => a.url === label.link || a.canonicalUrl === label.link || a.guid === label.guid,
      );
      if (!article) throw new Error(`world-news: no article for label ${file} ${label.guid}`);
      out.push({ label, title: article.title, text: article.text, url: article.url ?? label.link, language: article.language });
    }
  }
  return out;
}

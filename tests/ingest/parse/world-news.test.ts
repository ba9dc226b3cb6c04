import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/ingest/normalize/parse-date.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { listFiles, WORLD_NEWS_DIR } from './corpus.ts';

/**
 * The project's world-news acceptance corpus: each feed's items all carry a title, a link, a date string that
 * parses, and an author, and agrees with labels.json (title, guid, link once resolved, publication instant).
 * Nile Observer is ISO-8859-1; it is decoded here with iconv-lite (in production the fetch layer decodes bodies).
 */
const FEEDS = `${WORLD_NEWS_DIR}/feeds`;
const files = listFiles(FEEDS, /\.(xml|json)$/);

function decode(file: string): string {
  const bytes = readFileSync(`${FEEDS}/${file}`);
  const declared = /encoding=["']([^"']+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1] ?? 'utf-8';
  return iconv.decode(bytes, declared);
}

interface Label {
  feed: string;
  guid: string | null;
  link: string;
  title: string;
  published: string;
}

const labels = (JSON.parse(readFileSync(`${WORLD_NEWS_DIR}/labels.json`, 'utf8')) as { articles: Label[] }).articles;

describe('world-news corpus', () => {
  it('has six feeds and 36 items in all', async () => {
    expect(files.length).toBe(6);
    let total = 0;
    for (const file of files) total += (await parseFeed(decode(file))).items.length;
    expect(total).toBe(36);
    expect(labels.length).toBe(36);
  });

  it.each(files)('%s: matches labels.json (title, guid, resolved link, published instant)', async (file) => {
    const feed = await parseFeed(decode(file));
    const expected = labels.filter((l) => l.feed === file);
    expect(feed.items.length).toBe(expected.length);
    for (const label of expected) {
      const item = feed.items.find((i) => i.title?.trim() === label.title);
      expect(item, `${file}: ${label.title}`).toBeDefined();
      const link = new URL(item?.link?.trim() ?? '', item?.base ?? feed.link ?? undefined).href;
      expect(link).toBe(label.link);
      // The label key is the guid, or the resolved link for an item without one.
      expect(item?.guid ?? link).toBe(label.guid);
      expect(parseFeedDate(item?.published)?.toISOString()).toBe(new Date(label.published).toISOString());
    }
  });

  it.each(files)('%s: every item has title, link, date and author', async (file) => {
    const feed = await parseFeed(decode(file));
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.title?.trim(), file).toBeTruthy();
      expect(item.link?.trim(), file).toBeTruthy();
      expect(item.published, `${file} ${item.title}`).toBeTruthy();
      expect(parseFeedDate(item.published), `${file} ${item.published}`).not.toBeNull();
      expect(item.authors.length, `${file} ${item.title}`).toBeGreaterThan(0);
      expect(item.authors[0]?.name ?? item.authors[0]?.email, file).toBeTruthy();
    }
  });

  it('decodes Latin-1 text in the ISO-8859-1 feed', async () => {
    const feed = await parseFeed(decode('nile-observer.xml'));
    const text = feed.items.map((i) => `${i.title} ${i.summaryHtml}`).join(' ');
    expect(text).toMatch(/Müller|café|Señor|Hernán/);
    expect(text).not.toContain('\uFFFD');
  });

  it('keeps the xhtml entry of Baltic Herald as markup and every Atom category', async () => {
    const feed = await parseFeed(decode('baltic-herald.xml'));
    const xhtml = feed.items.find((i) => /Istanbul or the Vatican/.test(i.title ?? ''));
    expect(xhtml?.contentHtml).toMatch(/<p>/);
    expect(feed.items.every((i) => i.categories.length > 0)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { corpusPath, listFiles, readText } from './corpus.ts';

/**
 * extractus/feed-extractor samples: each parses, with the required fields non-empty (feed title and items; per
 * item a title and an identity: link, guid or enclosure). Links are kept as written (resolution is normalize's
 * job), so "absolute" is checked where the sample has absolute links: every link must then be a valid URL. The
 * `*-miss-base-url` samples deliberately use relative links.
 */
const DIR = corpusPath('feed-extractor');
const files = listFiles(DIR, /\.(xml|rss|json)$/);

describe('feed-extractor samples', () => {
  it('has the corpus', () => expect(files.length).toBe(13));

  it.each(files)('%s', async (file) => {
    const feed = await parseFeed(readText(`${DIR}/${file}`));
    expect(feed.title?.trim()).toBeTruthy();
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.title?.trim(), file).toBeTruthy();
      expect(item.link ?? item.guid ?? item.enclosures[0]?.url, file).toBeTruthy();
    }
    const base = file.includes('miss-base-url') ? 'https://base.example/' : undefined;
    for (const link of [feed.link, ...feed.items.map((i) => i.link)].filter((l): l is string => l !== null)) {
      expect(() => new URL(link.trim(), base), `${file}: ${link}`).not.toThrow();
    }
  });
});

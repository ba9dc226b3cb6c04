import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/domain/errors.ts';
import { decodeBody } from '../../../src/ingest/fetch/decode-body.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { splitLiteralSections } from '../../../src/ingest/parse/prepare-xml.ts';
import { hostileFeeds } from '../../support/hostile-feeds.ts';

// Time growth is measured by `npm run bench` (hostile-parse); here each document must end in a RawFeed or a typed
// ParseError, at a size that used to take tens of seconds.
describe('hostile feed bodies', () => {
  it.each(hostileFeeds(200_000).map((h) => [h.name, h.body] as const))('%s: parsed or rejected with a ParseError', async (_name, body) => {
    const { text } = decodeBody(Buffer.from(body), null);
    try {
      const feed = await parseFeed(text);
      expect(Array.isArray(feed.items)).toBe(true);
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
    }
  });

  it('the 203-byte body of 29 empty comments is decoded as UTF-8 and rejected as not a feed', async () => {
    const body = '<!---->'.repeat(29);
    expect(body.length).toBe(203);
    const { text, charset } = decodeBody(Buffer.from(body), null);
    expect(charset).toBe('utf-8');
    await expect(parseFeed(text)).rejects.toMatchObject({ code: 'not_a_feed' });
  });
});

describe('splitLiteralSections', () => {
  it.each([
    ['plain markup', '<a>x</a>', ['<a>x</a>']],
    ['a comment', 'a<!--b-->c', ['a', '<!--b-->', 'c']],
    ['a CDATA section holding a comment opener', 'a<![CDATA[<!--]]>c<!--d-->', ['a', '<![CDATA[<!--]]>', 'c', '<!--d-->', '']],
    ['an unclosed comment makes the rest literal', 'a<!--b<!--c', ['a', '<!--b<!--c', '']],
    ['an unclosed CDATA section after a comment', '<!--x-->y<![CDATA[z', ['', '<!--x-->', 'y', '<![CDATA[z', '']],
  ])('%s', (_name, text, parts) => {
    expect(splitLiteralSections(text)).toEqual(parts);
    expect(splitLiteralSections(text).join('')).toBe(text);
  });
});

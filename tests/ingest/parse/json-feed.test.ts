import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/domain/errors.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';

const feed = (extra: Record<string, unknown>, items: unknown = []) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items, ...extra });

describe('JSON Feed', () => {
  it('maps a 1.1 feed', async () => {
    const r = await parseFeed(
      feed(
        { home_page_url: 'https://j.example/', feed_url: 'https://j.example/feed.json', language: 'en-AU', authors: [{ name: 'Desk', url: 'https://j.example/desk' }], icon: 'https://j.example/i.png', _custom: { x: 1 } },
        [
          {
            id: 'https://j.example/?p=1',
            url: 'https://j.example/a',
            title: 'A',
            content_html: '<p>a</p>',
            content_text: 'a',
            summary: 's',
            date_published: '2025-06-10T09:00:00+10:00',
            date_modified: '2025-06-10T10:00:00+10:00',
            tags: ['x', 2, 'y'],
            authors: [{ name: 'Kim' }],
            attachments: [{ url: 'https://j.example/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 10 }, { url: 'https://j.example/b.mp3', mime_type: 'audio/mpeg' }],
            image: 'https://j.example/a.png',
          },
        ],
      ),
    );
    expect(r).toMatchObject({ format: 'json', version: '1.1', link: 'https://j.example/', selfUrl: 'https://j.example/feed.json', language: 'en-AU', imageUrl: 'https://j.example/i.png' });
    expect(r.authors).toEqual([{ name: 'Desk', email: null, uri: 'https://j.example/desk' }]);
    expect(r.items[0]).toEqual({
      guid: 'https://j.example/?p=1',
      title: 'A',
      titleIsText: true,
      link: 'https://j.example/a',
      base: null,
      contentHtml: '<p>a</p>',
      contentText: 'a',
      summaryHtml: 's',
      published: '2025-06-10T09:00:00+10:00',
      updated: '2025-06-10T10:00:00+10:00',
      authors: [{ name: 'Kim', email: null, uri: null }],
      categories: ['x', 'y'],
      enclosures: [
        { url: 'https://j.example/a.mp3', type: 'audio/mpeg', length: 10 },
        { url: 'https://j.example/b.mp3', type: 'audio/mpeg', length: null },
      ],
      imageUrl: 'https://j.example/a.png',
      language: 'en-AU',
    });
  });

  it('reads the 1.0 author object and version', async () => {
    const r = await parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'J', author: { name: 'Old' }, items: [{ id: 7, author: { name: 'Item' } }] }));
    expect(r.version).toBe('1.0');
    expect(r.authors[0]?.name).toBe('Old');
    expect(r.items[0]).toMatchObject({ guid: '7', authors: [{ name: 'Item', email: null, uri: null }] });
  });

  it('treats wrong-typed fields as absent instead of throwing', async () => {
    const r = await parseFeed(
      feed({ title: 5, home_page_url: ['x'], authors: 'nobody', language: {} }, [
        null,
        'str',
        { id: {}, url: 3, title: ['t'], content_html: 1, tags: 'a,b', attachments: { url: 'x' }, authors: [null, 1, { name: 2 }], date_published: 20250101 },
        { attachments: [{ url: 1 }, { url: 'https://ok', size_in_bytes: '12' }] },
      ]),
    );
    expect(r.title).toBeNull();
    expect(r.link).toBeNull();
    expect(r.authors).toEqual([]);
    expect(r.items).toHaveLength(2);
    expect(r.items[0]).toMatchObject({ guid: null, link: null, title: null, contentHtml: null, categories: [], enclosures: [], authors: [], published: null });
    expect(r.items[1]?.enclosures).toEqual([{ url: 'https://ok', type: null, length: null }]);
  });

  it('items that is not an array gives an empty feed; non-feed JSON is not_a_feed', async () => {
    expect((await parseFeed(feed({ items: { a: 1 } }))).items).toEqual([]);
    await expect(parseFeed('{"version": 3, "data": []}')).rejects.toMatchObject({ code: 'not_a_feed' });
    await expect(parseFeed('"just a string"')).rejects.toBeInstanceOf(ParseError);
    await expect(parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [}')).rejects.toMatchObject({ code: 'parse_error' });
  });
});

import { describe, expect, it } from 'vitest';
import type { NewArticle } from '../../../src/domain/article.ts';
import { normalizeFeed, SKIP_DUPLICATE, type NormalizeContext } from '../../../src/ingest/normalize/normalize-feed.ts';
import { SKIP_EMPTY } from '../../../src/ingest/normalize/normalize-item.ts';
import { person, rawFeed, rawItem } from './raw-fixtures.ts';

const ctx: NormalizeContext = {
  feedUrl: 'https://feeds.example.com/news/rss.xml',
  fetchedAt: new Date('2025-06-10T12:00:00.000Z'),
};

function only(items: Parameters<typeof rawItem>[0][], feed: Parameters<typeof rawFeed>[1] = {}): NewArticle {
  const result = normalizeFeed(rawFeed(items.map(rawItem), feed), ctx);
  expect(result.articles).toHaveLength(1);
  return result.articles[0]!;
}

describe('normalizeFeed: URLs', () => {
  it.each([
    ['no bases: feed URL', null, null, 'one.html', 'https://feeds.example.com/news/one.html'],
    ['absolute feed base', 'https://site.example/blog/', null, 'one.html', 'https://site.example/blog/one.html'],
    ['relative feed base against feed URL', '/blog/', null, 'one.html', 'https://feeds.example.com/blog/one.html'],
    ['item base against feed base', '/blog/', 'posts/2025/', 'one.html', 'https://feeds.example.com/blog/posts/2025/one.html'],
    ['absolute item base wins', '/blog/', 'https://other.example/x/', 'one.html', 'https://other.example/x/one.html'],
    ['root-relative link', 'https://site.example/blog/', null, '/top', 'https://site.example/top'],
    ['protocol-relative link', null, null, '//cdn.example/p', 'https://cdn.example/p'],
    ['absolute link untouched by bases', '/blog/', 'x/', 'http://abs.example/p', 'http://abs.example/p'],
  ])('%s', (_name, feedBase, itemBase, link, expected) => {
    const article = only([{ link, base: itemBase }], { base: feedBase });
    expect(article.url).toBe(expected);
    expect(article.canonicalUrl).toBe(expected);
  });

  it('resolves image, enclosures and content URLs against the same chain', () => {
    const article = only(
      [
        {
          link: 'p.html',
          base: 'posts/',
          imageUrl: 'img/lead.jpg',
          enclosures: [
            { url: 'media/a.mp3', type: 'audio/mpeg', length: 1234 },
            { url: 'javascript:alert(1)', type: 'audio/mpeg', length: null },
            { url: 'media/a.mp3', type: 'audio/mpeg', length: 1234 },
          ],
          contentHtml: '<p>See <a href="../other.html">this</a> <img src="i.png" alt="i"></p>',
        },
      ],
      { base: '/blog/' },
    );
    expect(article.url).toBe('https://feeds.example.com/blog/posts/p.html');
    expect(article.imageUrl).toBe('https://feeds.example.com/blog/posts/img/lead.jpg');
    expect(article.enclosures).toEqual([
      { url: 'https://feeds.example.com/blog/posts/media/a.mp3', type: 'audio/mpeg', length: 1234 },
    ]);
    expect(article.contentHtml).toContain('href="https://feeds.example.com/blog/other.html"');
    expect(article.contentHtml).toContain('src="https://feeds.example.com/blog/posts/i.png"');
  });

  it('canonical URL drops tracking and fragment, url keeps them', () => {
    const article = only([{ link: 'https://News.example.com/a?utm_source=rss&id=2#top' }]);
    expect(article.url).toBe('https://news.example.com/a?utm_source=rss&id=2#top');
    expect(article.canonicalUrl).toBe('https://news.example.com/a?id=2');
  });

  it.each([
    ['junk link, no guid', 'javascript:void(0)', null, null],
    ['absolute http guid stands in for a missing link', null, 'https://site.example/p/1', 'https://site.example/p/1'],
    ['root-relative guid resolves against the base', null, '/blog/p-1', 'https://feeds.example.com/blog/p-1'],
    ['link wins over guid', 'https://site.example/l', 'https://site.example/g', 'https://site.example/l'],
    ['tag: guid is not a location', null, 'tag:site.example,2025:1', null],
    ['opaque guid is not a relative URL', null, '12345', null],
    ['protocol-relative-looking guid is not taken', null, '//x', null],
  ])('%s', (_name, link, guid, expected) => {
    const article = only([{ link, guid }]);
    // This feed declares no home page, so an item without a link of its own has no url at all.
    expect([article.url, article.canonicalUrl]).toEqual([expected, expected]);
    if (guid !== null) expect(article.dedupKey).toBe(`guid:${guid}`);
  });

  it('an item base inherited from the feed is not applied twice', () => {
    const feed = { base: 'blog/' };
    expect(only([{ link: 'p.html', base: 'blog/' }], feed).url).toBe('https://feeds.example.com/news/blog/p.html');
    expect(only([{ link: 'p.html', base: 'sub/' }], feed).url).toBe('https://feeds.example.com/news/blog/sub/p.html');
  });
});

describe('normalizeFeed: title, content, text', () => {
  it('cleans the title', () => {
    expect(only([{ title: '  <b>Talks</b> &amp; reactions:\n  day&nbsp;2 ' }]).title).toBe('Talks & reactions: day 2');
  });

  it('derives a missing title from the text', () => {
    const article = only([{ title: '  ', contentHtml: `<p>${'Leaders met in Moscow today. '.repeat(10)}</p>` }]);
    expect(article.title.length).toBeLessThanOrEqual(100);
    expect(article.title.startsWith('Leaders met in Moscow today.')).toBe(true);
    expect(article.title.endsWith('…')).toBe(true);
  });

  it('falls back to the URL as title when there is nothing else', () => {
    expect(only([{ title: null, link: 'https://a.example/p' }]).title).toBe('https://a.example/p');
  });

  it('skips an item with no title, no link and no content', () => {
    const result = normalizeFeed(
      rawFeed([rawItem({ title: 'kept' }), rawItem({ title: null }), rawItem({ title: ' ', contentHtml: '<p> </p>' })]),
      ctx,
    );
    expect(result.articles.map((a) => a.title)).toEqual(['kept']);
    expect(result.skipped).toEqual([
      { index: 1, reason: SKIP_EMPTY },
      { index: 2, reason: SKIP_EMPTY },
    ]);
  });

  it('sanitizes content and takes text from it; excerpt from the summary', () => {
    const article = only([
      {
        contentHtml: '<p onclick="x()">Full <b>story</b>.</p><script>alert(1)</script><p>Second.</p>',
        summaryHtml: '<p>The summary &amp; more.</p>',
      },
    ]);
    expect(article.contentHtml).toBe('<p>Full <b>story</b>.</p><p>Second.</p>');
    expect(article.text).toBe('Full story.\n\nSecond.');
    expect(article.excerpt).toBe('The summary & more.');
  });

  it('uses the summary as content when there is no content, excerpt from text', () => {
    const article = only([{ summaryHtml: '<p>Only a <em>summary</em>.</p>' }]);
    expect(article.contentHtml).toBe('<p>Only a <em>summary</em>.</p>');
    expect(article.text).toBe('Only a summary.');
    expect(article.excerpt).toBe('Only a summary.');
  });

  it('uses plain-text content for text', () => {
    const article = only([{ contentText: '  Plain <not a tag> text  ' }]);
    expect(article.contentHtml).toBeNull();
    expect(article.text).toBe('Plain <not a tag> text');
    expect(article.excerpt).toBe('Plain <not a tag> text');
  });

  it('empty content gives empty text, not a crash', () => {
    const article = only([{ title: 'T', contentHtml: '' }]);
    expect(article.contentHtml).toBeNull();
    expect(article.text).toBe('');
    expect(article.excerpt).toBe('');
  });

  it('long text gets a bounded excerpt', () => {
    const article = only([{ contentHtml: `<p>${'word '.repeat(500)}</p>` }]);
    expect(article.excerpt.length).toBeLessThanOrEqual(280);
    expect(article.excerpt.endsWith('…')).toBe(true);
  });
});

describe('normalizeFeed: dates', () => {
  const fetched = ctx.fetchedAt.toISOString();

  it.each([
    ['valid RFC 822 published', 'Mon, 09 Jun 2025 08:30:00 GMT', null, '2025-06-09T08:30:00.000Z', false, null],
    ['valid ISO published with offset', '2025-06-09T10:30:00+02:00', null, '2025-06-09T08:30:00.000Z', false, null],
    ['missing dates', null, null, fetched, true, null],
    ['empty date', '  ', null, fetched, true, null],
    ['invalid published, none updated', 'not a date', null, fetched, true, null],
    ['impossible date is not rolled over', 'Mon, 31 Feb 2025 10:00:00 GMT', null, fetched, true, null],
    ['invalid published, valid updated', 'yesterday', '2025-06-08T00:00:00Z', '2025-06-08T00:00:00.000Z', false, '2025-06-08T00:00:00.000Z'],
    ['published and updated', '2025-06-01T00:00:00Z', '2025-06-02T00:00:00Z', '2025-06-01T00:00:00.000Z', false, '2025-06-02T00:00:00.000Z'],
    ['far future published', '2031-01-01T00:00:00Z', null, fetched, true, null],
    ['slightly future published is kept', '2025-06-10T20:00:00Z', null, '2025-06-10T20:00:00.000Z', false, null],
    ['far future published, plausible updated', '2031-01-01T00:00:00Z', '2025-06-05T00:00:00Z', '2025-06-05T00:00:00.000Z', false, '2025-06-05T00:00:00.000Z'],
  ])('%s', (_name, published, updated, publishedAt, estimated, updatedAt) => {
    const article = only([{ published, updated }]);
    expect(article.publishedAt).toBe(publishedAt);
    expect(article.publishedAtEstimated).toBe(estimated);
    expect(article.updatedAt).toBe(updatedAt);
  });
});

describe('normalizeFeed: duplicates and dedup keys', () => {
  it('keeps one article per key: the latest copy by date, else the later one in the document', () => {
    const result = normalizeFeed(
      rawFeed([
        rawItem({ guid: 'g1', title: 'First' }),
        rawItem({ guid: 'g2', title: 'Other' }),
        rawItem({ guid: ' g1 ', title: 'First, again' }),
        rawItem({ link: 'https://a.example/s?id=1&utm_source=x', title: 'By URL' }),
        rawItem({ link: 'https://A.example/s?fbclid=1&id=1#c', title: 'By URL, again' }),
        rawItem({ title: 'No id', published: 'Mon, 09 Jun 2025 08:30:00 GMT' }),
        rawItem({ title: 'No id', published: 'Mon, 09 Jun 2025 08:30:00 GMT' }),
        rawItem({ title: 'No id', published: 'Tue, 10 Jun 2025 08:30:00 GMT' }),
      ]),
      ctx,
    );
    expect(result.articles.map((a) => a.title)).toEqual(['First, again', 'Other', 'By URL, again', 'No id', 'No id']);
    expect(result.skipped).toEqual([
      { index: 0, reason: SKIP_DUPLICATE },
      { index: 3, reason: SKIP_DUPLICATE },
      { index: 5, reason: SKIP_DUPLICATE },
    ]);
    expect(result.articles.map((a) => a.dedupKey.split(':')[0])).toEqual(['guid', 'guid', 'url', 'hash', 'hash']);
  });

  it.each([
    ['a newer update later in the document wins', ['2025-06-01T00:00:00Z', '2025-06-02T00:00:00Z'], 'second'],
    ['a newer update earlier in the document wins', ['2025-06-02T00:00:00Z', '2025-06-01T00:00:00Z'], 'first'],
    ['on equal dates the later copy wins', ['2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z'], 'second'],
    // An undated copy's fetch-time estimate is not a revision date: the copy that says when it was written wins.
    ['a dated copy beats a later undated one', ['2025-06-01T00:00:00Z', undefined], 'first'],
    ['a dated copy beats an earlier undated one', [undefined, '2025-06-01T00:00:00Z'], 'second'],
    ['of two undated copies the later wins', [undefined, undefined], 'second'],
  ])('repeated guid: %s', (_name, [a, b], kept) => {
    const result = normalizeFeed(
      rawFeed([rawItem({ guid: 'g', title: 'first', updated: a ?? null }), rawItem({ guid: 'g', title: 'second', updated: b ?? null })]),
      ctx,
    );
    expect(result.articles.map((x) => x.title)).toEqual([kept]);
  });
});

describe('normalizeFeed: items with little else, guids and dates from links', () => {
  it.each([
    ['an enclosure only (a podcast episode)', { title: null, guid: 'ep-1', enclosures: [{ url: 'https://p.example/ep1.mp3', type: 'audio/mpeg', length: 1 }] }, 'https://p.example/ep1.mp3'],
    ['an image only', { title: null, imageUrl: 'https://p.example/i.jpg' }, 'https://p.example/i.jpg'],
  ])('keeps an item with %s', (_name, fields, title) => {
    const result = normalizeFeed(rawFeed([rawItem(fields)]), ctx);
    expect(result.articles.map((a) => a.title)).toEqual([title]);
  });

  it.each([
    ['a location guid stands in for a missing link', undefined, 'https://a.example/p/1'],
    ['unless the feed says it is not a permalink', false, null],
  ])('%s', (_name, guidIsPermalink, url) => {
    const item = rawItem({ title: 't', guid: 'https://a.example/p/1', ...(guidIsPermalink === false ? { guidIsPermalink } : {}) });
    expect(normalizeFeed(rawFeed([item]), ctx).articles[0]?.canonicalUrl).toBe(url);
  });

  it.each([
    ['a dated path, no date in the feed', 'https://a.example/2025/06/07/story', null, '2025-06-07T12:00:00.000Z', true],
    ['an impossible day in the path', 'https://a.example/2025/02/31/story', null, null, true],
    ['the feed date wins over the path', 'https://a.example/2025/06/07/story', 'Sun, 08 Jun 2025 10:00:00 GMT', '2025-06-08T10:00:00.000Z', false],
  ])('date from %s', (_name, link, published, expected, estimated) => {
    const a = normalizeFeed(rawFeed([rawItem({ title: 't', link, published })]), ctx).articles[0]!;
    if (expected !== null) expect(a.publishedAt).toBe(expected);
    else expect(a.publishedAt).toBe(ctx.fetchedAt.toISOString());
    expect(a.publishedAtEstimated).toBe(estimated);
  });
});

describe('normalizeFeed: authors, categories, image, language', () => {
  it.each([
    ['item names', [person('Ann Lee'), person('Bo Chen')], [], ['Ann Lee', 'Bo Chen']],
    ['email when no name', [person(null, 'desk@news.example')], [], ['desk@news.example']],
    ['RSS "email (Name)" form', [person('jo@news.example (Jo Park)')], [], ['Jo Park']],
    ['deduplicated case-insensitively', [person('Ann Lee'), person('ann lee'), person('Ann Lee', 'a@x.example')], [], ['Ann Lee']],
    ['entities in names', [person('M&amp;S Desk')], [], ['M&S Desk']],
    ['empty item people dropped', [person(' '), person(null), person('Al')], [], ['Al']],
    ['only empty item people: feed authors', [person(' '), person(null)], [person('Feed Author')], ['Feed Author']],
    ['feed authors when item has none', [], [person('Feed Author'), person(null, 'f@x.example')], ['Feed Author', 'f@x.example']],
    ['item authors win over feed authors', [person('Item')], [person('Feed')], ['Item']],
  ])('authors: %s', (_name, itemAuthors, feedAuthors, expected) => {
    expect(only([{ authors: itemAuthors }], { authors: feedAuthors }).authors).toEqual(expected);
  });

  it('categories: trimmed, deduplicated case-insensitively, order kept', () => {
    const article = only([{ categories: ['  World ', 'Europe', 'world', '', 'Ukraine&amp;Russia', 'EUROPE', 'Peace  talks'] }]);
    expect(article.categories).toEqual(['World', 'Europe', 'Ukraine&Russia', 'Peace talks']);
  });

  it.each([
    ['item image first', 'lead.jpg', [{ url: 'e.jpg', type: 'image/jpeg', length: null }], '<img src="c.jpg">', 'https://feeds.example.com/news/lead.jpg'],
    ['then first image enclosure', null, [{ url: 'a.mp3', type: 'audio/mpeg', length: null }, { url: 'e.jpg', type: 'image/jpeg', length: null }], '<img src="c.jpg">', 'https://feeds.example.com/news/e.jpg'],
    ['then first image in content', null, [{ url: 'a.mp3', type: 'audio/mpeg', length: null }], '<p>x<img src="c.jpg?a=1&amp;b=2"><img src="d.jpg"></p>', 'https://feeds.example.com/news/c.jpg?a=1&b=2'],
    ['tracking pixel in content is not the image', null, [], '<img src="px.gif" width="1" height="1"><img src="real.jpg">', 'https://feeds.example.com/news/real.jpg'],
    ['junk item image falls through', 'javascript:alert(1)', [], '<img src="c.jpg">', 'https://feeds.example.com/news/c.jpg'],
    ['none', null, [], '<p>text</p>', null],
  ])('image: %s', (_name, imageUrl, enclosures, contentHtml, expected) => {
    expect(only([{ imageUrl, enclosures, contentHtml }]).imageUrl).toBe(expected);
  });

  it.each([
    ['item language', 'fr-fr', 'en-us', 'fr-FR'],
    ['feed language', null, 'en-us', 'en-US'],
    ['junk item language falls back to feed', 'English', 'en', 'en'],
    ['none', null, null, null],
    ['junk everywhere', '??', 'xx-!!', null],
  ])('language: %s', (_name, itemLanguage, feedLanguage, expected) => {
    expect(only([{ language: itemLanguage }], { language: feedLanguage }).language).toBe(expected);
  });
});

describe('normalizeFeed: feed metadata and purity', () => {
  it('normalizes the feed metadata', () => {
    const result = normalizeFeed(
      rawFeed([], {
        format: 'atom',
        title: ' Example &amp; Co <i>News</i> ',
        link: '/',
        selfUrl: 'atom.xml',
        imageUrl: '//cdn.example/logo.png',
        language: 'EN_gb',
        ttlMinutes: 30,
        base: 'https://site.example/feeds/',
      }),
      ctx,
    );
    expect(result.meta).toEqual({
      title: 'Example & Co News',
      siteUrl: 'https://site.example/',
      declared: { title: 'Example & Co News', siteUrl: 'https://site.example/' },
      language: 'en-GB',
      ttlMinutes: 30,
      format: 'atom',
      selfUrl: 'https://site.example/feeds/atom.xml',
      imageUrl: 'https://cdn.example/logo.png',
    });
    expect(result.articles).toEqual([]);
  });

  it.each([[0], [-5], [1.5], [Number.NaN]])('drops a nonsensical ttl %s', (ttlMinutes) => {
    expect(normalizeFeed(rawFeed([], { ttlMinutes }), ctx).meta.ttlMinutes).toBeNull();
  });

  // Most peers (feedparser, gofeed, yarr, feedjira) give a feed that names itself nothing no title; the home page
  // stays in siteUrl for a client that wants something to show.
  it.each([
    ['no title element', null, null],
    ['a blank title', '  ', null],
    ['a real title', ' Evening  News ', 'Evening News'],
  ])('feed title from %s', (_label, title, expected) => {
    const meta = normalizeFeed(rawFeed([], { title }), ctx).meta;
    expect([meta.declared.title, meta.title]).toEqual([expected, expected]);
    expect(meta.siteUrl).not.toBeNull();
  });

  it('is deterministic and does not mutate its input', () => {
    const raw = rawFeed([
      rawItem({ guid: 'a', link: 'x.html', contentHtml: '<p>Hi <img src="i.png"></p>', categories: ['A', 'a'] }),
      rawItem({ title: 'No date' }),
    ]);
    const snapshot = structuredClone(raw);
    const first = normalizeFeed(raw, ctx);
    const second = normalizeFeed(raw, ctx);
    expect(second).toEqual(first);
    expect(raw).toEqual(snapshot);
  });

  it('content hash tracks visible changes only', () => {
    const base = { guid: 'a', title: 'T', contentHtml: '<p>Body</p>' };
    const hash = (item: Parameters<typeof rawItem>[0]) => only([item]).contentHash;
    expect(hash(base)).toBe(hash({ ...base, published: null }));
    expect(hash(base)).toBe(hash({ ...base, published: 'Mon, 09 Jun 2025 08:30:00 GMT' }));
    expect(hash(base)).not.toBe(hash({ ...base, contentHtml: '<p>Body, corrected</p>' }));
    expect(hash(base)).not.toBe(hash({ ...base, title: 'T2' }));
    // Same visible content, different markup the sanitizer removes anyway.
    expect(hash(base)).toBe(hash({ ...base, contentHtml: '<p onclick="x()">Body</p>' }));
  });
});

describe('normalizeFeed: plain-text titles', () => {
  it.each([
    ['a declared text title keeps angle-bracketed words', { title: 'History of the <blink> tag', titleIsText: true }, 'History of the <blink> tag'],
    ['an HTML title is flattened', { title: 'History of the <b>bold</b> tag' }, 'History of the bold tag'],
  ])('%s', (_name, fields, title) => {
    expect(normalizeFeed(rawFeed([rawItem(fields)]), ctx).articles[0]?.title).toBe(title);
  });
});

import { describe, expect, it } from 'vitest';
import { discoverFeedLinks, type FeedLink } from '../../../src/ingest/discover/discover-feed-links.ts';

const PAGE = 'https://news.example.com/world/index.html';

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

interface Case {
  name: string;
  html: string;
  pageUrl?: string;
  expected: FeedLink[];
}

const cases: Case[] = [
  {
    name: 'RSS link with absolute href and title',
    html: page('<link rel="alternate" type="application/rss+xml" title="World" href="https://news.example.com/world.rss">'),
    expected: [{ url: 'https://news.example.com/world.rss', type: 'rss', title: 'World' }],
  },
  {
    name: 'every feed media type, in document order',
    html: page(`
      <link rel="alternate" type="application/atom+xml" href="/atom.xml">
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">
      <link rel="alternate" type="application/feed+json" href="/feed.json">
      <link rel="alternate" type="application/json" href="/api/feed">
      <link rel="alternate" type="application/rdf+xml" href="/index.rdf">
      <link rel="alternate" type="text/xml" href="/old.xml">`),
    expected: [
      { url: 'https://news.example.com/atom.xml', type: 'atom', title: null },
      { url: 'https://news.example.com/rss.xml', type: 'rss', title: null },
      { url: 'https://news.example.com/feed.json', type: 'json', title: null },
      { url: 'https://news.example.com/api/feed', type: 'json', title: null },
      { url: 'https://news.example.com/index.rdf', type: 'rss', title: null },
      { url: 'https://news.example.com/old.xml', type: 'unknown', title: null },
    ],
  },
  {
    name: 'relative hrefs resolve against the page URL',
    html: page('<link rel="alternate" type="application/rss+xml" href="feed.xml"><link rel="alternate" type="application/atom+xml" href="../atom">'),
    expected: [
      { url: 'https://news.example.com/world/feed.xml', type: 'rss', title: null },
      { url: 'https://news.example.com/atom', type: 'atom', title: null },
    ],
  },
  {
    name: '<base href> is honoured, even when it comes after the link',
    html: page('<link rel="alternate" type="application/rss+xml" href="rss"><base href="https://cdn.example.net/site/">'),
    expected: [{ url: 'https://cdn.example.net/site/rss', type: 'rss', title: null }],
  },
  {
    name: 'a relative <base href> resolves against the page',
    html: page('<base href="/en/"><link rel="alternate" type="application/rss+xml" href="feed">'),
    expected: [{ url: 'https://news.example.com/en/feed', type: 'rss', title: null }],
  },
  {
    name: 'rel with several tokens, any case; type with parameters and odd case',
    html: page(`
      <LINK REL="Alternate Home" TYPE="Application/RSS+XML; charset=utf-8" HREF="/a.rss" TITLE="  Top   stories ">
      <link rel="nofollow ALTERNATE" type="application/atom+xml" href="/b.atom">`),
    expected: [
      { url: 'https://news.example.com/a.rss', type: 'rss', title: 'Top stories' },
      { url: 'https://news.example.com/b.atom', type: 'atom', title: null },
    ],
  },
  {
    name: 'links that are not rel=alternate feeds are ignored',
    html: page(`
      <link rel="stylesheet" type="text/css" href="/s.css">
      <link rel="alternate" hreflang="fr" type="text/html" href="/fr/">
      <link rel="feed" type="application/rss+xml" href="/not-alternate.rss">
      <link rel="alternate" type="application/rss+xml">
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2">
      <link rel="alternate" type="application/rss+xml" href="/real.rss">`),
    expected: [{ url: 'https://news.example.com/real.rss', type: 'rss', title: null }],
  },
  {
    name: 'non-http schemes are dropped; feed: pseudo-URLs become http(s)',
    html: page(`
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="mailto:desk@example.com">
      <link rel="alternate" type="application/rss+xml" href="feed://news.example.com/a.rss">
      <link rel="alternate" type="application/rss+xml" href="feed:https://news.example.com/b.rss">`),
    expected: [
      { url: 'http://news.example.com/a.rss', type: 'rss', title: null },
      { url: 'https://news.example.com/b.rss', type: 'rss', title: null },
    ],
  },
  {
    name: 'duplicates (also differing only by fragment) are merged, keeping the first and a later title',
    html: page(`
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">
      <link rel="alternate" type="application/rss+xml" href="https://news.example.com/rss.xml#top" title="All news">
      <link rel="alternate" type="application/atom+xml" href="/rss.xml" title="Other">`),
    expected: [{ url: 'https://news.example.com/rss.xml', type: 'rss', title: 'All news' }],
  },
  {
    name: 'entities in attributes are decoded',
    html: page('<link rel="alternate" type="application/rss+xml" title="News &amp; Views" href="/rss?a=1&amp;b=2">'),
    expected: [{ url: 'https://news.example.com/rss?a=1&b=2', type: 'rss', title: 'News & Views' }],
  },
  {
    name: 'links in the body count too',
    html: page('', '<link rel="alternate" type="application/atom+xml" href="/body.atom">'),
    expected: [{ url: 'https://news.example.com/body.atom', type: 'atom', title: null }],
  },
  {
    name: 'fallback: same-host <a> links that look like feeds, typed unknown',
    html: page('', `
      <a href="/about">About</a>
      <a href="/feed/">Subscribe to our <b>feed</b></a>
      <a href="https://www.news.example.com/world/rss">World RSS</a>
      <a href="/podcast.xml"></a>
      <a href="/sitemap.xml">Sitemap</a>
      <a href="/blog/feed.json">JSON</a>
      <a href="/?feed=rss2">WP</a>
      <a href="https://other.example.org/feed">Elsewhere</a>
      <a href="/atom">Atom</a>`),
    expected: [
      { url: 'https://news.example.com/feed/', type: 'unknown', title: 'Subscribe to our feed' },
      { url: 'https://www.news.example.com/world/rss', type: 'unknown', title: 'World RSS' },
      { url: 'https://news.example.com/podcast.xml', type: 'unknown', title: null },
      { url: 'https://news.example.com/blog/feed.json', type: 'unknown', title: 'JSON' },
      { url: 'https://news.example.com/?feed=rss2', type: 'unknown', title: 'WP' },
      { url: 'https://news.example.com/atom', type: 'unknown', title: 'Atom' },
    ],
  },
  {
    name: 'fallback is not used when a <link> announces a feed',
    html: page('<link rel="alternate" type="application/rss+xml" href="/main.rss">', '<a href="/feed">feed</a>'),
    expected: [{ url: 'https://news.example.com/main.rss', type: 'rss', title: null }],
  },
  {
    name: 'a page with no feeds yields nothing',
    html: page('<title>Hi</title>', '<a href="/contact">Contact</a><a href="/news/story.html">Story</a>'),
    expected: [],
  },
  {
    name: 'not HTML at all yields nothing',
    html: '{"hello": "world"}',
    expected: [],
  },
  {
    name: 'unclosed tags and sloppy markup still work',
    html: '<html><head><link rel=alternate type=application/rss+xml href=/sloppy.rss><body><p>text',
    expected: [{ url: 'https://news.example.com/sloppy.rss', type: 'rss', title: null }],
  },
];

describe('discoverFeedLinks', () => {
  it.each(cases)('$name', ({ html, pageUrl, expected }) => {
    expect(discoverFeedLinks(html, pageUrl ?? PAGE)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { FetchError, ParseError } from '../../../src/domain/errors.ts';
import { MAX_CANDIDATES_TRIED, resolveFeedUrl, type ResolveFeedDeps } from '../../../src/ingest/discover/resolve-feed-url.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>';
const ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>';
const JSON_FEED = '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}';
const html = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const alt = (type: string, href: string) => `<link rel="alternate" type="${type}" href="${href}">`;

interface Page {
  text: string;
  redirectTo?: string;
}

/** A site in memory: unknown URLs 404 like the real fetcher; `calls` records what was fetched. */
function fakeSite(pages: Record<string, Page | Error>) {
  const calls: string[] = [];
  const deps: ResolveFeedDeps = {
    async fetchText(url) {
      calls.push(url);
      const page = pages[url];
      if (page === undefined) throw new FetchError('http_4xx', `HTTP 404 for ${url}`, { httpStatus: 404 });
      if (page instanceof Error) throw page;
      return { finalUrl: page.redirectTo ?? url, contentType: null, text: page.text };
    },
    // A crude stand-in for detectFormat: looks at the first tag or brace.
    detect(text) {
      const t = text.trimStart();
      if (t.startsWith('{')) return t.includes('jsonfeed.org') ? 'json' : 'unknown';
      if (/^(<\?xml[^>]*\?>\s*)?<rss/i.test(t)) return 'rss';
      if (/^(<\?xml[^>]*\?>\s*)?<feed/i.test(t)) return 'atom';
      if (/^(<\?xml[^>]*\?>\s*)?<rdf:RDF/i.test(t)) return 'rdf';
      if (/^<!doctype html|^<html/i.test(t)) return 'html';
      return 'unknown';
    },
  };
  return { deps, calls };
}

describe('resolveFeedUrl', () => {
  it('returns a feed URL as itself, fetching once', async () => {
    const { deps, calls } = fakeSite({ 'https://a.example/rss': { text: RSS } });
    await expect(resolveFeedUrl('https://a.example/rss', deps)).resolves.toEqual({
      feedUrl: 'https://a.example/rss',
      format: 'rss',
      discoveredFrom: null,
      candidates: [],
    });
    expect(calls).toEqual(['https://a.example/rss']);
  });

  it.each([
    ['atom', ATOM],
    ['json', JSON_FEED],
    ['rdf', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>'],
  ] as const)('recognises a %s feed given directly', async (format, text) => {
    const { deps } = fakeSite({ 'https://a.example/f': { text } });
    expect((await resolveFeedUrl('https://a.example/f', deps)).format).toBe(format);
  });

  it('follows the first announced link of an HTML page', async () => {
    const { deps, calls } = fakeSite({
      'https://a.example/': { text: html(alt('application/atom+xml', '/atom.xml') + alt('application/rss+xml', '/rss.xml')) },
      'https://a.example/atom.xml': { text: ATOM },
      'https://a.example/rss.xml': { text: RSS },
    });
    const resolved = await resolveFeedUrl('https://a.example/', deps);
    expect(resolved).toEqual({
      feedUrl: 'https://a.example/atom.xml',
      format: 'atom',
      discoveredFrom: 'https://a.example/',
      candidates: [
        { url: 'https://a.example/atom.xml', type: 'atom', title: null },
        { url: 'https://a.example/rss.xml', type: 'rss', title: null },
      ],
    });
    expect(calls).toEqual(['https://a.example/', 'https://a.example/atom.xml']);
  });

  it('skips candidates that are missing, HTML or not feeds, and takes the next real feed', async () => {
    const { deps, calls } = fakeSite({
      'https://a.example/news': {
        text: html(alt('application/rss+xml', '/gone.rss') + alt('text/xml', '/page.xml') + alt('application/json', '/api.json') + alt('application/feed+json', '/feed.json')),
      },
      'https://a.example/page.xml': { text: html('') },
      'https://a.example/api.json': { text: '{"posts":[]}' },
      'https://a.example/feed.json': { text: JSON_FEED },
    });
    const resolved = await resolveFeedUrl('https://a.example/news', deps);
    expect(resolved.feedUrl).toBe('https://a.example/feed.json');
    expect(resolved.format).toBe('json');
    expect(calls).toEqual([
      'https://a.example/news',
      'https://a.example/gone.rss',
      'https://a.example/page.xml',
      'https://a.example/api.json',
      'https://a.example/feed.json',
    ]);
  });

  it('resolves relative links against the final URL after redirects', async () => {
    const { deps } = fakeSite({
      'http://a.example/': { text: html(alt('application/rss+xml', 'feed.xml')), redirectTo: 'https://www.a.example/en/' },
      'https://www.a.example/en/feed.xml': { text: RSS },
    });
    const resolved = await resolveFeedUrl('http://a.example/', deps);
    expect(resolved.feedUrl).toBe('https://www.a.example/en/feed.xml');
    expect(resolved.discoveredFrom).toBe('https://www.a.example/en/');
  });

  it('uses feed-like <a> links when no <link> is announced', async () => {
    const { deps } = fakeSite({
      'https://a.example/': { text: html('', '<a href="/about">About</a><a href="/rss/">RSS</a>') },
      'https://a.example/rss/': { text: RSS },
    });
    const resolved = await resolveFeedUrl('https://a.example/', deps);
    expect(resolved.feedUrl).toBe('https://a.example/rss/');
    expect(resolved.candidates).toEqual([{ url: 'https://a.example/rss/', type: 'unknown', title: 'RSS' }]);
  });

  it('throws not_a_feed naming the page when it announces nothing', async () => {
    const { deps } = fakeSite({ 'https://a.example/': { text: html('<title>Home</title>') } });
    const error = await resolveFeedUrl('https://a.example/', deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).code).toBe('not_a_feed');
    expect((error as ParseError).message).toContain('https://a.example/ is an HTML page and announces no feed links');
  });

  it('throws not_a_feed for a body that is neither feed nor page', async () => {
    const { deps } = fakeSite({ 'https://a.example/x': { text: 'plain text' } });
    await expect(resolveFeedUrl('https://a.example/x', deps)).rejects.toMatchObject({
      code: 'not_a_feed',
      message: expect.stringContaining('detected: unknown'),
    });
  });

  it('throws not_a_feed listing every candidate tried and why it failed', async () => {
    const { deps } = fakeSite({
      'https://a.example/': { text: html(alt('application/rss+xml', '/a.rss') + alt('application/atom+xml', '/b.atom')) },
      'https://a.example/b.atom': { text: html('') },
    });
    const error = (await resolveFeedUrl('https://a.example/', deps).catch((e: unknown) => e)) as ParseError;
    expect(error.code).toBe('not_a_feed');
    expect(error.message).toContain('https://a.example/a.rss (http_4xx: HTTP 404 for https://a.example/a.rss)');
    expect(error.message).toContain('https://a.example/b.atom (not a feed: html)');
  });

  it(`tries at most ${MAX_CANDIDATES_TRIED} candidates and says how many were left`, async () => {
    const links = Array.from({ length: MAX_CANDIDATES_TRIED + 3 }, (_, i) => alt('application/rss+xml', `/c${i}.rss`)).join('');
    const { deps, calls } = fakeSite({ 'https://a.example/': { text: html(links) } });
    const error = (await resolveFeedUrl('https://a.example/', deps).catch((e: unknown) => e)) as ParseError;
    expect(error.code).toBe('not_a_feed');
    expect(error.message).toContain('3 more not tried');
    expect(calls).toHaveLength(1 + MAX_CANDIDATES_TRIED);
  });

  it('propagates a fetch error for the URL itself', async () => {
    const { deps } = fakeSite({});
    await expect(resolveFeedUrl('https://a.example/missing', deps)).rejects.toMatchObject({ name: 'FetchError', code: 'http_4xx' });
  });

  it('propagates an unexpected (untyped) error while fetching a candidate', async () => {
    const { deps } = fakeSite({
      'https://a.example/': { text: html(alt('application/rss+xml', '/boom.rss') + alt('application/rss+xml', '/ok.rss')) },
      'https://a.example/boom.rss': new TypeError('bug in fetcher'),
      'https://a.example/ok.rss': { text: RSS },
    });
    await expect(resolveFeedUrl('https://a.example/', deps)).rejects.toThrow('bug in fetcher');
  });
});

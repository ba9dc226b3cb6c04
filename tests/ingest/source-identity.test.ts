import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/domain/feed.ts';
import { outletName, placeSource, sourceIdentity, type IdentityClues } from '../../src/ingest/source-identity.ts';

const FEED = 'https://blogs.example.org/alice/feed.xml';

describe('sourceIdentity: who publishes a new feed', () => {
  it.each<[string, Omit<IdentityClues, 'feedUrl'>, string, string]>([
    ['a given name wins', { givenName: 'Alice Desk', siteName: 'Site', feedTitle: 'Feed' }, 'Alice Desk', 'given'],
    ['the site name over the feed title', { siteName: 'The Daily Planet', feedTitle: 'Daily Planet - Top stories' }, 'The Daily Planet', 'feed'],
    ['the feed title without a trailing "RSS feed"', { feedTitle: 'Alice Writes - RSS feed' }, 'Alice Writes', 'feed'],
    ['the feed title with markup and entities flattened', { feedTitle: '<b>Bob &amp; Co</b>' }, 'Bob & Co', 'feed'],
    ['a title that is only "RSS" stays as it is', { feedTitle: 'RSS' }, 'RSS', 'feed'],
    ['the host when nothing else is known', { siteUrl: 'https://www.blogs.example.org/alice/' }, 'blogs.example.org', 'host'],
    ['the feed host without a site', {}, 'blogs.example.org', 'host'],
    ['blank names count as none', { givenName: '  ', siteName: '', feedTitle: ' ' }, 'blogs.example.org', 'host'],
  ])('%s', (_name, clues, name, origin) => {
    expect(sourceIdentity({ ...clues, feedUrl: FEED })).toMatchObject({ name, origin });
  });
});

describe('outletName', () => {
  it.each([
    ['Daily Planet RSS', 'Daily Planet'],
    ['Daily Planet (Atom)', 'Daily Planet'],
    ['Daily Planet | RSS 2.0', 'Daily Planet'],
    ['Discovery Channel', 'Discovery Channel'],
    ['Rsshub', 'Rsshub'],
    ['Classrss', 'Classrss'],
  ])('%s -> %s', (title, expected) => expect(outletName(title)).toBe(expected));
});

const source = (name: string, homepage: string | null): Source => ({
  id: name, name, nameOrigin: 'feed', homepage, country: null, language: null, createdAt: '2026-01-01T00:00:00Z',
});

describe('placeSource: one outlet, one source; two outlets, two sources', () => {
  const existing = [source('Alice Writes', 'https://blogs.example.org/alice/'), source('News', 'https://news-a.example/')];
  it.each<[string, string, string | null, string]>([
    ['another outlet on the same host keeps its own name', 'Bob Builds', 'https://blogs.example.org/bob/', 'Bob Builds'],
    ['a section feed of a known outlet joins it', 'Alice Writes - Travel', 'https://blogs.example.org/alice/travel', 'Alice Writes'],
    ['a section named first joins too', 'Travel | Alice Writes', 'https://blogs.example.org/alice/', 'Alice Writes'],
    ['a name part of another host is not joined', 'Alice Writes - Travel', 'https://elsewhere.example/', 'Alice Writes - Travel'],
    ['a name taken by another host gets the host', 'News', 'https://news-b.example/', 'News (news-b.example)'],
    ['the same name on the same host is the same source', 'News', 'https://www.news-a.example/about', 'News'],
    ['without a homepage the name is used as it is', 'News', null, 'News'],
  ])('%s', (_name, name, homepage, expected) => {
    expect(placeSource({ name, origin: 'feed', homepage }, existing)).toBe(expected);
  });

  it('given names are never changed', () => {
    expect(placeSource({ name: 'News', origin: 'given', homepage: 'https://news-b.example/' }, existing)).toBe('News');
  });
});

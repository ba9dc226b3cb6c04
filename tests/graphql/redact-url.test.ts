import { describe, expect, it } from 'vitest';
import { withoutCredentials } from '../../src/graphql/redact-url.ts';

describe('feed URLs shown to readers', () => {
  it.each([
    ['https://user:secret@feeds.example/rss.xml', 'https://feeds.example/rss.xml'],
    ['https://token@feeds.example/rss.xml?x=1', 'https://feeds.example/rss.xml?x=1'],
    ['https://:pw@feeds.example/a', 'https://feeds.example/a'],
    ['https://feeds.example/rss.xml', 'https://feeds.example/rss.xml'],
    ['not a url', 'not a url'],
  ])('%s -> %s', (input, shown) => {
    expect(withoutCredentials(input)).toBe(shown);
  });
});

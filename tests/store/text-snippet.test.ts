import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/store/search-query.ts';
import { snippetToHtml } from '../../src/store/search-snippet.ts';
import { highlightTerms, markedSnippet } from '../../src/store/text-snippet.ts';

const snippet = (query: string, title: string, text: string, size = 24) =>
  snippetToHtml(markedSnippet([title, text], highlightTerms(parseSearchQuery(query).root), size));

describe('snippets built from a hit’s title and text', () => {
  const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
  it.each([
    ['a word in the text', 'pirates', 'Title', 'Navies chased pirates off the coast.', 'Navies chased <mark>pirates</mark> off the coast.'],
    ['case and accents fold as FTS5 folds them', 'zurich', 'Title', 'Talks in Zürich ended.', 'Talks in <mark>Zürich</mark> ended.'],
    ['a phrase is one mark', '"gulf of aden"', 'Title', 'Ships in the Gulf of Aden were hit.', 'Ships in the <mark>Gulf of Aden</mark> were hit.'],
    ['a prefix marks the whole word', 'negot*', 'Title', 'Negotiators met again.', '<mark>Negotiators</mark> met again.'],
    ['every included term, no excluded one', 'oil OR gas -coal', 'Title', 'Oil, gas and coal prices rose.', '<mark>Oil</mark>, <mark>gas</mark> and coal prices rose.'],
    ['the title when only it matches', 'summit', 'Summit opens', 'Leaders arrived.', '<mark>Summit</mark> opens'],
    ['text is escaped', 'co', 'Title', 'Smith & <b>co</b> said', 'Smith &amp; &lt;b&gt;<mark>co</mark>&lt;/b&gt; said'],
    ['a long text is cut around the match', 'w40', 'Title', long, '…w38 w39 <mark>w40</mark> w41 w42…'],
  ])('%s', (_name, query, title, text, expected) => {
    expect(snippet(query, title, text, query === 'w40' ? 5 : 24)).toBe(expected);
  });

  it('prefers the window with more distinct terms', () => {
    const text = `alpha ${'x '.repeat(30)}alpha beta gamma`;
    expect(snippet('alpha gamma', 'Title', text, 4)).toBe('…x <mark>alpha</mark> beta <mark>gamma</mark>');
  });
});

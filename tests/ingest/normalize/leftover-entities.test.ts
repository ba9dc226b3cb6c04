import { describe, expect, it } from 'vitest';
import { collapseEscapedEntities, decodeLeftoverEntities } from '../../../src/ingest/normalize/leftover-entities.ts';

describe('decodeLeftoverEntities (plain text)', () => {
  it.each([
    ['clean text is untouched', 'Fish & chips, 5 < 6', 'Fish & chips, 5 < 6'],
    ['an ampersand without a reference is text', 'AT&T and R&D;', 'AT&T and R&D;'],
    ['escaped twice: one more decode', 'Tom &amp; Jerry&#8217;s', 'Tom & Jerry’s'],
    ['escaped three times: two more decodes', 'Tom &amp;amp; Jerry', 'Tom & Jerry'],
    ['hex and named references', '&#x2014; &quot;quoted&quot; caf&eacute;', '— "quoted" café'],
    ['an escaped tag becomes text, not markup', '&lt;b&gt;bold&lt;/b&gt;', '<b>bold</b>'],
    ['an unknown name stays as written', 'a &nosuchentity; b', 'a &nosuchentity; b'],
    ['no more than two extra rounds', '&amp;amp;amp;amp;', '&amp;amp;'],
  ])('%s', (_name, input, expected) => {
    expect(decodeLeftoverEntities(input)).toBe(expected);
  });
});

describe('collapseEscapedEntities (HTML)', () => {
  it.each([
    ['clean HTML is untouched', '<p>Fish &amp; chips &lt;3</p>', '<p>Fish &amp; chips &lt;3</p>'],
    ['an escaped ampersand entity loses a level', '<p>Q&amp;amp;A</p>', '<p>Q&amp;A</p>'],
    ['escaped numeric and named references', '<p>Jerry&amp;#8217;s &amp;quot;day&amp;quot;</p>', '<p>Jerry&#8217;s &quot;day&quot;</p>'],
    ['escaped angle brackets stay entities', '<p>&amp;lt;script&amp;gt;</p>', '<p>&lt;script&gt;</p>'],
    ['deeper escaping, two levels at most', '<p>&amp;amp;amp;amp;</p>', '<p>&amp;amp;</p>'],
  ])('%s', (_name, input, expected) => {
    expect(collapseEscapedEntities(input)).toBe(expected);
  });
});

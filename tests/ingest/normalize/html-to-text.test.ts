import { describe, expect, it } from 'vitest';
import { htmlToText, inlineText, makeExcerpt } from '../../../src/ingest/normalize/html-to-text.ts';

describe('htmlToText', () => {
  it.each([
    ['plain text', 'just text', 'just text'],
    ['named entities', 'Tom &amp; Jerry &lt;3 &quot;x&quot; caf&eacute;', 'Tom & Jerry <3 "x" café'],
    ['numeric entities', '&#8220;quoted&#8221; &#x2014; dash', '\u201cquoted\u201d \u2014 dash'],
    ['nbsp collapses like a space', 'a&nbsp;&nbsp; b', 'a b'],
    ['inline tags vanish without spaces', '<b>bo</b><i>ld</i> <a href="/x">link</a>', 'bold link'],
    ['source newlines are spaces', 'one\ntwo\r\n\tthree', 'one two three'],
    ['paragraphs', '<p>First.</p><p>Second.</p>', 'First.\n\nSecond.'],
    ['line breaks', 'a<br>b<br/>c', 'a\nb\nc'],
    ['headings and divs', '<h2>Title</h2><div>Body</div>', 'Title\n\nBody'],
    ['lists', '<ul><li>one</li><li>two</li></ul>after', 'one\ntwo\n\nafter'],
    ['unclosed list items', '<ul><li>one<li>two</ul>', 'one\ntwo'],
    ['table cells and rows', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', 'a b\nc d'],
    ['blank lines collapse', '<p></p><p></p><p>x</p><br><br><br><br><p>y</p>', 'x\n\ny'],
    ['trimmed', '  <p>  x  </p>  ', 'x'],
    ['script text excluded', 'a<script>var secret = 1;</script>b', 'ab'],
    ['style text excluded', '<style>p { color: red }</style><p>x</p>', 'x'],
    ['noscript, svg excluded', '<noscript>n</noscript><svg><text>s</text></svg>ok', 'ok'],
    ['a comment left open hides the rest', 'kept<!-- hidden <b>too</b>', 'kept'],
    ['closed comments are skipped, a later open one hides the rest', 'a<!-- x -->b<!-- y', 'ab'],
    ['an iframe reads as its fallback text', '<iframe src="https://v.example/">the clip</iframe> ok', 'the clip ok'],
    ['object fallback text kept', 'a <object data="/m.swf"><param name="q" value="1">fallback</object>', 'a fallback'],
    ['nested skipped elements', '<svg><style>x</style><title>t</title></svg>ok', 'ok'],
    ['comments excluded', 'a<!-- hidden -->b', 'ab'],
    ['CDATA text kept', '<![CDATA[inside]]> outside', 'inside outside'],
    ['CDATA with markup-looking text kept as text', '<p><![CDATA[1 < 2]]></p>', '1 < 2'],
    ['malformed markup', '<p>open <b>bold <i>both</p> tail', 'open bold both\n\ntail'],
    ['empty', '', ''],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('inlineText', () => {
  it.each([
    ['entities decoded', 'Q&amp;A: what&#8217;s next', 'Q&A: what\u2019s next'],
    ['tags stripped', '<b>Breaking</b>: <em>news</em>', 'Breaking: news'],
    ['whitespace and blocks collapse to one line', '  <p>one</p>\n<p>two</p>  ', 'one two'],
    ['a lone < is text', 'x<y matters', 'x<y matters'],
    ['a < before a word with tags elsewhere', '<b>a</b> 1 < 2', 'a 1 < 2'],
    ['escaped tags stay text', '&lt;b&gt; is bold', '<b> is bold'],
    ['a comment left open hides the rest of a title', 'Weekly<!-- draft', 'Weekly'],
    ['empty', '', ''],
  ])('%s', (_name, html, expected) => {
    expect(inlineText(html)).toBe(expected);
  });
});

describe('makeExcerpt', () => {
  const words = Array.from({ length: 200 }, (_v, i) => `word${i}`).join(' ');

  it('keeps short text as it is (flattened)', () => {
    expect(makeExcerpt('A short\n\ntext.')).toBe('A short text.');
  });

  it('defaults to at most 280 characters, cut between words, with an ellipsis', () => {
    const excerpt = makeExcerpt(words);
    expect(excerpt.length).toBeLessThanOrEqual(280);
    expect(excerpt.length).toBeGreaterThan(200);
    expect(excerpt.endsWith('…')).toBe(true);
    const body = excerpt.slice(0, -1);
    expect(words.startsWith(body)).toBe(true);
    // The cut falls where a word ended in the original.
    expect(words.charAt(body.length)).toBe(' ');
  });

  it.each([10, 25, 50, 100])('respects maxChars = %i', (max) => {
    const excerpt = makeExcerpt(words, max);
    expect(excerpt.length).toBeLessThanOrEqual(max);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(makeExcerpt('one two, three four five', 10)).toBe('one two…');
  });

  it('cuts a single giant word rather than returning nothing', () => {
    const excerpt = makeExcerpt('x'.repeat(500), 50);
    expect(excerpt).toBe(`${'x'.repeat(49)}…`);
  });

  it('never splits a surrogate pair', () => {
    const excerpt = makeExcerpt('😀'.repeat(100), 20);
    expect(excerpt.length).toBeLessThanOrEqual(20);
    expect(() => encodeURIComponent(excerpt)).not.toThrow();
  });

  it('text exactly at the limit is not shortened', () => {
    const text = 'a'.repeat(280);
    expect(makeExcerpt(text)).toBe(text);
  });
});

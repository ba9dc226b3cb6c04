/**
 * A generated family of hostile feed bodies, each of about `size` characters: the shapes that made parsing grow
 * faster than the body (runs of comments before the root, unclosed comments and CDATA sections, deep nesting, stray
 * end tags, entity floods, huge attributes) and a few relatives. Used by the parse tests (each is parsed or rejected
 * with a typed error) and by `npm run bench` (time per KB at two sizes).
 */
export interface HostileFeed {
  name: string;
  body: string;
}

const ITEM = '<item><title>t</title><link>https://h.example/1</link></item>';

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

export function hostileFeeds(size: number): HostileFeed[] {
  const rss = (inner: string) => `<rss version="2.0"><channel><title>h</title>${inner}</channel></rss>`;
  return [
    { name: 'empty comments without a declaration', body: repeatTo('<!---->', size) },
    { name: 'empty comments before an rss root', body: `${repeatTo('<!---->', size)}<rss><channel>${ITEM}</channel></rss>` },
    { name: 'unclosed comment openers', body: rss(ITEM + repeatTo('<!--', size)) },
    { name: 'unclosed CDATA openers', body: rss(ITEM + repeatTo('<![CDATA[', size)) },
    { name: 'comment and CDATA openers interleaved', body: rss(ITEM + repeatTo('<!--<![CDATA[]]>', size)) },
    { name: 'deep nesting', body: rss(`<item>${repeatTo('<a>', size / 2)}${repeatTo('</a>', size / 2)}</item>`) },
    { name: 'deep unclosed nesting', body: rss(ITEM + repeatTo('<a>', size)) },
    { name: 'stray end tags', body: rss(ITEM + repeatTo('</b>', size)) },
    { name: 'nesting then stray end tags', body: rss(`${ITEM}${'<a>'.repeat(200)}${repeatTo('</b>', size)}`) },
    { name: 'many items', body: rss(repeatTo(ITEM, size)) },
    { name: 'entity flood', body: rss(`<item><title>${repeatTo('&nbsp;&amp;&#x41;&bogus;', size)}</title></item>`) },
    { name: 'bare ampersands', body: rss(`<item><title>${repeatTo('&', size)}</title></item>`) },
    { name: 'huge attribute', body: rss(`<item><title a="${repeatTo('x', size)}">t</title></item>`) },
    { name: 'unterminated attribute', body: rss(`<item><title a="${repeatTo('x ', size)}`) },
    { name: 'open angle brackets', body: rss(`<item><title>${repeatTo('<', size)}</title></item>`) },
    { name: 'meta tags without an end', body: `<html>${repeatTo('<meta charset', size)}` },
    { name: 'processing instructions', body: `${repeatTo('<?x ?>', size)}<rss><channel>${ITEM}</channel></rss>` },
    { name: 'doctype with an unclosed subset', body: `<!DOCTYPE rss [${repeatTo('<!ENTITY a "b">', size)}<rss/>` },
  ];
}

/** Small RSS 2.0 documents for tests that need a feed but are not about parsing. */
export interface TestItem {
  guid?: string;
  title: string;
  link: string;
  date?: string;
  body?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rssFeed(channel: { title: string; link: string; extra?: string }, items: TestItem[]): string {
  const xml = items
    .map(
      (i) =>
        `<item>${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}<title>${esc(i.title)}</title><link>${esc(i.link)}</link>` +
        `${i.date ? `<pubDate>${i.date}</pubDate>` : ''}<description><![CDATA[${i.body ?? `<p>${i.title} body</p>`}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${esc(channel.title)}</title><link>${esc(channel.link)}</link>${channel.extra ?? ''}\n${xml}\n</channel></rss>`;
}

/** Feed n of a numbered set, with `count` dated items; used by the multi-process tests. */
export function numberedFeed(prefix: string, n: number, count: number): string {
  return rssFeed(
    { title: `${prefix.toUpperCase()} ${n}`, link: `https://${prefix}${n}.example/` },
    Array.from({ length: count }, (_, i) => ({
      guid: `${prefix}${n}-${i}`,
      title: `Story ${i} of ${prefix} feed ${n}`,
      link: `https://${prefix}${n}.example/${i}`,
      date: new Date(Date.UTC(2026, 10, 24, 10 + i)).toUTCString(),
    })),
  );
}

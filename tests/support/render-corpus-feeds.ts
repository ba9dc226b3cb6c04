/**
 * Renders the feeds of the multilingual corpus from its article sources and outlets: one feed per outlet, in that
 * outlet's format (RSS 2.0, Atom 1.0 or JSON Feed 1.1) and declared language. Deterministic: same input, same bytes.
 * scripts/fixtures/build-multilingual-feeds.ts writes them; the corpus test checks the committed files are current.
 */
import type { CorpusArticle } from './corpus-article.ts';

export interface FeedOutlet {
  name: string;
  site: string;
  file: string;
  format: 'rss2' | 'atom' | 'jsonfeed';
  declaredLanguage: string;
  utcOffset: string;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = (a: CorpusArticle): string => a.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n');
const summary = (a: CorpusArticle): string => a.paragraphs[0] ?? '';

/** "2026-03-03T15:40:00Z" in the outlet's offset, as RFC 822 (RSS) or RFC 3339 (Atom, JSON Feed). */
function localDate(iso: string, offset: string): { rfc822: string; rfc3339: string } {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number) as [number, number];
  const shifted = new Date(Date.parse(iso) + sign * (h * 60 + m) * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const ymd = `${shifted.getUTCFullYear()}-${p(shifted.getUTCMonth() + 1)}-${p(shifted.getUTCDate())}`;
  const hms = `${p(shifted.getUTCHours())}:${p(shifted.getUTCMinutes())}:${p(shifted.getUTCSeconds())}`;
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const rfc822 = `${days[shifted.getUTCDay()]}, ${p(shifted.getUTCDate())} ${months[shifted.getUTCMonth()]} ${shifted.getUTCFullYear()} ${hms} ${offset.replace(':', '')}`;
  return { rfc822, rfc3339: `${ymd}T${hms}${offset}` };
}

function rss(o: FeedOutlet, items: CorpusArticle[]): string {
  const entries = items.map((a) => {
    const d = localDate(a.published, o.utcOffset);
    const cats = a.categories.map((c) => `      <category>${escapeXml(c)}</category>`).join('\n');
    return `    <item>
      <title>${escapeXml(a.title)}</title>
      <link>${a.url(o.site)}</link>
      <guid isPermaLink="true">${a.url(o.site)}</guid>
      <dc:creator>${escapeXml(a.author)}</dc:creator>
      <pubDate>${d.rfc822}</pubDate>
${cats}
      <description>${escapeXml(summary(a))}</description>
      <content:encoded><![CDATA[${html(a)}]]></content:encoded>
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(o.name)}</title>
    <link>${o.site}</link>
    <description>${escapeXml(o.name)}</description>
    <language>${o.declaredLanguage}</language>
${entries.join('\n')}
  </channel>
</rss>
`;
}

function atom(o: FeedOutlet, items: CorpusArticle[]): string {
  const updated = items.map((a) => localDate(a.published, o.utcOffset).rfc3339).sort().at(-1);
  const entries = items.map((a) => {
    const d = localDate(a.published, o.utcOffset).rfc3339;
    const cats = a.categories.map((c) => `    <category term="${escapeXml(c)}"/>`).join('\n');
    return `  <entry>
    <id>${a.url(o.site)}</id>
    <title>${escapeXml(a.title)}</title>
    <link rel="alternate" type="text/html" href="${a.url(o.site)}"/>
    <published>${d}</published>
    <updated>${d}</updated>
    <author><name>${escapeXml(a.author)}</name></author>
${cats}
    <summary>${escapeXml(summary(a))}</summary>
    <content type="html">${escapeXml(html(a))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.declaredLanguage}">
  <id>${o.site}</id>
  <title>${escapeXml(o.name)}</title>
  <link rel="alternate" href="${o.site}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

function jsonFeed(o: FeedOutlet, items: CorpusArticle[]): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: o.name,
      home_page_url: o.site,
      language: o.declaredLanguage,
      items: items.map((a) => ({
        id: a.url(o.site),
        url: a.url(o.site),
        title: a.title,
        content_html: html(a),
        summary: summary(a),
        date_published: localDate(a.published, o.utcOffset).rfc3339,
        authors: [{ name: a.author }],
        tags: a.categories,
      })),
    },
    null,
    2,
  )}\n`;
}

/** file name -> feed text, for every outlet; throws on an article whose outlet is unknown or an outlet without articles. */
export function renderCorpusFeeds(outlets: Record<string, FeedOutlet>, articles: readonly CorpusArticle[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, outlet] of Object.entries(outlets)) {
    const items = articles.filter((a) => a.outlet === id).sort((a, b) => b.published.localeCompare(a.published));
    if (!items.length) throw new Error(`outlet ${id} has no articles`);
    out.set(outlet.file, outlet.format === 'rss2' ? rss(outlet, items) : outlet.format === 'atom' ? atom(outlet, items) : jsonFeed(outlet, items));
  }
  const unknown = articles.filter((a) => !outlets[a.outlet]);
  if (unknown.length) throw new Error(`articles with an unknown outlet: ${unknown.map((a) => a.id).join(', ')}`);
  return out;
}

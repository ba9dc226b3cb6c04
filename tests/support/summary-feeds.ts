/**
 * The world-news corpus (tests/enrich/world-news-corpus.ts) re-published two ways by a loopback server: every outlet
 * as an RSS 2.0 feed carrying each article in full, or a feed carrying only a one-sentence summary whose links point
 * to the article pages (wrapped in a news site's boilerplate, see news-page.ts). Both feeds give the same titles,
 * guids, dates and links, so anything that differs downstream comes from extraction.
 */
import { loadWorldNewsArticles, loadWorldNewsLabels, type WorldNewsArticle } from '../enrich/world-news-corpus.ts';
import type { FixtureServer } from './fixture-server.ts';
import { escapeHtml, newsPage, PAGE_TEMPLATES } from './news-page.ts';

export interface PublishedOutlet {
  file: string;
  outlet: string;
  fullFeedUrl: string;
  summaryFeedUrl: string;
}

/** The first sentence of a text, at most `maxWords` words: what a summary feed gives. */
export function firstSentence(text: string, maxWords = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](?:\s|$)/u);
  const sentence = end > 0 ? flat.slice(0, end + 1) : flat;
  return sentence.split(' ').slice(0, maxWords).join(' ');
}

function slug(article: WorldNewsArticle): string {
  return new URL(article.label.link).pathname.replace(/[^a-z0-9]+/giu, '-').replace(/^-|-$/gu, '');
}

function rss(outlet: string, items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeHtml(outlet)}</title><link>https://example.org/</link><description>${escapeHtml(outlet)}</description>
${items.join('\n')}
</channel></rss>`;
}

function item(article: WorldNewsArticle, link: string, description: string): string {
  return `<item><title>${escapeHtml(article.title)}</title><link>${escapeHtml(link)}</link><guid isPermaLink="false">${escapeHtml(article.label.guid)}</guid>` +
    `<pubDate>${new Date(article.label.published).toUTCString()}</pubDate><description>${escapeHtml(description)}</description></item>`;
}

/** Registers the pages and both feeds of every outlet on `server`. */
export async function publishWorldNews(server: FixtureServer): Promise<PublishedOutlet[]> {
  const labels = loadWorldNewsLabels();
  const articles = await loadWorldNewsArticles();
  const outlets: PublishedOutlet[] = [];
  Object.entries(labels.feeds).forEach(([file, meta], outletIndex) => {
    const own = articles.filter((a) => a.label.feed === file);
    const others = articles.filter((a) => a.label.feed !== file);
    const full: string[] = [];
    const summary: string[] = [];
    own.forEach((article, i) => {
      const path = `/${outletIndex}/${slug(article)}`;
      const link = server.url(path);
      const paragraphs = article.text.split(/\n{2,}/u).map((p) => p.trim()).filter(Boolean);
      // The related box lists other stories' headlines: if they leaked into the body they would pull stories together.
      const related = others.slice(i % others.length, (i % others.length) + 5).map((o) => ({ title: o.title, url: server.url(`/related/${slug(o)}`) }));
      const page = newsPage(
        { title: article.title, paragraphs, byline: 'Staff reporter', publishedAt: article.label.published, url: link, language: article.language ?? 'en', siteName: meta.outlet },
        related,
        PAGE_TEMPLATES[(outletIndex + i) % PAGE_TEMPLATES.length]!,
      );
      server.reply(path, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page });
      full.push(item(article, link, paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')));
      summary.push(item(article, link, firstSentence(article.text)));
    });
    server.reply(`/${outletIndex}/full.xml`, { headers: { 'content-type': 'application/rss+xml' }, body: rss(meta.outlet, full) });
    server.reply(`/${outletIndex}/summary.xml`, { headers: { 'content-type': 'application/rss+xml' }, body: rss(meta.outlet, summary) });
    outlets.push({ file, outlet: meta.outlet, fullFeedUrl: server.url(`/${outletIndex}/full.xml`), summaryFeedUrl: server.url(`/${outletIndex}/summary.xml`) });
  });
  server.reply('/robots.txt', { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' });
  return outlets;
}

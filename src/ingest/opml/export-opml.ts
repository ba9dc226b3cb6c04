import type { FullTextPolicy } from '../../domain/extraction.ts';
import { escapeXml } from './escape-xml.ts';

export interface OpmlExportFeed {
  title: string | null;
  xmlUrl: string;
  htmlUrl: string | null;
  /** The source name; feeds are grouped into one folder outline per category. */
  category: string | null;
  /** Written as a fullText attribute, so an import elsewhere keeps the feed's policy. */
  fullText?: FullTextPolicy;
}

/**
 * Writes an OPML 2.0 subscription list. Categories become folder outlines in order of first appearance, feeds keep
 * their given order inside them, and feeds without a category follow at the top level.
 */
export function exportOpml(feeds: OpmlExportFeed[], opts: { title: string; now: Date }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(opts.title)}</title>`,
    `    <dateCreated>${opts.now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  const { groups, loose } = groupByCategory(feeds);
  for (const [category, members] of groups) {
    lines.push(`    <outline text="${escapeXml(category)}" title="${escapeXml(category)}">`);
    for (const feed of members) lines.push(`      ${feedOutline(feed)}`);
    lines.push('    </outline>');
  }
  for (const feed of loose) lines.push(`    ${feedOutline(feed)}`);
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

function groupByCategory(feeds: OpmlExportFeed[]): { groups: Map<string, OpmlExportFeed[]>; loose: OpmlExportFeed[] } {
  const groups = new Map<string, OpmlExportFeed[]>();
  const loose: OpmlExportFeed[] = [];
  for (const feed of feeds) {
    const category = feed.category?.trim() ?? '';
    if (category === '') {
      loose.push(feed);
      continue;
    }
    const members = groups.get(category) ?? [];
    members.push(feed);
    groups.set(category, members);
  }
  return { groups, loose };
}

/** text is required by OPML 2.0; without a title the URL stands in (and parseOpml reads it back as no title). */
function feedOutline(feed: OpmlExportFeed): string {
  const attrs: [string, string][] = [
    ['type', 'rss'],
    ['text', feed.title ?? feed.xmlUrl],
  ];
  if (feed.title !== null) attrs.push(['title', feed.title]);
  attrs.push(['xmlUrl', feed.xmlUrl]);
  if (feed.htmlUrl !== null) attrs.push(['htmlUrl', feed.htmlUrl]);
  if (feed.fullText !== undefined) attrs.push(['fullText', feed.fullText]);
  return `<outline ${attrs.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}/>`;
}

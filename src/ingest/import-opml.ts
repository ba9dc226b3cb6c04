import { isAppError } from '../domain/errors.ts';
import { addFeed, type FeedAdminContext } from './add-feed.ts';
import { parseOpml } from './opml/parse-opml.ts';

export interface OpmlImportLine {
  /** Where the outline is in the file (folder path and title), or its xmlUrl. */
  outline: string;
  xmlUrl: string | null;
  status: 'added' | 'duplicate' | 'invalid';
  feedId: string | null;
  reason: string | null;
}

export interface OpmlImportReport {
  title: string | null;
  added: number;
  duplicates: number;
  invalid: number;
  lines: OpmlImportLine[];
}

/**
 * Imports an OPML subscription list: each outline with an xmlUrl becomes a feed (no network: the xmlUrl is the feed).
 * Outlines already present are reported as duplicates, unusable ones as invalid; nothing stops the rest.
 */
export async function importOpml(ctx: FeedAdminContext, text: string, opts: { sourceName?: string | null } = {}): Promise<OpmlImportReport> {
  const parsed = parseOpml(text);
  const report: OpmlImportReport = { title: parsed.title, added: 0, duplicates: 0, invalid: 0, lines: [] };
  for (const p of parsed.problems) {
    const duplicate = p.reason === 'duplicate';
    report.lines.push({
      outline: p.path,
      xmlUrl: null,
      status: duplicate ? 'duplicate' : 'invalid',
      feedId: null,
      reason: duplicate ? 'repeated in the file' : p.reason === 'no_xml_url' ? 'no xmlUrl attribute' : 'xmlUrl is not an http(s) URL',
    });
    if (duplicate) report.duplicates++;
    else report.invalid++;
  }
  for (const o of parsed.feeds) {
    const outline = [...o.categories, o.title ?? o.xmlUrl].join(' > ');
    try {
      const { feed } = await addFeed(ctx, {
        url: o.xmlUrl,
        sourceName: opts.sourceName ?? null,
        homepage: o.htmlUrl,
        language: o.language,
        title: o.title,
        ...(o.fullText ? { fullText: o.fullText } : {}),
        discover: false,
      });
      report.added++;
      report.lines.push({ outline, xmlUrl: o.xmlUrl, status: 'added', feedId: feed.id, reason: null });
    } catch (e) {
      if (isAppError(e) && e.code === 'conflict') {
        report.duplicates++;
        report.lines.push({ outline, xmlUrl: o.xmlUrl, status: 'duplicate', feedId: String(e.details.feedId ?? '') || null, reason: 'already subscribed' });
      } else if (isAppError(e) && e.code === 'invalid_input') {
        report.invalid++;
        report.lines.push({ outline, xmlUrl: o.xmlUrl, status: 'invalid', feedId: null, reason: e.message });
      } else {
        throw e;
      }
    }
  }
  return report;
}

import type { RawFeed, RawPerson } from '../../../src/domain/raw-feed.ts';
import { parseFeedDate } from '../../../src/ingest/normalize/parse-date.ts';

/**
 * Field-by-field comparison of a RawFeed with gofeed's universal model (testdata/translator/*.json).
 * Fields: feed title, link, published, authors; item title, link, published, authors, content, guid.
 * - strings are trimmed, HTML has whitespace collapsed;
 * - dates compare as instants: gofeed's own `publishedParsed` against parseFeedDate over our raw string;
 * - authors compare as the list of "name <email>" (gofeed splits RSS author strings the same way);
 * - content compares the pair (content, description) with (contentHtml ?? contentText, summaryHtml): gofeed keeps
 *   content:encoded / atom content apart from description / atom summary, and so does RawItem.
 * Only fields where at least one side has a value are counted.
 */
export type Json = Record<string, any>;

export interface FieldResult {
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const html = (v: unknown): string | null => text(v)?.replace(/\s+/g, ' ') ?? null;
const instant = (v: unknown): string | null => (typeof v === 'string' ? (parseFeedDate(v)?.toISOString() ?? null) : null);

function people(list: readonly { name?: string | null; email?: string | null }[] | undefined): string[] {
  return (list ?? []).map((p) => [text(p.name), text(p.email) && `<${text(p.email)}>`].filter(Boolean).join(' '));
}

function expectedInstant(parsed: unknown, raw: unknown): string | null {
  return typeof parsed === 'string' ? new Date(parsed).toISOString() : instant(raw);
}

export function compareWithUniversal(raw: RawFeed, expected: Json): FieldResult[] {
  const out: FieldResult[] = [];
  const add = (field: string, e: unknown, a: unknown) => {
    const empty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);
    if (empty(e) && empty(a)) return;
    out.push({ field, expected: e, actual: a, ok: JSON.stringify(e) === JSON.stringify(a) });
  };
  add('feed.title', text(expected['title']), text(raw.title));
  add('feed.link', text(expected['link']), text(raw.link));
  add('feed.published', expectedInstant(expected['publishedParsed'], expected['published']), instant(raw.published));
  add('feed.authors', people(expected['authors']), people(raw.authors as RawPerson[]));
  const items: Json[] = expected['items'] ?? [];
  add('items.count', items.length, raw.items.length);
  items.forEach((e, i) => {
    const a = raw.items[i];
    add('item.title', text(e['title']), text(a?.title));
    add('item.link', text(e['link']), text(a?.link));
    add('item.published', expectedInstant(e['publishedParsed'], e['published']), instant(a?.published ?? a?.updated));
    add('item.authors', people(e['authors']), people(a?.authors));
    add('item.content', [html(e['content']), html(e['description'])], a ? [html(a.contentHtml ?? a.contentText), html(a.summaryHtml)] : []);
    add('item.guid', text(e['guid']), text(a?.guid));
  });
  return out;
}

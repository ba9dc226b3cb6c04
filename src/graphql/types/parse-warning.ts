import type { ParseWarning, ParseWarningCode } from '../../domain/feed.ts';
import { builder } from '../builder.ts';

export const ParseWarningCodeEnum = builder.enumType('ParseWarningCode', {
  description: 'A kind of problem a feed parse worked around.',
  values: {
    RECOVERED_MARKUP: { value: 'recovered_markup', description: 'Malformed XML, read by the recovering parser (feedparser calls this bozo)' },
    ITEMS_SKIPPED: { value: 'items_skipped', description: 'Items with nothing in them (no title, link, content, id, date or author) were skipped' },
    DUPLICATE_ITEMS: { value: 'duplicate_items', description: 'An item appeared more than once; the latest copy was kept' },
    DATES_UNUSABLE: { value: 'dates_unusable', description: 'Items gave an unreadable or future date; their publishedAt is estimated' },
    DATES_CLAMPED: { value: 'dates_clamped', description: 'Items gave a UTC offset beyond ±14:00; it was clamped so the date is kept' },
    ITEMS_CAPPED: { value: 'items_capped', description: 'More items than the per-feed limit; only the newest were stored' },
    ITEMS_OVER_BUDGET: { value: 'items_over_budget', description: 'Reading the items took longer than INGEST_PARSE_BUDGET_MS; the items left unread were not stored' },
  } as const satisfies Record<string, { value: ParseWarningCode; description: string }>,
});

export const ParseWarningRef = builder.objectRef<ParseWarning>('ParseWarning').implement({
  description: 'Something the parse of a feed body worked around: the feed was read, but not entirely as written.',
  fields: (t) => ({
    code: t.field({ type: ParseWarningCodeEnum, resolve: (w) => w.code }),
    message: t.exposeString('message'),
    count: t.exposeInt('count', { description: 'How many items it concerned (1 for the document as a whole)' }),
  }),
});

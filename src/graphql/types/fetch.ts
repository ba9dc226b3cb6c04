import type { FetchRecord, FetchStatus } from '../../domain/feed.ts';
import { builder } from '../builder.ts';
import { ErrorCodeEnum } from './errors.ts';
import { ParseWarningRef } from './parse-warning.ts';

export const FetchStatusEnum = builder.enumType('FetchStatus', {
  description: 'How a fetch ended.',
  values: {
    OK: { value: 'ok', description: 'Fetched and parsed; articles stored' },
    NOT_MODIFIED: { value: 'not_modified', description: 'HTTP 304: the validators matched' },
    UNCHANGED: { value: 'unchanged', description: 'Fetched, but the body was byte-identical to the last one' },
    ERROR: { value: 'error', description: 'Failed; see errorCode' },
  } as const satisfies Record<string, { value: FetchStatus; description: string }>,
});

/** One fetch attempt of a feed, from the fetch log. Admin only (reached through Feed.fetches). */
export const FeedFetchRef = builder.objectRef<FetchRecord>('FeedFetch').implement({
  description: 'One fetch attempt of a feed.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The fetch log id (a ULID: sorts by time)' }),
    status: t.field({ type: FetchStatusEnum, resolve: (f) => f.status }),
    httpStatus: t.exposeInt('httpStatus', { nullable: true }),
    durationMs: t.exposeInt('durationMs'),
    bytes: t.exposeInt('bytes', { nullable: true }),
    itemsSeen: t.exposeInt('itemsSeen'),
    itemsNew: t.exposeInt('itemsNew'),
    itemsUpdated: t.exposeInt('itemsUpdated'),
    errorCode: t.field({ type: ErrorCodeEnum, nullable: true, resolve: (f) => f.errorCode }),
    errorMessage: t.exposeString('errorMessage', { nullable: true }),
    startedAt: t.field({ type: 'DateTime', resolve: (f) => f.startedAt }),
    parseWarnings: t.field({ type: [ParseWarningRef], description: "What this fetch's parse worked around", resolve: (f) => f.parseWarnings }),
  }),
});

export const FeedFetchConnection = builder.connectionObject({ type: FeedFetchRef, name: 'FeedFetchConnection' });

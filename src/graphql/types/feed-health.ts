import type { Feed, FeedHealth } from '../../domain/feed.ts';
import type { FeedHealthStatus } from '../../store/repositories/feed-admin-repository.ts';
import { builder } from '../builder.ts';
import { ErrorCodeEnum } from './errors.ts';
import { ParseWarningRef } from './parse-warning.ts';

export const FeedHealthStatusEnum = builder.enumType('FeedHealthStatus', {
  values: {
    OK: { value: 'ok', description: 'Enabled, and its last fetch succeeded (or it was not fetched yet)' },
    FAILING: { value: 'failing', description: 'Enabled, and its last fetch failed (errorCount > 0)' },
    DISABLED: { value: 'disabled', description: 'Not fetched: disabled by an operator or after permanent failures' },
  } as const satisfies Record<string, { value: FeedHealthStatus; description: string }>,
});

export function healthStatus(feed: Feed): FeedHealthStatus {
  if (!feed.enabled) return 'disabled';
  return feed.health.errorCount > 0 ? 'failing' : 'ok';
}

const FeedErrorRef = builder.objectRef<NonNullable<FeedHealth['lastError']>>('FeedError').implement({
  description: "A feed's most recent failure.",
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (e) => e.code }),
    message: t.exposeString('message', {
      nullable: true,
      description: 'What went wrong, in words. Admin only (it can name internal hosts and addresses): null without an admin key.',
      authScopes: { admin: true },
      unauthorizedResolver: () => null,
    }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
  }),
});

/** The feed itself is the parent, so `status` can see `enabled` as well as the health columns. */
export const FeedHealthRef = builder.objectRef<Feed>('FeedHealth').implement({
  description: 'How fetching a feed is going, and when it is fetched next.',
  fields: (t) => ({
    status: t.field({ type: FeedHealthStatusEnum, resolve: healthStatus }),
    lastFetchedAt: t.field({ type: 'DateTime', nullable: true, resolve: (f) => f.health.lastFetchedAt }),
    lastSuccessAt: t.field({ type: 'DateTime', nullable: true, resolve: (f) => f.health.lastSuccessAt }),
    nextFetchAt: t.field({ type: 'DateTime', resolve: (f) => f.health.nextFetchAt }),
    nextFetchReason: t.string({
      description: 'Why nextFetchAt is what it is: new, manual, interval, ttl, cache-control, expires, retry-after, backoff, disabled',
      resolve: (f) => f.health.nextFetchReason,
    }),
    errorCount: t.int({ description: 'Consecutive failed fetches (0 once a fetch succeeds)', resolve: (f) => f.health.errorCount }),
    intervalSeconds: t.int({ description: 'The current adaptive fetch interval', resolve: (f) => f.intervalSeconds }),
    lastError: t.field({
      type: FeedErrorRef,
      nullable: true,
      description: 'The most recent failure; kept after the feed recovers (errorCount tells whether it is failing now)',
      resolve: (f) => f.health.lastError,
    }),
    parseWarnings: t.field({
      type: [ParseWarningRef],
      description: 'The same as Feed.parseWarnings: a feed read only in part or by recovery is healthy but worth a look',
      resolve: (f) => f.parseWarnings,
    }),
  }),
});

import { AppError, NotFoundError } from '../../domain/errors.ts';
import type { FeedIngestResult } from '../../ingest/pipeline.ts';
import { adminMutation, ForbiddenError } from '../auth.ts';
import { builder } from '../builder.ts';
import { runApiIngest } from '../ingest-context.ts';
import { localId } from '../node-id.ts';
import { ErrorCodeEnum, expected } from './errors.ts';
import { FetchStatusEnum } from './fetch.ts';
import { FeedRef } from './refs.ts';

/** What fetching one feed through the pipeline did. A failed fetch is a normal outcome (status ERROR), not an error. */
export const FetchOutcomeRef = builder.objectRef<FeedIngestResult>('FetchOutcome').implement({
  description: 'The outcome of fetching one feed now.',
  fields: (t) => ({
    feed: t.field({ type: FeedRef, resolve: (r) => r.feedId }),
    status: t.field({ type: FetchStatusEnum, resolve: (r) => r.status }),
    httpStatus: t.exposeInt('httpStatus', { nullable: true }),
    durationMs: t.int({ resolve: (r) => Math.round(r.durationMs) }),
    itemsSeen: t.exposeInt('itemsSeen'),
    itemsNew: t.exposeInt('itemsNew'),
    itemsUpdated: t.exposeInt('itemsUpdated'),
    errorCode: t.field({ type: ErrorCodeEnum, nullable: true, resolve: (r) => r.errorCode }),
    errorMessage: t.exposeString('errorMessage', { nullable: true }),
    nextFetchAt: t.field({ type: 'DateTime', resolve: (r) => r.nextFetchAt }),
    nextFetchReason: t.exposeString('nextFetchReason'),
    disabled: t.exposeBoolean('disabled', { description: 'The feed was disabled by this fetch (e.g. HTTP 410 Gone)' }),
  }),
});

builder.mutationFields((t) => ({
  refreshFeed: t.field({
    type: FetchOutcomeRef,
    description: 'Fetches one feed now (due or not, enabled or not), stores what it brings and returns the outcome.',
    ...adminMutation,
    errors: { types: [ForbiddenError, NotFoundError, AppError], directResult: true, union: { name: 'RefreshFeedResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: expected(async (_root, args, ctx) => {
      const id = localId('Feed', args.id);
      if (!(await ctx.services.repos.feeds.getById(id))) throw new NotFoundError(`feed ${id}`);
      const summary = await runApiIngest(ctx.services, { mode: { kind: 'feeds', feedIds: [id] }, trigger: 'api' });
      const result = summary.results.find((r) => r.feedId === id);
      if (!result) throw new AppError('conflict', `feed ${id} is being fetched by another worker right now; try again shortly`);
      return result;
    }),
  }),
}));

import type { ErrorCode } from '../../domain/errors.ts';
import type { IngestPassSummary } from '../../scheduler/ingest-pass.ts';
import { IngestRunRepository, type IngestRunRecord } from '../../store/repositories/ingest-run-repository.ts';
import { systemClock } from '../../domain/clock.ts';
import { adminField, adminMutation, ForbiddenError } from '../auth.ts';
import { builder } from '../builder.ts';
import { runApiIngest } from '../ingest-context.ts';
import { invalidInput } from '../invalid-input.ts';
import { ErrorCodeEnum, expected } from './errors.ts';

/*
 * Ingest runs are derived from the fetch log: each pass stamps its fetches with its lease owner id (fetches.worker),
 * so grouping by worker gives one run per pass, whoever started it (cron, CLI, API), with no table of its own.
 * A pass that claimed no feed leaves no trace, and runs are only looked for in the last 7 days (or since `since`).
 */

const ErrorCountRef = builder.objectRef<{ code: ErrorCode; count: number }>('ErrorCount').implement({
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (c) => c.code }),
    count: t.exposeInt('count'),
  }),
});

export const IngestRunRef = builder.objectRef<IngestRunRecord>('IngestRun').implement({
  description: 'One ingest pass: which feeds it fetched and what came of it.',
  fields: (t) => ({
    worker: t.exposeString('worker', { description: 'The lease owner id of the pass (host, process and a random part)' }),
    startedAt: t.field({ type: 'DateTime', resolve: (r) => r.startedAt }),
    finishedAt: t.field({ type: 'DateTime', resolve: (r) => r.finishedAt }),
    durationMs: t.int({ resolve: (r) => Math.max(0, Date.parse(r.finishedAt) - Date.parse(r.startedAt)) }),
    feeds: t.exposeInt('feeds', { description: 'Feeds fetched' }),
    ok: t.exposeInt('ok'),
    notModified: t.exposeInt('notModified'),
    unchanged: t.exposeInt('unchanged'),
    errors: t.exposeInt('errors'),
    itemsNew: t.exposeInt('itemsNew'),
    itemsUpdated: t.exposeInt('itemsUpdated'),
    errorsByCode: t.field({ type: [ErrorCountRef], description: 'Most frequent first', resolve: (r) => r.errorsByCode }),
  }),
});

/** The summary runIngestPass returns, in the shape of a derived run (timing from the pass itself). */
export function runFromSummary(s: IngestPassSummary): IngestRunRecord {
  return {
    worker: s.worker,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    feeds: s.feeds,
    ok: s.ok,
    notModified: s.notModified,
    unchanged: s.unchanged,
    errors: s.errors,
    itemsNew: s.itemsNew,
    itemsUpdated: s.itemsUpdated,
    errorsByCode: Object.entries(s.errorsByCode)
      .map(([code, count]) => ({ code: code as ErrorCode, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}

const WEEK_MS = 7 * 86400_000;

builder.queryFields((t) => ({
  ingestRuns: t.field({
    type: [IngestRunRef],
    nullable: true,
    description: 'Recent ingest passes, newest first, derived from the fetch log. Admin only.',
    ...adminField('ingestRuns'),
    args: {
      first: t.arg.int({ description: '1 to 100; default 20' }),
      since: t.arg({ type: 'DateTime', description: 'Look back to here; default 7 days ago' }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 20;
      if (!Number.isInteger(first) || first < 1 || first > 100) throw invalidInput(`first must be between 1 and 100, got ${first}`, { argument: 'first' });
      const now = (ctx.services.clock ?? systemClock).now();
      return new IngestRunRepository(ctx.services.db).listRecent({
        limit: first,
        since: args.since ?? new Date(now.getTime() - WEEK_MS),
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  runIngest: t.field({
    type: IngestRunRef,
    description: 'Runs one ingest pass over the feeds that are due now and returns its summary.',
    ...adminMutation,
    errors: { types: [ForbiddenError], directResult: true, union: { name: 'RunIngestResult' } },
    resolve: expected(async (_root, _args, ctx) =>
      runFromSummary(await runApiIngest(ctx.services, { mode: { kind: 'due' }, trigger: 'api' })),
    ),
  }),
}));

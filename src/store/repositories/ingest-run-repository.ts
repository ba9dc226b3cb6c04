import { sql } from 'kysely';
import { encodeTime } from 'ulid';
import type { ErrorCode } from '../../domain/errors.ts';
import type { IngestRunCounts } from '../../domain/ingest-run.ts';
import type { Db } from '../db.ts';

/** One ingest pass as the fetch log records it: every fetch a pass makes carries its lease owner id (`worker`). */
export interface IngestRunRecord extends IngestRunCounts {
  worker: string;
  startedAt: string;
  /** When the pass's last fetch ended (start + duration of the latest-ending fetch). */
  finishedAt: string;
  errorsByCode: { code: ErrorCode; count: number }[];
}

/** The smallest ULID of a millisecond: ids are time-ordered, so `id >= floor` is a primary-key range scan. */
const ulidFloor = (ms: number) => `${encodeTime(ms, 10)}${'0'.repeat(16)}`;

/**
 * Ingest runs derived from the fetches table, grouped by worker: no table of their own, so every pass (cron, CLI,
 * API) shows up without the scheduler writing anything extra. Only fetches since `since` are read, bounding the scan
 * by the primary key.
 */
export class IngestRunRepository {
  constructor(private readonly db: Db) {}

  async listRecent(opts: { since: Date; limit: number }): Promise<IngestRunRecord[]> {
    const floor = ulidFloor(opts.since.getTime());
    const finished = sql<string>`max(${this.db.dialect.addMilliseconds(sql.ref('started_at'), sql.ref('duration_ms'))})`;
    const countStatus = (status: string) => sql<number>`sum(case when status = ${status} then 1 else 0 end)`;
    const rows = await this.db.kysely
      .selectFrom('fetches')
      .select((eb) => [
        'worker',
        eb.fn.min('started_at').as('started_at'),
        finished.as('finished_at'),
        eb.fn.countAll<number>().as('feeds'),
        countStatus('ok').as('ok'),
        countStatus('not_modified').as('not_modified'),
        countStatus('unchanged').as('unchanged'),
        countStatus('error').as('errors'),
        eb.fn.sum<number>('items_new').as('items_new'),
        eb.fn.sum<number>('items_updated').as('items_updated'),
      ])
      .where('id', '>=', floor)
      .where('worker', 'is not', null)
      .groupBy('worker')
      .orderBy((eb) => eb.fn.min('id'), 'desc')
      .limit(opts.limit)
      .execute();
    if (!rows.length) return [];

    const workers = rows.map((r) => r.worker!);
    const codes = await this.db.kysely
      .selectFrom('fetches')
      .select((eb) => ['worker', 'error_code', eb.fn.countAll<number>().as('n')])
      .where('id', '>=', floor)
      .where('worker', 'in', workers)
      .where('error_code', 'is not', null)
      .groupBy(['worker', 'error_code'])
      .orderBy('worker')
      .orderBy('error_code')
      .execute();
    const byWorker = new Map<string, { code: ErrorCode; count: number }[]>();
    for (const c of codes) {
      const list = byWorker.get(c.worker!) ?? [];
      list.push({ code: c.error_code as ErrorCode, count: Number(c.n) });
      byWorker.set(c.worker!, list);
    }
    return rows.map((r) => ({
      worker: r.worker!,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      feeds: Number(r.feeds),
      ok: Number(r.ok),
      notModified: Number(r.not_modified),
      unchanged: Number(r.unchanged),
      errors: Number(r.errors),
      itemsNew: Number(r.items_new),
      itemsUpdated: Number(r.items_updated),
      errorsByCode: (byWorker.get(r.worker!) ?? []).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    }));
  }
}

import type { Selectable } from 'kysely';
import type { ErrorCode } from '../../domain/errors.ts';
import type { FetchRecord, FetchStatus, ParseWarning } from '../../domain/feed.ts';
import { newId } from '../../domain/ids.ts';
import type { Db } from '../db.ts';
import { parseJsonArray, type Executor } from '../executor.ts';
import type { FetchesTable } from '../tables/fetches.ts';

export type NewFetchRecord = Omit<FetchRecord, 'id' | 'parseWarnings'> & { worker?: string | null; parseWarnings?: readonly ParseWarning[] };

export function toFetch(row: Selectable<FetchesTable>): FetchRecord {
  return {
    id: row.id,
    feedId: row.feed_id,
    startedAt: row.started_at,
    durationMs: row.duration_ms,
    status: row.status as FetchStatus,
    httpStatus: row.http_status,
    errorCode: row.error_code as ErrorCode | null,
    errorMessage: row.error_message,
    bytes: row.bytes,
    itemsSeen: row.items_seen,
    itemsNew: row.items_new,
    itemsUpdated: row.items_updated,
    parseWarnings: parseJsonArray<ParseWarning>(row.parse_warnings),
  };
}

export class FetchRepository {
  constructor(private readonly db: Db) {}

  async insert(rec: NewFetchRecord, ex: Executor = this.db.kysely): Promise<string> {
    const id = newId();
    await ex
      .insertInto('fetches')
      .values({
        id,
        feed_id: rec.feedId,
        started_at: rec.startedAt,
        duration_ms: Math.round(rec.durationMs),
        status: rec.status,
        http_status: rec.httpStatus,
        error_code: rec.errorCode,
        error_message: rec.errorMessage,
        bytes: rec.bytes,
        items_seen: rec.itemsSeen,
        items_new: rec.itemsNew,
        items_updated: rec.itemsUpdated,
        worker: rec.worker ?? null,
        parse_warnings: JSON.stringify(rec.parseWarnings ?? []),
      })
      .execute();
    return id;
  }

  /** Newest first. */
  async listForFeed(feedId: string, limit = 20): Promise<FetchRecord[]> {
    const rows = await this.db.kysely
      .selectFrom('fetches')
      .selectAll()
      .where('feed_id', '=', feedId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toFetch);
  }

  async countForFeed(feedId: string): Promise<number> {
    const r = await this.db.kysely
      .selectFrom('fetches')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('feed_id', '=', feedId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}

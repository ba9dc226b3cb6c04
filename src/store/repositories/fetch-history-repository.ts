import type { FetchRecord } from '../../domain/feed.ts';
import type { Db } from '../db.ts';
import { chunk, groupInOrder } from '../executor.ts';
import { toFetch } from './fetch-repository.ts';

/** Read side of the fetch log for the API: recent fetches of many feeds at once. */
export class FetchHistoryRepository {
  constructor(private readonly db: Db) {}

  /**
   * The newest `limit` fetches of each feed (ids before `beforeId` when given, ULIDs sort by creation), in one
   * windowed statement per 500 feeds; one list per feed id, in the order given, newest first.
   */
  async listForFeeds(feedIds: readonly string[], opts: { limit: number; beforeId?: string | null }): Promise<FetchRecord[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(feedIds)])) {
      const part = await this.db.kysely
        .selectFrom((eb) =>
          eb
            .selectFrom('fetches')
            .selectAll()
            .select((w) => w.fn.agg<number>('row_number').over((o) => o.partitionBy('feed_id').orderBy('id', 'desc')).as('rn'))
            .where('feed_id', 'in', ids)
            .$if(!!opts.beforeId, (q) => q.where('id', '<', opts.beforeId!))
            .as('f'),
        )
        .selectAll()
        .where('rn', '<=', opts.limit)
        .orderBy('feed_id')
        .orderBy('id', 'desc')
        .execute();
      rows.push(...part);
    }
    return groupInOrder(feedIds, rows, (r) => r.feed_id, ({ rn: _rn, ...row }) => toFetch(row));
  }
}

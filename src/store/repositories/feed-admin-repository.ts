import type { Updateable } from 'kysely';
import { AppError, NotFoundError } from '../../domain/errors.ts';
import type { Feed } from '../../domain/feed.ts';
import type { FullTextPolicy } from '../../domain/extraction.ts';
import type { Db } from '../db.ts';
import type { FeedsTable } from '../tables/feeds.ts';
import { toFeed } from './feed-repository.ts';

/** Health as the API filters it: DISABLED, FAILING (enabled, last fetch failed), OK (enabled, last fetch fine or none yet). */
export type FeedHealthStatus = 'ok' | 'failing' | 'disabled';

export interface FeedListFilter {
  health?: FeedHealthStatus | null;
  sourceId?: string | null;
}

export interface FeedPatch {
  /** A new URL: the feed starts over (validators and body hash forgotten, due now). Must be validated by the caller. */
  url?: string;
  title?: string | null;
  sourceId?: string;
  enabled?: boolean;
  fullText?: FullTextPolicy;
}

/** Feed reads and edits the API needs beyond the ingest side's FeedRepository. */
export class FeedAdminRepository {
  constructor(private readonly db: Db) {}

  /** A page of feeds in id (creation) order after `afterId`; `limit` rows at most. */
  async listPage(filter: FeedListFilter, page: { afterId?: string | null; limit: number }): Promise<Feed[]> {
    let q = this.db.kysely.selectFrom('feeds').selectAll();
    if (filter.sourceId) q = q.where('source_id', '=', filter.sourceId);
    if (filter.health === 'disabled') q = q.where('enabled', '=', 0);
    if (filter.health === 'failing') q = q.where('enabled', '=', 1).where('error_count', '>', 0);
    if (filter.health === 'ok') q = q.where('enabled', '=', 1).where('error_count', '=', 0);
    if (page.afterId) q = q.where('id', '>', page.afterId);
    const rows = await q.orderBy('id').limit(page.limit).execute();
    return rows.map(toFeed);
  }

  /**
   * Applies an operator's edit in one statement. A new URL resets what was learnt from the old one; enabling makes the
   * feed due now and forgets its error streak (as FeedRepository.setEnabled does). Throws 'conflict' when another
   * feed already has the URL, NotFoundError when the feed is gone.
   */
  async update(id: string, patch: FeedPatch, now: string): Promise<Feed> {
    const current = await this.db.kysely.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError(`feed ${id}`);
    const set: Updateable<FeedsTable> = { updated_at: now };
    if (patch.url !== undefined && patch.url !== current.url) {
      const other = await this.db.kysely
        .selectFrom('feeds')
        .select('id')
        .where('id', '<>', id)
        .where((eb) => eb.or([eb('url', '=', patch.url!), eb('effective_url', '=', patch.url!)]))
        .executeTakeFirst();
      if (other) throw new AppError('conflict', `feed ${patch.url} already exists`, { details: { feedId: other.id } });
      Object.assign(set, {
        url: patch.url,
        effective_url: patch.url,
        etag: null,
        last_modified: null,
        body_hash: null,
        next_fetch_at: now,
        next_fetch_reason: 'manual',
        error_count: 0,
      } satisfies Updateable<FeedsTable>);
    }
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.sourceId !== undefined) set.source_id = patch.sourceId;
    if (patch.fullText !== undefined) set.full_text = patch.fullText;
    if (patch.enabled !== undefined && patch.enabled !== (current.enabled === 1)) {
      Object.assign(
        set,
        patch.enabled
          ? { enabled: 1, disabled_reason: null, next_fetch_at: now, next_fetch_reason: 'manual', error_count: 0 }
          : { enabled: 0, disabled_reason: 'disabled by an operator' },
      );
    }
    await this.db.kysely.updateTable('feeds').set(set).where('id', '=', id).execute();
    const row = await this.db.kysely.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return toFeed(row);
  }
}

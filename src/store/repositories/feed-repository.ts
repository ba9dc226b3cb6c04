import type { SelectQueryBuilder, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import { AppError, NotFoundError, type ErrorCode } from '../../domain/errors.ts';
import type { Feed, FeedFormat, ParseWarning } from '../../domain/feed.ts';
import { isFullTextPolicy, type FullTextPolicy } from '../../domain/extraction.ts';
import { newId } from '../../domain/ids.ts';
import type { Db } from '../db.ts';
import { chunk, groupInOrder, parseJsonArray, type Executor } from '../executor.ts';
import type { FeedsTable } from '../tables/feeds.ts';
import type { Database } from '../tables/index.ts';

/** A stored feed column a caller may ask for. */
export type FeedColumn = keyof FeedsTable;

export interface NewFeedInput {
  sourceId: string;
  url: string;
  title?: string | null;
  siteUrl?: string | null;
  format?: FeedFormat | null;
  language?: string | null;
  intervalSeconds: number;
  /** Defaults to AUTO; callers pass the FULL_TEXT_DEFAULT setting. */
  fullText?: FullTextPolicy;
}

/** What a fetch changes on its feed; written in the same transaction as the fetch's articles. */
export interface FeedFetchUpdate {
  effectiveUrl?: string;
  title?: string | null;
  siteUrl?: string | null;
  format?: FeedFormat | null;
  language?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  bodyHash?: string | null;
  /** Set by a fetch that parsed a body; kept as they were by 304s, unchanged bodies and failures. */
  parseWarnings?: readonly ParseWarning[];
  intervalSeconds: number;
  nextFetchAt: string;
  nextFetchReason: string;
  errorCount: number;
  lastError: { code: ErrorCode; message: string; at: string } | null;
  lastFetchedAt: string;
  lastSuccessAt?: string;
  disable?: { reason: string } | null;
}

export interface ClaimOptions {
  owner: string;
  now: string;
  leaseSeconds: number;
  limit: number;
}

export function toFeed(row: Selectable<FeedsTable>): Feed {
  return {
    id: row.id,
    sourceId: row.source_id,
    url: row.url,
    effectiveUrl: row.effective_url,
    title: row.title,
    siteUrl: row.site_url,
    format: row.format as FeedFormat | null,
    language: row.language,
    enabled: row.enabled === 1,
    disabledReason: row.disabled_reason,
    etag: row.etag,
    lastModified: row.last_modified,
    bodyHash: row.body_hash,
    intervalSeconds: row.interval_seconds,
    fullText: isFullTextPolicy(row.full_text) ? row.full_text : 'AUTO',
    health: {
      lastFetchedAt: row.last_fetched_at,
      lastSuccessAt: row.last_success_at,
      nextFetchAt: row.next_fetch_at,
      nextFetchReason: row.next_fetch_reason,
      errorCount: row.error_count,
      lastError:
        row.last_error_code && row.last_error_at
          ? { code: row.last_error_code as ErrorCode, message: row.last_error_message ?? '', at: row.last_error_at }
          : null,
    },
    parseWarnings: parseJsonArray<ParseWarning>(row.parse_warnings),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function leaseExpiry(now: string, seconds: number): string {
  return new Date(Date.parse(now) + seconds * 1000).toISOString();
}

export class FeedRepository {
  constructor(private readonly db: Db) {}

  async create(input: NewFeedInput, now: string, ex: Executor = this.db.kysely): Promise<Feed> {
    const existing = await this.getByUrl(input.url, ex);
    if (existing) throw new AppError('conflict', `feed ${input.url} already exists`, { details: { feedId: existing.id } });
    const row: Selectable<FeedsTable> = {
      id: newId(),
      source_id: input.sourceId,
      url: input.url,
      effective_url: input.url,
      title: input.title ?? null,
      site_url: input.siteUrl ?? null,
      format: input.format ?? null,
      language: input.language ?? null,
      enabled: 1,
      disabled_reason: null,
      etag: null,
      last_modified: null,
      body_hash: null,
      interval_seconds: input.intervalSeconds,
      full_text: input.fullText ?? 'AUTO',
      parse_warnings: '[]',
      next_fetch_at: now,
      next_fetch_reason: 'new',
      error_count: 0,
      last_error_code: null,
      last_error_message: null,
      last_error_at: null,
      last_fetched_at: null,
      last_success_at: null,
      lease_owner: null,
      lease_expires_at: null,
      created_at: now,
      updated_at: now,
    };
    await ex.insertInto('feeds').values(row).execute();
    return toFeed(row);
  }

  async getById(id: string, ex: Executor = this.db.kysely): Promise<Feed | null> {
    const row = await ex.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toFeed(row) : null;
  }

  async getByIds(ids: readonly string[]): Promise<Feed[]> {
    if (!ids.length) return [];
    const rows = await this.db.kysely.selectFrom('feeds').selectAll().where('id', 'in', ids).execute();
    return rows.map(toFeed);
  }

  /** The feeds of each source, by URL, in one statement; one list per source id, in the order given. */
  async listForSources(sourceIds: readonly string[]): Promise<Feed[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(sourceIds)])) {
      rows.push(...(await this.db.kysely.selectFrom('feeds').selectAll().where('source_id', 'in', ids).orderBy('url').execute()));
    }
    return groupInOrder(sourceIds, rows, (r) => r.source_id, toFeed);
  }

  /**
   * The feeds each article was seen in, in one statement; one list per article id, in the order given. `columns` (all
   * when not given) limits what is read: the feeds returned then hold only those properties and their id (the others
   * are undefined or defaults), for a caller that reads nothing else.
   */
  async listForArticles(articleIds: readonly string[], columns?: readonly FeedColumn[]): Promise<Feed[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(articleIds)])) {
      const q = this.db.kysely
        .selectFrom('article_feeds')
        .innerJoin('feeds', 'feeds.id', 'article_feeds.feed_id')
        .select('article_feeds.article_id as article_id')
        .where('article_feeds.article_id', 'in', ids)
        .orderBy('article_feeds.first_seen_at')
        .orderBy('feeds.id');
      const part = columns ? await q.select(['feeds.id', ...columns.map((c) => `feeds.${c}` as const)]).execute() : await q.selectAll('feeds').execute();
      rows.push(...(part as (Selectable<FeedsTable> & { article_id: string })[]));
    }
    // toFeed reads the feed's columns by name, so the extra article_id needs no copy of the row without it.
    return groupInOrder(articleIds, rows, (r) => r.article_id, toFeed);
  }

  /** Moves a feed to another source (a host-named source giving way to the feed's own name). */
  async setSource(id: string, sourceId: string, now: string, ex: Executor = this.db.kysely): Promise<void> {
    await ex.updateTable('feeds').set({ source_id: sourceId, updated_at: now }).where('id', '=', id).execute();
  }

  /** Finds a feed by the URL it was added with or the URL it moved to. */
  async getByUrl(url: string, ex: Executor = this.db.kysely): Promise<Feed | null> {
    const row = await ex
      .selectFrom('feeds')
      .selectAll()
      .where((eb) => eb.or([eb('url', '=', url), eb('effective_url', '=', url)]))
      .orderBy('created_at')
      .executeTakeFirst();
    return row ? toFeed(row) : null;
  }

  async requireById(id: string): Promise<Feed> {
    const feed = await this.getById(id);
    if (!feed) throw new NotFoundError(`feed ${id}`);
    return feed;
  }

  async list(filter: { enabled?: boolean; sourceId?: string } = {}): Promise<Feed[]> {
    let q = this.db.kysely.selectFrom('feeds').selectAll();
    if (filter.enabled !== undefined) q = q.where('enabled', '=', filter.enabled ? 1 : 0);
    if (filter.sourceId) q = q.where('source_id', '=', filter.sourceId);
    const rows = await q.orderBy('url').execute();
    return rows.map(toFeed);
  }

  async count(): Promise<number> {
    const r = await this.db.kysely.selectFrom('feeds').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async remove(id: string): Promise<void> {
    const r = await this.db.kysely.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw new NotFoundError(`feed ${id}`);
  }

  /** Enabling makes the feed due now and forgets its error streak; disabling keeps the reason for `feeds list`. */
  async setEnabled(id: string, enabled: boolean, now: string, reason: string | null = null): Promise<Feed> {
    const set: Updateable<FeedsTable> = enabled
      ? { enabled: 1, disabled_reason: null, next_fetch_at: now, next_fetch_reason: 'manual', error_count: 0, updated_at: now }
      : { enabled: 0, disabled_reason: reason ?? 'disabled by an operator', updated_at: now };
    const r = await this.db.kysely.updateTable('feeds').set(set).where('id', '=', id).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new NotFoundError(`feed ${id}`);
    return (await this.getById(id))!;
  }

  /**
   * Claims up to `limit` due feeds for this worker with a lease, in one UPDATE whose candidate rows are locked so that
   * many workers claim at once without waiting on each other (StoreDialect.skipLocked).
   */
  async claimDue(opts: ClaimOptions): Promise<Feed[]> {
    const feeds = await this.claim(opts, (q) =>
      q.where('enabled', '=', 1).where('next_fetch_at', '<=', opts.now).orderBy('next_fetch_at').orderBy('id').limit(opts.limit),
    );
    return feeds.sort((a, b) => a.health.nextFetchAt.localeCompare(b.health.nextFetchAt) || a.id.localeCompare(b.id));
  }

  /** Claims the given feeds whether due or not (ingest --all / --feed), still respecting other workers' leases. */
  async claimByIds(ids: readonly string[], opts: Omit<ClaimOptions, 'limit'>): Promise<Feed[]> {
    if (!ids.length) return [];
    return this.claim(opts, (q) => q.where('id', 'in', ids));
  }

  /** Leases the feeds `select` picks among those no live lease holds, in one statement. */
  private async claim(
    opts: Omit<ClaimOptions, 'limit'>,
    select: (q: SelectQueryBuilder<Database, 'feeds', { id: string }>) => SelectQueryBuilder<Database, 'feeds', { id: string }>,
  ): Promise<Feed[]> {
    const rows = await this.db.kysely
      .updateTable('feeds')
      .set({ lease_owner: opts.owner, lease_expires_at: leaseExpiry(opts.now, opts.leaseSeconds) })
      .where('id', 'in', (eb) =>
        select(
          eb
            .selectFrom('feeds')
            .select('id')
            .where((w) => w.or([w('lease_expires_at', 'is', null), w('lease_expires_at', '<=', opts.now)])),
        ).$call((q) => this.db.dialect.skipLocked(q)),
      )
      .returningAll()
      .execute();
    return rows.map(toFeed);
  }

  async releaseLease(id: string, owner: string): Promise<void> {
    await this.db.kysely
      .updateTable('feeds')
      .set({ lease_owner: null, lease_expires_at: null })
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .execute();
  }

  /**
   * Applies a fetch's outcome to the feed and releases the lease: only `owner`'s lease when an owner is given (a
   * worker whose lease ran out and went to another worker leaves that worker's lease alone), any lease otherwise.
   */
  async applyFetch(id: string, u: FeedFetchUpdate, now: string, ex: Executor = this.db.kysely, owner: string | null = null): Promise<void> {
    const set: Updateable<FeedsTable> = {
      interval_seconds: u.intervalSeconds,
      next_fetch_at: u.nextFetchAt,
      next_fetch_reason: u.nextFetchReason,
      error_count: u.errorCount,
      last_fetched_at: u.lastFetchedAt,
      updated_at: now,
    };
    if (owner === null) {
      set.lease_owner = null;
      set.lease_expires_at = null;
    }
    if (u.effectiveUrl !== undefined) set.effective_url = u.effectiveUrl;
    if (u.siteUrl !== undefined && u.siteUrl !== null) set.site_url = u.siteUrl;
    if (u.format !== undefined && u.format !== null) set.format = u.format;
    if (u.language !== undefined && u.language !== null) set.language = u.language;
    if (u.etag !== undefined) set.etag = u.etag;
    if (u.lastModified !== undefined) set.last_modified = u.lastModified;
    if (u.bodyHash !== undefined) set.body_hash = u.bodyHash;
    if (u.parseWarnings !== undefined) set.parse_warnings = JSON.stringify(u.parseWarnings);
    if (u.lastSuccessAt !== undefined) set.last_success_at = u.lastSuccessAt;
    if (u.lastError) {
      set.last_error_code = u.lastError.code;
      set.last_error_message = u.lastError.message;
      set.last_error_at = u.lastError.at;
    }
    if (u.disable) {
      set.enabled = 0;
      set.disabled_reason = u.disable.reason;
    }
    const fetchedTitle = u.title ?? null;
    await ex
      .updateTable('feeds')
      .set(set)
      // A title given by a person (feeds add, OPML, updateFeed) stays; the feed's own title only fills an empty one.
      .$if(fetchedTitle !== null, (q) => q.set((eb) => ({ title: eb.fn.coalesce('title', eb.val(fetchedTitle!)) })))
      .$if(owner !== null, (q) =>
        q.set((eb) => ({
          lease_owner: eb.case().when('lease_owner', '=', owner!).then(sql<string | null>`NULL`).else(eb.ref('lease_owner')).end(),
          lease_expires_at: eb.case().when('lease_owner', '=', owner!).then(sql<string | null>`NULL`).else(eb.ref('lease_expires_at')).end(),
        })),
      )
      .where('id', '=', id)
      .execute();
  }

  /** Extends `owner`'s leases on these feeds (a claimed batch still waiting for its turn); returns how many it holds. */
  async renewLeases(ids: readonly string[], owner: string, now: string, leaseSeconds: number): Promise<number> {
    if (!ids.length) return 0;
    const r = await this.db.kysely
      .updateTable('feeds')
      .set({ lease_expires_at: leaseExpiry(now, leaseSeconds) })
      .where('id', 'in', ids)
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}

import { sql } from 'kysely';
import { kindsBefore, type ClaimedJob, type JobKind, type JobState } from '../../domain/job.ts';
import type { Db } from '../db.ts';
import { chunk, type Executor } from '../executor.ts';

export interface EnqueueJob {
  kind: JobKind;
  articleId: string;
  /** Not claimed before this time (UTC ISO-8601); defaults to now. */
  runAfter?: string;
}

export interface ClaimJobsOptions {
  kind: JobKind;
  owner: string;
  now: string;
  leaseSeconds: number;
  limit: number;
}

export interface JobFailure {
  job: ClaimedJob;
  error: string;
  /** Next try (pending) or null: the job is dead. */
  retryAt: string | null;
}

export interface JobCounts {
  kind: JobKind;
  state: JobState;
  count: number;
}

const plusSeconds = (iso: string, seconds: number) => new Date(new Date(iso).getTime() + seconds * 1000).toISOString();

/**
 * The durable work queue: enqueue (in the caller's transaction, beside the rows the work is about), claim with a
 * lease, renew, complete or fail. Only the lease's owner may complete, fail or renew a job, and a completion removes
 * a row only if nobody enqueued the same work again since it was claimed.
 */
export class JobRepository {
  constructor(private readonly db: Db) {}

  /** Adds the jobs, or re-arms them when they exist (pending again, attempts reset, new sequence number). */
  async enqueue(ex: Executor, jobs: readonly EnqueueJob[], now: string): Promise<void> {
    for (const part of chunk(jobs, 200)) {
      if (!part.length) continue;
      await ex
        .insertInto('jobs')
        .values(
          part.map((j) => ({
            kind: j.kind,
            article_id: j.articleId,
            state: 'pending',
            seq: 1,
            attempts: 0,
            run_after: j.runAfter ?? now,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['kind', 'article_id']).doUpdateSet((eb) => ({
            state: 'pending',
            seq: eb('jobs.seq', '+', 1),
            attempts: 0,
            run_after: eb.ref('excluded.run_after'),
            last_error: null,
            updated_at: now,
          })),
        )
        .execute();
    }
  }

  /**
   * Leases up to `limit` due jobs of one kind that no live lease holds and that are not waiting for an earlier kind
   * of work on the same article (a due extract holds back enrich and cluster; a due enrich holds back cluster).
   */
  async claim(opts: ClaimJobsOptions): Promise<ClaimedJob[]> {
    const before = kindsBefore(opts.kind);
    const rows = await this.db.kysely
      .updateTable('jobs')
      .set({ lease_owner: opts.owner, lease_until: plusSeconds(opts.now, opts.leaseSeconds) })
      .where('kind', '=', opts.kind)
      .where('article_id', 'in', (eb) =>
        this.db.dialect.skipLocked(
          eb
            .selectFrom('jobs as j')
            .select('j.article_id')
            .where('j.kind', '=', opts.kind)
            .where('j.state', '=', 'pending')
            .where('j.run_after', '<=', opts.now)
            .where((w) => w.or([w('j.lease_until', 'is', null), w('j.lease_until', '<=', opts.now)]))
            .$if(before.length > 0, (q) =>
              q.where(({ not, exists, selectFrom }) =>
                not(
                  exists(
                    selectFrom('jobs as b')
                      .select(sql<number>`1`.as('one'))
                      .whereRef('b.article_id', '=', 'j.article_id')
                      .where('b.kind', 'in', before)
                      .where('b.state', '=', 'pending')
                      .where('b.run_after', '<=', opts.now),
                  ),
                ),
              ),
            )
            .orderBy('j.run_after')
            .orderBy('j.article_id')
            .limit(opts.limit),
        ),
      )
      .returning(['kind', 'article_id', 'seq', 'attempts'])
      .execute();
    return rows.map((r) => ({ kind: r.kind as JobKind, articleId: r.article_id, seq: Number(r.seq), attempts: Number(r.attempts) }));
  }

  /** Extends the owner's leases on these jobs; returns how many it still held. */
  async renew(jobs: readonly ClaimedJob[], owner: string, until: string): Promise<number> {
    let held = 0;
    for (const [kind, ids] of byKind(jobs)) {
      for (const part of chunk(ids)) {
        const r = await this.db.kysely
          .updateTable('jobs')
          .set({ lease_until: until })
          .where('kind', '=', kind)
          .where('article_id', 'in', part)
          .where('lease_owner', '=', owner)
          .executeTakeFirst();
        held += Number(r.numUpdatedRows);
      }
    }
    return held;
  }

  /**
   * The work is done: the rows go, unless the work was enqueued again since the claim (then the row stays pending,
   * unleased, for another round). Rows whose lease the owner lost are left alone.
   */
  async complete(jobs: readonly ClaimedJob[], owner: string, now: string): Promise<void> {
    for (const part of chunk(jobs, 100)) {
      if (!part.length) continue;
      await this.db.kysely.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('jobs')
          .where('lease_owner', '=', owner)
          .where((w) => w.or(part.map((j) => w.and([w('kind', '=', j.kind), w('article_id', '=', j.articleId), w('seq', '=', j.seq)]))))
          .execute();
        await trx
          .updateTable('jobs')
          .set({ lease_owner: null, lease_until: null, updated_at: now })
          .where('lease_owner', '=', owner)
          .where((w) => w.or(part.map((j) => w.and([w('kind', '=', j.kind), w('article_id', '=', j.articleId)]))))
          .execute();
      });
    }
  }

  /** Records failures: each job is pending again at its retry time, or dead when it has none. */
  async fail(failures: readonly JobFailure[], owner: string, now: string): Promise<void> {
    for (const f of failures) {
      await this.db.kysely
        .updateTable('jobs')
        .set((eb) => ({
          state: f.retryAt === null ? 'dead' : 'pending',
          attempts: eb('attempts', '+', 1),
          run_after: f.retryAt ?? now,
          last_error: f.error.slice(0, 1000),
          lease_owner: null,
          lease_until: null,
          updated_at: now,
        }))
        .where('kind', '=', f.job.kind)
        .where('article_id', '=', f.job.articleId)
        .where('lease_owner', '=', owner)
        .execute();
    }
  }

  /** Distinct lease owners of held leases (a worker's start-up looks for dead local workers among them). */
  async leaseOwners(): Promise<string[]> {
    const rows = await this.db.kysely.selectFrom('jobs').select('lease_owner').distinct().where('lease_owner', 'is not', null).execute();
    return rows.map((r) => r.lease_owner!);
  }

  /** Frees every lease `owner` holds (it is known to be dead); returns how many. */
  async releaseLeasesOf(owner: string): Promise<number> {
    const r = await this.db.kysely
      .updateTable('jobs')
      .set({ lease_owner: null, lease_until: null })
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Jobs per kind and state (for `newsgraph jobs`, metrics and tests). */
  async counts(): Promise<JobCounts[]> {
    const rows = await this.db.kysely
      .selectFrom('jobs')
      .select(['kind', 'state', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(['kind', 'state'])
      .orderBy('kind')
      .orderBy('state')
      .execute();
    return rows.map((r) => ({ kind: r.kind as JobKind, state: r.state as JobState, count: Number(r.count) }));
  }

  /** When the next pending job becomes due, or null when none waits. */
  async nextRunAfter(): Promise<string | null> {
    const row = await this.db.kysely
      .selectFrom('jobs')
      .select((eb) => eb.fn.min('run_after').as('next'))
      .where('state', '=', 'pending')
      .executeTakeFirst();
    return (row?.next as string | null | undefined) ?? null;
  }
}

function byKind(jobs: readonly ClaimedJob[]): Map<JobKind, string[]> {
  const out = new Map<JobKind, string[]>();
  for (const j of jobs) {
    const list = out.get(j.kind) ?? [];
    list.push(j.articleId);
    out.set(j.kind, list);
  }
  return out;
}

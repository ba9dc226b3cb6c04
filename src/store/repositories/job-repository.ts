import { JOB_KINDS, kindsBefore, mustWait, type ClaimedJob, type JobKind, type JobState, type QueuedWork } from '../../domain/job.ts';
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

/** Rows per insert statement of an enqueue. */
const ENQUEUE_ROWS = 200;

const plusSeconds = (iso: string, seconds: number) => new Date(new Date(iso).getTime() + seconds * 1000).toISOString();

/**
 * The durable work queue: enqueue (in the caller's transaction, beside the rows the work is about), claim with a
 * lease, renew, complete or fail. Only the lease's owner may complete, fail or renew a job, and a completion removes
 * a row only if nobody enqueued the same work again since it was claimed.
 */
export class JobRepository {
  constructor(private readonly db: Db) {}

  /**
   * Adds the jobs, or re-arms them when they exist (attempts reset, new sequence number): pending, or waiting when
   * an earlier kind of work on the same article holds them back (domain `mustWait`), in this batch or already queued.
   */
  async enqueue(ex: Executor, jobs: readonly EnqueueJob[], now: string): Promise<void> {
    const states = await this.initialStates(ex, jobs, now);
    for (let from = 0; from < jobs.length; from += ENQUEUE_ROWS) {
      const part = jobs.slice(from, from + ENQUEUE_ROWS);
      await ex
        .insertInto('jobs')
        .values(
          part.map((j, i) => ({
            kind: j.kind,
            article_id: j.articleId,
            state: states[from + i]!,
            seq: 1,
            attempts: 0,
            run_after: j.runAfter ?? now,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['kind', 'article_id']).doUpdateSet((eb) => ({
            state: eb.ref('excluded.state'),
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

  /** The state each job enters the queue in: waiting behind an earlier kind on its article, or pending. */
  private async initialStates(ex: Executor, jobs: readonly EnqueueJob[], now: string): Promise<JobState[]> {
    const work = new Map<string, Map<JobKind, QueuedWork>>();
    const of = (articleId: string) => work.get(articleId) ?? work.set(articleId, new Map()).get(articleId)!;
    const batch = new Set<QueuedWork>();
    for (const j of jobs) {
      const w: QueuedWork = { kind: j.kind, state: 'pending', runAfter: j.runAfter ?? now };
      batch.add(w);
      of(j.articleId).set(j.kind, w);
    }
    // Only articles whose batch lacks an earlier kind of its own work need what the queue already holds for them.
    const lookUp = [...work].filter(([, kinds]) => [...kinds.keys()].some((k) => kindsBefore(k).some((b) => !kinds.has(b)))).map(([id]) => id);
    for (const part of chunk(lookUp)) {
      // Locked: a completion removing one of these rows meanwhile waits for this transaction, so the release it then
      // runs sees the waiting rows written here (none stays waiting for work that is gone).
      const rows = await this.db.dialect
        .forUpdate(ex.selectFrom('jobs').select(['kind', 'article_id', 'state', 'run_after']).where('article_id', 'in', part))
        .execute();
      for (const r of rows) {
        const kinds = of(r.article_id);
        if (!kinds.has(r.kind as JobKind)) kinds.set(r.kind as JobKind, { kind: r.kind as JobKind, state: r.state as JobState, runAfter: r.run_after });
      }
    }
    for (const kinds of work.values()) settleOrder(kinds, now, (w) => batch.has(w));
    return jobs.map((j) => work.get(j.articleId)!.get(j.kind)!.state);
  }

  /** Makes pending the waiting work of these articles that nothing holds back any more (earlier work done or failed). */
  private async release(ex: Executor, articleIds: readonly string[], now: string): Promise<void> {
    if (!articleIds.length) return;
    const released = new Map<JobKind, string[]>();
    for (const part of chunk([...new Set(articleIds)])) {
      const rows = await ex.selectFrom('jobs').select(['kind', 'article_id', 'state', 'run_after']).where('article_id', 'in', part).execute();
      const work = new Map<string, Map<JobKind, QueuedWork>>();
      for (const r of rows) {
        const kinds = work.get(r.article_id) ?? work.set(r.article_id, new Map()).get(r.article_id)!;
        kinds.set(r.kind as JobKind, { kind: r.kind as JobKind, state: r.state as JobState, runAfter: r.run_after });
      }
      for (const [articleId, kinds] of work) {
        settleOrder(kinds, now, (w) => w.state === 'waiting', (kind) => (released.get(kind) ?? released.set(kind, []).get(kind)!).push(articleId));
      }
    }
    for (const [kind, ids] of released) {
      for (const part of chunk(ids)) {
        await ex.updateTable('jobs').set({ state: 'pending' }).where('kind', '=', kind).where('article_id', 'in', part).where('state', '=', 'waiting').execute();
      }
    }
  }

  /**
   * Leases up to `limit` due pending jobs of one kind that no live lease holds, oldest first. Work held back by an
   * earlier kind is `waiting`, not pending, so a claim is one range of the due index: no per-row check of the
   * article's other work, whose plan went quadratic on PostgreSQL while the statistics of a fast-growing queue were
   * stale (6 to 30 s per claim at 20k queued articles, measured in the fleet benchmark).
   */
  async claim(opts: ClaimJobsOptions): Promise<ClaimedJob[]> {
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
        await this.release(trx, releasing(part), now);
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
    // A failed job waits for its retry (or is dead): the article's later work goes on with what it has.
    const ids = releasing(failures.map((f) => f.job));
    if (ids.length) await this.db.kysely.transaction().execute((trx) => this.release(trx, ids, now));
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

/**
 * Walks one article's queued work in kind order and decides, for each entry `decide` picks, whether it waits
 * (domain `mustWait`, against the entries before it as decided so far); `onPending` hears of each picked entry that
 * does not.
 */
function settleOrder(work: Map<JobKind, QueuedWork>, now: string, decide: (w: QueuedWork) => boolean, onPending?: (kind: JobKind) => void): void {
  for (const kind of JOB_KINDS) {
    const w = work.get(kind);
    if (!w || !decide(w)) continue;
    const others = [...work.values()].filter((o) => o !== w);
    const waits = mustWait(kind, others, now);
    if (!waits && w.state === 'waiting') onPending?.(kind);
    w.state = waits ? 'waiting' : w.state === 'waiting' ? 'pending' : w.state;
  }
}

/** Articles of these jobs that may have work waiting behind them (the last kind holds nothing back). */
function releasing(jobs: readonly ClaimedJob[]): string[] {
  return jobs.filter((j) => j.kind !== JOB_KINDS.at(-1)).map((j) => j.articleId);
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

import { systemClock, type Clock } from '../domain/clock.ts';
import type { ArticleTopic, Enrichment } from '../domain/enrichment.ts';
import { InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { silentLogger, type Logger } from '../log/logger.ts';
import type { Db } from '../store/db.ts';
import { chunk } from '../store/executor.ts';
import type { EnrichmentSource } from '../store/repositories/enrichment-repository.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { StoredTopic } from '../store/repositories/topic-repository.ts';
import { enrichArticle } from './enrich-article.ts';
import { analystTopicDefinition, type AnalystTopicInput } from './topics/analyst-topic.ts';
import { builtInTopics, syncBuiltInTopics } from './topics/built-in-topics.ts';
import type { TopicDefinition } from './topics/taxonomy.ts';
import { refreshStories } from '../stories/story-aggregates.ts';

/**
 * The version of the enrichment rules. Bump it whenever extraction, the gazetteer or the taxonomy change in a way
 * that should reach stored articles: `newsgraph reindex` then redoes every article not at this version.
 */
export const ENRICHMENT_VERSION = '49';

/** Articles enriched, then written, per transaction. */
export const DEFAULT_ENRICH_BATCH = 50;

/** What enrichment needs of the process; an IngestContext or a Runtime fits. */
export interface EnrichContext {
  db: Db;
  repos: Repositories;
  logger?: Logger;
  clock?: Clock;
}

export interface EnrichSummary {
  /** Articles whose enrichment was written. */
  enriched: number;
  /** Articles enrichment threw on (logged; left as they were, so reindex retries them). */
  failed: string[];
}

/** An analyst topic as stored (its row's name, description and definition): analystTopicDefinition's input. */
export type { AnalystTopicInput };

function analystInput(topic: StoredTopic): AnalystTopicInput {
  const d = topic.definition;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    keywords: strings(d.keywords),
    entities: strings(d.entities),
    query: typeof d.query === 'string' ? d.query : null,
  };
}

/** The definition enrichment runs for a stored topic: the taxonomy's for a built-in, rebuilt from its row otherwise. */
function definitionOf(topic: StoredTopic): TopicDefinition | null {
  if (topic.builtIn) return builtInTopics().find((t) => t.slug === topic.slug) ?? null;
  return analystTopicDefinition(analystInput(topic));
}

/** Every topic enrichment applies: the built-in taxonomy plus the analyst topics in the topics table. */
export async function loadTopicDefinitions(ctx: EnrichContext): Promise<TopicDefinition[]> {
  await syncBuiltInTopics(ctx);
  const out = [...builtInTopics()];
  for (const topic of await ctx.repos.topics.list({ builtIn: false })) {
    try {
      const def = definitionOf(topic);
      if (def) out.push(def);
    } catch (e) {
      (ctx.logger ?? silentLogger).error({ err: e, topic: topic.slug }, 'analyst topic cannot be applied; skipped');
    }
  }
  return out;
}

function inputOf(s: EnrichmentSource) {
  return { title: s.title, text: s.text, languageHint: s.language, publishedAt: s.publishedAt };
}

/**
 * Enriches these articles and stores the results: for each batch the articles are read, enriched (pure, outside
 * any transaction) and written in one short transaction. Ids of deleted articles are skipped.
 */
export async function enrichArticles(
  ctx: EnrichContext,
  articleIds: readonly string[],
  opts: { batchSize?: number; topics?: readonly TopicDefinition[] } = {},
): Promise<EnrichSummary> {
  const summary: EnrichSummary = { enriched: 0, failed: [] };
  const ids = [...new Set(articleIds)];
  if (!ids.length) return summary;
  const log = ctx.logger ?? silentLogger;
  const topics = opts.topics ?? (await loadTopicDefinitions(ctx));
  for (const batch of chunk(ids, opts.batchSize ?? DEFAULT_ENRICH_BATCH)) {
    const writes: { articleId: string; enrichment: Enrichment }[] = [];
    for (const source of await ctx.repos.enrichment.sourcesOf(batch)) {
      try {
        writes.push({ articleId: source.id, enrichment: enrichArticle(inputOf(source), topics) });
      } catch (e) {
        log.error({ err: e, article_id: source.id }, 'enrichment failed for an article; it stays pending for reindex');
        summary.failed.push(source.id);
      }
    }
    const now = (ctx.clock ?? systemClock).now().toISOString();
    const saved = await ctx.db.kysely.transaction().execute(async (trx) => {
      const result = await ctx.repos.enrichment.saveBatch(trx, writes, ENRICHMENT_VERSION, now);
      // Articles already in a story (a reindex, a changed article) may bring or lose reactions: its counts follow.
      const stories = await ctx.repos.storyWriter.storyIdsOf(trx, writes.map((w) => w.articleId));
      if (stories.length) await refreshStories(ctx.repos.storyWriter, trx, stories, now);
      return result;
    });
    summary.enriched += saved.saved.length;
  }
  return summary;
}

/** The ingest pipeline's onStored hook: new and changed articles are enriched right after they are stored. */
export function enrichStoredArticles(ctx: EnrichContext): (event: { newIds: string[]; updatedIds: string[] }) => Promise<void> {
  return async ({ newIds, updatedIds }) => {
    const r = await enrichArticles(ctx, [...newIds, ...updatedIds]);
    if (r.failed.length) (ctx.logger ?? silentLogger).warn({ failed: r.failed.length }, 'some stored articles could not be enriched');
  };
}

export interface ReindexOptions {
  /** Only articles published at or after this time (UTC ISO-8601). */
  since?: string;
  /** Redo every article (in the since window), not only those behind ENRICHMENT_VERSION. */
  all?: boolean;
  batchSize?: number;
  onProgress?: (p: { done: number; total: number; enriched: number; failed: number }) => void;
  /** Stops after the current batch. */
  signal?: AbortSignal;
}

export interface ReindexSummary {
  version: string;
  /** Articles pending when the run started. */
  total: number;
  /** Articles processed (enriched or failed). */
  processed: number;
  enriched: number;
  failed: number;
  durationMs: number;
  /** False when stopped by the signal before the end. */
  complete: boolean;
}

/**
 * Re-enriches stored articles, batch by batch in id order. Pending means: never enriched, enriched by another
 * ENRICHMENT_VERSION, or changed since. Each batch commits on its own, so a killed run loses at most one batch and
 * the next run just continues with what is still pending; the only state is the id cursor of this run (which also
 * keeps an article that fails from being retried within the run). `all` first marks the window pending in one
 * statement, so an interrupted `--all` run is finished by a plain reindex.
 */
export async function reindex(ctx: EnrichContext, opts: ReindexOptions = {}): Promise<ReindexSummary> {
  const t0 = performance.now();
  const batchSize = opts.batchSize ?? DEFAULT_ENRICH_BATCH;
  const filter = { version: ENRICHMENT_VERSION, ...(opts.since ? { since: opts.since } : {}) };
  const topics = await loadTopicDefinitions(ctx);
  if (opts.all) await ctx.repos.enrichment.markStale(opts.since);
  const total = await ctx.repos.enrichment.countPending(filter);
  const summary: ReindexSummary = { version: ENRICHMENT_VERSION, total, processed: 0, enriched: 0, failed: 0, durationMs: 0, complete: true };
  let after: string | null = null;
  for (;;) {
    // Let a pending signal handler run: with SQLite every await above resolves without reaching the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    if (opts.signal?.aborted) {
      summary.complete = false;
      break;
    }
    const ids = await ctx.repos.enrichment.pendingAfter(filter, after, batchSize);
    if (!ids.length) break;
    const r = await enrichArticles(ctx, ids, { batchSize, topics });
    after = ids.at(-1)!;
    summary.processed += ids.length;
    summary.enriched += r.enriched;
    summary.failed += r.failed.length;
    opts.onProgress?.({ done: summary.processed, total: Math.max(total, summary.processed), enriched: summary.enriched, failed: summary.failed });
  }
  summary.durationMs = performance.now() - t0;
  return summary;
}

export interface TopicBackfillSummary {
  topic: StoredTopic;
  /** Articles examined. */
  processed: number;
  /** Articles that have the topic now. */
  tagged: number;
}

/**
 * Applies one topic to every stored article (an analyst topic just created or changed): its article_topics rows are
 * recomputed in batches, other enrichment is left alone.
 */
export async function applyTopicToAll(
  ctx: EnrichContext,
  topicId: string,
  opts: { batchSize?: number; since?: string; onProgress?: (p: { done: number; total: number; tagged: number }) => void } = {},
): Promise<TopicBackfillSummary> {
  const topic = await ctx.repos.topics.getById(topicId);
  if (!topic) throw new NotFoundError(`topic ${topicId}`);
  const def = definitionOf(topic);
  if (!def) throw new NotFoundError(`built-in topic ${topic.slug} in the taxonomy`);
  const batchSize = opts.batchSize ?? DEFAULT_ENRICH_BATCH;
  const total = await ctx.repos.enrichment.countArticles(opts.since);
  const summary: TopicBackfillSummary = { topic, processed: 0, tagged: 0 };
  let after: string | null = null;
  for (;;) {
    const ids = await ctx.repos.enrichment.idsAfter(after, batchSize, opts.since);
    if (!ids.length) break;
    const matches = new Map<string, ArticleTopic>();
    for (const source of await ctx.repos.enrichment.sourcesOf(ids)) {
      const hit = enrichArticle(inputOf(source), [def]).topics.find((t) => t.slug === def.slug);
      if (hit) matches.set(source.id, hit);
    }
    summary.tagged += await ctx.db.kysely.transaction().execute((trx) => ctx.repos.enrichment.replaceTopic(trx, topic.id, ids, matches));
    summary.processed += ids.length;
    after = ids.at(-1)!;
    opts.onProgress?.({ done: summary.processed, total: Math.max(total, summary.processed), tagged: summary.tagged });
  }
  return summary;
}

/**
 * Defines an analyst topic (validated by analystTopicDefinition, which throws on bad input), stores it and applies
 * it to the stored articles. New articles get it from then on through enrichArticles.
 */
export async function createAnalystTopic(ctx: EnrichContext, input: AnalystTopicInput): Promise<TopicBackfillSummary> {
  await syncBuiltInTopics(ctx);
  const def = analystTopicDefinition(input);
  const now = (ctx.clock ?? systemClock).now().toISOString();
  const topic = await ctx.repos.topics.create(
    { slug: def.slug, name: def.name, description: def.description, definition: { keywords: input.keywords, entities: input.entities, query: input.query ?? null } },
    now,
  );
  return applyTopicToAll(ctx, topic.id);
}

/** Changes an analyst topic and re-applies it to the stored articles. */
export async function updateAnalystTopic(
  ctx: EnrichContext,
  topicId: string,
  patch: Partial<Omit<AnalystTopicInput, 'slug'>>,
): Promise<TopicBackfillSummary> {
  const current = await ctx.repos.topics.getById(topicId);
  if (!current) throw new NotFoundError(`topic ${topicId}`);
  if (current.builtIn) throw new InvalidInputError(`topic "${current.slug}" is built in; edit the taxonomy data instead`);
  const merged: AnalystTopicInput = { ...analystInput(current), ...patch };
  const def = analystTopicDefinition(merged);
  const now = (ctx.clock ?? systemClock).now().toISOString();
  await ctx.repos.topics.update(
    topicId,
    { name: def.name, description: def.description, definition: { keywords: merged.keywords, entities: merged.entities, query: merged.query ?? null } },
    now,
  );
  return applyTopicToAll(ctx, topicId);
}

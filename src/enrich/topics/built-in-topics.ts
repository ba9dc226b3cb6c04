import { systemClock, type Clock } from '../../domain/clock.ts';
import type { Db } from '../../store/db.ts';
import type { Repositories } from '../../store/repositories/index.ts';
import type { TopicInput } from '../../store/repositories/topic-repository.ts';
import { loadTaxonomy, type TopicDefinition } from './taxonomy.ts';

let taxonomy: TopicDefinition[] | null = null;
const synced = new WeakMap<Db, Promise<void>>();

/** The built-in taxonomy's topic definitions, loaded once per process. */
export function builtInTopics(): TopicDefinition[] {
  taxonomy ??= loadTaxonomy();
  return taxonomy;
}

/**
 * Mirrors the built-in taxonomy into the topics table, once per process and database. Apart from enrichment (which
 * loads language models), so a process that only serves the API lists the topics without loading them.
 */
export function syncBuiltInTopics(ctx: { db: Db; repos: Pick<Repositories, 'topics'>; clock?: Clock }): Promise<void> {
  let p = synced.get(ctx.db);
  if (!p) {
    const rows: TopicInput[] = builtInTopics().map((t) => ({
      slug: t.slug,
      name: t.name,
      description: t.description,
      definition: { threshold: t.threshold, rules: t.rules },
    }));
    const now = (ctx.clock ?? systemClock).now().toISOString();
    p = ctx.db.kysely.transaction().execute((trx) => ctx.repos.topics.syncBuiltIns(rows, now, trx));
    p.catch(() => synced.delete(ctx.db));
    synced.set(ctx.db, p);
  }
  return p;
}

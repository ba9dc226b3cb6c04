import { sql, type SqlBool } from 'kysely';
import type { Stance } from '../../domain/enrichment.ts';
import type { Db } from '../db.ts';
import { chunk, groupInOrder } from '../executor.ts';
import { languageCondition } from './article-filter-sql.ts';
import { toStoredEntity, type StoredEntity } from './entity-repository.ts';
import { keysetPlan, takePage, tupleCompare, type KeysetWindow, type Page } from './keyset.ts';

export interface StoredReaction {
  id: string;
  articleId: string;
  actor: StoredEntity;
  stance: Stance;
  evidence: string;
  cue: string;
  /** The article's publication time. */
  publishedAt: string;
  createdAt: string;
}

/** Omitted fields do not constrain; an empty list matches nothing. */
export interface ReactionFilter {
  actorIds?: readonly string[];
  stances?: readonly Stance[];
  /** Reactions in articles tagged with any of these topics. */
  topicIds?: readonly string[];
  /** Inclusive, UTC ISO-8601, on the article's publication time. */
  since?: string;
  /** Reactions reported in articles in any of these languages (detected, else declared). */
  languages?: readonly string[];
}

/** Reactions are listed newest first by (published_at, id). */
export interface ReactionKey {
  publishedAt: string;
  id: string;
}

/** A reaction's columns with its actor's, as toStoredReaction reads them: `reactions as r` joined to `entities as e`. */
export const REACTION_SELECT = [
  'r.id',
  'r.article_id',
  'r.stance',
  'r.evidence',
  'r.cue',
  'r.published_at',
  'r.created_at',
  'e.id as e_id',
  'e.key as e_key',
  'e.kind as e_kind',
  'e.name as e_name',
  'e.aliases as e_aliases',
  'e.country as e_country',
  'e.origin as e_origin',
  'e.created_at as e_created_at',
] as const;

type ReactionRow = {
  id: string;
  article_id: string;
  stance: string;
  evidence: string;
  cue: string;
  published_at: string;
  created_at: string;
  e_id: string;
  e_key: string;
  e_kind: string;
  e_name: string;
  e_aliases: string;
  e_country: string | null;
  e_origin: string;
  e_created_at: string;
};

export function toStoredReaction(r: ReactionRow): StoredReaction {
  return {
    id: r.id,
    articleId: r.article_id,
    stance: r.stance as Stance,
    evidence: r.evidence,
    cue: r.cue,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    actor: toStoredEntity({
      id: r.e_id,
      key: r.e_key,
      kind: r.e_kind,
      name: r.e_name,
      aliases: r.e_aliases,
      country: r.e_country,
      origin: r.e_origin,
      created_at: r.e_created_at,
    }),
  };
}

export function reactionKeyOf(r: Pick<StoredReaction, 'publishedAt' | 'id'>): ReactionKey {
  return { publishedAt: r.publishedAt, id: r.id };
}

/** Reactions with their actor joined in (every read is one statement). */
export class ReactionRepository {
  constructor(private readonly db: Db) {}

  private base() {
    return this.db.kysely
      .selectFrom('reactions as r')
      .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
      .select(REACTION_SELECT);
  }

  /** For each article, its reactions in the order they were extracted. One statement per 500 articles. */
  async ofArticles(articleIds: readonly string[]): Promise<StoredReaction[][]> {
    const rows: ReactionRow[] = [];
    for (const ids of chunk([...new Set(articleIds)])) {
      rows.push(...(await this.base().where('r.article_id', 'in', ids).orderBy('r.article_id').orderBy('r.id').execute()));
    }
    return groupInOrder(articleIds, rows, (r) => r.article_id, toStoredReaction);
  }

  /** One page of reactions matching the filter, newest first (by the article's publication time, then id). */
  async list(filter: ReactionFilter, window: KeysetWindow<ReactionKey>): Promise<Page<StoredReaction>> {
    const lists = [filter.actorIds, filter.stances, filter.topicIds, filter.languages];
    if (lists.some((l) => l !== undefined && l.length === 0)) return { items: [], hasMore: false };
    const plan = keysetPlan(window, true, (op, key: ReactionKey) => tupleCompare(sql.ref('r.published_at'), sql.ref('r.id'), op, key.publishedAt, key.id));
    let q = this.base();
    if (filter.actorIds) q = q.where('r.actor_entity_id', 'in', [...new Set(filter.actorIds)]);
    if (filter.stances) q = q.where('r.stance', 'in', [...new Set(filter.stances)]);
    if (filter.since) q = q.where('r.published_at', '>=', filter.since);
    if (filter.topicIds) {
      q = q.where(
        sql<SqlBool>`EXISTS (SELECT 1 FROM article_topics WHERE article_topics.article_id = r.article_id AND article_topics.topic_id IN (${sql.join([...new Set(filter.topicIds)])}))`,
      );
    }
    if (filter.languages) q = q.where(sql<SqlBool>`EXISTS (SELECT 1 FROM articles WHERE articles.id = r.article_id AND ${languageCondition(filter.languages)})`);
    for (const c of plan.conditions) q = q.where(c);
    const rows = await q.orderBy('r.published_at', plan.direction).orderBy('r.id', plan.direction).limit(window.limit + 1).execute();
    return takePage(rows.map(toStoredReaction), window);
  }
}

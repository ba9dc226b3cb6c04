import { sql, type Selectable } from 'kysely';
import type { TopicEvidence } from '../../domain/enrichment.ts';
import { AppError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { newId } from '../../domain/ids.ts';
import type { Db } from '../db.ts';
import { chunk, groupInOrder, parseJsonArray, type Executor } from '../executor.ts';
import type { TopicsTable } from '../tables/topics.ts';
import { ENTITY_COLUMNS, toStoredEntity, type ArticleTimeKey, type StoredEntity } from './entity-repository.ts';
import { keysetPlan, takePage, tupleCompare, type KeysetWindow, type Page } from './keyset.ts';

export interface StoredTopic {
  id: string;
  slug: string;
  name: string;
  description: string;
  builtIn: boolean;
  /** Built-ins: {rules, threshold} as in the taxonomy data; analyst topics: {keywords, entities, query}. */
  definition: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface TopicInput {
  slug: string;
  name: string;
  description: string;
  definition: Record<string, unknown>;
}

export interface ArticleTopicRow {
  topic: StoredTopic;
  score: number;
  evidence: TopicEvidence[];
}

export interface TopicArticle {
  articleId: string;
  publishedAt: string;
  score: number;
}

export interface TopicEntityCount {
  entity: StoredEntity;
  /** Articles of the topic that mention the entity. */
  count: number;
}

const TOPIC_COLUMNS = ['id', 'slug', 'name', 'description', 'built_in', 'definition', 'created_at', 'updated_at'] as const;

function parseObject(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function toStoredTopic(row: Selectable<TopicsTable>): StoredTopic {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    builtIn: Number(row.built_in) === 1,
    definition: parseObject(row.definition),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkInput(input: TopicInput): void {
  if (!SLUG.test(input.slug)) throw new InvalidInputError(`topic slug "${input.slug}" must be lower-case words joined by hyphens`);
  if (!input.name.trim()) throw new InvalidInputError('topic name must not be empty');
}

/** Topics (the built-in taxonomy mirrored as rows, plus analyst topics) and their batched relations. */
export class TopicRepository {
  constructor(private readonly db: Db) {}

  /**
   * Makes the topics table hold exactly these built-ins (inserted or updated by slug; built-ins no longer in the
   * taxonomy are removed with their article rows). Analyst topics are left alone; an analyst topic whose slug a new
   * built-in takes is an error, not silently replaced.
   */
  async syncBuiltIns(topics: readonly TopicInput[], now: string, ex: Executor = this.db.kysely): Promise<void> {
    for (const t of topics) checkInput(t);
    const existing = await ex.selectFrom('topics').select(TOPIC_COLUMNS).execute();
    const bySlug = new Map(existing.map((r) => [r.slug, r]));
    const wanted = new Set(topics.map((t) => t.slug));
    for (const t of topics) {
      const row = bySlug.get(t.slug);
      const definition = JSON.stringify(t.definition);
      if (!row) {
        await ex
          .insertInto('topics')
          .values({ id: newId(), slug: t.slug, name: t.name, description: t.description, built_in: 1, definition, created_at: now, updated_at: now })
          .onConflict((oc) => oc.column('slug').doNothing())
          .execute();
      } else if (Number(row.built_in) !== 1) {
        throw new AppError('conflict', `built-in topic "${t.slug}" clashes with an analyst topic of that slug; rename the analyst topic`);
      } else if (row.name !== t.name || row.description !== t.description || row.definition !== definition) {
        await ex.updateTable('topics').set({ name: t.name, description: t.description, definition, updated_at: now }).where('id', '=', row.id).execute();
      }
    }
    const gone = existing.filter((r) => Number(r.built_in) === 1 && !wanted.has(r.slug)).map((r) => r.id);
    if (gone.length) await ex.deleteFrom('topics').where('id', 'in', gone).execute();
  }

  async list(filter: { builtIn?: boolean } = {}): Promise<StoredTopic[]> {
    let q = this.db.kysely.selectFrom('topics').select(TOPIC_COLUMNS);
    if (filter.builtIn !== undefined) q = q.where('built_in', '=', filter.builtIn ? 1 : 0);
    return (await q.orderBy('slug').execute()).map(toStoredTopic);
  }

  async getBySlug(slug: string): Promise<StoredTopic | null> {
    const row = await this.db.kysely.selectFrom('topics').select(TOPIC_COLUMNS).where('slug', '=', slug).executeTakeFirst();
    return row ? toStoredTopic(row) : null;
  }

  async getById(id: string): Promise<StoredTopic | null> {
    return (await this.getByIds([id]))[0] ?? null;
  }

  /** In the order given; null where there is none. */
  async getByIds(ids: readonly string[]): Promise<(StoredTopic | null)[]> {
    const by = new Map<string, StoredTopic>();
    for (const part of chunk([...new Set(ids)])) {
      for (const r of await this.db.kysely.selectFrom('topics').select(TOPIC_COLUMNS).where('id', 'in', part).execute()) by.set(r.id, toStoredTopic(r));
    }
    return ids.map((id) => by.get(id) ?? null);
  }

  async getBySlugs(slugs: readonly string[]): Promise<(StoredTopic | null)[]> {
    const by = new Map<string, StoredTopic>();
    for (const part of chunk([...new Set(slugs)])) {
      for (const r of await this.db.kysely.selectFrom('topics').select(TOPIC_COLUMNS).where('slug', 'in', part).execute()) by.set(r.slug, toStoredTopic(r));
    }
    return slugs.map((s) => by.get(s) ?? null);
  }

  /** An analyst topic. Fails with 'conflict' when the slug is taken (by a built-in or another analyst topic). */
  async create(input: TopicInput, now: string): Promise<StoredTopic> {
    checkInput(input);
    const row = {
      id: newId(),
      slug: input.slug,
      name: input.name.trim(),
      description: input.description,
      built_in: 0,
      definition: JSON.stringify(input.definition),
      created_at: now,
      updated_at: now,
    };
    const inserted = await this.db.kysely
      .insertInto('topics')
      .values(row)
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new AppError('conflict', `a topic with slug "${input.slug}" already exists`);
    return toStoredTopic(row);
  }

  /** Changes an analyst topic's name, description or definition; built-ins change only through the taxonomy data. */
  async update(id: string, patch: Partial<Omit<TopicInput, 'slug'>>, now: string): Promise<StoredTopic> {
    const current = await this.getById(id);
    if (!current) throw new NotFoundError(`topic ${id}`);
    if (current.builtIn) throw new InvalidInputError(`topic "${current.slug}" is built in; edit the taxonomy data instead`);
    const next = {
      name: patch.name?.trim() ?? current.name,
      description: patch.description ?? current.description,
      definition: patch.definition ?? current.definition,
    };
    checkInput({ slug: current.slug, ...next });
    await this.db.kysely
      .updateTable('topics')
      .set({ name: next.name, description: next.description, definition: JSON.stringify(next.definition), updated_at: now })
      .where('id', '=', id)
      .execute();
    return { ...current, ...next, updatedAt: now };
  }

  /** Deletes an analyst topic; its article rows go with it (cascade). */
  async delete(id: string): Promise<void> {
    const current = await this.getById(id);
    if (!current) throw new NotFoundError(`topic ${id}`);
    if (current.builtIn) throw new InvalidInputError(`topic "${current.slug}" is built in and cannot be deleted`);
    await this.db.kysely.deleteFrom('topics').where('id', '=', id).execute();
  }

  /** For each article, its topics (score desc, then slug). One statement per 500 articles. */
  async articleTopicsOf(articleIds: readonly string[]): Promise<ArticleTopicRow[][]> {
    const unique = [...new Set(articleIds)];
    const rows = [];
    for (const ids of chunk(unique)) {
      rows.push(
        ...(await this.db.kysely
          .selectFrom('article_topics as at')
          .innerJoin('topics as t', 't.id', 'at.topic_id')
          .select(['at.article_id', 'at.score', 'at.evidence', ...TOPIC_COLUMNS.map((c) => `t.${c}` as const)])
          .where('at.article_id', 'in', ids)
          .orderBy('at.article_id')
          .orderBy('at.score', 'desc')
          .orderBy('t.slug')
          .execute()),
      );
    }
    return groupInOrder(articleIds, rows, (r) => r.article_id, (r) => ({
      topic: toStoredTopic(r),
      score: Number(r.score),
      evidence: parseJsonArray<TopicEvidence>(r.evidence),
    }));
  }

  /**
   * For each topic, one page of its articles newest first: one statement per 200 topics, a UNION ALL of per-topic
   * index range scans on article_topics (topic_id, published_at, article_id).
   */
  async articlesOf(topicIds: readonly string[], window: KeysetWindow<ArticleTimeKey>): Promise<Page<TopicArticle>[]> {
    const pages = new Map<string, Page<TopicArticle>>();
    const plan = keysetPlan(window, true, (op, key: ArticleTimeKey) =>
      tupleCompare(sql.ref('published_at'), sql.ref('article_id'), op, key.publishedAt, key.articleId),
    );
    for (const ids of chunk([...new Set(topicIds)], 200)) {
      const parts = ids.map((id, i) => {
        let q = this.db.kysely.selectFrom('article_topics').select(['topic_id', 'article_id', 'published_at', 'score']).where('topic_id', '=', id);
        for (const c of plan.conditions) q = q.where(c);
        const sub = q.orderBy('published_at', plan.direction).orderBy('article_id', plan.direction).limit(window.limit + 1);
        return this.db.kysely.selectFrom(sub.as(`p${i}`)).selectAll();
      });
      const rows = await parts.slice(1).reduce((q, p) => q.unionAll(p), parts[0]!).execute();
      const lists = groupInOrder(ids, rows, (r) => r.topic_id, (r) => r);
      const sign = window.backward ? 1 : -1;
      ids.forEach((id, i) => {
        const sorted = lists[i]!.sort((a, b) => sign * (a.published_at < b.published_at ? -1 : a.published_at > b.published_at ? 1 : a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0));
        pages.set(id, takePage(sorted.map((r) => ({ articleId: r.article_id, publishedAt: r.published_at, score: Number(r.score) })), window));
      });
    }
    return topicIds.map((id) => pages.get(id) ?? { items: [], hasMore: false });
  }

  /**
   * For each topic, the entities in most of its articles (count desc, then name), at most `limit` each. One statement
   * per 200 topics, ranked per topic with ROW_NUMBER().
   */
  async topEntities(topicIds: readonly string[], limit: number): Promise<TopicEntityCount[][]> {
    const by = new Map<string, TopicEntityCount[]>();
    for (const ids of chunk([...new Set(topicIds)], 200)) {
      const counts = this.db.kysely
        .selectFrom('article_topics as at')
        .innerJoin('article_entities as ae', 'ae.article_id', 'at.article_id')
        .where('at.topic_id', 'in', ids)
        .groupBy(['at.topic_id', 'ae.entity_id'])
        .select(['at.topic_id', 'ae.entity_id', (eb) => eb.fn.countAll<number>().as('n')]);
      const ranked = this.db.kysely
        .selectFrom(counts.as('c'))
        .innerJoin('entities as e', 'e.id', 'c.entity_id')
        .select([
          'c.topic_id',
          'c.n',
          ...ENTITY_COLUMNS.map((col) => `e.${col}` as const),
          sql<number>`ROW_NUMBER() OVER (PARTITION BY c.topic_id ORDER BY c.n DESC, e.name, e.id)`.as('rn'),
        ]);
      const rows = await this.db.kysely.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', limit).orderBy('r.topic_id').orderBy('r.rn').execute();
      for (const id of ids) by.set(id, []);
      for (const r of rows) {
        by.get(r.topic_id)!.push({
          count: Number(r.n),
          entity: toStoredEntity({ id: r.id, key: r.key, kind: r.kind, name: r.name, aliases: r.aliases, country: r.country, origin: r.origin, created_at: r.created_at }),
        });
      }
    }
    return topicIds.map((id) => by.get(id) ?? []);
  }
}

import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { EntityKind } from '../../domain/enrichment.ts';
import type { Db } from '../db.ts';
import { asciiLower } from '../dialect.ts';
import { chunk, groupInOrder, parseJsonArray } from '../executor.ts';
import type { EntitiesTable } from '../tables/entities.ts';
import { keysetPlan, takePage, tupleCompare, type KeysetWindow, type Page } from './keyset.ts';

/** An entity as stored: EntityRef plus its row id, the aliases seen across articles and when it was first seen. */
export interface StoredEntity {
  id: string;
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  country: string | null;
  origin: 'gazetteer' | 'nlp';
  createdAt: string;
}

/** One article an entity appears in, as the entity's articles connection lists it (newest first). */
export interface EntityArticle {
  articleId: string;
  publishedAt: string;
  mentions: number;
  salience: number;
  /** Surface forms in that article. */
  aliases: string[];
}

export interface CoMention {
  entity: StoredEntity;
  /** Articles that mention both. */
  count: number;
}

export interface EntityFilter {
  kinds?: readonly EntityKind[];
  /** Case-insensitive (ASCII) substring of the name or of an alias. */
  query?: string;
}

/** Entities are listed by name, then id. */
export interface NameKey {
  name: string;
  id: string;
}

/** An entity's articles are listed newest first by the article's (published_at, id). */
export interface ArticleTimeKey {
  publishedAt: string;
  articleId: string;
}

export const ENTITY_COLUMNS = ['id', 'key', 'kind', 'name', 'aliases', 'country', 'origin', 'created_at'] as const;

export function toStoredEntity(row: Selectable<EntitiesTable>): StoredEntity {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind as EntityKind,
    name: row.name,
    aliases: parseJsonArray<string>(row.aliases),
    country: row.country,
    origin: row.origin === 'gazetteer' ? 'gazetteer' : 'nlp',
    createdAt: row.created_at,
  };
}

/** A string as it appears inside stored JSON text (quotes and backslashes escaped), for substring tests on it. */
function jsonInner(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** Read side of entities: lookups, keyset lists and the batched relations the API's DataLoaders call. */
export class EntityRepository {
  constructor(private readonly db: Db) {}

  /** In the order given; null where there is no such entity. One statement per 500 ids. */
  async getByIds(ids: readonly string[]): Promise<(StoredEntity | null)[]> {
    const by = new Map<string, StoredEntity>();
    for (const part of chunk([...new Set(ids)])) {
      const rows = await this.db.kysely.selectFrom('entities').select(ENTITY_COLUMNS).where('id', 'in', part).execute();
      for (const r of rows) by.set(r.id, toStoredEntity(r));
    }
    return ids.map((id) => by.get(id) ?? null);
  }

  async getByKeys(keys: readonly string[]): Promise<(StoredEntity | null)[]> {
    const by = new Map<string, StoredEntity>();
    for (const part of chunk([...new Set(keys)])) {
      const rows = await this.db.kysely.selectFrom('entities').select(ENTITY_COLUMNS).where('key', 'in', part).execute();
      for (const r of rows) by.set(r.key, toStoredEntity(r));
    }
    return keys.map((k) => by.get(k) ?? null);
  }

  /**
   * The entity called this (ASCII case-insensitive): an exact canonical name first, then an exact alias; gazetteer
   * entities before NLP ones, then the oldest. One statement.
   */
  async findByName(name: string): Promise<StoredEntity | null> {
    const wanted = asciiLower(name.trim());
    if (!wanted) return null;
    const d = this.db.dialect;
    const nameMatch = sql<SqlBool>`${d.fold(sql.ref('name'))} = ${wanted}`;
    const aliasMatch = d.contains(d.fold(sql.ref('aliases')), `"${jsonInner(wanted)}"`);
    const row = await this.db.kysely
      .selectFrom('entities')
      .select(ENTITY_COLUMNS)
      .where(sql<SqlBool>`(${nameMatch} OR ${aliasMatch})`)
      // A state or organization known by this name wins over the place of that name: "Washington" as an actor is the
      // United States (capital metonymy), and a place stands only for itself.
      .orderBy(sql`CASE WHEN kind IN ('country', 'organization') THEN 0 ELSE 1 END`)
      .orderBy(sql`CASE WHEN ${nameMatch} THEN 0 ELSE 1 END`)
      .orderBy(sql`CASE WHEN origin = 'gazetteer' THEN 0 ELSE 1 END`)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row ? toStoredEntity(row) : null;
  }

  /** A page of entities by name (then id), optionally of some kinds and matching a query. */
  async list(filter: EntityFilter, window: KeysetWindow<NameKey>): Promise<Page<StoredEntity>> {
    if (filter.kinds && !filter.kinds.length) return { items: [], hasMore: false };
    const d = this.db.dialect;
    const plan = keysetPlan(window, false, (op, key: NameKey) => tupleCompare(sql.ref('name'), sql.ref('id'), op, key.name, key.id));
    let q = this.db.kysely.selectFrom('entities').select(ENTITY_COLUMNS);
    if (filter.kinds) q = q.where('kind', 'in', [...new Set(filter.kinds)]);
    const query = filter.query ? asciiLower(filter.query.trim()) : '';
    if (query) {
      const needle = jsonInner(query);
      q = q.where(sql<SqlBool>`(${d.contains(d.fold(sql.ref('name')), query)} OR ${d.contains(d.fold(sql.ref('aliases')), needle)})`);
    }
    for (const c of plan.conditions) q = q.where(c);
    const rows = await q.orderBy('name', plan.direction).orderBy('id', plan.direction).limit(window.limit + 1).execute();
    return takePage(rows.map(toStoredEntity), window);
  }

  /**
   * For each entity, one page of the articles it appears in, newest first: one statement per 200 entities, a UNION ALL
   * of per-entity index range scans on article_entities (entity_id, published_at, article_id).
   */
  async articlesOf(entityIds: readonly string[], window: KeysetWindow<ArticleTimeKey>): Promise<Page<EntityArticle>[]> {
    const unique = [...new Set(entityIds)];
    const pages = new Map<string, Page<EntityArticle>>();
    const plan = keysetPlan(window, true, (op, key: ArticleTimeKey) =>
      tupleCompare(sql.ref('published_at'), sql.ref('article_id'), op, key.publishedAt, key.articleId),
    );
    for (const ids of chunk(unique, 200)) {
      const parts = ids.map((id, i) => {
        let q = this.db.kysely
          .selectFrom('article_entities')
          .select(['entity_id', 'article_id', 'published_at', 'mentions', 'salience', 'aliases'])
          .where('entity_id', '=', id);
        for (const c of plan.conditions) q = q.where(c);
        const sub = q.orderBy('published_at', plan.direction).orderBy('article_id', plan.direction).limit(window.limit + 1);
        return this.db.kysely.selectFrom(sub.as(`p${i}`)).selectAll();
      });
      const rows = await parts.slice(1).reduce((q, p) => q.unionAll(p), parts[0]!).execute();
      const lists = groupInOrder(ids, rows, (r) => r.entity_id, (r) => r);
      const descending = !window.backward;
      ids.forEach((id, i) => {
        // UNION ALL keeps each sub-select's order in practice, but SQL does not promise it: sort again.
        const sorted = lists[i]!.sort((a, b) => cmpTime(a.published_at, a.article_id, b.published_at, b.article_id) * (descending ? -1 : 1));
        pages.set(id, takePage(sorted.map(toEntityArticle), window));
      });
    }
    return entityIds.map((id) => pages.get(id) ?? { items: [], hasMore: false });
  }

  /**
   * For each entity, the entities most often mentioned in the same articles (count desc, then name), at most `limit`
   * each. One statement per 200 entities: a self-join of article_entities, ranked per entity with ROW_NUMBER().
   */
  async coMentioned(entityIds: readonly string[], limit: number): Promise<CoMention[][]> {
    const unique = [...new Set(entityIds)];
    const by = new Map<string, CoMention[]>();
    for (const ids of chunk(unique, 200)) {
      const counts = this.db.kysely
        .selectFrom('article_entities as a')
        .innerJoin('article_entities as b', (j) => j.onRef('b.article_id', '=', 'a.article_id').onRef('b.entity_id', '<>', 'a.entity_id'))
        .where('a.entity_id', 'in', ids)
        .groupBy(['a.entity_id', 'b.entity_id'])
        .select(['a.entity_id as of_id', 'b.entity_id as other_id', (eb) => eb.fn.countAll<number>().as('n')]);
      const ranked = this.db.kysely
        .selectFrom(counts.as('c'))
        .innerJoin('entities as e', 'e.id', 'c.other_id')
        .select([
          'c.of_id',
          'c.n',
          ...ENTITY_COLUMNS.map((col) => `e.${col}` as const),
          sql<number>`ROW_NUMBER() OVER (PARTITION BY c.of_id ORDER BY c.n DESC, e.name, e.id)`.as('rn'),
        ]);
      const rows = await this.db.kysely
        .selectFrom(ranked.as('r'))
        .selectAll()
        .where('r.rn', '<=', limit)
        .orderBy('r.of_id')
        .orderBy('r.rn')
        .execute();
      for (const id of ids) by.set(id, []);
      for (const r of rows) {
        by.get(r.of_id)!.push({
          count: Number(r.n),
          entity: toStoredEntity({ id: r.id, key: r.key, kind: r.kind, name: r.name, aliases: r.aliases, country: r.country, origin: r.origin, created_at: r.created_at }),
        });
      }
    }
    return entityIds.map((id) => by.get(id) ?? []);
  }
}

function cmpTime(pa: string, ia: string, pb: string, ib: string): number {
  return pa < pb ? -1 : pa > pb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
}

function toEntityArticle(r: { article_id: string; published_at: string; mentions: number; salience: number; aliases: string }): EntityArticle {
  return { articleId: r.article_id, publishedAt: r.published_at, mentions: Number(r.mentions), salience: Number(r.salience), aliases: parseJsonArray<string>(r.aliases) };
}

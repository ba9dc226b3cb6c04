import type { Db } from '../db.ts';
import { chunk, groupInOrder, parseJsonArray } from '../executor.ts';
import { ENTITY_COLUMNS, toStoredEntity, type StoredEntity } from './entity-repository.ts';

/** One entity of one article, as Article.entities lists it. */
export interface ArticleEntityRow {
  entity: StoredEntity;
  mentions: number;
  /** 0..1 */
  salience: number;
  /** The surface forms in this article. */
  aliases: string[];
}

/**
 * The API's batched read of article -> entities (the one enrichment read the entity, topic and reaction
 * repositories do not have): the entity rows joined in, so a page of articles costs one statement per 500 articles.
 */
export class ArticleEnrichmentReadRepository {
  constructor(private readonly db: Db) {}

  /** For each article, in the order given, its entities: most salient first, then most mentioned, then by name. */
  async entitiesOf(articleIds: readonly string[]): Promise<ArticleEntityRow[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(articleIds)])) {
      rows.push(
        ...(await this.db.kysely
          .selectFrom('article_entities as ae')
          .innerJoin('entities as e', 'e.id', 'ae.entity_id')
          .select(['ae.article_id', 'ae.mentions', 'ae.salience', 'ae.aliases as article_aliases', ...ENTITY_COLUMNS.map((c) => `e.${c}` as const)])
          .where('ae.article_id', 'in', ids)
          .orderBy('ae.article_id')
          .orderBy('ae.salience', 'desc')
          .orderBy('ae.mentions', 'desc')
          .orderBy('e.name')
          .orderBy('e.id')
          .execute()),
      );
    }
    return groupInOrder(articleIds, rows, (r) => r.article_id, (r) => ({
      entity: toStoredEntity(r),
      mentions: Number(r.mentions),
      salience: Number(r.salience),
      aliases: parseJsonArray<string>(r.article_aliases),
    }));
  }
}

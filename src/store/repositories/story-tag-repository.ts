import { sql } from 'kysely';
import type { Db } from '../db.ts';
import { chunk, groupInOrder } from '../executor.ts';
import { ENTITY_COLUMNS, toStoredEntity, type StoredEntity } from './entity-repository.ts';
import { toStoredTopic, type StoredTopic } from './topic-repository.ts';

export interface StoryTopicWeight {
  topic: StoredTopic;
  /** Sum of the topic's score over the story's articles, divided by the story's article count: 0..1. */
  weight: number;
  /** Articles of the story tagged with it. */
  articles: number;
}

export interface StoryEntityWeight {
  entity: StoredEntity;
  /** Sum of the entity's salience over the story's articles, divided by the story's article count: 0..1. */
  weight: number;
  /** Articles of the story mentioning it. */
  articles: number;
  mentions: number;
}

/** What a story's articles are about, summed per story: its topics and entities, one statement per batch of stories. */
export class StoryTagRepository {
  constructor(private readonly db: Db) {}

  /**
   * For each story, the topics of its articles by weight (then slug), at most `limit`. One statement per 500 stories:
   * scores summed per (story, topic), ranked per story with ROW_NUMBER().
   */
  async topicsOf(storyIds: readonly string[], limit: number): Promise<StoryTopicWeight[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      const sums = this.db.kysely
        .selectFrom('articles')
        .innerJoin('article_topics as at', 'at.article_id', 'articles.id')
        .where('articles.story_id', 'in', ids)
        .groupBy(['articles.story_id', 'at.topic_id'])
        .select(['articles.story_id as sid', 'at.topic_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('at.score').as('total')]);
      const ranked = this.db.kysely
        .selectFrom(sums.as('c'))
        .innerJoin('topics as t', 't.id', 'c.topic_id')
        .innerJoin('stories as s', 's.id', 'c.sid')
        .select([
          'c.sid',
          'c.n',
          'c.total',
          's.article_count',
          't.id',
          't.slug',
          't.name',
          't.description',
          't.built_in',
          't.definition',
          't.created_at',
          't.updated_at',
          sql<number>`ROW_NUMBER() OVER (PARTITION BY c.sid ORDER BY c.total DESC, t.slug)`.as('rn'),
        ]);
      rows.push(...(await this.db.kysely.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', limit).orderBy('r.sid').orderBy('r.rn').execute()));
    }
    return groupInOrder(storyIds, rows, (r) => r.sid ?? '', (r) => ({
      topic: toStoredTopic(r),
      weight: Number(r.total) / Math.max(1, Number(r.article_count)),
      articles: Number(r.n),
    }));
  }

  /**
   * For each story, the entities of its articles by weight (then articles, name, id), at most `limit`. One statement
   * per 500 stories: salience summed per (story, entity), ranked per story with ROW_NUMBER().
   */
  async entitiesOf(storyIds: readonly string[], limit: number): Promise<StoryEntityWeight[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      const sums = this.db.kysely
        .selectFrom('articles')
        .innerJoin('article_entities as ae', 'ae.article_id', 'articles.id')
        .where('articles.story_id', 'in', ids)
        .groupBy(['articles.story_id', 'ae.entity_id'])
        .select([
          'articles.story_id as sid',
          'ae.entity_id',
          (eb) => eb.fn.countAll<number>().as('n'),
          (eb) => eb.fn.sum<number>('ae.salience').as('total'),
          (eb) => eb.fn.sum<number>('ae.mentions').as('mentions'),
        ]);
      const ranked = this.db.kysely
        .selectFrom(sums.as('c'))
        .innerJoin('entities as e', 'e.id', 'c.entity_id')
        .innerJoin('stories as s', 's.id', 'c.sid')
        .select([
          'c.sid',
          'c.n',
          'c.total',
          'c.mentions',
          's.article_count',
          ...ENTITY_COLUMNS.map((col) => `e.${col}` as const),
          sql<number>`ROW_NUMBER() OVER (PARTITION BY c.sid ORDER BY c.total DESC, c.n DESC, e.name, e.id)`.as('rn'),
        ]);
      rows.push(...(await this.db.kysely.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', limit).orderBy('r.sid').orderBy('r.rn').execute()));
    }
    return groupInOrder(storyIds, rows, (r) => r.sid ?? '', (r) => ({
      entity: toStoredEntity(r),
      weight: Number(r.total) / Math.max(1, Number(r.article_count)),
      articles: Number(r.n),
      mentions: Number(r.mentions),
    }));
  }

  /** For each story, the distinct topics and entities of its articles (ids): what storyUpdated filters match on. */
  async tagsOf(storyIds: readonly string[]): Promise<{ topicIds: string[]; entityIds: string[] }[]> {
    const topics = [];
    const entities = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      topics.push(
        ...(await this.db.kysely
          .selectFrom('articles')
          .innerJoin('article_topics as at', 'at.article_id', 'articles.id')
          .where('articles.story_id', 'in', ids)
          .select(['articles.story_id as sid', 'at.topic_id as tag'])
          .distinct()
          .execute()),
      );
      entities.push(
        ...(await this.db.kysely
          .selectFrom('articles')
          .innerJoin('article_entities as ae', 'ae.article_id', 'articles.id')
          .where('articles.story_id', 'in', ids)
          .select(['articles.story_id as sid', 'ae.entity_id as tag'])
          .distinct()
          .execute()),
      );
    }
    const t = groupInOrder(storyIds, topics, (r) => r.sid ?? '', (r) => r.tag);
    const e = groupInOrder(storyIds, entities, (r) => r.sid ?? '', (r) => r.tag);
    return storyIds.map((_, i) => ({ topicIds: t[i]!, entityIds: e[i]! }));
  }
}

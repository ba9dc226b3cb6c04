import { sql } from 'kysely';
import type { GraphNeighbour, NeighbourCaps } from '../../domain/graph.ts';
import type { Db } from '../db.ts';
import { parseEdgeReasons } from './edge-reasons.ts';
import { cmp, inward, outward, perId, share, topPerId, unionAll } from './graph-neighbour-rows.ts';

/** A story's neighbours in the related graph: related stories, member articles, and the entities and topics weighing most in it. */
export class StoryNeighbourRepository {
  constructor(private readonly db: Db) {}

  /** story -> related stories (story_edges), strongest first. */
  relatedStories(ids: string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    return topPerId(
      this.db.kysely,
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('story_edges as e')
          .innerJoin('stories as s', 's.id', 'e.related_id')
          .select(['e.story_id as of_id', 'e.related_id as id', 's.title as label', 'e.score', 'e.reasons'])
          .where('e.story_id', '=', id)
          .where('e.score', '>=', minWeight)
          .orderBy('e.score', 'desc')
          .orderBy('e.related_id')
          .limit(caps.relatedStories),
      (r) => outward({ kind: 'story', id: r.of_id }, { kind: 'story', id: r.id, label: r.label }, 'related_story', Number(r.score), parseEdgeReasons(r.reasons)),
    );
  }

  /** story -> member articles: the most central one, then the newest that are not wire copies. */
  async storyArticles(ids: string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    if (minWeight > 1) return [];
    const k = this.db.kysely;
    const central = k
      .selectFrom('stories as s')
      .innerJoin('articles as a', 'a.id', 's.central_article_id')
      .select(['s.id as of_id', 'a.id', 'a.title as label', 'a.published_at', sql<number>`1`.as('central')])
      .where('s.id', 'in', ids)
      .limit(ids.length);
    const newest = perId(this.db.kysely, ids, (id) =>
      k
        .selectFrom('articles')
        .select([sql<string>`story_id`.as('of_id'), 'id', 'title as label', 'published_at', sql<number>`0`.as('central')])
        .where('story_id', '=', id)
        .where('duplicate_of_id', 'is', null)
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .limit(caps.storyArticles),
    );
    const rows = await unionAll([k.selectFrom(central.as('c')).selectAll(), ...newest]).execute();
    rows.sort((a, b) => cmp(a.of_id, b.of_id) || Number(b.central) - Number(a.central) || cmp(b.published_at, a.published_at) || cmp(b.id, a.id));
    const out: GraphNeighbour[] = [];
    const taken = new Map<string, Set<string>>();
    for (const r of rows) {
      const seen = taken.get(r.of_id) ?? new Set<string>();
      taken.set(r.of_id, seen);
      if (seen.has(r.id) || seen.size >= caps.storyArticles) continue;
      seen.add(r.id);
      out.push(inward({ kind: 'story', id: r.of_id }, { kind: 'article', id: r.id, label: r.label }, 'in_story'));
    }
    return out;
  }

  /**
   * story -> the entities (or topics) weighing most in its newest articles (caps.aggregateSample). Weight as Story.entities
   * and Story.topics give it: salience (topic score) summed over those articles, divided by their number.
   */
  async storyTags(ids: string[], kind: 'entity' | 'topic', minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    const k = this.db.kysely;
    const cap = kind === 'entity' ? caps.storyEntities : caps.storyTopics;
    const sample = unionAll(
      perId(this.db.kysely, ids, (id) =>
        k
          .selectFrom('articles')
          .select([sql<string>`story_id`.as('story_id'), 'id'])
          .where('story_id', '=', id)
          .orderBy('published_at', 'desc')
          .orderBy('id', 'desc')
          .limit(caps.aggregateSample),
      ),
    ).as('x');
    const counts =
      kind === 'entity'
        ? k
            .selectFrom(sample)
            .innerJoin('article_entities as t', 't.article_id', 'x.id')
            .groupBy(['x.story_id', 't.entity_id'])
            .select(['x.story_id', 't.entity_id as tag_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('t.salience').as('total')])
        : k
            .selectFrom(sample)
            .innerJoin('article_topics as t', 't.article_id', 'x.id')
            .groupBy(['x.story_id', 't.topic_id'])
            .select(['x.story_id', 't.topic_id as tag_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('t.score').as('total')]);
    const named =
      kind === 'entity'
        ? k.selectFrom(counts.as('c')).innerJoin('entities as e', 'e.id', 'c.tag_id').select(['c.story_id', 'c.tag_id', 'c.n', 'c.total', 'e.name as label'])
        : k.selectFrom(counts.as('c')).innerJoin('topics as e', 'e.id', 'c.tag_id').select(['c.story_id', 'c.tag_id', 'c.n', 'c.total', 'e.name as label']);
    const ranked = k
      .selectFrom(named.as('m'))
      .innerJoin('stories as s', 's.id', 'm.story_id')
      .select([
        'm.story_id',
        'm.tag_id',
        'm.total',
        'm.label',
        's.article_count',
        sql<number>`ROW_NUMBER() OVER (PARTITION BY m.story_id ORDER BY m.total DESC, m.n DESC, m.label, m.tag_id)`.as('rn'),
      ]);
    const rows = await k.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', cap).orderBy('r.story_id').orderBy('r.rn').limit(ids.length * cap).execute();
    const out: GraphNeighbour[] = [];
    for (const r of rows) {
      const weight = share(Number(r.total), Math.min(Number(r.article_count), caps.aggregateSample));
      if (weight < minWeight) continue;
      out.push(outward({ kind: 'story', id: r.story_id }, { kind, id: r.tag_id, label: r.label }, kind === 'entity' ? 'mentions' : 'tagged', weight));
    }
    return out;
  }
}

import { sql } from 'kysely';
import type { GraphNeighbour, NeighbourCaps } from '../../domain/graph.ts';
import type { Db } from '../db.ts';
import { inward, perId, share, unionAll } from './graph-neighbour-rows.ts';

/** An entity's or topic's neighbours in the related graph: the stories its newest articles are in. */
export class TagNeighbourRepository {
  constructor(private readonly db: Db) {}

  /**
   * entity (or topic) -> the stories most of its newest articles (caps.aggregateSample) are in, then the most recent.
   * Weight as from the story's side: its salience (score) summed over those articles, divided by the story's article
   * count (at most caps.aggregateSample), so both ends agree whenever the samples cover the story.
   */
  async storiesOf(kind: 'entity' | 'topic', ids: string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    const k = this.db.kysely;
    const sample = perId(this.db.kysely, ids, (id) =>
      kind === 'entity'
        ? k
            .selectFrom('article_entities')
            .select(['entity_id as tag_id', 'article_id', 'published_at', 'salience as weight'])
            .where('entity_id', '=', id)
            .orderBy('published_at', 'desc')
            .orderBy('article_id', 'desc')
            .limit(caps.aggregateSample)
        : k
            .selectFrom('article_topics')
            .select(['topic_id as tag_id', 'article_id', 'published_at', 'score as weight'])
            .where('topic_id', '=', id)
            .orderBy('published_at', 'desc')
            .orderBy('article_id', 'desc')
            .limit(caps.aggregateSample),
    );
    const counts = k
      .selectFrom(unionAll(sample).as('x'))
      .innerJoin('articles as a', 'a.id', 'x.article_id')
      .where('a.story_id', 'is not', null)
      .groupBy(['x.tag_id', 'a.story_id'])
      .select([
        'x.tag_id',
        sql<string>`a.story_id`.as('story_id'),
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>('x.weight').as('total'),
        (eb) => eb.fn.max('x.published_at').as('latest'),
      ]);
    const ranked = k
      .selectFrom(counts.as('c'))
      .innerJoin('stories as s', 's.id', 'c.story_id')
      .select([
        'c.tag_id',
        'c.story_id',
        'c.total',
        's.title as label',
        's.article_count',
        sql<number>`ROW_NUMBER() OVER (PARTITION BY c.tag_id ORDER BY c.n DESC, c.latest DESC, c.story_id)`.as('rn'),
      ]);
    const cap = kind === 'entity' ? caps.entityStories : caps.topicStories;
    const rows = await k.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', cap).orderBy('r.tag_id').orderBy('r.rn').limit(ids.length * cap).execute();
    const out: GraphNeighbour[] = [];
    for (const r of rows) {
      const weight = share(Number(r.total), Math.min(Number(r.article_count), caps.aggregateSample));
      if (weight < minWeight) continue;
      out.push(inward({ kind, id: r.tag_id }, { kind: 'story', id: r.story_id, label: r.label }, kind === 'entity' ? 'mentions' : 'tagged', weight));
    }
    return out;
  }
}

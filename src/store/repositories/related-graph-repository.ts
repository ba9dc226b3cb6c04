import type { GraphNeighbour, GraphNodeKind, NeighbourCaps } from '../../domain/graph.ts';
import type { Db } from '../db.ts';
import { ArticleNeighbourRepository } from './article-neighbour-repository.ts';
import { idChunks } from './graph-neighbour-rows.ts';
import { StoryNeighbourRepository } from './story-neighbour-repository.ts';
import { TagNeighbourRepository } from './tag-neighbour-repository.ts';

/** Merges are followed at most this far (a merged story merged again). */
const MAX_MERGE_HOPS = 16;

/**
 * The reads behind Query.relatedGraph: a node's label, a merged story's survivor, and the neighbourhoods of a batch
 * of nodes of one kind, each relation one statement per batch bounded by a LIMIT (per node, through a UNION ALL of
 * index range scans, or per sample). Which neighbours the walk keeps is src/graph's business.
 */
export class RelatedGraphRepository {
  private readonly stories: StoryNeighbourRepository;
  private readonly articles: ArticleNeighbourRepository;
  private readonly tags: TagNeighbourRepository;

  constructor(private readonly db: Db) {
    this.stories = new StoryNeighbourRepository(db);
    this.articles = new ArticleNeighbourRepository(db);
    this.tags = new TagNeighbourRepository(db);
  }

  /** A story id, or the id of the story a merged one now lives in; null when neither exists. */
  async resolveStory(id: string): Promise<string | null> {
    let current = id;
    for (let hop = 0; hop <= MAX_MERGE_HOPS; hop++) {
      const row = await this.db.kysely
        .selectFrom('stories')
        .select('id')
        .where('id', '=', current)
        .unionAll(this.db.kysely.selectFrom('story_merges').select('into_id as id').where('merged_id', '=', current))
        .execute();
      if (!row.length) return null;
      // The stories row wins; otherwise follow the merge (its survivor may itself have been merged).
      if (row.some((r) => r.id === current)) return current;
      current = row[0]!.id;
    }
    return null;
  }

  /** Labels of nodes of one kind, in the order given; null where there is no such node. One statement. */
  async labelsOf(kind: GraphNodeKind, ids: readonly string[]): Promise<(string | null)[]> {
    const by = new Map<string, string>();
    const k = this.db.kysely;
    for (const part of idChunks([...new Set(ids)])) {
      const rows =
        kind === 'story'
          ? await k.selectFrom('stories').select(['id', 'title as label']).where('id', 'in', part).execute()
          : kind === 'article'
            ? await k.selectFrom('articles').select(['id', 'title as label']).where('id', 'in', part).execute()
            : kind === 'entity'
              ? await k.selectFrom('entities').select(['id', 'name as label']).where('id', 'in', part).execute()
              : await k.selectFrom('topics').select(['id', 'name as label']).where('id', 'in', part).execute();
      for (const r of rows) by.set(r.id, r.label);
    }
    return ids.map((id) => by.get(id) ?? null);
  }

  /**
   * Every neighbour of these nodes (all of one kind) along edges of at least `minWeight`, at most `caps` of each
   * relation per node. Statements: story 4, article 5, entity 1, topic 1 (per MAX_GRAPH_LIMIT ids).
   */
  async neighbours(kind: GraphNodeKind, ids: readonly string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const out: GraphNeighbour[] = [];
    const { stories: s, articles: a, tags: t } = this;
    for (const part of idChunks(unique)) {
      if (kind === 'story') {
        out.push(...(await s.relatedStories(part, minWeight, caps)), ...(await s.storyArticles(part, minWeight, caps)));
        out.push(...(await s.storyTags(part, 'entity', minWeight, caps)), ...(await s.storyTags(part, 'topic', minWeight, caps)));
      } else if (kind === 'article') {
        out.push(...(await a.relatedArticles(part, minWeight, caps)), ...(await a.storyAndOriginal(part, minWeight, caps)));
        out.push(...(await a.duplicates(part, minWeight, caps)), ...(await a.articleEntities(part, minWeight, caps)), ...(await a.articleTopics(part, minWeight, caps)));
      } else {
        out.push(...(await t.storiesOf(kind, part, minWeight, caps)));
      }
    }
    return out;
  }
}

import type { ClusterVector } from '../../domain/story.ts';
import { chunk, type Executor } from '../executor.ts';

export interface IndexedArticle {
  articleId: string;
  storyId: string | null;
  publishedAt: string;
  vector: ClusterVector;
  simhash: string;
}

const emptyVector = (): ClusterVector => ({ w: {}, s: {}, d: {}, e: {}, l: {}, y: {}, names: {}, topics: {} });

export function parseVector(text: string): ClusterVector {
  try {
    return { ...emptyVector(), ...(JSON.parse(text) as Partial<ClusterVector>) };
  } catch {
    return emptyVector();
  }
}

/**
 * The candidate index: each article's vector, its SimHash bands and its heaviest keys, so that an article finds
 * every earlier or later article it may be linked to (sharing a key, within the time window) without reading them all.
 */
export class CandidateIndexRepository {
  /** Replaces an article's vector, bands and keys. */
  async save(ex: Executor, a: { articleId: string; vector: ClusterVector; simhash: string; bands: readonly string[]; keys: readonly string[]; publishedAt: string }): Promise<void> {
    await ex.deleteFrom('simhash_bands').where('article_id', '=', a.articleId).execute();
    await ex.deleteFrom('article_keys').where('article_id', '=', a.articleId).execute();
    const vector = JSON.stringify(a.vector);
    await ex
      .insertInto('article_vectors')
      .values({ article_id: a.articleId, vector, simhash: a.simhash, published_at: a.publishedAt })
      .onConflict((oc) => oc.column('article_id').doUpdateSet({ vector, simhash: a.simhash, published_at: a.publishedAt }))
      .execute();
    if (a.bands.length) {
      await ex
        .insertInto('simhash_bands')
        .values([...new Set(a.bands)].map((band) => ({ band, article_id: a.articleId, published_at: a.publishedAt })))
        .execute();
    }
    for (const part of chunk([...new Set(a.keys)], 300)) {
      await ex
        .insertInto('article_keys')
        .values(part.map((key) => ({ key, article_id: a.articleId, published_at: a.publishedAt })))
        .execute();
    }
  }

  /** Articles that already have a vector. */
  async indexed(ex: Executor, articleIds: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunk(articleIds)) {
      for (const r of await ex.selectFrom('article_vectors').select('article_id').where('article_id', 'in', part).execute()) out.add(r.article_id);
    }
    return out;
  }

  /** Every other article published in [from, to] that shares at least one of these keys. */
  async sharingKeys(ex: Executor, keys: readonly string[], from: string, to: string, excludeId: string): Promise<string[]> {
    const out = new Set<string>();
    for (const part of chunk(keys)) {
      const rows = await ex
        .selectFrom('article_keys')
        .select('article_id')
        .distinct()
        .where('key', 'in', part)
        .where('published_at', '>=', from)
        .where('published_at', '<=', to)
        .where('article_id', '!=', excludeId)
        .execute();
      for (const r of rows) out.add(r.article_id);
    }
    return [...out].sort();
  }

  /** Every other article published in [from, to] whose SimHash shares a band with these. */
  async sharingBands(ex: Executor, bands: readonly string[], from: string, to: string, excludeId: string): Promise<string[]> {
    if (!bands.length) return [];
    const rows = await ex
      .selectFrom('simhash_bands')
      .select('article_id')
      .distinct()
      .where('band', 'in', bands)
      .where('published_at', '>=', from)
      .where('published_at', '<=', to)
      .where('article_id', '!=', excludeId)
      .execute();
    return rows.map((r) => r.article_id).sort();
  }

  /** Vectors of these articles with their current story. */
  async vectorsOf(ex: Executor, articleIds: readonly string[]): Promise<Map<string, IndexedArticle>> {
    const out = new Map<string, IndexedArticle>();
    for (const part of chunk(articleIds)) {
      const rows = await ex
        .selectFrom('article_vectors as v')
        .innerJoin('articles as a', 'a.id', 'v.article_id')
        .select(['v.article_id', 'a.story_id', 'v.published_at', 'v.vector', 'v.simhash'])
        .where('v.article_id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.article_id, { articleId: r.article_id, storyId: r.story_id, publishedAt: r.published_at, vector: parseVector(r.vector), simhash: r.simhash });
    }
    return out;
  }

  /** Vectors of every member of these stories (to choose each story's central article). */
  async memberVectors(ex: Executor, storyIds: readonly string[]): Promise<IndexedArticle[]> {
    const out: IndexedArticle[] = [];
    for (const part of chunk(storyIds)) {
      const rows = await ex
        .selectFrom('article_vectors as v')
        .innerJoin('articles as a', 'a.id', 'v.article_id')
        .select(['v.article_id', 'a.story_id', 'v.published_at', 'v.vector', 'v.simhash'])
        .where('a.story_id', 'in', part)
        .orderBy('v.article_id')
        .execute();
      for (const r of rows) out.push({ articleId: r.article_id, storyId: r.story_id, publishedAt: r.published_at, vector: parseVector(r.vector), simhash: r.simhash });
    }
    return out;
  }

  /** Drops the index entries of these articles (all articles without ids), so they are indexed and linked again. */
  async forget(ex: Executor, articleIds?: readonly string[]): Promise<void> {
    const tables = ['article_keys', 'simhash_bands', 'article_vectors'] as const;
    if (!articleIds) {
      for (const t of tables) await ex.deleteFrom(t).execute();
      return;
    }
    for (const part of chunk(articleIds)) for (const t of tables) await ex.deleteFrom(t).where('article_id', 'in', part).execute();
  }
}

import { sql } from 'kysely';
import type { Db } from '../db.ts';
import { chunk, groupInOrder } from '../executor.ts';
import { REACTION_SELECT, toStoredReaction, type StoredReaction } from './reaction-repository.ts';

/** An actor's latest reaction in a story. */
export interface StoryReaction {
  storyId: string;
  reaction: StoredReaction;
  /** All of the actor's reactions in the story's articles. */
  reactions: number;
}

/** The reactions of a story's articles: each actor's latest (the story's international reactions) and each actor's history. */
export class StoryReactionRepository {
  constructor(private readonly db: Db) {}

  /**
   * For each story, its international reactions: the latest reaction of each actor in the story's articles (by the
   * article's publication time, then reaction id), newest first. One statement per 500 stories.
   */
  async reactionsOf(storyIds: readonly string[]): Promise<StoryReaction[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      const ranked = this.db.kysely
        .selectFrom('reactions as r')
        .innerJoin('articles as a', 'a.id', 'r.article_id')
        .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
        .where('a.story_id', 'in', ids)
        .select([
          'a.story_id as sid',
          ...REACTION_SELECT,
          sql<number>`ROW_NUMBER() OVER (PARTITION BY a.story_id, r.actor_entity_id ORDER BY r.published_at DESC, r.id DESC)`.as('rn'),
          sql<number>`COUNT(*) OVER (PARTITION BY a.story_id, r.actor_entity_id)`.as('n'),
        ]);
      rows.push(
        ...(await this.db.kysely
          .selectFrom(ranked.as('x'))
          .selectAll()
          .where('x.rn', '=', 1)
          .orderBy('x.sid')
          .orderBy('x.published_at', 'desc')
          .orderBy('x.id', 'desc')
          .execute()),
      );
    }
    return groupInOrder(storyIds, rows, (r) => r.sid ?? '', (r) => ({ storyId: r.sid!, reaction: toStoredReaction(r), reactions: Number(r.n) }));
  }

  /**
   * For each (story, actor), all the actor's reactions in the story, oldest first (by publication time, then id).
   * One statement per 500 stories (and actors).
   */
  async actorReactionsOf(keys: readonly { storyId: string; actorId: string }[]): Promise<StoredReaction[][]> {
    const wanted = new Set(keys.map((k) => `${k.storyId} ${k.actorId}`));
    const byKey = new Map<string, StoredReaction[]>();
    for (const part of chunk([...wanted])) {
      const pairs = part.map((k) => k.split(' ') as [string, string]);
      const rows = await this.db.kysely
        .selectFrom('reactions as r')
        .innerJoin('articles as a', 'a.id', 'r.article_id')
        .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
        .where('a.story_id', 'in', [...new Set(pairs.map((p) => p[0]))])
        .where('r.actor_entity_id', 'in', [...new Set(pairs.map((p) => p[1]))])
        .select(['a.story_id as sid', 'r.actor_entity_id', ...REACTION_SELECT])
        .orderBy('a.story_id')
        .orderBy('r.actor_entity_id')
        .orderBy('r.published_at')
        .orderBy('r.id')
        .execute();
      for (const r of rows) {
        const key = `${r.sid} ${r.actor_entity_id}`;
        // The IN lists cross every story with every actor: keep the pairs asked for.
        if (!wanted.has(key)) continue;
        const list = byKey.get(key) ?? [];
        list.push(toStoredReaction(r));
        byKey.set(key, list);
      }
    }
    return keys.map((k) => byKey.get(`${k.storyId} ${k.actorId}`) ?? []);
  }
}

import { parseTextQuery } from './article-added-filter.ts';
import type { StoryUpdate } from './story-events.ts';

/** Which story updates a subscriber wants; every given criterion must hold, an absent one matches all. */
export interface StoryUpdatedFilter {
  /** Only these stories (ids already resolved through merges); a story merged into the survivor keeps matching. */
  storyIds?: readonly string[] | null;
  /** Any of these topics (empty: an unknown topic, nothing matches). */
  topicIds?: readonly string[] | null;
  /** Any of these entities (empty: an unknown entity, nothing matches). */
  entityIds?: readonly string[] | null;
  minSources?: number | null;
  /** Words and "quoted phrases" that must all appear in the title or summary; `word*` matches a prefix, `-word` excludes. */
  query?: string | null;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A predicate for the filter, with the text query parsed once per subscription. It is stateful in one way: when a
 * followed story is merged into another, the survivor is followed from then on.
 */
export function storyUpdatedMatcher(filter: StoryUpdatedFilter | null | undefined): (update: StoryUpdate) => boolean {
  const followed = filter?.storyIds ? new Set(filter.storyIds) : null;
  const topics = filter?.topicIds ? new Set(filter.topicIds) : null;
  const entities = filter?.entityIds ? new Set(filter.entityIds) : null;
  const minSources = filter?.minSources ?? null;
  const terms = filter?.query?.trim() ? parseTextQuery(filter.query) : null;
  return ({ story, mergedIds, topicIds, entityIds }) => {
    if (followed) {
      if (!followed.has(story.id) && !mergedIds.some((id) => followed.has(id))) return false;
      followed.add(story.id);
    }
    if (topics && !topicIds.some((id) => topics.has(id))) return false;
    if (entities && !entityIds.some((id) => entities.has(id))) return false;
    if (minSources !== null && story.sourceCount < minSources) return false;
    if (terms) {
      const text = fold(`${story.title}\n${story.summary}`);
      if (!terms.every((t) => t.pattern.test(text) !== t.negated)) return false;
    }
    return true;
  };
}

import type { Repositories } from '../store/repositories/index.ts';
import type { StoryEvents } from './story-events.ts';

/** What a clustering run reports (a ClusterSummary fits): the stories it changed and the merges it made. */
export interface StoryChanges {
  changedStoryIds: readonly string[];
  merges?: readonly { mergedId: string; intoId: string }[];
}

export type PublishChangedStories = (changes: StoryChanges | readonly string[]) => Promise<void>;

/**
 * The hook that feeds `storyUpdated`: loads the changed stories (merged ids resolve to their survivors) with their
 * topics and entities (a few statements per run, however many stories) and publishes each surviving story once,
 * naming the stories merged into it. Takes a ClusterSummary, or just the changed story ids (what
 * clusterStoredArticles' onStoriesChanged passes).
 */
export function publishChangedStories(events: StoryEvents, repos: Pick<Repositories, 'stories' | 'storyTags'>): PublishChangedStories {
  return async (changes) => {
    const { changedStoryIds, merges = [] }: StoryChanges = isIdList(changes) ? { changedStoryIds: changes } : changes;
    const ids = [...new Set([...changedStoryIds, ...merges.map((m) => m.intoId)])];
    if (!ids.length) return;
    const loaded = await repos.stories.getByIds([...ids, ...merges.map((m) => m.mergedId)]);
    const survivorOf = new Map<string, string>();
    [...ids, ...merges.map((m) => m.mergedId)].forEach((id, i) => {
      const story = loaded[i];
      if (story) survivorOf.set(id, story.id);
    });
    const stories = new Map(loaded.slice(0, ids.length).flatMap((s) => (s ? [[s.id, s] as const] : [])));
    const mergedInto = new Map<string, string[]>();
    for (const m of merges) {
      const survivor = survivorOf.get(m.mergedId) ?? survivorOf.get(m.intoId);
      if (!survivor) continue;
      mergedInto.set(survivor, [...(mergedInto.get(survivor) ?? []), m.mergedId]);
    }
    const storyIds = [...stories.keys()];
    const tags = await repos.storyTags.tagsOf(storyIds);
    storyIds.forEach((id, i) => {
      events.publish({ story: stories.get(id)!, mergedIds: mergedInto.get(id) ?? [], ...tags[i]! });
    });
  };
}

function isIdList(changes: StoryChanges | readonly string[]): changes is readonly string[] {
  return Array.isArray(changes);
}

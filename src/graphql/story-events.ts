import type { Story } from '../domain/story.ts';

/** A story that changed (an article or reaction joined, another story merged in), as storyUpdated delivers it. */
export interface StoryUpdate {
  story: Story;
  /** Stories merged into this one in this change: a subscriber following one of them follows the survivor from now on. */
  mergedIds: string[];
  /** The distinct topics and entities of the story's articles, so subscription filters match without a query each. */
  topicIds: string[];
  entityIds: string[];
}

/**
 * Where "a story changed" events travel. In process today; the interface is small so a PostgreSQL LISTEN/NOTIFY
 * implementation can carry the same events across processes.
 */
export interface StoryEvents {
  publish(update: StoryUpdate): void;
  subscribe(signal?: AbortSignal): AsyncIterable<StoryUpdate>;
}

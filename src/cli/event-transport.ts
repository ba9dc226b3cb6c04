import type { ArticleEvents } from '../graphql/article-events.ts';
import { createInProcessArticleEvents } from '../graphql/in-process-article-events.ts';
import { createInProcessStoryEvents } from '../graphql/in-process-story-events.ts';
import { createNotifiedEvents } from '../graphql/notified-events.ts';
import type { StoryEvents } from '../graphql/story-events.ts';
import type { Runtime } from './runtime.ts';

/** Where a process's articleAdded and storyUpdated events travel. */
export interface EventTransport {
  articles: ArticleEvents;
  stories: StoryEvents;
  /** The events reach other processes on the same database (PostgreSQL); false: this process only (SQLite). */
  crossProcess: boolean;
  /** Resolves once everything published so far has left the process. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The store's notifications when it has them (PostgreSQL LISTEN/NOTIFY: every API replica hears what any ingest
 * worker stored or clustered), else in-process emitters. `listen`: deliver what other processes publish to this
 * process's subscribers (serve does; `newsgraph ingest` only publishes).
 */
export async function openEventTransport(rt: Runtime, opts: { listen: boolean }): Promise<EventTransport> {
  const notifications = rt.db.notifications();
  if (!notifications) {
    return { articles: createInProcessArticleEvents(), stories: createInProcessStoryEvents(), crossProcess: false, flush: async () => {}, close: async () => {} };
  }
  const events = createNotifiedEvents(notifications, rt.repos, rt.logger.child({ subsystem: 'events' }));
  if (opts.listen) await events.listen();
  return { ...events, crossProcess: true, flush: () => events.flush(), close: () => events.close() };
}

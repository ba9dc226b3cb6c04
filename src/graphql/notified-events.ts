import type { Logger } from '../log/logger.ts';
import type { Notifications } from '../store/notifications.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { ArticleEvents } from './article-events.ts';
import { createInProcessArticleEvents } from './in-process-article-events.ts';
import { createInProcessStoryEvents } from './in-process-story-events.ts';
import type { StoryEvents } from './story-events.ts';

export const ARTICLE_ADDED_CHANNEL = 'newsgraph_article_added';
export const STORY_UPDATED_CHANNEL = 'newsgraph_story_updated';

/** Merged ids per story notification: 100 ids of 26 characters stay well under the payload limit. */
const MERGED_PER_MESSAGE = 100;

/** What travels: ids only. Each receiving process loads the rows itself, so a payload never nears the size limit. */
interface StoryMessage {
  id: string;
  merged: string[];
}

export interface NotifiedEvents {
  articles: ArticleEvents;
  stories: StoryEvents;
  /** Starts delivering what any process publishes to this process's subscribers. */
  listen(): Promise<void>;
  /** Resolves once every notification published so far has been sent (before a one-shot command exits). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * ArticleEvents and StoryEvents carried by the database's notifications (PostgreSQL LISTEN/NOTIFY), so an API
 * replica delivers `articleAdded` and `storyUpdated` for work any ingest worker did. Publishing sends the ids; every
 * listening process (the publisher included, when it listens) loads the articles, stories and story tags in a batch
 * per tick and hands them to its own subscribers. A process that only publishes (`newsgraph ingest`) never listens.
 */
export function createNotifiedEvents(notifications: Notifications, repos: Pick<Repositories, 'articles' | 'stories' | 'storyTags'>, logger: Logger): NotifiedEvents {
  const localArticles = createInProcessArticleEvents();
  const localStories = createInProcessStoryEvents();
  const pending = new Set<Promise<void>>();
  const send = (channel: string, payload: string) => {
    const p = notifications
      .notify(channel, payload)
      .catch((err) => logger.error({ err, channel }, 'could not send a notification'))
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  const stops: (() => Promise<void>)[] = [];

  return {
    articles: {
      publish: (article) => send(ARTICLE_ADDED_CHANNEL, article.id),
      subscribe: (signal) => localArticles.subscribe(signal),
    },
    stories: {
      publish: (update) => {
        const merged = update.mergedIds;
        for (let i = 0; i === 0 || i < merged.length; i += MERGED_PER_MESSAGE) {
          const message: StoryMessage = { id: update.story.id, merged: merged.slice(i, i + MERGED_PER_MESSAGE) };
          send(STORY_UPDATED_CHANNEL, JSON.stringify(message));
        }
      },
      subscribe: (signal) => localStories.subscribe(signal),
    },
    async listen() {
      const articleIds = batcher<string>(async (ids) => {
        for (const article of await repos.articles.getByIds([...new Set(ids)])) localArticles.publish(article);
      }, logger);
      const storyMessages = batcher<StoryMessage>(async (messages) => {
        const ids = [...new Set(messages.map((m) => m.id))];
        const [stories, tags] = await Promise.all([repos.stories.getByIds(ids), repos.storyTags.tagsOf(ids)]);
        const byId = new Map(ids.map((id, i) => [id, { story: stories[i], tags: tags[i]! }]));
        for (const m of messages) {
          const found = byId.get(m.id);
          if (found?.story) localStories.publish({ story: found.story, mergedIds: m.merged, ...found.tags });
        }
      }, logger);
      stops.push(await notifications.listen(ARTICLE_ADDED_CHANNEL, articleIds));
      stops.push(
        await notifications.listen(STORY_UPDATED_CHANNEL, (payload) => {
          try {
            const m = JSON.parse(payload) as StoryMessage;
            if (typeof m.id === 'string' && Array.isArray(m.merged)) storyMessages(m);
          } catch {
            logger.warn({ channel: STORY_UPDATED_CHANNEL }, 'ignored a malformed notification');
          }
        }),
      );
    },
    async flush() {
      while (pending.size) await Promise.all([...pending]);
    },
    async close() {
      await this.flush();
      for (const stop of stops.splice(0)) await stop();
      await notifications.close();
    },
  };
}

/** Collects items arriving in the same tick and handles them together, in arrival order, one batch at a time. */
function batcher<T>(handle: (items: T[]) => Promise<void>, logger: Logger): (item: T) => void {
  let queue: T[] = [];
  let running: Promise<void> = Promise.resolve();
  let scheduled = false;
  return (item) => {
    queue.push(item);
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const items = queue;
      queue = [];
      running = running.then(() => handle(items)).catch((err) => logger.error({ err }, 'could not deliver notified events'));
    });
  };
}

import { EventEmitter, on } from 'node:events';
import type { Article } from '../domain/article.ts';
import type { ArticleEvents } from './article-events.ts';

/** ArticleEvents within one process: ingestion and the API share the emitter. */
export function createInProcessArticleEvents(): ArticleEvents {
  const emitter = new EventEmitter();
  // Every open subscription is a listener; there is no fixed bound on them.
  emitter.setMaxListeners(0);
  return {
    publish: (article) => {
      emitter.emit('article', article);
    },
    subscribe: (signal) => {
      const iterator = on(emitter, 'article', signal ? { signal } : {}) as AsyncIterableIterator<[Article]>;
      return {
        async *[Symbol.asyncIterator]() {
          try {
            for await (const [article] of iterator) yield article;
          } catch (e) {
            if ((e as Error).name !== 'AbortError') throw e;
          }
        },
      };
    },
  };
}

import { EventEmitter, on } from 'node:events';
import type { StoryEvents, StoryUpdate } from './story-events.ts';

/** StoryEvents within one process: the clusterer (run after ingestion) and the API share the emitter. */
export function createInProcessStoryEvents(): StoryEvents {
  const emitter = new EventEmitter();
  // Every open subscription is a listener; there is no fixed bound on them.
  emitter.setMaxListeners(0);
  return {
    publish: (update) => {
      emitter.emit('story', update);
    },
    subscribe: (signal) => {
      const iterator = on(emitter, 'story', signal ? { signal } : {}) as AsyncIterableIterator<[StoryUpdate]>;
      return {
        async *[Symbol.asyncIterator]() {
          try {
            for await (const [update] of iterator) yield update;
          } catch (e) {
            if ((e as Error).name !== 'AbortError') throw e;
          }
        },
      };
    },
  };
}

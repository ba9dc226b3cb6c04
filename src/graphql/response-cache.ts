import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { DefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiServices } from './context.ts';

/** The response cache, emptied as a whole by `clear()`. */
export interface ClearableCache extends Cache {
  clear(): void;
}

/**
 * An in-memory LRU of whole responses that can be emptied at once. A response computed while the cache was cleared
 * (its miss was seen before the clear, its answer arrives after) is not stored: it may hold what the clear was for.
 */
export function createClearableCache(max: number): ClearableCache {
  let generation = 0;
  let inner = createInMemoryCache({ max });
  const missedIn = new Map<string, number>();
  return {
    get: (key) => {
      const hit = inner.get(key);
      // A miss remembers the generation it happened in, so a set() after a clear() can tell. Misses never followed by
      // a set (errors, mutations, subscriptions) are forgotten in bulk; a forgotten miss only skips one store.
      if (hit == null) {
        if (missedIn.size >= 10 * max) missedIn.clear();
        missedIn.set(key, generation);
      }
      return hit;
    },
    set: (key, data, entities, ttl) => {
      const seen = missedIn.get(key);
      missedIn.delete(key);
      if (seen !== generation) return;
      return inner.set(key, data, entities, ttl);
    },
    invalidate: (entities) => inner.invalidate(entities),
    clear: () => {
      generation++;
      missedIn.clear();
      inner = createInMemoryCache({ max });
    },
  };
}

/** Anonymous: no API key presented, so every such caller gets the same answer and may share a cached one. */
function anonymous(request: Request): boolean {
  return !request.headers.has('authorization');
}

/**
 * Whole-response cache for anonymous reads (`API_RESPONSE_CACHE_TTL_MS` > 0): a hit skips validation and execution.
 * Emptied whenever ingestion stores an article or clustering changes a story (the ArticleEvents and StoryEvents the
 * subscriptions use, so events from other processes count too when those carry them) and after every mutation;
 * entries also expire after the TTL. Cached responses carry an ETag, and a GET with `If-None-Match` naming a cached
 * response is answered 304 without a body.
 */
export function responseCachePlugins(services: ApiServices, cache: ClearableCache = createClearableCache(1000)): Plugin[] {
  const ttl = services.config.settings.API_RESPONSE_CACHE_TTL_MS;
  if (!ttl) return [];
  // The HTTP layer's stored bytes hold the same answers, so whatever empties this cache empties them too.
  const stored = services.storedResponses;
  const clearAll = { clear: () => (cache.clear(), stored?.clear()) };
  void clearOn(services.events.subscribe(), clearAll);
  if (services.storyEvents) void clearOn(services.storyEvents.subscribe(), clearAll);
  const clearAfterMutations: Plugin = {
    onExecute({ args }) {
      const definitions: readonly DefinitionNode[] = args.document.definitions;
      const mutates = definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
      if (!mutates) return;
      return { onExecuteDone: () => clearAll.clear() };
    },
  };
  return [
    useResponseCache({
      cache,
      ttl,
      session: () => null,
      enabled: (request) => anonymous(request),
      // Mutations clear everything (below); the per-entity pass would only repeat part of that.
      invalidateViaMutation: false,
    }),
    clearAfterMutations,
  ];
}

async function clearOn(events: AsyncIterable<unknown>, cache: { clear(): void }): Promise<void> {
  for await (const _ of events) cache.clear();
}

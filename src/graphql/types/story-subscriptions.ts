import { createGraphQLError } from 'graphql-yoga';
import { builder } from '../builder.ts';
import { invalidInput } from '../invalid-input.ts';
import { decodeNodeId } from '../node-id.ts';
import type { StoryUpdate } from '../story-events.ts';
import { storyUpdatedMatcher, type StoryUpdatedFilter } from '../story-updated-filter.ts';
import { StoryRef } from './refs.ts';
import { entityIdsFor, topicIdsFor } from './story-filter.ts';

const StoryUpdatedFilterInput = builder.inputType('StoryUpdatedFilter', {
  description: 'Which story updates a subscriber receives; all given criteria must match.',
  fields: (t) => ({
    stories: t.idList({
      required: false,
      description: 'Only these stories (Story ids); a story merged into another is followed into the survivor',
    }),
    topic: t.string({ required: false, description: "An article of the story is tagged with this topic: its slug or its global id" }),
    entity: t.id({ required: false, description: 'An article of the story mentions this entity: its global id or its key ("country:UA")' }),
    minSources: t.int({ required: false, description: 'Reported by at least this many distinct sources' }),
    query: t.string({
      required: false,
      description: 'Words and "quoted phrases" that must all appear in the title or summary; word* matches a prefix, -word excludes',
    }),
  }),
});

async function* matching(updates: AsyncIterable<StoryUpdate>, matches: (u: StoryUpdate) => boolean): AsyncGenerator<StoryUpdate> {
  for await (const update of updates) if (matches(update)) yield update;
}

builder.subscriptionField('storyUpdated', (t) =>
  t.field({
    type: StoryRef,
    description:
      'Each story that changes from now on (an article or reaction joins it, another story is merged into it) and matches ' +
      'the filter, as it is after the change. Served as server-sent events: POST or GET /graphql with Accept: text/event-stream.',
    args: { filter: t.arg({ type: StoryUpdatedFilterInput, required: false }) },
    subscribe: async (_root, { filter }, ctx) => {
      const { storyEvents, repos } = ctx.services;
      if (!storyEvents) throw createGraphQLError('storyUpdated is not available on this server', { extensions: { code: 'UNAVAILABLE' } });
      const criteria: StoryUpdatedFilter = {};
      if (filter?.stories) {
        // Ids merged before the subscription resolve now; later merges are followed as they are published.
        criteria.storyIds = await repos.stories.resolveIds(filter.stories.map((id) => decodeNodeId('Story', id, 'filter.stories')));
      }
      if (filter?.topic != null) criteria.topicIds = await topicIdsFor(repos, filter.topic);
      if (filter?.entity != null) criteria.entityIds = await entityIdsFor(repos, filter.entity, 'filter.entity');
      if (filter?.minSources != null) {
        if (filter.minSources < 1) throw invalidInput(`filter.minSources must be at least 1, got ${filter.minSources}`, { argument: 'filter.minSources' });
        criteria.minSources = filter.minSources;
      }
      if (filter?.query != null) criteria.query = filter.query;
      // The request's signal ends the listener when the client goes away, even while no story is changing.
      return matching(storyEvents.subscribe(ctx.request.signal), storyUpdatedMatcher(criteria));
    },
    resolve: (update) => update.story,
  }),
);

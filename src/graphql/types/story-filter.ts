import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Repositories } from '../../store/repositories/index.ts';
import type { StoryFilter } from '../../store/repositories/story-repository.ts';
import { parseSearchQuery } from '../../store/search-query.ts';
import { builder } from '../builder.ts';
import { invalidInput, withInputErrors } from '../invalid-input.ts';
import { decodeNodeId } from '../node-id.ts';

export const StoryOrderEnum = builder.enumType('StoryOrder', {
  description: 'How a list of stories is ordered (each then by id).',
  values: {
    HOT: {
      value: 'hot',
      description: 'Most distinct sources, each weighted by how recently it last reported the story (halving every 12 hours)',
    },
    LATEST: { value: 'latest', description: 'Most recently updated (newest article) first' },
    LARGEST: { value: 'largest', description: 'Most articles first' },
  } as const,
});

export const StoryFilterInput = builder.inputType('StoryFilter', {
  description: 'Narrows a list of stories; every field given must match.',
  fields: (t) => ({
    topic: t.string({
      description: 'An article of the story is tagged with this topic: its slug or its global id. An unknown slug matches nothing',
    }),
    entity: t.id({
      description: 'An article of the story mentions this entity: its global id or its key ("country:UA"). An unknown key matches nothing',
    }),
    since: t.field({ type: 'DateTime', description: "The story's newest article was published at or after this instant" }),
    minSources: t.int({ description: 'Reported by at least this many distinct sources' }),
    query: t.string({
      description: 'An article of the story (its title or text) matches this full-text query; same syntax as Query.search',
    }),
    languages: t.stringList({
      description: 'An article of the story is in any of these languages (the detected language, else the declared one; "en" also matches "en-GB")',
    }),
  }),
});

export interface StoryFilterArgs {
  topic?: string | null;
  entity?: string | number | null;
  since?: Date | null;
  minSources?: number | null;
  query?: string | null;
  languages?: readonly string[] | null;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A Topic global id (or raw id) -> the id; anything else is taken for a slug. */
function topicIdOf(value: string): string | null {
  if (ULID.test(value)) return value;
  try {
    const decoded = decodeGlobalID(value);
    return decoded.typename === 'Topic' && decoded.id ? decoded.id : null;
  } catch {
    return null;
  }
}

/** The topic argument (slug or id) -> topic ids to filter by: empty when no such topic, so nothing matches. */
export async function topicIdsFor(repos: Repositories, value: string): Promise<string[]> {
  const trimmed = value.trim();
  const id = topicIdOf(trimmed);
  if (id) return [id];
  const topic = await repos.topics.getBySlug(trimmed.toLowerCase());
  return topic ? [topic.id] : [];
}

/** The entity argument (global id, raw id or "kind:…" key) -> entity ids to filter by: empty when no such key. */
export async function entityIdsFor(repos: Repositories, value: string | number, argument: string): Promise<string[]> {
  const raw = String(value).trim();
  // Keys hold a colon; base64 global ids and ULIDs never do.
  if (raw.includes(':')) {
    const [entity] = await repos.entities.getByKeys([raw]);
    return entity ? [entity.id] : [];
  }
  return [decodeNodeId('Entity', raw, argument)];
}

/** The GraphQL filter -> the store's: topic and entity looked up, the query parsed, the instant as stored ISO text. */
export async function toStoryFilter(repos: Repositories, input: StoryFilterArgs | null | undefined): Promise<StoryFilter> {
  if (!input) return {};
  const out: StoryFilter = {};
  if (input.minSources != null) {
    if (!Number.isInteger(input.minSources) || input.minSources < 1) {
      throw invalidInput(`filter.minSources must be at least 1, got ${input.minSources}`, { argument: 'filter.minSources' });
    }
    out.minSources = input.minSources;
  }
  if (input.since != null) out.since = input.since.toISOString();
  if (input.query != null) out.search = await withInputErrors(() => parseSearchQuery(input.query!));
  if (input.topic != null) out.topicIds = await topicIdsFor(repos, input.topic);
  if (input.entity != null) out.entityIds = await entityIdsFor(repos, input.entity, 'filter.entity');
  if (input.languages != null) out.languages = input.languages;
  return out;
}

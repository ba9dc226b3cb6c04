import { encodeGlobalID } from '@pothos/plugin-relay';
import { AppError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import type { AnalystTopicInput, EnrichContext, TopicBackfillSummary } from '../../enrich/run-enrichment.ts';
import { analystTopicDefinition } from '../../enrich/topics/analyst-topic.ts';
import type { ApiServices } from '../context.ts';
import { adminMutation, ForbiddenError } from '../auth.ts';
import { builder } from '../builder.ts';
import { localId } from '../node-id.ts';
import { ErrorInterface, expected } from './errors.ts';
import { TopicRef } from './enrichment-refs.ts';

/**
 * Enrichment loads language models (hundreds of MB); an API process loads it only when a topic mutation re-applies a
 * topic, not at start.
 */
const enrichment = () => import('../../enrich/run-enrichment.ts');

/**
 * Admin mutations on analyst topics. Creating or changing one applies it to every stored article before answering
 * (run-enrichment's backfill); new articles get it as they are enriched. Built-in topics are data in the repository:
 * changing or deleting one is an InvalidInputError.
 */

/** A topic with this slug exists already (an analyst topic, or a built-in one); `topic` is that topic. */
export class DuplicateTopicError extends AppError {
  readonly topicId: string;
  constructor(message: string, topicId: string) {
    super('conflict', message, { details: { topicId } });
    this.name = 'DuplicateTopicError';
    this.topicId = topicId;
  }
}

builder.objectType(DuplicateTopicError, {
  name: 'DuplicateTopicError',
  description: 'A topic with this slug already exists (built-in or analyst).',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    topic: t.field({ type: TopicRef, description: 'The topic that has the slug', resolve: (e) => e.topicId }),
  }),
});

const TopicBackfillRef = builder.objectRef<TopicBackfillSummary>('TopicBackfill').implement({
  description: 'A topic as stored, after it was applied to every stored article.',
  fields: (t) => ({
    topic: t.field({ type: TopicRef, resolve: (s) => s.topic }),
    articlesTagged: t.exposeInt('tagged', { description: 'Stored articles that have the topic now' }),
    articlesExamined: t.exposeInt('processed', { description: 'Stored articles it was applied to' }),
  }),
});

const UpdateTopicInput = builder.inputType('UpdateTopicInput', {
  description: 'Only the fields given change; the slug stays.',
  fields: (t) => ({
    name: t.string(),
    description: t.string({ description: 'null clears it' }),
    keywords: t.stringList({ description: 'Replaces the keywords' }),
    entities: t.stringList({ description: 'Replaces the entities (keys like "org:NATO" or canonical names)' }),
    query: t.string({ description: 'Replaces the full-text query; null removes it' }),
  }),
});

const enrichContext = (s: ApiServices): EnrichContext => ({ db: s.db, repos: s.repos, logger: s.logger, ...(s.clock ? { clock: s.clock } : {}) });

/** The topic an `id` or `slug` argument names (exactly one of them). */
async function targetTopicId(services: ApiServices, args: { id?: string | number | null; slug?: string | null }): Promise<string> {
  if ((args.id == null) === (args.slug == null)) throw new InvalidInputError('give exactly one of id and slug');
  if (args.id != null) return localId('Topic', args.id);
  const topic = await services.repos.topics.getBySlug(args.slug!.trim().toLowerCase());
  if (!topic) throw new NotFoundError(`topic ${JSON.stringify(args.slug)}`);
  return topic.id;
}

builder.mutationFields((t) => ({
  createTopic: t.field({
    type: TopicBackfillRef,
    description:
      'Defines an analyst topic: an article has it when it mentions any keyword or entity (and matches the query, when given; ' +
      'a query alone is enough too). It is applied to every stored article before this answers, and to new articles from then on.',
    ...adminMutation,
    errors: { types: [ForbiddenError, InvalidInputError, DuplicateTopicError], directResult: true, union: { name: 'CreateTopicResult' } },
    args: {
      name: t.arg.string({ required: true }),
      slug: t.arg.string({ description: 'Default: made from the name ("Arctic shipping" -> "arctic-shipping")' }),
      description: t.arg.string(),
      keywords: t.arg.stringList({ description: 'Phrases; "negotiat*" matches by prefix; inflections match' }),
      entities: t.arg.stringList({ description: 'Entity keys ("org:NATO", see Entity.key) or canonical names ("NATO")' }),
      query: t.arg.string({ description: 'Full-text query (search syntax) the article must match' }),
    },
    resolve: expected(async (_root, args, ctx) => {
      const input: AnalystTopicInput = {
        name: args.name,
        ...(args.slug != null ? { slug: args.slug } : {}),
        ...(args.description != null ? { description: args.description } : {}),
        keywords: args.keywords ?? [],
        entities: args.entities ?? [],
        query: args.query ?? null,
      };
      // Validates the input (InvalidInputError) and settles the slug a clash would be about.
      const { slug } = analystTopicDefinition(input);
      try {
        return await (await enrichment()).createAnalystTopic(enrichContext(ctx.services), { ...input, slug });
      } catch (e) {
        if (e instanceof AppError && e.code === 'conflict') {
          const existing = await ctx.services.repos.topics.getBySlug(slug);
          if (existing) throw new DuplicateTopicError(`a topic with slug "${slug}" already exists`, existing.id);
        }
        throw e;
      }
    }),
  }),

  updateTopic: t.field({
    type: TopicBackfillRef,
    description: 'Changes an analyst topic (by id or slug) and re-applies it to every stored article. Built-in topics cannot be changed.',
    ...adminMutation,
    errors: { types: [ForbiddenError, NotFoundError, InvalidInputError], directResult: true, union: { name: 'UpdateTopicResult' } },
    args: {
      id: t.arg.id(),
      slug: t.arg.string(),
      input: t.arg({ type: UpdateTopicInput, required: true }),
    },
    resolve: expected(async (_root, args, ctx) => {
      const id = await targetTopicId(ctx.services, args);
      const input = args.input;
      const patch: Partial<Omit<AnalystTopicInput, 'slug'>> = {};
      if (input.name != null) patch.name = input.name;
      if (input.description !== undefined) patch.description = input.description ?? '';
      if (input.keywords != null) patch.keywords = input.keywords;
      if (input.entities != null) patch.entities = input.entities;
      if (input.query !== undefined) patch.query = input.query;
      if (!Object.keys(patch).length) throw new InvalidInputError('nothing to update: give name, description, keywords, entities or query');
      return (await enrichment()).updateAnalystTopic(enrichContext(ctx.services), id, patch);
    }),
  }),

  deleteTopic: t.field({
    type: 'ID',
    description: 'Deletes an analyst topic (by id or slug) and its tags on articles. Built-in topics cannot be deleted.',
    ...adminMutation,
    errors: {
      types: [ForbiddenError, NotFoundError, InvalidInputError],
      union: { name: 'DeleteTopicResult' },
      result: { name: 'DeleteTopicSuccess' },
      dataField: { name: 'deletedTopicId' },
    },
    args: { id: t.arg.id(), slug: t.arg.string() },
    resolve: expected(async (_root, args, ctx) => {
      const id = await targetTopicId(ctx.services, args);
      await ctx.services.repos.topics.delete(id);
      return encodeGlobalID('Topic', id);
    }),
  }),
}));

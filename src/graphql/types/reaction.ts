import { STANCES, type Stance } from '../../domain/enrichment.ts';
import type { ReactionFilter, StoredReaction } from '../../store/repositories/reaction-repository.ts';
import { builder } from '../builder.ts';
import { reactionCursor } from '../enrichment-cursors.ts';
import { decodeNodeId } from '../node-id.ts';
import { keysetWindow, toConnection } from '../pagination.ts';
import { EntityRef } from './enrichment-refs.ts';
import { ArticleRef } from './refs.ts';

const STANCE_DESCRIPTIONS: Record<Stance, string> = {
  supportive: 'Welcomed, backed, praised, offered help',
  cautious: 'Welcomed with reservations, urged care, called for conditions',
  skeptical: 'Doubted, questioned the sincerity or feasibility',
  opposed: 'Condemned, rejected, threatened countermeasures',
  neutral: 'Took note, without taking a side',
};

export const StanceEnum = builder.enumType('Stance', {
  description: 'How an actor reacted.',
  values: Object.fromEntries(STANCES.map((s) => [s.toUpperCase(), { value: s, description: STANCE_DESCRIPTIONS[s] }])) as Record<
    Uppercase<Stance>,
    { value: Stance; description: string }
  >,
});

export const ReactionRef = builder.objectRef<StoredReaction>('Reaction').implement({
  description:
    'An actor (a country or international organization, or someone speaking for one) reacting to the event an article reports.',
  fields: (t) => ({
    // The actor's row comes joined with the reaction: no extra statement.
    actor: t.field({ type: EntityRef, resolve: (r) => r.actor }),
    stance: t.field({ type: StanceEnum, resolve: (r) => r.stance }),
    evidence: t.exposeString('evidence', { description: 'The sentence that carries the reaction, as written' }),
    cue: t.exposeString('cue', { description: 'The words that signal it: "welcomed", "expressed skepticism", "called on"…' }),
    article: t.field({ type: ArticleRef, resolve: (r) => r.articleId }),
    publishedAt: t.field({ type: 'DateTime', description: "The article's publication time", resolve: (r) => r.publishedAt }),
  }),
});

const ReactionConnection = builder.connectionObject({ type: ReactionRef, name: 'ReactionConnection' });

const ReactionFilterInput = builder.inputType('ReactionFilter', {
  description: 'Narrows a list of reactions; every field given must match.',
  fields: (t) => ({
    actor: t.id({ description: 'Reactions of this entity (global id)' }),
    stance: t.field({ type: StanceEnum }),
    topic: t.string({ description: 'In articles tagged with the topic of this slug; an unknown slug matches nothing' }),
    since: t.field({ type: 'DateTime', description: 'In articles published at or after this instant' }),
    languages: t.stringList({ description: 'In articles in any of these languages (the detected language, else the declared one; "en" also matches "en-GB")' }),
  }),
});

builder.queryFields((t) => ({
  reactions: t.field({
    type: ReactionConnection,
    description: "Reactions, newest first by their article's publication time. Keyset-paginated: first/last default to 20, at most 100.",
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ReactionFilterInput }),
    },
    resolve: async (_root, args, ctx) => {
      const window = keysetWindow(args, reactionCursor);
      const f = args.filter;
      const filter: ReactionFilter = {};
      if (f?.actor != null) filter.actorIds = [decodeNodeId('Entity', f.actor, 'filter.actor')];
      if (f?.stance != null) filter.stances = [f.stance];
      if (f?.since != null) filter.since = f.since.toISOString();
      if (f?.languages != null) filter.languages = f.languages;
      if (f?.topic != null) {
        const topic = await ctx.services.repos.topics.getBySlug(f.topic.trim().toLowerCase());
        filter.topicIds = topic ? [topic.id] : [];
      }
      const page = await ctx.services.repos.reactions.list(filter, window);
      return toConnection(page, window, reactionCursor, (r) => ({ publishedAt: r.publishedAt, id: r.id }));
    },
  }),
}));

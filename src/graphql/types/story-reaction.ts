import type { StoryReaction } from '../../store/repositories/story-reaction-repository.ts';
import { stanceChanges, type StanceChange } from '../../stories/stance-changes.ts';
import { builder } from '../builder.ts';
import { EntityRef } from './enrichment-refs.ts';
import { StanceEnum } from './reaction.ts';
import { ArticleRef } from './refs.ts';

export const StanceChangeRef = builder.objectRef<StanceChange>('StanceChange').implement({
  description: "A point where an actor's stance in a story changed: the first reaction in that stance.",
  fields: (t) => ({
    stance: t.field({ type: StanceEnum, resolve: (c) => c.stance }),
    since: t.field({ type: 'DateTime', description: "The reporting article's publication time", resolve: (c) => c.reaction.publishedAt }),
    evidence: t.string({ description: 'The sentence that carries the reaction', resolve: (c) => c.reaction.evidence }),
    cue: t.string({ resolve: (c) => c.reaction.cue }),
    article: t.field({ type: ArticleRef, resolve: (c) => c.reaction.articleId }),
  }),
});

export const StoryReactionRef = builder.objectRef<StoryReaction>('StoryReaction').implement({
  description: "An actor's latest reaction to a story's event, across the story's articles (its international reactions).",
  fields: (t) => ({
    // The actor's row comes joined with the reaction: no extra statement.
    actor: t.field({ type: EntityRef, resolve: (r) => r.reaction.actor }),
    stance: t.field({ type: StanceEnum, description: 'The stance of the latest reaction', resolve: (r) => r.reaction.stance }),
    evidence: t.string({ description: 'The sentence that carries it, as written', resolve: (r) => r.reaction.evidence }),
    cue: t.string({ resolve: (r) => r.reaction.cue }),
    article: t.field({ type: ArticleRef, description: 'The article that reports it', resolve: (r) => r.reaction.articleId }),
    publishedAt: t.field({ type: 'DateTime', description: "That article's publication time", resolve: (r) => r.reaction.publishedAt }),
    reactionCount: t.int({ description: "The actor's reactions across the story's articles", resolve: (r) => r.reactions }),
    stanceHistory: t.loadableList({
      type: StanceChangeRef,
      description: "The actor's stance over time in this story, oldest first: its first reaction, then each change of stance.",
      load: async (keys: string[], ctx) =>
        (
          await ctx.services.repos.storyReactions.actorReactionsOf(
            keys.map((k) => {
              const [storyId, actorId] = k.split(' ') as [string, string];
              return { storyId, actorId };
            }),
          )
        ).map(stanceChanges),
      resolve: (r) => `${r.storyId} ${r.reaction.actor.id}`,
    }),
  }),
});

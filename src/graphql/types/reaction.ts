import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '../../domain/enrichment.ts';
import { invalidInput } from '../invalid-input.ts';
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

const ACTOR_KIND_DESCRIPTIONS: Record<ActorKind, string> = {
  country: 'A state: its government, or a leader, minister, ministry, embassy, spokesperson, state medium or capital speaking for it',
  igo: 'An international (intergovernmental) organization: the United Nations and its agencies, the European Union, NATO…',
  'non-state': 'A non-state organization: an NGO, company, industry body, political party or armed group',
};

export const ActorKindEnum = builder.enumType('ActorKind', {
  description: 'What kind of actor reacted.',
  values: Object.fromEntries(
    ACTOR_KINDS.map((k) => [k.replace('-', '_').toUpperCase(), { value: k, description: ACTOR_KIND_DESCRIPTIONS[k] }]),
  ) as Record<'COUNTRY' | 'IGO' | 'NON_STATE', { value: ActorKind; description: string }>,
});

export const ReactionRef = builder.objectRef<StoredReaction>('Reaction').implement({
  description:
    'An actor (a country or international organization, or someone speaking for one) reacting to the event an article reports.',
  fields: (t) => ({
    // The actor's row comes joined with the reaction: no extra statement.
    actor: t.field({ type: EntityRef, resolve: (r) => r.actor }),
    stance: t.field({ type: StanceEnum, resolve: (r) => r.stance }),
    actorKind: t.field({
      type: ActorKindEnum,
      nullable: true,
      description: 'Country, international organization or non-state organization; null for a reaction stored before kinds existed, until a reindex',
      resolve: (r) => r.actorKind,
    }),
    cameoCode: t.string({
      nullable: true,
      description: 'CAMEO event code of the reaction ("051" praise or endorse, "111" criticize or denounce, "012" pessimistic comment), as in GDELT; null where none applies',
      resolve: (r) => r.cameoCode,
    }),
    goldstein: t.float({
      nullable: true,
      description: "Goldstein conflict-cooperation score of the CAMEO code, from -10 (most conflictual) to +10 (most cooperative); null without a code",
      resolve: (r) => r.goldstein,
    }),
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
    actorKind: t.field({ type: ActorKindEnum, description: 'Reactions of actors of this kind' }),
    cameo: t.string({ description: 'CAMEO code or code prefix, digits only: "11" matches every disapproval (110–1125), "051" praise' }),
    minGoldstein: t.float({ description: 'Goldstein score at least this (-10..10)' }),
    maxGoldstein: t.float({ description: 'Goldstein score at most this (-10..10)' }),
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
      if (f?.actorKind != null) filter.actorKinds = [f.actorKind];
      if (f?.cameo != null) {
        const code = f.cameo.trim();
        if (!/^\d{1,4}$/.test(code)) throw invalidInput('filter.cameo must be 1 to 4 digits, a CAMEO code or prefix such as "11" or "051"', { argument: 'filter.cameo' });
        filter.cameoPrefixes = [code];
      }
      for (const [name, value] of [['minGoldstein', f?.minGoldstein], ['maxGoldstein', f?.maxGoldstein]] as const) {
        if (value == null) continue;
        if (!Number.isFinite(value) || value < -10 || value > 10) throw invalidInput(`filter.${name} must be between -10 and 10`, { argument: `filter.${name}` });
        filter[name] = value;
      }
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

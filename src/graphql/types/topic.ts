import type { StoredTopic, TopicArticle } from '../../store/repositories/topic-repository.ts';
import { builder } from '../builder.ts';
import { articleTimeCursor, listSize } from '../enrichment-cursors.ts';
import { keysetWindow, toConnection } from '../pagination.ts';
import { EntityCountRef } from './entity.ts';
import { TopicRef } from './enrichment-refs.ts';
import { ArticleRef } from './refs.ts';

/** What an analyst topic was defined with (createTopic / updateTopic). */
interface AnalystDefinition {
  keywords: string[];
  entities: string[];
  query: string | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function analystDefinition(topic: StoredTopic): AnalystDefinition | null {
  if (topic.builtIn) return null;
  const d = topic.definition;
  return { keywords: strings(d.keywords), entities: strings(d.entities), query: typeof d.query === 'string' ? d.query : null };
}

const AnalystTopicDefinitionRef = builder.objectRef<AnalystDefinition>('AnalystTopicDefinition').implement({
  description: 'What an analyst topic matches: any keyword or entity, within the articles the query matches (when given).',
  fields: (t) => ({
    keywords: t.exposeStringList('keywords'),
    entities: t.exposeStringList('entities', { description: 'Entity keys ("org:NATO") or canonical names' }),
    query: t.exposeString('query', { nullable: true, description: 'A full-text query the article must match' }),
  }),
});

interface TopicArticleEdgeShape {
  cursor: string;
  /** The article's id: the node loads through Article's DataLoader. */
  node: string;
  item: TopicArticle;
}

const TopicArticleEdge = builder.objectRef<TopicArticleEdgeShape>('TopicArticleEdge').implement({
  description: 'An article tagged with the topic, with its score.',
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: ArticleRef, resolve: (e) => e.node }),
    score: t.float({ description: 'How strongly the article is about the topic (see Article.topics for the evidence)', resolve: (e) => e.item.score }),
  }),
});

export const TopicArticleConnection = builder.connectionObject({ type: ArticleRef, name: 'TopicArticleConnection' }, TopicArticleEdge);

TopicRef.implement({
  description:
    'A theme articles are tagged with: one of the built-in taxonomy (international-reactions, diplomacy, sanctions…) or defined by an analyst.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    builtIn: t.exposeBoolean('builtIn', { description: 'Built-in topics come with newsgraph and cannot be changed or deleted through the API' }),
    definition: t.field({
      type: AnalystTopicDefinitionRef,
      nullable: true,
      description: "An analyst topic's definition; null for built-in topics (their rules are data in the repository)",
      resolve: analystDefinition,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (topic) => topic.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (topic) => topic.updatedAt }),
    articles: t.loadable({
      type: TopicArticleConnection,
      description: 'Articles tagged with the topic, newest first. Keyset-paginated: first/last default to 20, at most 100.',
      // byPath: every Topic at one place in the query shares the arguments, so one statement pages all of them.
      byPath: true,
      args: { ...t.arg.connectionArgs() },
      load: async (topicIds: string[], ctx, args) => {
        const window = keysetWindow(args, articleTimeCursor);
        const pages = await ctx.services.repos.topics.articlesOf(topicIds, window);
        return pages.map((page) => {
          const c = toConnection(page, window, articleTimeCursor, (a) => ({ publishedAt: a.publishedAt, articleId: a.articleId }));
          return { pageInfo: c.pageInfo, edges: c.edges.map((e) => ({ cursor: e.cursor, node: e.node.articleId, item: e.node })) };
        });
      },
      resolve: (topic) => topic.id,
    }),
    topEntities: t.loadableList({
      type: EntityCountRef,
      description: "The entities in most of the topic's articles, most first (then by name), with how many articles.",
      byPath: true,
      args: { first: t.arg.int({ description: '1 to 100; default 10' }) },
      load: async (topicIds: string[], ctx, args) => ctx.services.repos.topics.topEntities(topicIds, listSize(args.first, 10)),
      resolve: (topic) => topic.id,
    }),
  }),
});

builder.queryFields((t) => ({
  topics: t.field({
    type: [TopicRef],
    description: 'Every topic, by slug: the built-in taxonomy (once enrichment has run) and the analyst topics.',
    args: { builtIn: t.arg.boolean({ description: 'Only built-in topics (true) or only analyst topics (false)' }) },
    resolve: (_root, args, ctx) => ctx.services.repos.topics.list(args.builtIn == null ? {} : { builtIn: args.builtIn }),
  }),
  topic: t.field({
    type: TopicRef,
    nullable: true,
    description: 'One topic by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.repos.topics.getBySlug(args.slug.trim().toLowerCase()),
  }),
}));

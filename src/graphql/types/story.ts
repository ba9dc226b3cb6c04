import type { Article } from '../../domain/article.ts';
import type { Story } from '../../domain/story.ts';
import { storyKeyOf } from '../../store/repositories/story-repository.ts';
import { articleColumnsAt } from '../article-columns.ts';
import { builder } from '../builder.ts';
import { listSize } from '../enrichment-cursors.ts';
import { decodeNodeId } from '../node-id.ts';
import { keysetWindow, timeCursor, toConnection, type Connection } from '../pagination.ts';
import { storyCursors } from '../story-cursors.ts';
import { ArticleConnection } from './article-connection.ts';
import { RelatedStoryEdgeRef } from './related-story-edge.ts';
import { ArticleRef, SourceRef, StoryRef } from './refs.ts';
import { StoryEntityRef, StoryTimelinePointRef, StoryTopicRef, TimelineBucketEnum } from './story-aggregates.ts';
import { StoryFilterInput, StoryOrderEnum, toStoryFilter } from './story-filter.ts';
import { StoryReactionRef } from './story-reaction.ts';

const FirstReporterRef = builder.objectRef<Story>('FirstReporter').implement({
  description: 'Who reported a story first: its earliest published article and that article\'s source.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (s) => s.firstArticleId }),
    source: t.field({ type: SourceRef, resolve: (s) => s.firstSourceId }),
    publishedAt: t.field({ type: 'DateTime', resolve: (s) => s.firstSeenAt }),
  }),
});

export const StoryConnection = builder.connectionObject({ type: StoryRef, name: 'StoryConnection' });

StoryRef.implement({
  description:
    'A cluster of articles about one event across outlets. Its id stays as articles join; the id of a story merged into ' +
    'another resolves to the survivor.',
  fields: (t) => ({
    title: t.exposeString('title', { description: "The most central article's title" }),
    summary: t.exposeString('summary', { description: 'Lead sentences of the most central article' }),
    firstSeenAt: t.field({ type: 'DateTime', description: 'When the first article was published', resolve: (s) => s.firstSeenAt }),
    lastUpdatedAt: t.field({ type: 'DateTime', description: 'When the newest article was published', resolve: (s) => s.lastUpdatedAt }),
    articleCount: t.exposeInt('articleCount'),
    sourceCount: t.exposeInt('sourceCount', { description: 'Distinct sources reporting it' }),
    reactionCount: t.exposeInt('reactionCount', { description: "Reactions found in the story's articles" }),
    // Source ids; the sources of every story on the page load in one statement through Source's DataLoader.
    sources: t.field({ type: [SourceRef], description: 'The sources reporting it, in order of first report', resolve: (s) => s.sourceIds }),
    countries: t.exposeStringList('countries', { description: "ISO 3166-1 alpha-2 codes of the sources' countries, sorted" }),
    languages: t.exposeStringList('languages', { description: 'Languages of its articles, sorted' }),
    firstReporter: t.field({ type: FirstReporterRef, resolve: (s) => s }),
    centralArticle: t.field({ type: ArticleRef, description: 'The article most like the rest: the one the title and summary come from', resolve: (s) => s.centralArticleId }),
    timeline: t.loadableList({
      type: StoryTimelinePointRef,
      description: 'Articles per hour or per day of publication (UTC), oldest first; buckets without articles are left out.',
      // byPath: every Story at one place in the query shares the arguments, so one statement serves all of them.
      byPath: true,
      args: { bucket: t.arg({ type: TimelineBucketEnum, required: true, defaultValue: 'day' }) },
      load: async (storyIds: string[], ctx, args) => ctx.services.repos.storyMembers.timelineOf(storyIds, args.bucket),
      resolve: (s) => s.id,
    }),
    topics: t.loadableList({
      type: StoryTopicRef,
      description: "Topics of the story's articles, highest weight first (then by slug).",
      byPath: true,
      args: { first: t.arg.int({ description: '1 to 100; default 10' }) },
      load: async (storyIds: string[], ctx, args) => ctx.services.repos.storyTags.topicsOf(storyIds, listSize(args.first, 10)),
      resolve: (s) => s.id,
    }),
    entities: t.loadableList({
      type: StoryEntityRef,
      description: "Entities the story's articles mention, highest weight first (then most articles, then by name).",
      byPath: true,
      args: { first: t.arg.int({ description: '1 to 100; default 10' }) },
      load: async (storyIds: string[], ctx, args) => ctx.services.repos.storyTags.entitiesOf(storyIds, listSize(args.first, 10)),
      resolve: (s) => s.id,
    }),
    reactions: t.loadableList({
      type: StoryReactionRef,
      description: "The story's international reactions: each actor's latest reaction in its articles, newest first.",
      load: async (storyIds: string[], ctx) => ctx.services.repos.storyReactions.reactionsOf(storyIds),
      resolve: (s) => s.id,
    }),
    articles: t.loadable({
      type: ArticleConnection,
      description: "The story's articles, newest first. Keyset-paginated: first/last default to 20, at most 100.",
      byPath: true,
      args: { ...t.arg.connectionArgs() },
      load: async (storyIds: string[], ctx, args, info): Promise<Connection<Article>[]> => {
        const window = keysetWindow(args, timeCursor);
        // byPath gives this place's selection: only the columns its article fields read.
        const pages = await ctx.services.repos.storyMembers.articlesOf(storyIds, window, articleColumnsAt(info, ['edges', 'node']));
        return pages.map((page) => toConnection(page, window, timeCursor, (a) => ({ publishedAt: a.publishedAt, id: a.id })));
      },
      resolve: (s) => s.id,
    }),
    related: t.loadableList({
      type: RelatedStoryEdgeRef,
      description: 'Related stories (shared entities, terms, topics; close in time), best first.',
      byPath: true,
      args: {
        first: t.arg.int({ description: '1 to 100; default 10' }),
        minScore: t.arg.float({ description: 'Only edges scoring at least this; default 0' }),
      },
      load: async (storyIds: string[], ctx, args) =>
        ctx.services.repos.edges.relatedStoriesOf(storyIds, { limit: listSize(args.first, 10), minScore: args.minScore ?? 0 }),
      resolve: (s) => s.id,
    }),
  }),
});

builder.queryFields((t) => ({
  stories: t.field({
    type: StoryConnection,
    description: 'Stories matching the filter, HOT first unless ordered otherwise. Keyset-paginated: first/last default to 20, at most 100.',
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: StoryFilterInput }),
      orderBy: t.arg({ type: StoryOrderEnum, required: true, defaultValue: 'hot' }),
    },
    resolve: async (_root, args, ctx) => {
      const codec = storyCursors[args.orderBy];
      const window = keysetWindow(args, codec);
      const filter = await toStoryFilter(ctx.services.repos, args.filter);
      const page = await ctx.services.repos.stories.list(filter, args.orderBy, window);
      return toConnection(page, window, codec, (s) => storyKeyOf(s, args.orderBy));
    },
  }),
  story: t.field({
    type: StoryRef,
    nullable: true,
    description: 'One story by its global id; the id of a story merged into another gives the surviving story. Null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => ctx.services.repos.stories.getById(decodeNodeId('Story', args.id, 'id')),
  }),
}));

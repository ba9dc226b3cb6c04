import type { StoryTimelinePoint } from '../../store/repositories/story-member-repository.ts';
import type { StoryEntityWeight, StoryTopicWeight } from '../../store/repositories/story-tag-repository.ts';
import { builder } from '../builder.ts';
import { EntityRef, TopicRef } from './enrichment-refs.ts';

/*
 * What a story aggregates over its articles: its timeline, its topics and its entities with weights. The rows come
 * with the topic or entity joined in, so these types cost no statement of their own.
 */

export const TimelineBucketEnum = builder.enumType('TimelineBucket', {
  description: 'The width of a timeline bucket (UTC).',
  values: {
    HOUR: { value: 'hour' },
    DAY: { value: 'day' },
  } as const,
});

export const StoryTimelinePointRef = builder.objectRef<StoryTimelinePoint>('StoryTimelinePoint').implement({
  description: 'The articles of a story published within one hour or day.',
  fields: (t) => ({
    start: t.field({ type: 'DateTime', description: 'Start of the bucket (UTC)', resolve: (p) => p.start }),
    articleCount: t.int({ resolve: (p) => p.articles }),
    sourceCount: t.int({ description: 'Distinct sources among those articles', resolve: (p) => p.sources }),
  }),
});

export const StoryTopicRef = builder.objectRef<StoryTopicWeight>('StoryTopic').implement({
  description: "A topic of a story's articles.",
  fields: (t) => ({
    topic: t.field({ type: TopicRef, resolve: (w) => w.topic }),
    weight: t.exposeFloat('weight', {
      description: "The topic's score summed over the story's articles, divided by the story's article count (0..1)",
    }),
    articleCount: t.int({ description: 'Articles of the story tagged with it', resolve: (w) => w.articles }),
  }),
});

export const StoryEntityRef = builder.objectRef<StoryEntityWeight>('StoryEntity').implement({
  description: "An entity the story's articles mention.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (w) => w.entity }),
    weight: t.exposeFloat('weight', {
      description: "The entity's salience summed over the story's articles, divided by the story's article count (0..1)",
    }),
    articleCount: t.int({ description: 'Articles of the story mentioning it', resolve: (w) => w.articles }),
    mentions: t.exposeInt('mentions', { description: 'Mentions across those articles' }),
  }),
});

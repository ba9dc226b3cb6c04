import type { StoryEdge } from '../../domain/story.ts';
import { builder } from '../builder.ts';
import { EdgeReasonsRef } from './edge-reasons.ts';
import { StoryRef } from './refs.ts';

/** A story related to another (Story.related): the related story loads by id, batched with the request's others. */
export const RelatedStoryEdgeRef = builder.objectRef<StoryEdge>('RelatedStoryEdge').implement({
  description: 'A related story, with how strongly and why it is related.',
  fields: (t) => ({
    node: t.field({ type: StoryRef, resolve: (e) => e.relatedId }),
    score: t.exposeFloat('score', { description: 'Higher is more related; edges are listed best first' }),
    reasons: t.field({ type: EdgeReasonsRef, resolve: (e) => e.reasons }),
  }),
});

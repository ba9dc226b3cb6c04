import type { ArticleEdge } from '../../domain/story.ts';
import { builder } from '../builder.ts';
import { EdgeReasonsRef } from './edge-reasons.ts';
import { ArticleRef } from './refs.ts';

/** An article related to another (Article.related): the related article loads by id, batched with the request's others. */
export const RelatedArticleEdgeRef = builder.objectRef<ArticleEdge>('RelatedArticleEdge').implement({
  description: 'A related article, with how strongly and why it is related.',
  fields: (t) => ({
    node: t.field({ type: ArticleRef, resolve: (e) => e.relatedId }),
    score: t.exposeFloat('score', { description: 'Higher is more related; edges are listed best first' }),
    reasons: t.field({ type: EdgeReasonsRef, resolve: (e) => e.reasons }),
  }),
});

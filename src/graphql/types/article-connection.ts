import { builder } from '../builder.ts';
import { ArticleRef } from './refs.ts';

/** The one connection type for lists of articles (Query.articles, Source.articles). */
export const ArticleConnection = builder.connectionObject({ type: ArticleRef, name: 'ArticleConnection' });

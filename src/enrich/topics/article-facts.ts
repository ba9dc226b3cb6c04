/** What topic rules look at in one article, prepared once per article and shared by every topic. */
import type { ArticleEntity, ExtractedReaction } from '../../domain/enrichment.ts';
import { indexText, type IndexedText } from './phrase-match.ts';
import { queryText, type QueryText } from './query-match.ts';

export interface TopicInput {
  title: string;
  text: string;
  entities: ArticleEntity[];
  reactions: ExtractedReaction[];
}

export interface ArticleFacts {
  title: IndexedText;
  body: IndexedText;
  entities: ArticleEntity[];
  reactions: ExtractedReaction[];
  /** Built on first use: only query rules need the search tokenization. */
  queryText(): QueryText;
}

export function articleFacts(input: TopicInput): ArticleFacts {
  let forQuery: QueryText | null = null;
  return {
    title: indexText(input.title),
    body: indexText(input.text),
    entities: input.entities,
    reactions: input.reactions,
    queryText: () => (forQuery ??= queryText(`${input.title}\n${input.text}`)),
  };
}

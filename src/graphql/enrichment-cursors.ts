import type { ArticleTimeKey, NameKey } from '../store/repositories/entity-repository.ts';
import type { ReactionKey } from '../store/repositories/reaction-repository.ts';
import { invalidInput } from './invalid-input.ts';
import { isCursorText as isText, MAX_PAGE_SIZE, type CursorCodec } from './pagination.ts';

/** Cursor codecs and small argument checks of the enrichment lists (entities, an entity's or topic's articles, reactions). */


/**
 * An entity's or a topic's articles, newest first by the article's (published_at, id): the order and the tag of
 * Query.articles' NEWEST cursors, so a cursor means the same position in both.
 */
export const articleTimeCursor: CursorCodec<ArticleTimeKey> = {
  kind: 't',
  encode: (k) => [k.publishedAt, k.articleId],
  decode: ([publishedAt, articleId]) => (isText(publishedAt) && isText(articleId) ? { publishedAt, articleId } : null),
};

/** Entities by name, then id. Names of extracted entities can be long, so the bound is looser than for ids. */
export const entityNameCursor: CursorCodec<NameKey> = {
  kind: 'n',
  encode: (k) => [k.name, k.id],
  decode: ([name, id]) => (isText(name, 1000) && isText(id) ? { name, id } : null),
};

/** Reactions newest first by the article's publication time, then the reaction id. */
export const reactionCursor: CursorCodec<ReactionKey> = {
  kind: 'r',
  encode: (k) => [k.publishedAt, k.id],
  decode: ([publishedAt, id]) => (isText(publishedAt) && isText(id) ? { publishedAt, id } : null),
};

/** A `first` argument of a plain ranked list (coMentioned, topEntities): 1..100, `fallback` when not given. */
export function listSize(first: number | null | undefined, fallback: number, argument = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw invalidInput(`${argument} must be between 1 and ${MAX_PAGE_SIZE}, got ${n}`, { argument, max: MAX_PAGE_SIZE });
  }
  return n;
}

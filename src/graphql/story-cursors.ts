import type { StoryKey, StoryOrder } from '../store/repositories/story-repository.ts';
import { isCursorText, type CursorCodec } from './pagination.ts';

/**
 * Cursors of Query.stories, one kind per order: a HOT cursor holds the hot score, LATEST the last update, LARGEST
 * the article count (each then the id), so a cursor from a list in another order is recognized as foreign.
 */
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const storyCursors: Record<StoryOrder, CursorCodec<StoryKey>> = {
  hot: {
    kind: 'sh',
    encode: (k) => [k.value, k.id],
    decode: ([value, id]) => (isFiniteNumber(value) && isCursorText(id) ? { value, id } : null),
  },
  latest: {
    kind: 'sl',
    encode: (k) => [k.value, k.id],
    decode: ([value, id]) => (isCursorText(value) && isCursorText(id) ? { value, id } : null),
  },
  largest: {
    kind: 'sc',
    encode: (k) => [k.value, k.id],
    decode: ([value, id]) => (Number.isSafeInteger(value) && isCursorText(id) ? { value: value as number, id } : null),
  },
};

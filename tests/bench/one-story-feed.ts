import type { SyntheticArticle } from './synthetic-news.ts';

/**
 * Item `i` of one feed whose items are all near-identical reports of one event, a second apart: the shape of a feed
 * dump or of an attack, where every item joins one story that keeps growing.
 */
export function oneStoryItem(i: number): SyntheticArticle {
  return {
    seq: i,
    story: 0,
    source: i % 4,
    publishedAt: new Date(Date.UTC(2026, 10, 30) + i * 1000).toISOString(),
    title: `Report ${i}: ministers meet over trade and energy talks`,
    text:
      'Ministers from both countries met in the capital on Tuesday to discuss trade, energy supplies and the security of the border ' +
      `region. Officials said the talks had been constructive, although no agreement was signed (item ${i}).`,
    entities: [],
    topics: ['diplomacy'],
    reactions: [],
  };
}

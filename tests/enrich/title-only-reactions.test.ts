/**
 * A feed item with no body (title-only entries) still reports what its headline says; an item with a body reads
 * reactions from the body, as before. Headlines written for this test.
 */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';

const CASES: [string, string, string, string[]][] = [
  // [language hint, title, body, expected "actor stance" pairs]
  ['en', 'Chile welcomes ceasefire between Peru and Ecuador', '', ['country:CL supportive']],
  ['it', "L'Italia accoglie con favore il cessate il fuoco tra Perù ed Ecuador", '', ['country:IT supportive']],
  ['de', 'Deutschland verurteilt Angriff auf Hafen von Odessa', '  ', ['country:DE opposed']],
  // With a body, the headline is the lead, not a reaction of its own.
  ['en', 'Chile welcomes ceasefire between Peru and Ecuador', 'Peru and Ecuador agreed a ceasefire on Monday.', []],
];

describe('reactions of a title-only item', () => {
  const taxonomy = loadTaxonomy();
  it.each(CASES)('%s: %s / %j', (language, title, text, expected) => {
    const e = enrichArticle({ title, text, languageHint: language, publishedAt: '2026-05-04T10:00:00Z' }, taxonomy);
    expect(e.reactions.map((r) => `${r.actor.key} ${r.stance}`).sort()).toEqual(expected);
  });
});

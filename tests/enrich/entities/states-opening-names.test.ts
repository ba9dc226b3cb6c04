/**
 * A state's name or demonym, of one word or two, opening an organization's name of several words is part of that
 * name ("South African Council of Churches", "Kenya Human Rights Commission"); the state keeps its own mention, since
 * a state's body ("Japan Coast Guard") names the state. A possessive state owns the body and opens no name. A body
 * known by a bare word of its kind ("Congress", the US Congress) is that body only where the word stands alone, and it
 * names its state too. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const entities = (text: string) =>
  extractEntities({ title: 'Statement', text })
    .map((e) => `${e.entity.kind}:${e.entity.name}`)
    .sort();

describe('states opening organization names', () => {
  it.each([
    ['On Monday, the South African Council of Churches condemned the law.', ['country:South Africa', 'organization:South African Council of Churches']],
    ['On Monday, the Kenyan Council of Churches condemned the law.', ['country:Kenya', 'organization:Kenyan Council of Churches']],
    ['On Monday, the Kenya Human Rights Commission condemned the law.', ['country:Kenya', 'organization:Kenya Human Rights Commission']],
    ['On Monday, the Japan Coast Guard said the ship sank.', ['country:Japan', 'organization:Japan Coast Guard']],
    ["On Monday, Kenya's Human Rights Commission condemned the law.", ['country:Kenya', 'organization:Human Rights Commission']],
    ['On Monday, the Indian National Congress condemned the law.', ['country:India', 'organization:Indian National Congress']],
    ['On Monday, the Congress of South African Trade Unions condemned the law.', ['country:South Africa', 'organization:Congress of South African Trade Unions']],
    ["On Monday, Peru's Congress voted on the law.", ['country:Peru']],
    ['On Monday, Congress voted on the law.', ['country:United States', 'organization:US Congress']],
    ['On Monday, the US Congress voted on the law.', ['country:United States', 'organization:US Congress']],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    ['The South African Council of Churches condemned the law.', ['org:south-african-council-of-churches opposed']],
    ['The South African Civil Liberties Union condemned the law.', ['org:south-african-civil-liberties-union opposed']],
    ['The Kenyan Council of Churches condemned the law.', ['org:kenyan-council-of-churches opposed']],
    ['South African President Cyril Ramaphosa condemned the law.', ['country:ZA opposed']],
    ['The Indian National Congress condemned the law.', ['org:indian-national-congress opposed']],
    ['The Congress of South African Trade Unions condemned the law.', ['org:congress-of-south-african-trade-unions opposed']],
  ])('reactions: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});

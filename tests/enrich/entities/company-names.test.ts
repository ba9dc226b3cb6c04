/**
 * A country's or place's name (or adjective) opening a run of capitalized words that ends in a company noun names the
 * company, not the state: "Qatar Airways said …" is no reaction of Qatar. A state's own organs ("the Pakistan Army")
 * still speak for it. A kind in lower case right after a name ("the Naleraq party") makes it an organization. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const ENTITIES: [string, string[]][] = [
  ['Qatar Airways said the decree was illegal.', ['org:qatar-airways']],
  ['Ethiopian Airlines resumed its flights to Asmara on Monday.', ['country:ER', 'org:ethiopian-airlines', 'place:asmara']],
  ['Africa Global Logistics, the railway operator, called the decree illegal.', ['org:africa-global-logistics']],
  ['Chile Copper Mining Group said output would fall.', ['org:chile-copper-mining-group']],
  // a state's organ is no company; a country before a lower-case noun is the country
  ['The Pakistan Army said it was ready.', ['country:PK']],
  ['Qatar airways are busy, Qatar said.', ['country:QA']],
];

const REACTIONS: [string, string[]][] = [
  ['Qatar Airways condemned the decision.', ['org:qatar-airways opposed']],
  ['Africa Global Logistics called the decree "illegal".', ['org:africa-global-logistics opposed']],
  ['Qatar condemned the decision.', ['country:QA opposed']],
];

describe('company names opened by a place', () => {
  it.each(ENTITIES)('%s', (text, keys) => {
    expect(extractEntities({ title: '', text }).map((e) => e.entity.key).sort()).toEqual(keys);
  });
  it.each(REACTIONS)('%s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});

// A kind written in lower case right after a name makes it an organization's, keyed by the name alone.
const KINDS_AFTER: [string, string[]][] = [
  ['The opposition Naleraq party backed the licence.', ['org:naleraq']],
  ['The Adani group said it would appeal.', ['org:adani']],
  ['The Vantor movement called a strike.', ['org:vantor']],
  // a person's name before a lower-case noun that is no kind stays a person's
  ['Minister Ana Ruiz told reporters she would resign.', ['person:ana-ruiz']],
];

describe('organizations by a kind after their name', () => {
  it.each(KINDS_AFTER)('%s', (text, keys) => {
    expect(extractEntities({ title: '', text }).map((e) => e.entity.key).sort()).toEqual(keys);
  });
});

/**
 * English subjects and complements, in sentences written for this test: a civil body whose name closes with a
 * country ("the Chamber of Industries of Uruguay") speaks for itself; an organization placed in a city before its
 * predicate speaks ("… in Windhoek doubted"), as does a state's body placed in its own state ("The Foreign Office in
 * London condemned"); so does a name the gazetteer does not know before the title of a company's head or voice
 * ("Maersk chief executive Vincent Clerc"), unless it is a party's adjective, a common noun opening the sentence or a
 * surname; a country closing a brand's name ("BirdLife Malta") or a name an appositive calls an organization
 * ("Fisheries Norway, the industry federation,") is that organization's, and so is a word with a capital inside it ("KestrelSat"); a state's possessive before a described organization lets that
 * organization speak ("Botswana's governing Umbrella for Democratic Change"); "questioned that account" doubts; a
 * verb inside a free relative with its own subject ("in what the army described as …") is that subject's; a gerund
 * after an object's "for" ("blamed the government for sending …") is the reason, not the speaker's act; people for a
 * cause are an organization; a call repeated or renewed is an appeal; an appositive opened by "a" or "an" (", a Nairobi
 * think tank,") describes the subject, names no second speaker.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string[]][] = [
  ['The Chamber of Industries of Uruguay doubted that the safeguards would protect jobs.', ['org:chamber-of-industries-of-uruguay skeptical']],
  ['The Chamber of Commerce of Kenya welcomed the agreement.', ['org:chamber-of-commerce-of-kenya supportive']],
  ['The Government of Kenya welcomed the agreement.', ['country:KE supportive']],
  ['The Institute for Public Policy Research in Windhoek doubted that the line would carry that much freight.', ['org:institute-for-public-policy-research skeptical']],
  ['Human Rights Watch in Nairobi condemned the killings.', ['org:human-rights-watch opposed']],
  // An appositive opened by "a" or "an" describes the subject; the capital in it is no second speaker.
  ['The Kenyatta Policy Institute, a Nairobi think tank, doubted that the line would pay.', ['org:kenyatta-policy-institute skeptical']],
  ['Japan, an ally of Washington, welcomed the agreement.', ['country:JP supportive']],
  ['Japan, a close ally, and France welcomed the agreement.', ['country:FR supportive', 'country:JP supportive']],
  ['Officials in Nairobi condemned the killings.', ['country:KE opposed']],
  // A state's body placed in its own state speaks for it.
  ['The Foreign Office in London condemned the killings.', ['country:GB opposed']],
  ['The State Department in Washington praised the agreement.', ['country:US supportive']],
  ['The World Health Organization in Geneva welcomed the agreement.', ['org:un supportive']],
  // A name the gazetteer does not know before the title of a company's head or voice is that company; not a party's
  // adjective, a common noun opening the sentence, or a surname the article gives with a first name.
  ['On Monday, Maersk chief executive Vincent Clerc criticised the tariffs.', ['org:maersk opposed']],
  ['Shipping lines were split. Kestrel Lines spokesman Tom Hale welcomed the agreement.', ['org:kestrel-lines supportive']],
  ['On Monday, Republican spokesman Tom Hale criticised the tariffs.', []],
  ['Relief chief Tom Hale criticised the tariffs.', []],
  // A country closing a brand's name, or a name an appositive calls an organization, is that organization's.
  ['BirdLife Malta warned that the wetland would need decades to recover.', ['org:birdlife-malta cautious']],
  ['Fisheries Norway, the industry federation, criticised the quota.', ['org:fisheries-norway opposed']],
  ['Neighbouring Norway, a founding member of the alliance, criticised the quota.', ['country:NO opposed']],
  // A word with a capital inside it is a brand, unless the capital follows a surname's prefix.
  ['Later, KestrelSat, whose satellites orbit nearby, called the test reckless.', ['org:kestrelsat opposed']],
  ['Later, McKenna called the test reckless.', []],
  ['Senator Anna Varga spoke first. On Monday, Varga spokesman Tom Hale criticised the tariffs.', []],
  ["Botswana's governing Umbrella for Democratic Change backed the soldiers.", ['org:umbrella-for-democratic-change supportive']],
  ["Botswana's foreign minister backed the soldiers.", ['country:BW supportive']],
  ['The International Crisis Group questioned that account.', ['org:international-crisis-group skeptical']],
  ['Amnesty International questioned the account, noting that no soldier was hurt in what the army described as an exchange of fire.', ['org:amnesty-international skeptical']],
  ['Greenpeace condemned what the army described as a clearance operation.', ['org:greenpeace opposed']],
  ['Greenpeace blamed the government for sending coastguards out in old boats.', ['org:greenpeace opposed']],
  ['Greenpeace criticised Britain for sending aid to the rebels.', ['org:greenpeace opposed']],
  ['Greenpeace thanked Japan for sending rescue teams.', ['org:greenpeace supportive']],
  // People for a cause are an organization's name, unlike people of a place.
  ['Citizens for a Better Environment, a Zambian group, doubted the company would ever pay.', ['org:citizens-for-a-better-environment skeptical']],
  ['Residents of Lusaka doubted the company would pay.', []],
  // A call repeated or renewed is an appeal, as a call made is.
  ['The European Commission repeated its call for a "precautionary pause" until the effects were better understood.', ['org:eu cautious']],
  ['France renewed its call for sanctions against Iran.', ['country:FR opposed']],
];

describe('English subjects and complements', () => {
  it.each(CASES)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});

/**
 * The attributed-statement layer, in sentences written for this test (not taken from any corpus): reported speech
 * (quotation before or after the speech verb, indirect speech that judges something), framing verbs, the manner of
 * a reaction verb, "according to", negating verbs over a reaction, quotations that run over several sentences, and
 * subjects that refer back to an actor named before.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const read = (text: string, publishedAt: string | null = null) =>
  extractReactions({ title: '', text, publishedAt }).map((r) => `${r.actor.name}/${r.actorKind}:${r.stance}`);

describe('attributed statements', () => {
  it.each([
    ['"This is a disgraceful and shameful decision," the Swedish foreign ministry said.', ['Sweden/country:opposed']],
    ['"It is a wonderful day for peace and friendship," Norway\'s prime minister said.', ['Norway/country:supportive']],
    ['Chile\'s foreign minister said the ruling was "a terrible and dangerous mistake".', ['Chile/country:opposed']],
    ['Greenpeace told reporters the licence was "an awful, shameful betrayal".', ['Greenpeace/non-state:opposed']],
  ])('quoted words give the speaker a stance: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    '"If the border closes, it would be a terrible disaster for everyone," the Chilean foreign ministry said.',
    '"Depending on the weather, the wonderful convoy may arrive on Friday," Peru\'s government said.',
    'Greece\'s prime minister said the deal "could be a great and happy success".',
  ])('quoted words that weigh a possibility are no reaction: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['Portugal\'s government said the agreement was a great success.', ['Portugal/country:supportive']],
    ['Ireland said the new rules were illegal and dangerous.', ['Ireland/country:opposed']],
    ['The Kenyan foreign ministry said the talks went well.', ['Kenya/country:supportive']],
  ])('indirect speech that judges something: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Peru\'s government said it would open three new border crossings next month.',
    'Chile said more than 2,000 homes had been damaged in the storm.',
    'Austria\'s foreign ministry said the delegation would arrive on Tuesday and stay for two days.',
    'Finland\'s president said his country was ready for serious and fruitful talks.',
  ])('indirect speech that reports a move or a fact is no reaction: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['Cairo called the plan reckless and dangerous.', ['Egypt/country:opposed']],
    // A word of alarm is concern, which the labelling guide reads as cautious.
    ['Ottawa described the decision as deeply troubling.', ['Canada/country:cautious']],
    ['Amnesty International branded the verdict a shameful betrayal.', ['Amnesty International/non-state:opposed']],
    ['Lisbon called the accord a positive and welcome step.', ['Portugal/country:supportive']],
  ])('framing verbs take the stance of the words chosen: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // (calling a meeting off halts talks, CAMEO 164, a reaction by its own code: see english-reaction-constructions)
    'Finland called in the disastrous and shameful experts.',
    'Sweden called up its worst and most hated reservists.',
  ])('a framing verb with a particle is another verb: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['The United States reacted more cautiously.', ['United States/country:cautious']],
    ['Moscow responded angrily to the new sanctions.', ['Russia/country:opposed']],
    ['Brazil reacted warmly to the proposal.', ['Brazil/country:supportive']],
    ['Denmark responded coolly to the offer.', ['Denmark/country:skeptical']],
  ])('the manner of a reaction verb: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['According to the Kremlin, the sanctions are an unfriendly and hostile act.', ['Russia/country:opposed']],
    ['The agreement was a great and welcome success, according to the Indian government.', ['India/country:supportive']],
    ['The talks will resume in June, according to Japan.', []],
  ])('according to X: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Turkey declined to criticize the strike.',
    'Greece refused to condemn the raid.',
    'Poland stopped short of opposing the act.',
    'Austria has yet to endorse the agreement.',
    // The verb dictionary reads the whole phrase as one pattern (127, reject a plan): still no reaction.
    'France declined to criticize the decision.',
    'Belgium refused to condemn the decision.',
  ])('a negating verb over a reaction cancels it: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['The United Nations urged both sides to exercise restraint.', ['United Nations/igo:cautious']],
    ['Germany called on Israel and Hamas to show maximum restraint.', ['Germany/country:cautious']],
    ['Chile urged the two governments to act with caution.', ['Chile/country:cautious']],
    ['Britain urged the parties to resume talks.', ['United Kingdom/country:supportive']],
  ])('an appeal whose complement asks for restraint is cautious: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a refusal to act is still a rejection', () => {
    expect(read('Hungary refused to approve the package.')).toEqual(['Hungary/country:opposed']);
  });

  it.each([
    [
      'Portugal\'s prime minister said on Monday that the talks had ended. "We are delighted. It is a wonderful and historic day for the region."',
      ['Portugal/country:supportive'],
    ],
    [
      'Chile\'s foreign minister said the vote was unfortunate. "This is a shameful, disgraceful betrayal of our people."',
      ['Chile/country:opposed'],
    ],
    [
      '"We are watching closely," the Kenyan foreign ministry said. "Such attacks are cruel, brutal and evil."',
      ['Kenya/country:opposed'],
    ],
  ])('a quotation that runs on belongs to the speaker before it: %s', (text, expected) => {
    expect([...new Set(read(text))]).toEqual(expected);
  });

  it.each([
    ['The World Health Organization met on Monday. The agency said it was "appalled" by the attack.', ['United Nations/igo:opposed']],
    ['Amnesty International published a report on Monday. The group called the crackdown brutal and shameful.', ['Amnesty International/non-state:opposed']],
    ['Japanese Prime Minister Shinzo Abe spoke on Monday. He said the summit was a wonderful success.', ['Japan/country:supportive']],
    ['Greenpeace issued a report on the spill. It condemned the company.', ['Greenpeace/non-state:opposed']],
    // A state body any state has: the last state named, not the state the article is about.
    ['Egypt\'s foreign ministry issued a statement on Tuesday. The ministry said it was "appalled" by the plan.', ['Egypt/country:opposed']],
    ['Reporters asked Norway about the vote. The government said the result was a welcome step.', ['Norway/country:supportive']],
  ])('a subject that refers back takes the last actor of its kind: %s', (text, expected) => {
    expect(read(text, '2018-04-20')).toEqual(expected);
  });

  it.each([
    'The European Commission met on Monday. The Commission needs the backing of all member states.',
    'Chile published the figures. It was a welcome step for the region.',
    'Norway hosted the meeting. The ministry in Oslo published new figures.',
  ])('no reference back from a name, an expletive "it" or a subject without its own verb: %s', (text) => {
    expect(read(text).filter((r) => !r.startsWith('European Union'))).toEqual([]);
  });

  it.each([
    ['Chile hosted the summit. Chile and Peru signed a trade pact. The president called the Argentine tariffs a shameful disgrace.', ['Chile/country:opposed']],
    ['Kenya opened the talks. Kenya and Uganda met in Nairobi. The prime minister said the Somali offer was a great success.', ['Kenya/country:supportive']],
    ['Norway joined the pact. Norway and Sweden held talks. The foreign minister reacted angrily to the Danish plan.', ['Norway/country:opposed']],
  ])('"the president" with no state named speaks for the state the article is about: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['The president, sitting next to Chilean President Ana Reyes, praised the Peruvian accord.', []],
    ['The spokesman, speaking in Lima, condemned the attack.', []],
    ['The next day, Germany condemned the attack.', ['Germany/country:opposed']],
  ])('an opener with a speaker noun is the subject, not a fronted phrase: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

/**
 * The common ways English reports give a reaction, written for this test (not from any corpus), with one state (Brazil)
 * reacting to another's move, as the five-language table (common-reaction-constructions.test.ts) has them: verbs of
 * welcome and condemnation, ministries and titled ministers, calls, concern and reservations, mediation, money,
 * "according to", accusations, naming verbs, doubt, quotations before their speaker, recalled envoys, relief, a
 * reaction that "came from" a state, passives, relative clauses, round-ups, the UN, the EU, an NGO, and what is no
 * reaction: no comment, conditions, negations, "stopped short of" and "has yet to".
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string[]][] = [
  ['Brazil welcomed the decision.', ['country:BR supportive']],
  ["Brazil's foreign ministry strongly condemned the attack.", ['country:BR opposed']],
  ['Brazilian Foreign Minister Mauro Vieira criticized the move.', ['country:BR opposed']],
  ['In a statement, Brazil urged both sides to exercise restraint.', ['country:BR cautious']],
  ['Brazil expressed concern about the situation.', ['country:BR cautious']],
  ['Brazil declined to comment.', []],
  // Asking for something, or asking someone to act, is a call; asking for help is the asker's own need, and a
  // request on a condition is no one's reaction.
  ['Brazil asked for guarantees for its fishermen.', ['country:BR cautious']],
  ['Brazil asked Lima to release the crew and to open an inquiry.', ['country:BR cautious']],
  ['Brazil, hit by the floods, asked for international help.', []],
  ['Chile said it was ready to host talks if Brazil and Peru asked for them.', []],
  ['If Brazil and Peru asked for talks, Chile said, it would host them.', []],
  ['Brazil welcomed the truce and asked for talks on the border.', ['country:BR supportive']],
  ['Brazil offered rescue teams and asked for an inquiry.', ['country:BR cautious', 'country:BR supportive']],
  ['Brazil offered to mediate between the two sides.', ['country:BR cautious']],
  ['Brazil pledged $5 million in emergency aid.', ['country:BR supportive']],
  ['According to Brazil, the decision is illegal.', ['country:BR opposed']],
  ['Brazil and Chile condemned the attack.', ['country:BR opposed', 'country:CL opposed']],
  ['Brazil accused Peru of violating the ceasefire.', ['country:BR opposed']],
  ['Brazil called the decision a provocation.', ['country:BR opposed']],
  ['Brazil doubted that Peru would honor the agreement.', ['country:BR skeptical']],
  ["\"This is a step in the right direction,\" said Brazil's foreign minister.", ['country:BR supportive']],
  ['Brazil recalled its ambassador from Lima.', ['country:BR opposed']],
  ['Brazil summoned Peru\'s ambassador over the remarks.', ['country:BR opposed']],
  // A demand to undo the move, or a pledge to fight it, opposes it; fighting for something else does not.
  ['Brazil said the verdict should be quashed.', ['country:BR opposed']],
  ['Brazil said it would fight the decision at the WTO.', ['country:BR opposed']],
  ['Brazil said it would fight to keep its fishing quotas.', []],
  ['The verdict should be quashed, the court heard.', []],
  // Regret beside an appeal asks for something; calling the move regrettable judges it.
  ['Brazil regretted the expulsion and urged Lima to reconsider.', ['country:BR cautious']],
  ['Brazil called the expulsion "regrettable" and urged Lima to reconsider.', ['country:BR opposed']],
  ['Brazil recalled its high commissioner from Lima for consultations.', ['country:BR opposed']],
  ['Brazil, too, expressed relief.', ['country:BR supportive']],
  ['Criticism also came from Brazil.', ['country:BR opposed']],
  ['The agreement was welcomed by Brazil.', ['country:BR supportive']],
  ['The government in Brasilia, which has close ties to Lima, reacted cautiously.', ['country:BR cautious']],
  ['Several countries reacted: Brazil and Chile welcomed the deal, while Argentina voiced reservations.', ['country:BR supportive', 'country:CL supportive', 'country:AR cautious']],
  ['Colombia joined the criticism.', ['country:CO opposed']],
  ['The United Nations called for restraint.', ['org:un cautious']],
  ['UN Secretary-General Antonio Guterres said he was deeply concerned.', ['org:un cautious']],
  ['The European Commission announced 10 million euros in emergency aid.', ['org:eu supportive']],
  ['Amnesty International condemned the arrests.', ['org:amnesty-international opposed']],
  ['Brazil has not yet reacted to the decision.', []],
  ['Brazil could consider sanctions if Peru closes the border.', []],
  ['Brazil did not condemn the attack.', []],
  ['Brazil welcomed the release but urged Peru to free the remaining prisoners.', ['country:BR cautious']],
  ['President Lula described the Peruvian intervention as disproportionate.', ['country:BR opposed']],
  ['The African Union and the Arab League welcomed the agreement.', ['org:au supportive', 'org:arab-league supportive']],
  ["Brazil's government called the arrest arbitrary and summoned Peru's ambassador.", ['country:BR opposed']],
  ["Brazil said Peru's decision was a mistake.", ['country:BR opposed']],
  ['Brasilia said it was "deeply troubled" by the shooting.', ['country:BR cautious']],
  ['Brazil stopped short of condemning the attack.', []],
  ['Brazil has yet to comment on the ruling.', []],
  ['Brazil, which has long backed Peru, criticized the move.', ['country:BR opposed']],
  ['Abroad, the reaction was swift: Brazil condemned the attack.', ['country:BR opposed']],
  ['Brazil reacted more cautiously.', ['country:BR cautious']],
  ['Brazil, for its part, praised the agreement as "historic".', ['country:BR supportive']],
  ["A spokesperson for Brazil's foreign ministry said the country \"rejects\" the decision.", ['country:BR opposed']],
  ['"We strongly condemn this attack," the Brazilian foreign ministry said in a statement.', ['country:BR opposed']],
  ['Sharp criticism also came from Brasilia.', ['country:BR opposed']],
  ['Praise poured in from Kenya and Ghana.', ['country:KE supportive', 'country:GH supportive']],
  ['The attack came from Lebanon.', []],
  ['No criticism came from Brazil.', []],
  ['Argentina voiced reservations.', ['country:AR cautious']],
];

describe('common reaction constructions in English', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
});

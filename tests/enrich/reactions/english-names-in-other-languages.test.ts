/**
 * Sentences written for this test (not from any corpus): organizations that keep their English name in another
 * language's text.
 * - a run of capitalised English words ending in "Society" (or "Trust", "Forum" …) is an organization's name ("die
 *   Malawi Law Society"), as one ending in a role noun already was: the country inside it describes it; so is a run
 *   ending in the field of work its group does ("la Bermuda Conservation");
 * - in German, which capitalises every noun, the English words after a kind's name run on with it ("die Organisation
 *   EcoPeace Middle East", "EG Justice"); German words end it ("der Verband Deutscher Reeder" stays unread).
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Die Malawi Law Society bezweifelte, dass die Behörden die Akten geprüft hätten.', ['org:malawi-law-society skeptical']],
  ['it', 'Il Wildlife Conservation Trust ha criticato la decisione.', ['org:wildlife-conservation-trust opposed']],
  ['es', 'La Law Society of Kenya criticó la decisión.', ['org:law-society-of-kenya opposed']],
  ['de', 'Kenia kritisierte die Entscheidung.', ['country:KE opposed']],
  ['de', 'Die Organisation EcoPeace Middle East kritisierte den Plan.', ['org:ecopeace-middle-east opposed']],
  ['de', 'Die Menschenrechtsorganisation EG Justice kritisierte den Plan.', ['org:eg-justice opposed']],
  ['de', 'Die Umweltgruppe EcoPeace kritisierte den Plan.', ['org:ecopeace opposed']],
  ['de', 'Der Verband Deutscher Reeder kritisierte den Plan.', []],
  ['fr', "L'association Bermuda Conservation a critiqué le projet.", ['org:bermuda-conservation opposed']],
  ['it', "L'associazione locale Greenland Conservation ha criticato il progetto.", ['org:greenland-conservation opposed']],
  // A capital that is also a first name is not matched in other languages' text ("Stanley", the Falklands' capital).
  ['de', 'Stanley Kubrick kritisierte den Film.', []],
];

describe('English names in other languages', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});

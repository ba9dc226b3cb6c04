/**
 * What a welcome or praise names is what is praised: a word of refusal or blame right after the verb ("a salué le
 * refus", "ha lodato un Paese che rifiuta …") is its object, not the speaker's stance. A comma, a contrast or a join
 * ends the object, and a praise inside a relative clause describes the subject. In a naming verb's quoted phrase, a
 * word of praise only after the phrase's preposition qualifies what the phrase names ("„Zement im letzten
 * unberührten Tal“") and yields to any other cue of the sentence. In English a relative clause runs on through a verb of
 * helping or aiming ("any step that helps prevent …"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

// English: a relative clause runs on through a verb of helping or aiming to the cue it holds.
const ENGLISH: [string, string[]][] = [
  ['Japan welcomed any measure that helps prevent a famine.', ['country:JP supportive']],
  ['Japan welcomed a plan that seeks to curb emissions.', ['country:JP supportive']],
  ['Japan welcomed a plan that would help end the blockade.', ['country:JP supportive']],
];

const PRAISED: [string, string, string[]][] = [
  ['fr', 'Le Japon a salué le refus du gouvernement.', ['country:JP supportive']],
  ['fr', 'Le Japon a applaudi le rejet du projet de loi.', ['country:JP supportive']],
  ['it', 'Il Giappone ha lodato un governo che rifiuta la guerra.', ['country:JP supportive']],
  ['es', 'Japón aplaudió el rechazo del proyecto.', ['country:JP supportive']],
  // A contrast ends what is praised: a welcome then a criticism is a mixed verdict.
  ['fr', 'Le Japon a salué le dialogue mais a dénoncé les arrestations.', ['country:JP cautious']],
  ['it', 'Il Giappone ha lodato il dialogo, ma ha condannato gli arresti.', ['country:JP cautious']],
  // A praise in a relative clause describes the subject.
  ['es', 'Médicos Sin Fronteras, que apoya el hospital, condenó el ataque.', ['org:msf opposed']],
];

const QUALIFIED: [string, string, string[]][] = [
  ['de', 'Der WWF sprach von „Zement im letzten unberührten Tal“ und forderte einen Stopp der Bauarbeiten.', ['org:wwf opposed']],
  ['ru', 'WWF назвал плотину «бетоном в последней нетронутой долине» и потребовал прекратить работы.', ['org:wwf cautious']],
  // Before the preposition the word is the verdict itself.
  ['de', 'Der WWF sprach von einem „mutigen Schritt für das Tal“.', ['org:wwf supportive']],
];

describe('praised objects', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
  it.each(PRAISED)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
  it.each(QUALIFIED)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});

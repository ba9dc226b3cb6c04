/**
 * A relative clause set off by commas after a subject describes that subject ("Portugal, que no reconoce a Kosovo,
 * pidió calma"): its own verb is background, and the verb after it is the subject's reaction. Names inside it are no
 * subject ("La Suisse, qui préside l'OSCE, a salué …" is Switzerland's welcome), even when the comma follows a name.
 * Aid the relative clause gives is still given. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'Portugal, que no reconoce a Kosovo, pidió calma a ambas partes.', ['country:PT cautious']],
  ['es', 'Grecia, que rechaza el estatuto, se limitó a tomar nota del anuncio.', ['country:GR neutral']],
  ['it', 'La Romania, che non riconosce il Kosovo, ha chiesto calma.', ['country:RO cautious']],
  ['ru', 'Словакия, которая не признаёт Косово, призвала стороны к спокойствию.', ['country:SK cautious']],
  ['fr', "L'Autriche, qui préside l'OSCE, a salué la décision.", ['country:AT supportive']],
  ['fr', "Chypre, qui ne reconnaît pas le Kosovo, a appelé les deux parties au calme.", ['country:CY cautious']],
  ['it', "L'Austria, che presiede l'Osce, ha accolto con favore la decisione.", ['country:AT supportive']],
  // The relative clause's aid is given, whatever follows.
  ['it', "L'Unione europea, che ha inviato tende e generatori, coordina i soccorsi.", ['org:eu supportive']],
  // No cue after it: the relative clause is all there is, and a name after the comma goes on a list.
  ['fr', "Le Canada, qui a condamné l'attaque, et le Japon, qui l'a déplorée.", ['country:CA opposed', 'country:JP opposed']],
];

describe('a relative clause set off after its subject', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});

/**
 * Sentences written for this test (not from any corpus): saying one respects a decision or a procedure is support
 * (CAMEO 051, as English "respects" is), in German, French, Spanish and Russian; a cue governed by a verb of obligation
 * ("müsse … respektieren", "doit reconnaître", "должна прекратить") is what the speaker demands of its subject, not the
 * subject's own response; an appeal to respect something stays an appeal. What a doubt doubts ("doute que le Pérou
 * respecte l'accord", "dudó de que …") is its content, up to a contrast, a comma and a conjunction, or a
 * conjunction and a name with its own verb.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Die Türkei erklärte, sie respektiere die Entscheidung der Wähler in Moldau.', ['country:TR supportive']],
  ['fr', "Ankara affirme respecter le choix des électeurs moldaves.", ['country:TR supportive']],
  ['es', 'Turquía dijo que respeta la decisión de los votantes moldavos.', ['country:TR supportive']],
  ['ru', 'Турция заявила, что уважает выбор молдавских избирателей.', ['country:TR supportive']],
  ['de', 'Deutschland forderte die Türkei auf, die Entscheidung der Wähler zu respektieren.', ['country:DE cautious']],
  ['de', 'Die Türkei müsse die Entscheidung der Wähler respektieren, sagte Baerbock.', []],
  ['fr', 'La Turquie doit soutenir la transition, a dit un diplomate.', []],
  ['ru', 'Турция должна поддержать переходный процесс, сказал дипломат.', []],
  ['fr', 'La Turquie a soutenu la transition.', ['country:TR supportive']],
  ['fr', "L'Argentine doute que le Chili condamne l'attaque.", ['country:AR skeptical']],
  ['de', 'Argentinien bezweifelt, dass Chile das Abkommen respektiert.', ['country:AR skeptical']],
  // the "that" after the doubting verb's preposition
  ['es', 'Argentina dudó de que Chile esté dispuesto a respetar el acuerdo.', ['country:AR skeptical']],
  ['ru', 'Аргентина усомнилась в том, что Чили готова соблюдать соглашение.', ['country:AR skeptical']],
  // questioning that something holds doubts it
  ['es', 'Argentina cuestionó que Chile vaya a respetar el acuerdo.', ['country:AR skeptical']],
  ['es', 'Argentina duda que Chile respete el acuerdo, y Bolivia lo condenó.', ['country:AR skeptical', 'country:BO opposed']],
  // … or to a conjunction and a name whose own verb follows it; names the doubt joins stay its content.
  ['es', 'Argentina cuestionó que la fecha fuera casual y Bolivia condenó la medida.', ['country:AR skeptical', 'country:BO opposed']],
  ['fr', "L'Argentine doute que la date soit un hasard et la Bolivie a condamné la mesure.", ['country:AR skeptical', 'country:BO opposed']],
  ['es', 'Argentina dudó de que Chile y Bolivia respeten el acuerdo.', ['country:AR skeptical']],
];

describe('respect, obligation and doubt', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});

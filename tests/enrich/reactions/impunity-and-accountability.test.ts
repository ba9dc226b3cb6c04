/**
 * A demand that those responsible answer for the act ("exigé que les responsables rendent des comptes", "pidió que
 * los culpables rindan cuentas", "потребовал привлечь виновных к ответственности") or a refusal to let it go unpunished
 * ("said the attack must not go unpunished", "ne restera pas impuni", "не останется безнаказанным") opposes the act,
 * as a demand for punishment does. Heeding something ("tenir compte", "tener en cuenta") is no punishment. Sentences
 * written for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { reactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'Norway said the shelling of the hospital must not go unpunished.', ['country:NO opposed']],
  ['en', 'Norway said it could not let the massacre go unpunished.', ['country:NO opposed']],
  ['en', 'Norway said such crimes cannot remain unpunished.', ['country:NO opposed']],
  ['fr', "La Norvège a exigé que les auteurs de l'attaque rendent des comptes.", ['country:NO opposed']],
  ['fr', 'La Norvège a demandé que la réforme tienne compte des minorités.', ['country:NO cautious']],
  ['fr', 'Oslo a averti que ce massacre ne resterait pas impuni.', ['country:NO opposed']],
  ['es', 'Noruega exigió que los culpables rindan cuentas.', ['country:NO opposed']],
  ['es', 'Oslo advirtió que el ataque no quedará impune.', ['country:NO opposed']],
  ['it', "Oslo ha avvertito che l'attacco non resterà impunito.", ['country:NO opposed']],
  ['de', 'Oslo erklärte: „Dieser Anschlag wird nicht ungestraft bleiben.“', ['country:NO opposed']],
  ['ru', 'Норвегия потребовала привлечь виновных к ответственности.', ['country:NO opposed']],
  ['ru', 'В Осло заявили, что это преступление не останется безнаказанным.', ['country:NO opposed']],
];

describe('demands that the act not go unpunished', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(reactionPairs(language, text)).toEqual(expected);
  });
});

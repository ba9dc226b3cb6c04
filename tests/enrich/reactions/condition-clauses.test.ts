/**
 * A clause that is itself the condition of an offer, opened by "on condition that" ("a condizione che", "à condition
 * que", "a condición de que", "vorausgesetzt", "при условии"), asks something of others: no reaction of its speaker,
 * in sentences written for this test. Readiness to host or facilitate talks with no condition stays an offer of mediation.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['it', 'La Malaysia si è detta pronta a ospitare colloqui, a condizione che entrambi i governi lo chiedano.', []],
  ['fr', 'La Suisse est prête à accueillir des pourparlers, à condition que les deux gouvernements le demandent.', []],
  ['es', 'Noruega ofreció enviar observadores, a condición de que ambos gobiernos lo pidan.', []],
  ['ru', 'Казахстан готов принять переговоры при условии, что об этом попросят обе стороны.', []],
  // the offer's own clause with no condition stays an offer
  ['it', 'La Malaysia si è detta pronta a ospitare colloqui.', ['country:MY cautious']],
  ['it', 'La Norvegia si è detta pronta a facilitare il dialogo tra le parti.', ['country:NO cautious']],
  ['es', 'Noruega se mostró dispuesta a facilitar el diálogo entre las partes.', ['country:NO cautious']],
];

describe('condition clauses', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});

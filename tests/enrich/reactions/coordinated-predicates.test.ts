/**
 * A second predicate joined by "and" with its auxiliary ("… e ha invitato …", "… y ha pedido …") shares the subject of
 * the first, even where the first holds no reaction; a name later in its complement is no subject. A verb of
 * supporting before what it claims ("sostiene che …", "sostiene di aver …") supports nothing. Written for this test
 * (not from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['it', "La Commissione europea ha ricordato l'obbligo e ha invitato Zagabria a coinvolgere le autorità bosniache.", ['org:eu cautious']],
  ['it', 'Il Cile ha ricordato i precedenti e ha condannato la decisione del Perù.', ['country:CL opposed']],
  ['es', 'La Comisión Europea recordó la obligación y ha pedido a Zagreb que consulte a las autoridades bosnias.', ['org:eu cautious']],
  ['es', 'Chile recordó los precedentes y ha condenado la decisión de Perú.', ['country:CL opposed']],
];

describe('coordinated predicates keep their subject', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});

const CLAIMS: [string, string, string[]][] = [
  // A verb of supporting before an infinitive it claims ("sostiene di aver offerto") supports nothing.
  ['it', 'Il governo croato sostiene di aver offerto consultazioni tecniche a Sarajevo.', []],
  ['it', 'Il governo croato sostiene che il sito è sicuro.', []],
  ['it', 'La Francia sostiene il piano di pace.', ['country:FR supportive']],
  ['it', "L'Italia sostiene di fatto il piano.", ['country:IT supportive']],
];

describe('claims are no support', () => {
  it.each(CLAIMS)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});

/**
 * Sentences written for this test (not from any corpus): a committee, a council or a front is a kind of organization
 * that introduces a name the gazetteer lacks, as a party or a union does.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'El Comité Maoré celebró la decisión.', ['org:comite-maore supportive']],
  ['es', 'El Frente Amplio criticó la decisión.', ['org:frente-amplio opposed']],
  ['fr', 'Le Comité Maoré a salué la décision.', ['org:comite-maore supportive']],
  ['it', 'Il comitato civico Acquaviva ha criticato la decisione.', ['org:acquaviva opposed']],
  ['de', 'Das Komitee Maoré begrüßte die Entscheidung.', ['org:maore supportive']],
  // A state named inside the council's name is not the state speaking (where such a name ends is a guess: no actor).
  ['es', 'El Consejo de Agricultores de Uzbekistán criticó la decisión.', []],
];

describe('committees, councils and fronts', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});

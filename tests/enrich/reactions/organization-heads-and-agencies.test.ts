/**
 * Who speaks for an international organization: its head titled director-general ("FAO Director-General …"), and the
 * EU's agencies (medicines, food safety, disease control, aviation safety), named in any language. Sentences written
 * for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { reactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'FAO Director-General Qu Dongyu condemned the destruction of the granaries.', ['org:un opposed']],
  ['de', 'Die Europäische Arzneimittel-Agentur warnte vor gefälschten Impfstoffen.', ['org:eu cautious']],
  ['fr', "L'Autorité européenne de sécurité des aliments a mis en garde contre les importations.", ['org:eu cautious']],
  ['en', 'The European Centre for Disease Prevention and Control warned of a rapid spread.', ['org:eu cautious']],
  ['it', "L'Agenzia dell'Unione europea per la sicurezza aerea ha raccomandato alle compagnie di evitare lo spazio aereo.", ['org:eu cautious']],
];

describe('heads and agencies of international organizations', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(reactionPairs(language, text)).toEqual(expected);
  });
});

/**
 * An organization's national section ("die Schweizer Sektion von Amnesty International", "la section suisse
 * d'Amnesty", "Швейцарское отделение Amnesty International") speaks as the organization: the state's word only says
 * where the section works. A state's word on a section of no named organization stays the state's reading. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const ROWS: [string, string, string[]][] = [
  ['de', 'Die österreichische Sektion von Greenpeace kritisierte das Urteil scharf.', ['org:greenpeace opposed']],
  ['fr', "La section belge d'Amnesty International a dénoncé le verdict.", ['org:amnesty-international opposed']],
  ['it', 'La sezione francese di Amnesty International ha condannato la sentenza.', ['org:amnesty-international opposed']],
  ['es', 'La sección chilena de Amnistía Internacional condenó la sentencia.', ['org:amnesty-international opposed']],
  ['ru', 'Австрийское отделение Greenpeace осудило приговор.', ['org:greenpeace opposed']],
  // No section noun: the state's word reads as before.
  ['fr', "La France et Amnesty International ont dénoncé le verdict.", ['country:FR opposed', 'org:amnesty-international opposed']],
];

describe('national sections of an organization', () => {
  it.each(ROWS)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});

/**
 * Articles written for this test (not from any corpus): the state the opening sentence names first, after its
 * dateline, is the party the news is about. Its support and its appeals describe or defend its own move and are no
 * reaction; its protest stays one, and other states' reactions are read as before.
 */
import { describe, expect, it } from 'vitest';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

const CASES: [string, string, string[]][] = [
  [
    'es',
    'LIMA, 4 may (EDA) – Perú cerró este lunes su frontera con Bolivia por una ola de contrabando de combustible.\n\nEl canciller peruano defendió la medida como «una decisión soberana y necesaria».\n\nBolivia condenó el cierre.',
    ['country:BO opposed'],
  ],
  [
    'fr',
    "DAKAR, 4 mai (AFP) – Le Sénégal a suspendu lundi ses exportations d'arachides vers la Gambie.\n\nLe gouvernement sénégalais a appelé Banjul à « respecter les accords ».\n\nLa Gambie a dénoncé une mesure « hostile ».",
    ['country:GM opposed'],
  ],
  [
    'it',
    "ROMA, 4 maggio – La Slovenia ha chiuso lunedì il valico di Fernetti dopo un'ondata di migranti.\n\nLjubljana ha chiesto all'Unione europea «più sostegno».\n\nLa Croazia ha criticato la chiusura.",
    ['country:HR opposed'],
  ],
  [
    'it',
    "KIEV, 4 maggio – L'Ucraina è stata colpita lunedì da un attacco di droni contro la rete elettrica.\n\nKiev ha condannato l'attacco «barbaro» e ha chiesto ai partner più difese aeree.\n\nLa Polonia ha inviato generatori.",
    ['country:PL supportive', 'country:UA opposed'],
  ],
];

describe('the party an opening sentence names first', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const pairs = extractLanguageReactions({ title: '', text, publishedAt: '2026-05-04T10:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect([...new Set(pairs)].sort()).toEqual(expected);
  });
});

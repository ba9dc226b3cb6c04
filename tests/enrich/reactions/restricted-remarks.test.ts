/**
 * A speaker restricting itself to a bare remark ("s'est contentée de", "se limitó a", "si è limitata a",
 * "ограничился", "lediglich") acknowledges what it calls sovereign or right: neutral, not support. Another name, a join
 * or a contrast after the restriction ends it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const ROWS: [string, string, string[]][] = [
  ['fr', "Le Japon s'est contenté de parler d'une « décision souveraine » du Pérou.", ['country:JP neutral']],
  ['fr', "Le Japon a parlé d'une « décision souveraine » du Pérou.", ['country:JP supportive']],
  ['es', 'Japón se limitó a calificar la medida de "decisión soberana y legítima".', ['country:JP neutral']],
  ['es', 'Japón calificó la medida de "decisión soberana y legítima".', ['country:JP supportive']],
  ['it', 'Il Giappone si è limitato a definire la scelta «una decisione sovrana e legittima».', ['country:JP neutral']],
  ['ru', 'Япония ограничилась замечанием, что выбор — «суверенное решение» Перу.', ['country:JP neutral']],
  ['ru', 'Япония назвала выбор «суверенным решением» Перу.', ['country:JP supportive']],
  // A restriction bounds its own speaker's remark, not a later speaker's welcome.
  ['es', 'Japón se limitó a tomar nota, mientras que Chile saludó la decisión.', ['country:CL supportive', 'country:JP neutral']],
];

describe('restricted remarks', () => {
  it.each(ROWS)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});

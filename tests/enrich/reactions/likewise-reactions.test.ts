/**
 * A sentence reporting that its actor reacted as the one before did ("Ähnlich äußerte sich …", "… a fait de même",
 * "En la misma línea …", "Sulla stessa linea …", "Аналогичную позицию заняла …") takes that stance; negated or
 * hypothetical, it reports none. Also quotes named by a verb of writing ("escribió", "написал"). Sentences written for
 * this test, not from any corpus. English reads the same construction ("followed suit", "made a similar appeal",
 * "So did …").
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Belgien verurteilte die Hinrichtungen. Ähnlich äußerte sich Luxemburg.', ['country:BE opposed', 'country:LU opposed']],
  ['de', 'Belgien lobte die Wahl. Die Niederlande äußerten sich ähnlich.', ['country:BE supportive', 'country:NL supportive']],
  ['de', 'Belgien verurteilte die Hinrichtungen. Ebenso reagierten Irland und Malta.', ['country:BE opposed', 'country:IE opposed', 'country:MT opposed']],
  ['de', 'Belgien verurteilte die Hinrichtungen. Ebenso deutlich wurde Irlands Premierminister.', ['country:BE opposed', 'country:IE opposed']],
  ['de', 'Belgien verurteilte die Hinrichtungen. Ähnlich scharf äußerte sich Malta.', ['country:BE opposed', 'country:MT opposed']],
  ['de', 'Belgien verurteilte die Hinrichtungen. Luxemburg äußerte sich nicht ähnlich.', ['country:BE opposed']],
  // what a colon opens after the phrase is what was said, not the phrase negated
  ['de', 'Belgien rief zur Zurückhaltung auf. Ähnlich äußerte sich Irland: Gewalt dürfe kein Mittel sein.', ['country:BE cautious', 'country:IE cautious']],
  ['de', 'Belgien verurteilte die Hinrichtungen. Luxemburg liegt ähnlich weit entfernt.', ['country:BE opposed']],
  ['fr', "La Belgique a salué l'élection. Le Luxembourg a fait de même.", ['country:BE supportive', 'country:LU supportive']],
  ['fr', 'La Belgique a condamné les exécutions. Le Luxembourg pourrait faire de même.', ['country:BE opposed']],
  ['es', 'Bélgica condenó las ejecuciones. En la misma línea se pronunció Irlanda.', ['country:BE opposed', 'country:IE opposed']],
  ['es', 'Bélgica celebró la elección. Irlanda hizo lo mismo.', ['country:BE supportive', 'country:IE supportive']],
  ['es', 'Bélgica condenó las ejecuciones. Irlanda no hizo lo mismo.', ['country:BE opposed']],
  ['fr', 'La Belgique a appelé à la retenue. Dublin a tenu un discours voisin.', ['country:BE cautious', 'country:IE cautious']],
  ['es', 'Bélgica condenó las ejecuciones. Irlanda mantuvo un discurso similar.', ['country:BE opposed', 'country:IE opposed']],
  ['fr', 'La Belgique a envoyé des tentes. Même geste de la part de l’Irlande.', ['country:BE supportive', 'country:IE supportive']],
  ['it', "Il Belgio ha condannato le esecuzioni. Sulla stessa linea l'Irlanda.", ['country:BE opposed', 'country:IE opposed']],
  ['it', "Il Belgio ha accolto con favore l'elezione. L'Irlanda ha fatto lo stesso.", ['country:BE supportive', 'country:IE supportive']],
  ['ru', 'Бельгия осудила казни. Аналогичную позицию заняла Ирландия.', ['country:BE opposed', 'country:IE opposed']],
  ['ru', 'Бельгия осудила казни. Аналогичным образом высказалась Ирландия.', ['country:BE opposed', 'country:IE opposed']],
  // the same appeal, the actor given by a preposition of source in a sentence with no verb
  ['it', "Il Belgio ha chiesto di riaprire il porto. Stessa richiesta da Dublino.", ['country:BE cautious', 'country:IE cautious']],
  ['es', 'Bélgica pidió reabrir el puerto. Llamamiento similar de Irlanda.', ['country:BE cautious', 'country:IE cautious']],
  // a sentence of facts between: the paragraph's last reaction is the model; a new paragraph has none
  ['it', "Il Belgio ha condannato l'attacco. L'unità di crisi segue la situazione. Sulla stessa linea Dublino.", ['country:BE opposed', 'country:IE opposed']],
  ['it', "Il Belgio ha condannato l'attacco.\n\nL'unità di crisi segue la situazione. Sulla stessa linea Dublino.", ['country:BE opposed']],
  // the sentence before reacted with no one new named: nothing more
  ['it', 'Il Belgio ha condannato le esecuzioni. Sulla stessa linea il governo.', ['country:BE opposed']],
  // quotes named by a verb of writing
  ['es', '"Rechazamos esta decisión", escribió el canciller uruguayo en redes sociales.', ['country:UY opposed']],
  ['ru', '«Мы осуждаем эти казни», — написал глава МИД Ирландии.', ['country:IE opposed']],
];

/** English: the same construction, read by likewise-sentence.ts. */
const ENGLISH_CASES: [string, string[]][] = [
  ['Belgium condemned the executions. Luxembourg followed suit.', ['country:BE opposed', 'country:LU opposed']],
  ['Belgium welcomed the vote. So did Ireland and Malta.', ['country:BE supportive', 'country:IE supportive', 'country:MT supportive']],
  ['Belgium urged restraint. Dublin made a similar appeal.', ['country:BE cautious', 'country:IE cautious']],
  ['Belgium condemned the executions. Ireland took the same line.', ['country:BE opposed', 'country:IE opposed']],
  // negated or supposed: no reaction reported
  ['Belgium condemned the executions. Luxembourg did not follow suit.', ['country:BE opposed']],
  ['Belgium condemned the executions. Luxembourg could follow suit.', ['country:BE opposed']],
  // no reaction before it: nothing to follow
  ['Belgium hosted the talks. Luxembourg followed suit.', []],
  // "said much the same" ends its clause; "said the same was true" opens a statement of its own
  ['Belgium welcomed the vote. Ireland, Malta and Cyprus said much the same.', ['country:BE supportive', 'country:IE supportive', 'country:MT supportive', 'country:CY supportive']],
  ['Belgium condemned the executions. Ireland said the same on Friday.', ['country:BE opposed', 'country:IE opposed']],
  ['Belgium condemned the executions. Ireland said the same court had tried two of its citizens.', ['country:BE opposed']],
];

describe('reactions as the sentence before', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});

describe('English reactions as the sentence before', () => {
  it.each(ENGLISH_CASES)('en: %s', (text, expected) => {
    expect([...new Set(englishReactionPairs(text))].sort()).toEqual([...expected].sort());
  });
});

/**
 * Contributing or financing a sum is aid (CAMEO 070), in every language, as pledging or allocating one is; the same
 * verbs without money or aid in their clause give nothing ("ha contribuito al dibattito"). The verbs come from the
 * English seeds "contribute", "finance" and "fund" through the bilingual dictionaries
 * (scripts/data/build-multilingual-cues.ts); French "-mettre" verbs are read in their own forms ("a promis"). Sentences
 * written for this test, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['it', 'La Germania contribuirà con 25 milioni di euro alla ricostruzione.', ['country:DE supportive']],
  ['it', 'La Germania ha contribuito al dibattito sulla riforma.', []],
  // Money pledged without a sum is aid too ("sagte Geld zu").
  ['de', 'Auch die EU sagte Geld zu.', ['org:eu supportive']],
  ['fr', "La France a promis des fonds pour la reconstruction.", ['country:FR supportive']],
  ['ru', 'Франция выделила средства на восстановление.', ['country:FR supportive']],
  // An irregular Italian future, which does not share the infinitive's stem.
  ['it', "La Svizzera sosterrà l'attuazione dell'intesa con 6 milioni di franchi.", ['country:CH supportive']],
  ['fr', 'La France contribuera à hauteur de 10 millions d’euros à la reconstruction.', ['country:FR supportive']],
  ['fr', 'La France a contribué au débat sur la réforme.', []],
  // French "-mettre" verbs have their own forms: "a promis", "promet".
  ['fr', 'La Commission européenne a promis 40 millions d’euros pour les réseaux d’irrigation.', ['org:eu supportive']],
  ['fr', 'La Suisse promet 6 millions de francs.', ['country:CH supportive']],
  ['fr', 'La France a promis de rester vigilante.', []],
  ['de', 'Deutschland trägt 25 Millionen Euro zum Wiederaufbau bei.', ['country:DE supportive']],
  ['de', 'Deutschland trägt die Verantwortung für die Verzögerung.', []],
  ['ru', 'Германия финансирует восстановление на 25 млн евро.', ['country:DE supportive']],
  ['ru', 'Германия финансирует оппозиционные СМИ, заявили в Москве.', []],
  ['es', 'Alemania aportará 25 millones de euros a la reconstrucción.', ['country:DE supportive']],
  // A later donor whose verb a dash stands for gives as the first did.
  ['ru', 'Франция выделит 10 млн евро, Германия — 4 млн евро.', ['country:FR supportive', 'country:DE supportive']],
  ['ru', 'Франция выделит 10 млн евро, Германия — нет.', ['country:FR supportive']],
  // Collecting donations is aid ("a ouvert un compte de dons", "sammelte Spenden"); a collection of other things is not.
  ['fr', 'Caritas a ouvert un compte de dons pour les sinistrés.', ['org:caritas supportive']],
  ['es', 'Caritas abrió una campaña de donaciones para los damnificados.', ['org:caritas supportive']],
  ['de', 'Caritas sammelte Spenden für die Betroffenen.', ['org:caritas supportive']],
  ['ru', 'Германия объявила сбор пожертвований для пострадавших.', ['country:DE supportive']],
  ['fr', 'La mairie a suspendu la collecte des déchets.', []],
  // A ship sent is aid, as in English.
  ['it', 'Parigi ha inviato una nave della Marina nella zona colpita.', ['country:FR supportive']],
];

describe('funding pledges are aid', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual([...expected].sort());
  });
  it.each([
    ['Germany will contribute 25 million euros to the reconstruction.', ['country:DE supportive']],
    ['Germany contributed to the debate on the reform.', []],
  ])('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
});

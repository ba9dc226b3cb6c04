/**
 * Calling the event a matter internal to a state ("a matter for the Chileans", "its sovereign affair", "eine innere
 * Angelegenheit", "внутренним делом"), or one between the two parties only ("a matter between London and Madrid",
 * "una questione tra"), is a neutral statement on it (CAMEO 010), unless the words decline a comment or an
 * interference or an assessment on that ground ("did not comment on the internal affairs of other countries", "s'est
 * refusé à tout commentaire sur les affaires intérieures", "a bilateral matter on which it would not comment",
 * "оценивать не стали"): declining is no reaction. Calling it someone's matter, that someone named ("eine
 * Angelegenheit der Afrikanischen Union", "делом Африканского союза"), is neutral too. A supportive word in the same clause
 * still wins ("supports the sovereign decision"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const ENGLISH: [string, string[]][] = [
  ['Canada said the referendum was a matter for the people of Greenland.', ['country:CA neutral']],
  ["India's foreign ministry called the vote Nepal's internal affair.", ['country:IN neutral']],
  ['India said it did not comment on the internal affairs of other countries.', []],
  ['India said it supports the sovereign decision of the Nepali people.', ['country:IN supportive']],
  ['Brazil called the quarrel a matter between Ghana and Togo.', ['country:BR neutral']],
  ['Brazil said the quarrel was a bilateral matter for Accra and Lome.', ['country:BR neutral']],
  ['Brazil said it was a bilateral matter between Accra and Lome, on which it would not comment.', []],
];

const LANGUAGES: [string, string, string[]][] = [
  ['de', 'Indien nannte die Abstimmung eine innere Angelegenheit Nepals.', ['country:IN neutral']],
  ['de', 'Indien wollte die inneren Angelegenheiten Nepals nicht kommentieren.', []],
  ['fr', "L'Inde a qualifié le vote d'affaire intérieure du Népal.", ['country:IN neutral']],
  ['fr', "L'Inde s'est refusée à tout commentaire sur les affaires intérieures du Népal.", []],
  ['es', 'India calificó la votación de asunto interno de Nepal.', ['country:IN neutral']],
  ['it', 'India ha definito il voto un affare interno del Nepal.', ['country:IN neutral']],
  ['ru', 'Индия назвала голосование внутренним делом Непала.', ['country:IN neutral']],
  ['ru', 'В Индии от комментариев отказались, назвав голосование внутренним делом Непала.', []],
  ['de', 'Brasilien nannte den Streit eine Angelegenheit zwischen Ghana und Togo.', ['country:BR neutral']],
  ['fr', "Le Brésil a qualifié la querelle d'affaire entre le Ghana et le Togo.", ['country:BR neutral']],
  ['es', 'Brasil dijo que se trata de un asunto entre Ghana y Togo.', ['country:BR neutral']],
  ['it', 'Il Brasile ha definito la lite una questione tra Ghana e Togo.', ['country:BR neutral']],
  ['ru', 'Бразилия назвала спор двусторонним делом Ганы и Того.', ['country:BR neutral']],
  ['ru', 'В Бразилии оценивать спор не стали, назвав его двусторонним делом Ганы и Того.', []],
  // A matter said to be someone's, with that someone named after it; a kind of matter ("of survival") is no one's.
  ['de', 'Brasilien erklärte, es handle sich um eine Angelegenheit der Afrikanischen Union.', ['country:BR neutral']],
  ['fr', "Le Brésil a estimé qu'il s'agit d'une affaire de l'Union africaine.", ['country:BR neutral']],
  ['es', 'Brasil señaló que se trata de un asunto de la Unión Africana.', ['country:BR neutral']],
  ['it', "Per il Brasile si tratta di una questione dell'Unione africana.", ['country:BR neutral']],
  ['ru', 'Бразилия назвала спор делом Африканского союза.', ['country:BR neutral']],
  ['it', 'Il Brasile ha definito la riforma una questione di sopravvivenza economica.', []],
  ['es', 'Brasil dijo que se trata de un asunto de supervivencia.', []],
  // The state whose matter it is, named after the words, is no speaker; the one that said so is.
  ['es', 'Argelia dijo que se trata de un asunto interno de Mali.', ['country:DZ neutral']],
  ['fr', "L'Algérie a rappelé qu'il s'agit d'une affaire intérieure du Mali.", ['country:DZ neutral']],
  ['ru', 'Официальный представитель МИД Алжира назвал переворот «внутренним делом Мали и Нигера».', ['country:DZ neutral']],
  // Saying the decision rests with someone else is neutral too.
  ['de', 'Dänemark erklärte, die Entscheidung liege allein bei den Grönländern.', ['country:DK neutral']],
  ['es', 'Dinamarca se limitó a señalar que la decisión corresponde a los groenlandeses.', ['country:DK neutral']],
  ['it', 'La Danimarca ha detto che si tratta di una scelta che spetta ai groenlandesi.', ['country:DK neutral']],
  ['fr', 'Copenhague a rappelé que la décision revient aux Groenlandais.', ['country:DK neutral']],
  ['ru', 'В Копенгагене заявили, что выбор остаётся за гренландцами.', ['country:DK neutral']],
];

describe('a matter called internal', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
  it.each(LANGUAGES)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});

/**
 * Sentences written for this test (not from any corpus):
 * - a reaction someone believes or expects an actor to make ("Ich rechne damit, dass Vietnam protestiert") is a guess:
 *   the actor in the "that"-clause did not react; the believer's own judgement of the move stays one ("Berlin glaubt,
 *   dass die Entscheidung inakzeptabel ist");
 * - an English-named organization closed by a country's name is one organization ("Minerals Council South Africa"), and
 *   a capitalised German compound of a kind before it only describes it ("der Bergbauverband …");
 * - a state's adjective right before a known organization's name, or in lower case right after it, describes the
 *   organization: the state does not speak;
 * - an organization's own name in parentheses after a description names it; the description's state words only
 *   describe it ("Комитет держателей боливийских облигаций (Bolivia Bondholder Committee)");
 * - reported speech that the move is unlikely to work doubts it: skeptical, not opposed;
 * - a welcome restricted by a call right after "but", with no subject of its own, is the welcomer's reservation even
 *   where the call names another actor ("pero reclamó garantías de que los hutíes …");
 * - reported words that classify the move ("said the strikes amounted to war crimes") judge it as a copula does;
 * - police, fire and rescue services the gazetteer does not know report facts, no reaction;
 * - a participle after a possessive ("the country's internationally recognised government") qualifies its noun;
 * - a capitalised word before another inside a sentence is part of a name ("the Endangered Species Act");
 * - a sum that prices a deal ("an 8-year, $160 million contract", "a $35,000 reward") is no aid;
 * - words of alarm ("called the suspension 'worrying'") are concern: cautious, as in the other languages;
 * - an organization named right after its leader's possessive ("Julius Malema's Economic Freedom Fighters") speaks;
 * - an appositive naming an organization's kind describes it even when a relative clause runs on inside it;
 * - a warning of what the speaker itself will do ("advirtió que responderá") threatens: opposed; on a condition it
 *   is no reaction yet;
 * - a Russian state in the place role ("В самой Индии …") before a verb with a subject of its own is where, not who;
 * - coming out for a course of restraint ("выступило за «прозрачность и диалог»") is a call for caution.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const OTHER: [string, string, string[]][] = [
  ['de', '„Ich rechne damit, dass Vietnam lautstark protestiert“, sagte der Experte.', []],
  ['de', '„Ich glaube, dass Vietnam den Bau verurteilen wird“, sagte der Experte.', []],
  ['de', 'Berlin glaubt, dass die Entscheidung inakzeptabel ist.', ['country:DE opposed']],
  ['de', 'Vietnam protestierte lautstark.', ['country:VN opposed']],
  ['it', '«Prevedo che Hanoi protesterà», ha detto un esperto.', []],
  ['it', '«Credo che Hanoi condannerà il progetto», ha detto l’esperto.', []],
  ['fr', '« Je pense que Hanoï va protester », a dit un expert.', []],
  ['fr', "« Je m'attends à ce que Hanoï proteste », a dit un expert.", []],
  ['es', '«Creo que Hanói protestará», dijo un experto.', []],
  ['ru', '«Я думаю, что Ханой выразит протест», сказал эксперт.', []],
  ['es', 'La patronal Minerals Council South Africa pidió una transición más larga.', ['org:minerals-council-south-africa cautious']],
  ['de', 'Der Bergbauverband Minerals Council South Africa bezweifelte, dass die Minen ihre Kräfte rasch ersetzen können.', ['org:minerals-council-south-africa skeptical']],
  ['fr', "Le Hezbollah libanais a condamné l'attaque.", ['org:hezbollah opposed']],
  // An organization's own name in parentheses names the description before it.
  ['ru', 'Комитет держателей боливийских облигаций (Bolivia Bondholder Committee) осудил мораторий.', ['org:bolivia-bondholder-committee opposed']],
  ['it', 'La Caritas italiana ha stanziato 100mila euro per le famiglie sfollate.', ['org:caritas supportive']],
  ['es', 'Chile respaldó el alto el fuego, pero reclamó garantías de que Venezuela cumplirá sus compromisos.', ['country:CL cautious']],
  ['es', 'Chile respaldó el alto el fuego, pero Venezuela reclamó garantías.', ['country:CL supportive', 'country:VE cautious']],
  ['ru', 'Посольство Франции выступило за «прозрачность и диалог».', ['country:FR cautious']],
  ['ru', 'Франция выступила за соглашение.', ['country:FR supportive']],
  // A state in the place role before a verb with a subject of its own is where, not who; the impersonal plural speaks.
  ['ru', 'В самой Индии решение правительства неожиданно поддержала оппозиция.', []],
  ['ru', 'В Индии решение правительства поддержали.', ['country:IN supportive']],
  // A warning of what the speaker itself will do threatens; on a condition it is no reaction yet; a modal is no act.
  ['es', 'Gabón advirtió que responderá de manera proporcional.', ['country:GA opposed']],
  ['fr', "La France a averti qu'elle répondrait fermement.", ['country:FR opposed']],
  ['es', 'Washington advirtió que revisaría su cooperación si las elecciones se postergan.', []],
  ['es', 'El Programa Mundial de Alimentos advirtió que podría recortar las raciones.', ['org:un cautious']],
  // An appositive naming the organization's kind may run on with a relative clause before its closing comma.
  ['it', "La Rete Fiumi Liberi, ong del Cile che da anni segue le comunità sfollate dalle dighe, ha condannato il progetto.", ['org:rete-fiumi-liberi opposed']],
];

const ENGLISH: [string, string[]][] = [
  ['Human Rights Watch said the plan was unlikely to work.', ['org:human-rights-watch skeptical']],
  ['The International Crisis Group said the task force was unlikely to stop such raids.', ['org:international-crisis-group skeptical']],
  ['Human Rights Watch said the plan was a disgrace.', ['org:human-rights-watch opposed']],
  // Words of alarm are concern, a call for caution; a bad name beside them still condemns.
  ['Botswana called the suspension "worrying".', ['country:BW cautious']],
  ['Botswana said the decision was worrying.', ['country:BW cautious']],
  ['Botswana described the decision as deeply troubling.', ['country:BW cautious']],
  ['Botswana described the decision as alarming and unacceptable.', ['country:BW opposed']],
  // A verb that classifies ("amounted to", "constitutes") judges as a copula does; an amount is no judgement.
  ['Amnesty International said the strikes amounted to war crimes.', ['org:amnesty-international opposed']],
  ['Amnesty International said the strikes could amount to war crimes.', ['org:amnesty-international opposed']],
  ['The ministry said the aid amounted to 5 million dollars.', []],
  // Police, fire and rescue services report facts: no reaction; a civil body named for rescue still speaks.
  ['Surrey Police said the fire was suspicious.', []],
  ['A Surrey Police spokeswoman said: "The store is almost totally destroyed."', []],
  ['The Rescue Foundation condemned the attack.', ['org:rescue-foundation opposed']],
  // A participle after a possessive qualifies the noun after it.
  ["Saudi Arabia and the country's internationally recognised government signed the roadmap.", []],
  // A capitalised word right before another inside a sentence is part of a name; the name still speaks.
  ['The Concerned Citizens Alliance condemned the vote.', ['org:concerned-citizens-alliance opposed']],
  // Paying for the others' needs is aid; a threat to make someone pay is not.
  ['Qatar said it would pay for the power line.', ['country:QA supportive']],
  ['Russia will pay for this, the minister said.', []],
  // Reported words that the culprits must, should or will be punished oppose the move; a trial announced is no demand.
  ['Human Rights Watch said those responsible should be held accountable.', ['org:human-rights-watch opposed']],
  ['The ministry said the suspects would be tried next week.', []],
  // A promise that they will be punished opposes it too; a concern to be taken into account is no punishment.
  ['Austria said those responsible would be "held to account".', ['country:AT opposed']],
  ['Austria said those responsible will be brought to justice.', ['country:AT opposed']],
  ['Austria said the concerns of farmers must be taken into account.', []],
  // A vow to fight or challenge the move opposes it.
  ['Greenpeace vowed to fight the project.', ['org:greenpeace opposed']],
  ['Greenpeace pledged to challenge the licence.', ['org:greenpeace opposed']],
  // A sum that prices a deal (a contract, a reward) is no aid; a sum given to the victims is.
  ['ESPN reported that the Nationals have offered Mark Teixeira an 8-year, $160 million contract.', []],
  ['The FBI offered a $35,000 reward for information leading to the arrest.', []],
  ['Japan offered $5 million to the victims.', ['country:JP supportive']],
  // A state's organization named with its kind after its possessive speaks; an international organization's body
  // speaks for the organization.
  ["Yemen's Islah party backed the ceasefire.", ['org:islah supportive']],
  ["The UN's International Labour Organization warned that the permits could push workers into irregular status.", ['org:un cautious']],
  // An organization after its leader's possessive speaks; a thing after it does not.
  ["Julius Malema's Economic Freedom Fighters condemned the decision.", ['org:economic-freedom-fighters opposed']],
  ["Julius Malema's speech condemned the decision.", []],
];

describe('guesses and described names', () => {
  it.each(OTHER)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual([...expected].sort());
  });
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
});

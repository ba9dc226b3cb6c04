import { extractLanguageReactions } from './src/enrich/reactions/languages/extract-language-reactions.ts';
const CASES: [string, string, string[]][] = [
  ['fr', "La diplomatie française a jugé « inacceptable » la reprise des essais.", ['country:FR opposed']],
  ['fr', "Le Kremlin a salué une décision « raisonnable ».", ['country:RU supportive']],
  ['fr', "Berlin s'est dit « profondément préoccupé » par les combats.", ['country:DE cautious']],
  ['fr', "Washington a appelé les deux parties à la retenue.", ['country:US cautious']],
  ['fr', "Le chef de la diplomatie européenne a déploré une occasion manquée.", ['org:eu opposed']],
  ['fr', "L'ONU s'est félicitée de la trêve, tout en appelant à un accès humanitaire sans entrave.", ['org:un supportive']],
  ['fr', "Le gouvernement espagnol a exprimé son soutien au processus.", ['country:ES supportive']],
  ['fr', "Rome a fait part de sa « vive inquiétude ».", ['country:IT cautious']],
  ['fr', "Amnesty International a dénoncé des arrestations arbitraires.", ['org:amnesty-international opposed']],
  ['fr', "Le Premier ministre indien, lui, a émis des doutes sur la sincérité de Pékin.", ['country:IN skeptical']],
  ['fr', "Tokyo a promis une aide d'urgence de 10 millions de dollars.", ['country:JP supportive']],
  ['de', 'Die Bundesregierung begrüßte die Waffenruhe als „überfälligen Schritt“.', ['country:DE supportive']],
  ['de', 'Der Kreml kritisierte die Sanktionen als „rechtswidrig“.', ['country:RU opposed']],
  ['de', 'Aus Washington hieß es, man sei „zutiefst besorgt“.', ['country:US cautious']],
  ['de', 'Auch die Vereinten Nationen zeigten sich erleichtert.', ['org:un supportive']],
  ['de', 'Italiens Außenminister warnte vor einer weiteren Eskalation.', ['country:IT cautious']],
  ['de', 'Paris bezweifelt, dass die Zusagen eingehalten werden.', ['country:FR skeptical']],
  ['de', 'Japan sagte zehn Millionen Dollar Soforthilfe zu.', ['country:JP supportive']],
  ['de', 'Die Europäische Kommission bedauerte den Schritt.', ['org:eu opposed']],
  ['de', 'Großbritannien forderte beide Seiten zur Zurückhaltung auf.', ['country:GB cautious']],
  ['es', 'El Gobierno de España celebró el acuerdo como "un paso histórico".', ['country:ES supportive']],
  ['es', 'Moscú tachó la medida de "ilegítima".', ['country:RU opposed']],
  ['es', 'Washington expresó su "profunda preocupación" por la escalada.', ['country:US cautious']],
  ['es', 'La ONU instó a ambas partes a respetar la tregua.', ['org:un cautious']],
  ['es', 'Brasil puso en duda la viabilidad del plan.', ['country:BR skeptical']],
  ['es', 'Japón anunció una ayuda de emergencia de cinco millones de dólares.', ['country:JP supportive']],
  ['es', 'El Kremlin lamentó la decisión.', ['country:RU opposed']],
  ['es', 'La Unión Europea acogió con satisfacción el anuncio.', ['org:eu supportive']],
  ['it', 'Il governo tedesco ha accolto con favore la tregua.', ['country:DE supportive']],
  ['it', 'Mosca ha bollato le sanzioni come «illegali».', ['country:RU opposed']],
  ['it', 'Washington ha espresso «profonda preoccupazione» per gli scontri.', ['country:US cautious']],
  ['it', "L'Onu ha esortato le parti alla moderazione.", ['org:un cautious']],
  ['it', 'Il Cremlino ha definito la decisione «inaccettabile».', ['country:RU opposed']],
  ['it', 'La Francia ha espresso dubbi sulla tenuta della tregua.', ['country:FR skeptical']],
  ['it', 'Il Giappone ha promesso aiuti per dieci milioni di dollari.', ['country:JP supportive']],
  ['it', "L'Unione europea ha deplorato la scelta di Washington.", ['org:eu opposed']],
  ['ru', 'Кремль приветствовал перемирие.', ['country:RU supportive']],
  ['ru', 'Вашингтон выразил глубокую обеспокоенность эскалацией.', ['country:US cautious']],
  ['ru', 'ООН призвала стороны к сдержанности.', ['org:un cautious']],
  ['ru', 'Китай подверг критике решение Евросоюза.', ['country:CN opposed']],
  ['ru', 'Франция усомнилась в искренности обещаний.', ['country:FR skeptical']],
  ['ru', 'Япония выделила пять миллионов долларов на гуманитарную помощь.', ['country:JP supportive']],
  ['ru', 'Евросоюз осудил нападение на мирных жителей.', ['org:eu opposed']],
  ['ru', 'В МИД Германии назвали решение «ошибочным».', ['country:DE opposed']],
  ['ru', 'Германия поддержала инициативу, отметив, однако, что ее реализация займет годы.', ['country:DE cautious']],
];
let fail = 0;
for (const [lang, text, exp] of CASES) {
  if (process.argv[2] && process.argv[2] !== lang) continue;
  const got = extractLanguageReactions({ title: '', text }, lang).map((r) => `${r.actor.key} ${r.stance}`).sort();
  const ok = JSON.stringify(got) === JSON.stringify([...exp].sort());
  if (!ok) { fail++; console.log(`FAIL ${lang}: ${text}\n   got ${JSON.stringify(got)} want ${JSON.stringify(exp)}`); }
}
console.log(`${fail} failed of ${CASES.length}`);

import { extractLanguageReactions } from './src/enrich/reactions/languages/extract-language-reactions.ts';
const CASES: [string, string, string[]][] = [
  ['de', 'Der französische Präsident Emmanuel Macron sprach von einem „ermutigenden Signal“ und begrüßte die Einigung.', ['country:FR supportive']],
  ['de', 'UN-Generalsekretär António Guterres rief alle Seiten zur Zurückhaltung auf.', ['org:un cautious']],
  ['de', 'Kritik kam dagegen aus Moskau: Das Abkommen sei „einseitig“.', ['country:RU opposed']],
  ['de', 'Die Türkei und Katar begrüßten die Vereinbarung, Iran dagegen verurteilte sie.', ['country:TR supportive', 'country:QA supportive', 'country:IR opposed']],
  ['de', 'Ein Sprecher des chinesischen Außenministeriums sagte, Peking lehne die Zölle entschieden ab.', ['country:CN opposed']],
  ['de', 'Nach Angaben des Auswärtigen Amts verurteilt Berlin den Angriff.', ['country:DE opposed']],
  ['fr', "Emmanuel Macron a salué « un pas dans la bonne direction ».", ['country:FR supportive']],
  ['fr', "Le secrétaire général de l'ONU, António Guterres, a exhorté les parties à respecter le cessez-le-feu.", ['org:un cautious']],
  ['fr', "La Turquie et le Qatar ont salué l'accord, tandis que l'Iran l'a condamné.", ['country:TR supportive', 'country:QA supportive', 'country:IR opposed']],
  ['fr', "Un porte-parole du ministère chinois des Affaires étrangères a affirmé que Pékin rejetait ces droits de douane.", ['country:CN opposed']],
  ['fr', "Dans un communiqué, le Quai d'Orsay a condamné « avec la plus grande fermeté » l'attaque.", ['country:FR opposed']],
  ['fr', "Les États-Unis n'ont pas encore réagi, mais le Canada a salué la décision.", ['country:CA supportive']],
  ['es', 'El presidente francés, Emmanuel Macron, calificó el acuerdo de "paso alentador".', []],
  ['es', 'El secretario general de la ONU, António Guterres, pidió a las partes contención.', ['org:un cautious']],
  ['es', 'Turquía y Catar celebraron el pacto, mientras que Irán lo condenó.', ['country:TR supportive', 'country:QA supportive', 'country:IR opposed']],
  ['es', 'Un portavoz de la cancillería china afirmó que Pekín rechaza los aranceles.', ['country:CN opposed']],
  ['es', 'En un comunicado, el Ministerio de Relaciones Exteriores de México condenó el ataque.', ['country:MX opposed']],
  ['es', 'Estados Unidos no ha reaccionado, pero Canadá aplaudió la decisión.', ['country:CA supportive']],
  ['it', 'Il presidente francese Emmanuel Macron ha salutato con favore l\'intesa.', ['country:FR supportive']],
  ['it', "Il segretario generale dell'Onu António Guterres ha invitato le parti alla moderazione.", ['org:un cautious']],
  ['it', "Turchia e Qatar hanno accolto con favore l'accordo, mentre l'Iran lo ha condannato.", ['country:TR supportive', 'country:QA supportive', 'country:IR opposed']],
  ['it', 'Un portavoce del ministero degli Esteri cinese ha affermato che Pechino respinge i dazi.', ['country:CN opposed']],
  ['it', "In una nota, la Farnesina ha condannato l'attacco.", ['country:IT opposed']],
  ['it', 'Gli Stati Uniti non hanno ancora reagito, ma il Canada ha applaudito la decisione.', ['country:CA supportive']],
  ['ru', 'Президент Франции Эммануэль Макрон приветствовал договоренность.', ['country:FR supportive']],
  ['ru', 'Генеральный секретарь ООН Антониу Гутерриш призвал стороны к сдержанности.', ['org:un cautious']],
  ['ru', 'Турция и Катар приветствовали соглашение, а Иран осудил его.', ['country:TR supportive', 'country:QA supportive', 'country:IR opposed']],
  ['ru', 'Официальный представитель МИД Китая заявила, что Пекин отвергает пошлины.', ['country:CN opposed']],
  ['ru', 'США пока не отреагировали, но Канада приветствовала решение.', ['country:CA supportive']],
  ['ru', 'Как говорится в заявлении МИД Мексики, страна осуждает нападение.', ['country:MX opposed']],
];
let fail = 0;
for (const [lang, text, exp] of CASES) {
  if (process.argv[2] && process.argv[2] !== lang) continue;
  const got = extractLanguageReactions({ title: '', text }, lang).map((r) => `${r.actor.key} ${r.stance}`).sort();
  const ok = JSON.stringify(got) === JSON.stringify([...exp].sort());
  if (!ok) { fail++; console.log(`FAIL ${lang}: ${text}\n   got ${JSON.stringify(got)} want ${JSON.stringify(exp)}`); }
}
console.log(`${fail} failed of ${CASES.length}`);

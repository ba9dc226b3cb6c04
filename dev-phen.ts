import { extractLanguageReactions } from './src/enrich/reactions/languages/extract-language-reactions.ts';
const CASES: [string, string, string[]][] = [
  // de
  ['de', 'Mit Sorge reagierte Indien auf die Entscheidung.', ['country:IN cautious']],
  ['de', '„Wir begrüßen diese Einigung ausdrücklich“, sagte der norwegische Außenminister.', ['country:NO supportive']],
  ['de', 'Der mexikanische Präsident äußerte sich am Abend. Er verurteilte die Angriffe.', ['country:MX opposed']],
  ['de', 'Das japanische Außenministerium zeigte sich besorgt über die Lage.', ['country:JP cautious']],
  ['de', 'Peking kritisierte die Zölle als unfair.', ['country:CN opposed']],
  ['de', 'Am Mittwoch begrüßte auch Warschau den Schritt.', ['country:PL supportive']],
  ['de', 'Scharfe Kritik kam aus Ankara.', ['country:TR opposed']],
  ['de', 'Die Entscheidung wurde von Brasilien begrüßt.', ['country:BR supportive']],
  ['de', 'Kanada hat sich zu dem Urteil noch nicht geäußert.', []],
  ['de', 'Falls die Waffenruhe hält, will Deutschland Hilfe schicken.', []],
  ['de', 'Die Türkei verurteilte den Angriff, bei dem niemand verletzt wurde.', ['country:TR opposed']],
  ['de', 'Der Sprecher des Kremls wies die Vorwürfe zurück.', []],
  ['de', 'Auch die Europäische Union kritisierte das Vorgehen scharf.', ['org:eu opposed']],
  ['de', 'Laut dem französischen Außenministerium ist die Entscheidung „inakzeptabel“.', ['country:FR opposed']],
  // fr
  ['fr', "« C'est une décision inacceptable », a dénoncé le Premier ministre canadien.", ['country:CA opposed']],
  ['fr', "Le Brésil, lui, a condamné l'attaque.", ['country:BR opposed']],
  ['fr', "Le ministère allemand des Affaires étrangères a salué un « pas important ».", ['country:DE supportive']],
  ['fr', "Le président sud-africain s'est exprimé mardi. Il a dénoncé une « agression ».", ['country:ZA opposed']],
  ['fr', "La condamnation de Rome a été immédiate.", ['country:IT opposed']],
  ['fr', "L'accord a été salué par le Japon et la Corée du Sud.", ['country:JP supportive', 'country:KR supportive']],
  ['fr', "La Chine ne s'est pas encore prononcée.", []],
  ['fr', "Le Mexique n'a jamais soutenu ce plan.", []],
  ['fr', "L'Espagne enverra de l'aide si le gouvernement local le demande.", []],
  ['fr', "Londres pourrait soutenir la résolution.", []],
  ['fr', "Ottawa a vivement critiqué la décision.", ['country:CA opposed']],
  ['fr', "Pékin s'est dit « préoccupé » par l'escalation.", ['country:CN cautious']],
  ['fr', "De son côté, l'Union européenne a regretté une mesure « unilatérale ».", ['org:eu opposed']],
  ['fr', "Selon le ministère turc des Affaires étrangères, cette décision est « inacceptable ».", ['country:TR opposed']],
  // es
  ['es', '«Es una decisión inaceptable», denunció el canciller argentino.', ['country:AR opposed']],
  ['es', 'Criticó también la medida el Gobierno de Colombia.', ['country:CO opposed']],
  ['es', 'El presidente brasileño intervino el lunes. Condenó el ataque sin reservas.', ['country:BR opposed']],
  ['es', 'El Ministerio de Asuntos Exteriores de Japón expresó su preocupación.', ['country:JP cautious']],
  ['es', 'Pekín rechazó la decisión de Washington.', ['country:CN opposed']],
  ['es', 'La condena de Madrid llegó horas después.', ['country:ES opposed']],
  ['es', 'El acuerdo fue aplaudido por Uruguay.', ['country:UY supportive']],
  ['es', 'Venezuela no ha reaccionado todavía.', []],
  ['es', 'Si se confirma el ataque, Chile lo condenará.', []],
  ['es', 'La Unión Europea saludó el acuerdo, aunque advirtió que su aplicación será difícil.', ['org:eu cautious']],
  ['es', 'Según la cancillería peruana, la medida es "ilegal".', ['country:PE opposed']],
  // it
  ['it', 'Ha criticato la decisione anche la Svizzera.', ['country:CH opposed']],
  ['it', "Il ministero degli Esteri giapponese ha accolto con favore l'accordo.", ['country:JP supportive']],
  ['it', "Il presidente francese è intervenuto in serata. Egli ha condannato l'attacco.", ['country:FR opposed']],
  ['it', 'Pechino ha criticato i dazi europei.', ['country:CN opposed']],
  ['it', 'La condanna di Parigi è arrivata in serata.', ['country:FR opposed']],
  ['it', "L'intesa è stata accolta con favore da Berlino.", ['country:DE supportive']],
  ['it', 'Il Brasile non ha ancora commentato.', []],
  ['it', "Se la tregua reggerà, l'Austria invierà aiuti.", []],
  ['it', '«Una decisione inaccettabile», ha dichiarato il ministro degli Esteri turco.', ['country:TR opposed']],
  ['it', "L'Unione europea si è detta preoccupata per l'escalation.", ['org:eu cautious']],
  // ru
  ['ru', 'Решение осудил МИД Франции.', ['country:FR opposed']],
  ['ru', 'Решение Вашингтона осудил МИД Франции.', ['country:FR opposed']],
  ['ru', 'Помощь Индонезии предложили Китай и Япония.', ['country:CN supportive', 'country:JP supportive']],
  ['ru', 'Россия осудила решение Вашингтона.', ['country:RU opposed']],
  ['ru', 'Приветствовал договорённость и Пекин.', ['country:CN supportive']],
  ['ru', 'Президент Бразилии выступил в понедельник. Он осудил нападение.', ['country:BR opposed']],
  ['ru', 'Министерство иностранных дел Индии выразило обеспокоенность.', ['country:IN cautious']],
  ['ru', 'С осуждением выступил Париж.', ['country:FR opposed']],
  ['ru', 'Решение поддержала Канада.', ['country:CA supportive']],
  ['ru', 'Пекин пока не прокомментировал решение.', []],
  ['ru', 'Если перемирие сохранится, Германия направит помощь.', []],
  ['ru', '«Это неприемлемо», — заявили в МИД Турции.', ['country:TR opposed']],
  ['ru', 'Евросоюз раскритиковал решение Вашингтона.', ['org:eu opposed']],
  ['ru', 'По словам представителя МИД Японии, Токио приветствует соглашение.', ['country:JP supportive']],
];
let fail = 0;
for (const [lang, text, exp] of CASES) {
  if (process.argv[2] && process.argv[2] !== lang) continue;
  const got = extractLanguageReactions({ title: '', text }, lang).map((r) => `${r.actor.key} ${r.stance}`).sort();
  const ok = JSON.stringify(got) === JSON.stringify([...exp].sort());
  if (!ok) { fail++; console.log(`FAIL ${lang}: ${text}\n   got ${JSON.stringify(got)} want ${JSON.stringify(exp)}`); }
}
console.log(`${fail} failed of ${CASES.length}`);

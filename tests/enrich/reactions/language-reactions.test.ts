/**
 * Reactions in German, French, Spanish, Italian and Russian: one table of sentences written for this test (not taken
 * from any corpus), each with the (actor, stance) pairs it reports. Covers the cue classes (welcome, criticism,
 * doubt, caution, taking note), verb forms (a split German verb, an irregular Italian participle, a Russian
 * perfective), aid verbs that need aid or money, naming verbs, and what is no reaction: negated, conditional and
 * modal cues.
 */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../../src/enrich/enrich-article.ts';
import { extractLanguageReactions, readsReactionsIn } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

const CASES: [language: string, text: string, expected: string[]][] = [
  // welcome, praise, support
  ['de', 'Frankreich begrüßte am Dienstag die Einigung der beiden Nachbarn.', ['country:FR supportive']],
  ['fr', "Le Japon a salué jeudi la libération des otages.", ['country:JP supportive']],
  ['es', 'México respaldó la propuesta de alto el fuego presentada en Ginebra.', ['country:MX supportive']],
  ['it', "La Grecia ha lodato l'intesa raggiunta a Bruxelles.", ['country:GR supportive']],
  ['ru', 'Индия приветствовала договорённость о прекращении огня.', ['country:IN supportive']],
  // opposition, doubt, caution, taking note
  ['de', 'Polen verurteilte den Angriff auf das Kraftwerk scharf.', ['country:PL opposed']],
  ['fr', "L'Algérie a rejeté le rapport, qu'elle juge partial.", ['country:DZ opposed']],
  ['es', 'Noruega expresó dudas sobre la aplicación del acuerdo.', ['country:NO skeptical']],
  ['it', "Il Canada si è detto preoccupato per l'escalation.", ['country:CA cautious']],
  ['ru', 'Турция раскритиковала решение о новых пошлинах.', ['country:TR opposed']],
  ['fr', 'La Belgique a pris acte de la décision du tribunal.', ['country:BE neutral']],
  ['es', 'Perú acogió el acuerdo con cautela.', ['country:PE cautious']],
  // forms the stemmer alone does not reach: a split German verb, an irregular Italian participle
  ['de', 'Österreich lehnte den Vorschlag der Kommission ab.', ['country:AT opposed']],
  ['it', 'Il Portogallo ha respinto la proposta di Madrid.', ['country:PT opposed']],
  // a naming verb with a negative word opposes; a welcome with a call stays supportive; a welcome with "but" is cautious
  ['es', 'Marruecos calificó las medidas de "inaceptables".', ['country:MA opposed']],
  ['ru', 'Казахстан приветствовал обмен и призвал стороны продолжить диалог.', ['country:KZ supportive']],
  ['fr', "La Suède a salué l'accord, mais a rappelé que les détails restaient flous.", ['country:SE cautious']],
  // aid: a sending verb with aid or money is support; with anything else it is no reaction
  ['de', 'Dänemark schickte ein Rettungsteam in die Region.', ['country:DK supportive']],
  ['it', "L'Irlanda ha stanziato 3 milioni di euro per gli sfollati.", ['country:IE supportive']],
  ['fr', "Le Canada a envoyé son ministre à la conférence.", []],
  // no reaction: negated, conditional, modal
  ['de', 'Ungarn hat den Beschluss bisher nicht begrüßt.', []],
  ['fr', "Le Maroc n'a pas condamné l'attaque.", []],
  ['es', 'Chile podría condenar la decisión la próxima semana.', []],
  ['it', 'La Spagna sosterrebbe il piano se Bruxelles lo finanziasse.', []],
  ['ru', 'Сербия не осудила нападение.', []],
  // a subject placed after its verb; a name right after a noun cue is its complement, not its speaker
  ['ru', 'Против новых пошлин выступила и Бразилия.', ['country:BR opposed']],
  ['ru', 'С резкой критикой решения выступила и Грузия.', ['country:GE opposed']],
  ['ru', 'Министерство выразило признательность Египту.', []],
  // the speaker named after the quote, and a pronoun continuing the sentence before
  ['fr', "« Cette décision est inacceptable », a déclaré le ministère chinois des Affaires étrangères.", ['country:CN opposed']],
  ['de', 'Die Außenministerin Kanadas äußerte sich am Morgen. Sie kritisierte die Blockade.', ['country:CA opposed']],
];

/**
 * General grammar, per language, in sentences written for this test: the subject after its verb (German V2,
 * inversion after a quote, "Ha criticato … la Svizzera", "Решение осудил МИД Франции"), quotes with their speaker
 * after them, pronouns and dropped subjects continuing the last actor, ministries and capitals speaking for their
 * state, reaction nouns and their source ("Kritik kam aus Ankara", "la condamnation de Rome"), passive agents
 * ("par", "por", "da", "von"), and what is no reaction: negation, modals, fronted and trailing conditions, and the
 * denial of charges.
 */
const GRAMMAR: [language: string, text: string, expected: string[]][] = [
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
  // word order with cases: nominative names closing the clause are its subject
  ['ru', 'Решение Вашингтона осудил МИД Франции.', ['country:FR opposed']],
  ['ru', 'Помощь Индонезии предложили Китай и Япония.', ['country:CN supportive', 'country:JP supportive']],
  ['ru', 'Россия осудила решение Вашингтона.', ['country:RU opposed']],
  // a rejection of charges against oneself is a denial, no reaction to the event
  ['it', 'Il Portogallo ha respinto le accuse di Madrid.', []],
  ['fr', 'Moscou a rejeté les accusations de Kiev.', []],
  ['es', 'Caracas rechazó las acusaciones de Washington.', []],
  ['ru', 'Москва отвергла обвинения Киева.', []],
  // a passive whose subject is the judged party: the agent speaks
  ['fr', 'La Russie a été vivement critiquée par la Norvège.', ['country:NO opposed']],
  ['es', 'Israel fue criticado por Irlanda.', ['country:IE opposed']],
  // a subject pronoun is not the article ("el acuerdo"), and a name before a pro-drop verb is its subject
  ['es', 'Aplaudió el acuerdo Paraguay.', ['country:PY supportive']],
  ['it', 'Il Belgio ha parlato in mattinata. Ha criticato la decisione.', ['country:BE opposed']],
];

/**
 * The phrasing of wire reports, per language, in sentences written for this test: officials and institutions for
 * their state, "expressed concern/doubts", calls and appeals, aid and pledges (also in compounds and infinitive
 * clauses), naming verbs with a negative noun, reaction idioms, and statements that are no reaction (no comment yet,
 * monitoring the situation).
 */
const WIRE: [language: string, text: string, expected: string[]][] = [
  ['es', 'El presidente francés, Emmanuel Macron, calificó el acuerdo de "paso alentador".', ['country:FR supportive']],
  ['fr', "La diplomatie française a jugé « inacceptable » la reprise des essais.", ['country:FR opposed']],
  ['fr', "Le Kremlin a salué une décision « raisonnable ».", ['country:RU supportive']],
  ['fr', "Berlin s'est dit « profondément préoccupé » par les combats.", ['country:DE cautious']],
  ['fr', "Washington a appelé les deux parties à la retenue.", ['country:US cautious']],
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
  ['ru', 'Германия поддержала инициативу, отметив, однако, что ее реализация займет годы.', ['country:DE cautious']],
  ['de', 'Der französische Präsident Emmanuel Macron sprach von einem „ermutigenden Signal“ und begrüßte die Einigung.', ['country:FR supportive']],
  ['de', 'UN-Generalsekretär António Guterres rief alle Seiten zur Zurückhaltung auf.', ['org:un cautious']],
  ['de', 'Die Türkei und Katar begrüßten die Vereinbarung, Iran dagegen verurteilte sie.', ['country:TR supportive', 'country:QA supportive', 'country:IR opposed']],
  ['de', 'Ein Sprecher des chinesischen Außenministeriums sagte, Peking lehne die Zölle entschieden ab.', ['country:CN opposed']],
  ['de', 'Nach Angaben des Auswärtigen Amts verurteilt Berlin den Angriff.', ['country:DE opposed']],
  ['fr', "Emmanuel Macron a salué « un pas dans la bonne direction ».", ['country:FR supportive']],
  ['fr', "Le secrétaire général de l'ONU, António Guterres, a exhorté les parties à respecter le cessez-le-feu.", ['org:un cautious']],
  ['fr', "La Turquie et le Qatar ont salué l'accord, tandis que l'Iran l'a condamné.", ['country:TR supportive', 'country:QA supportive', 'country:IR opposed']],
  ['fr', "Un porte-parole du ministère chinois des Affaires étrangères a affirmé que Pékin rejetait ces droits de douane.", ['country:CN opposed']],
  ['fr', "Dans un communiqué, le Quai d'Orsay a condamné « avec la plus grande fermeté » l'attaque.", ['country:FR opposed']],
  ['fr', "Les États-Unis n'ont pas encore réagi, mais le Canada a salué la décision.", ['country:CA supportive']],
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
  ['de', 'Norwegen äußerte sich besorgt über die Lage der Zivilbevölkerung.', ['country:NO cautious']],
  ['de', 'Die Schweiz zeigte sich enttäuscht von dem Ergebnis.', ['country:CH opposed']],
  ['de', 'Kanada mahnte zur Besonnenheit.', ['country:CA cautious']],
  ['de', 'Die Niederlande bezeichneten die Entscheidung als schweren Fehler.', ['country:NL opposed']],
  ['de', 'Österreich sicherte der Regierung Unterstützung beim Wiederaufbau zu.', ['country:AT supportive']],
  ['de', 'Schweden stellte fünf Millionen Euro Soforthilfe in Aussicht.', ['country:SE supportive']],
  ['de', 'Polen übte scharfe Kritik an dem Vorhaben.', ['country:PL opposed']],
  ['de', 'Indien zeigte sich skeptisch, ob die Zusagen eingehalten werden.', ['country:IN skeptical']],
  ['de', 'Südkorea lobte die Vermittlung Katars.', ['country:KR supportive']],
  ['de', 'Die Afrikanische Union appellierte an beide Seiten, die Waffen niederzulegen.', ['org:au cautious']],
  ['de', 'Der britische Premierminister verurteilte den Anschlag aufs Schärfste.', ['country:GB opposed']],
  ['de', 'Dänemark bot Hilfe bei der Suche nach Vermissten an.', ['country:DK supportive']],
  ['fr', "La Norvège s'est inquiétée de la situation des civils.", ['country:NO cautious']],
  ['fr', "La Suisse s'est dite déçue du résultat.", ['country:CH opposed']],
  ['fr', "Le Canada a appelé au calme.", ['country:CA cautious']],
  ['fr', "Les Pays-Bas ont qualifié la décision de « grave erreur ».", ['country:NL opposed']],
  ['fr', "L'Autriche a promis son soutien à la reconstruction.", ['country:AT supportive']],
  ['fr', "La Pologne a vivement critiqué le projet.", ['country:PL opposed']],
  ['fr', "L'Inde s'est montrée sceptique quant au respect des engagements.", ['country:IN skeptical']],
  ['fr', "La Maison Blanche a évoqué une « étape dangereuse ».", []],
  ['es', 'Noruega se mostró preocupada por la situación de los civiles.', ['country:NO cautious']],
  ['es', 'Suiza se declaró decepcionada con el resultado.', ['country:CH opposed']],
  ['es', 'Canadá llamó a la calma.', ['country:CA cautious']],
  ['es', 'Los Países Bajos consideraron la decisión "un grave error".', []],
  ['es', 'Austria prometió apoyo a la reconstrucción.', ['country:AT supportive']],
  ['es', 'Polonia criticó duramente el proyecto.', ['country:PL opposed']],
  ['es', 'India se mostró escéptica sobre el cumplimiento de los compromisos.', ['country:IN skeptical']],
  ['it', 'La Norvegia si è detta preoccupata per la situazione dei civili.', ['country:NO cautious']],
  ['it', 'La Svizzera si è detta delusa dal risultato.', ['country:CH opposed']],
  ['it', 'Il Canada ha invitato alla calma.', ['country:CA cautious']],
  ['it', "L'Austria ha promesso sostegno alla ricostruzione.", ['country:AT supportive']],
  ['it', 'La Polonia ha duramente criticato il progetto.', ['country:PL opposed']],
  ['it', "L'India si è mostrata scettica sul rispetto degli impegni.", ['country:IN skeptical']],
  ['it', 'La Corea del Sud ha elogiato la mediazione del Qatar.', ['country:KR supportive']],
  ['ru', 'Норвегия выразила обеспокоенность положением мирных жителей.', ['country:NO cautious']],
  ['ru', 'Швейцария выразила разочарование результатом.', ['country:CH opposed']],
  ['ru', 'Канада призвала к спокойствию.', ['country:CA cautious']],
  ['ru', 'Австрия пообещала поддержку в восстановлении.', ['country:AT supportive']],
  ['ru', 'Польша резко раскритиковала проект.', ['country:PL opposed']],
  ['ru', 'Индия скептически оценила выполнение обязательств.', ['country:IN skeptical']],
  ['de', 'Der Sprecher des US-Außenministeriums erklärte, Washington begrüße die Feuerpause.', ['country:US supportive']],
  ['de', 'Chinas Außenamtssprecherin kritisierte die Zölle.', ['country:CN opposed']],
  ['de', 'Russlands Präsident Wladimir Putin lobte die Vereinbarung.', ['country:RU supportive']],
  ['de', 'Die iranische Regierung wies den Bericht als „politisch motiviert“ zurück.', ['country:IR opposed']],
  ['de', 'Aus dem Kreml hieß es, man begrüße jeden Schritt zur Deeskalation.', ['country:RU supportive']],
  ['de', 'Zustimmung kam auch aus Kanada.', ['country:CA supportive']],
  ['de', 'Frankreichs Präsident Emmanuel Macron forderte eine unabhängige Untersuchung.', ['country:FR cautious']],
  ['de', 'Auch Japan schickte Hilfsgüter.', ['country:JP supportive']],
  ['de', 'Die Bundesregierung hat die Entscheidung mit Bedauern zur Kenntnis genommen.', ['country:DE opposed']],
  ['de', 'Die EU-Kommission erklärte, sie werde die Lage genau beobachten.', []],
  ['de', 'Großbritannien enthielt sich einer Stellungnahme.', []],
  ['de', 'Die Türkei äußerte sich zunächst nicht.', []],
  ['fr', "Le porte-parole du département d'État a affirmé que Washington saluait le cessez-le-feu.", ['country:US supportive']],
  ['fr', "Le président russe Vladimir Poutine a salué l'accord.", ['country:RU supportive']],
  ['fr', "Le gouvernement iranien a rejeté le rapport, jugé « politiquement motivé ».", ['country:IR opposed']],
  ['fr', "Le Japon a également envoyé des secours.", ['country:JP supportive']],
  ['fr', "La Turquie ne s'est pas exprimée dans l'immédiat.", []],
  ['fr', "La Commission européenne a indiqué qu'elle suivait la situation de près.", []],
  ['es', 'El presidente ruso, Vladímir Putin, elogió el acuerdo.', ['country:RU supportive']],
  ['es', 'El Gobierno iraní rechazó el informe por considerarlo "políticamente motivado".', ['country:IR opposed']],
  ['es', 'Japón también envió ayuda.', ['country:JP supportive']],
  ['es', 'Turquía no se pronunció de inmediato.', []],
  ['it', 'Il presidente russo Vladimir Putin ha elogiato l\'accordo.', ['country:RU supportive']],
  ['it', 'Il governo iraniano ha respinto il rapporto come «politicamente motivato».', ['country:IR opposed']],
  ['it', 'Anche il Giappone ha inviato aiuti.', ['country:JP supportive']],
  ['it', 'La Turchia non si è ancora pronunciata.', []],
  ['ru', 'Президент России Владимир Путин положительно оценил договоренность.', ['country:RU supportive']],
  ['ru', 'Правительство Ирана отвергло доклад как «политически мотивированный».', ['country:IR opposed']],
  ['ru', 'Япония также направила гуманитарную помощь.', ['country:JP supportive']],
  ['ru', 'Турция пока воздержалась от комментариев.', []],
  ['it', "La Germania ha espresso soddisfazione per l'intesa.", ['country:DE supportive']],
  ['it', "Il Belgio ha accolto positivamente la notizia.", ['country:BE supportive']],
  ['it', "Madrid plaude all'accordo.", ['country:ES supportive']],
  ['it', "L'Ungheria ha bocciato la proposta.", ['country:HU opposed']],
  ['it', "La Grecia ha sollecitato un cessate il fuoco immediato.", ['country:GR cautious']],
  ['it', "Il Messico ha manifestato solidarietà al popolo cileno.", ['country:MX supportive']],
  ['it', "La Norvegia ha messo in guardia contro nuove violenze.", ['country:NO cautious']],
  ['it', "L'Austria ha annunciato l'invio di una squadra di soccorritori.", ['country:AT supportive']],
  ['it', "La Farnesina ha fatto sapere di seguire con attenzione la vicenda.", []],
  ['it', "Secondo fonti diplomatiche, Parigi sarebbe pronta a sostenere il piano.", []],
  ['it', "Anche la Cina ha condannato l'attacco, definendolo «inaccettabile».", ['country:CN opposed']],
  ['it', "Il ministro degli Esteri Antonio Tajani ha accolto con favore la tregua.", ['country:IT supportive']],
  ['fr', "L'Allemagne a exprimé sa satisfaction après l'accord.", ['country:DE supportive']],
  ['fr', "La Hongrie a rejeté la proposition.", ['country:HU opposed']],
  ['fr', "Le Vatican a fustigé les violences.", ['country:VA opposed']],
  ['fr', "Les Pays-Bas ont exprimé des réserves sur le plan.", ['country:NL cautious']],
  ['fr', "La Grèce a réclamé un cessez-le-feu immédiat.", ['country:GR cautious']],
  ['fr', "Le Mexique a exprimé sa solidarité avec le peuple chilien.", ['country:MX supportive']],
  ['fr', "L'Autriche a annoncé l'envoi d'une équipe de sauveteurs.", ['country:AT supportive']],
  ['fr', "Le Quai d'Orsay a fait savoir qu'il suivait l'affaire avec attention.", []],
  ['fr', "Selon des sources diplomatiques, Rome serait prête à soutenir le plan.", []],
  ['fr', "La Chine a elle aussi condamné l'attaque, la jugeant « inacceptable ».", ['country:CN opposed']],
  ['fr', "Le ministre des Affaires étrangères Jean-Noël Barrot a salué la trêve.", ['country:FR supportive']],
  ['es', "Alemania expresó su satisfacción por el acuerdo.", ['country:DE supportive']],
  ['es', "Hungría rechazó la propuesta.", ['country:HU opposed']],
  ['es', "El Vaticano condenó la violencia.", ['country:VA opposed']],
  ['es', "Países Bajos expresó reservas sobre el plan.", ['country:NL cautious']],
  ['es', "Grecia reclamó un alto el fuego inmediato.", ['country:GR cautious']],
  ['es', "México expresó su solidaridad con el pueblo chileno.", ['country:MX supportive']],
  ['es', "Austria anunció el envío de un equipo de rescatistas.", ['country:AT supportive']],
  ['es', "Según fuentes diplomáticas, Roma estaría dispuesta a apoyar el plan.", []],
  ['es', "China también condenó el ataque, al que calificó de \"inaceptable\".", ['country:CN opposed']],
  ['de', "Spanien zeigte sich zufrieden mit der Einigung.", ['country:ES supportive']],
  ['de', "Ungarn lehnte den Vorschlag ab.", ['country:HU opposed']],
  ['de', "Die Niederlande äußerten Vorbehalte gegen den Plan.", ['country:NL cautious']],
  ['de', "Griechenland verlangte eine sofortige Waffenruhe.", ['country:GR cautious']],
  ['de', "Mexiko bekundete seine Solidarität mit dem chilenischen Volk.", ['country:MX supportive']],
  ['de', "Österreich kündigte die Entsendung eines Rettungsteams an.", ['country:AT supportive']],
  ['de', "Auch China verurteilte den Angriff und nannte ihn „inakzeptabel“.", ['country:CN opposed']],
  ['ru', "Германия выразила удовлетворение соглашением.", ['country:DE supportive']],
  ['ru', "Венгрия отклонила предложение.", ['country:HU opposed']],
  ['ru', "Ватикан осудил насилие.", ['country:VA opposed']],
  ['ru', "Нидерланды высказали оговорки по поводу плана.", ['country:NL cautious']],
  ['ru', "Греция потребовала немедленного прекращения огня.", ['country:GR cautious']],
  ['ru', "Мексика выразила солидарность с чилийским народом.", ['country:MX supportive']],
  ['ru', "Китай также осудил нападение, назвав его «неприемлемым».", ['country:CN opposed']],
  ['ru', "Министр иностранных дел Сергей Лавров приветствовал перемирие.", ['country:RU supportive']],
  // where the speaker stands: a fronted or trailing source, "for X", a capital before a parenthetical
  ['it', "Da Mosca è arrivata una dura condanna.", ['country:RU opposed']],
  ['it', "Dura condanna è arrivata anche da Parigi.", ['country:FR opposed']],
  ['it', "«È un passo avanti importante», ha commentato il ministro degli Esteri spagnolo.", []],
  ['it', "Per Londra si tratta di una decisione «inaccettabile».", ['country:GB opposed']],
  ['it', "Critiche sono arrivate dal governo polacco.", ['country:PL opposed']],
  ['it', "La Commissione europea ha espresso «profonda preoccupazione».", ['org:eu cautious']],
  ['it', "Il premier giapponese ha accolto con favore l'intesa e ha promesso aiuti.", ['country:JP supportive']],
  ['it', "Sulla stessa linea anche la Spagna, che ha definito l'accordo «storico».", []],
  ['it', "Washington, dal canto suo, ha criticato la scelta.", ['country:US opposed']],
  ['fr', "De Moscou est venue une ferme condamnation.", ['country:RU opposed']],
  ['fr', "Des critiques sont également venues de Varsovie.", ['country:PL opposed']],
  ['fr', "Pour Londres, cette décision est « inacceptable ».", ['country:GB opposed']],
  ['fr', "Washington, de son côté, a critiqué ce choix.", ['country:US opposed']],
  ['es', "Desde Moscú llegó una dura condena.", ['country:RU opposed']],
  ['es', "También llegaron críticas desde Varsovia.", ['country:PL opposed']],
  ['es', "Para Londres, la decisión es \"inaceptable\".", ['country:GB opposed']],
  ['es', "Washington, por su parte, criticó la elección.", ['country:US opposed']],
  ['de', "Aus Moskau kam scharfe Kritik.", ['country:RU opposed']],
  ['de', "Für London ist die Entscheidung „inakzeptabel“.", ['country:GB opposed']],
  ['de', "Washington wiederum kritisierte die Wahl.", ['country:US opposed']],
  ['ru', "Из Москвы последовала резкая критика.", ['country:RU opposed']],
  ['ru', "Для Лондона это решение «неприемлемо».", ['country:GB opposed']],
  ['ru', "Вашингтон, в свою очередь, раскритиковал этот выбор.", ['country:US opposed']],
];

/**
 * Session 4, sentences written for this test: verbs of avoiding ("evitó condenar", "воздержалась от осуждения") and
 * what a call asks for ("forderte … auf, … zu verurteilen") are no reaction of their own; protests, blame and outrage;
 * charge nouns ("accusations") told from the verb of accusing ("a accusé"); capitals in the place role as the speaker
 * of an impersonal Russian clause ("В Варшаве решение осудили", "отреагировали в Берлине", but "подписали в Берлине"
 * reacts to nothing); adjectives opening a verbless clause ("Favorevole invece la Russia"); warnings and regrets.
 */
const SESSION4: [language: string, text: string, expected: string[]][] = [
  ['es', 'Argentina evitó condenar el ataque.', []],
  ['fr', 'L\'Inde a évité de critiquer la décision.', []],
  ['it', 'La Turchia ha evitato di condannare l\'attacco.', []],
  ['de', 'Österreich vermied es, den Angriff zu verurteilen.', []],
  ['ru', 'Индия воздержалась от осуждения удара.', []],
  ['ru', 'Бразилия избежала критики в адрес Вашингтона.', []],
  ['de', 'Polen legte bei der Botschaft Protest ein.', ['country:PL opposed']],
  ['fr', 'La Grèce a élevé une protestation auprès de l\'ambassade.', ['country:GR opposed']],
  ['es', 'Chile presentó una protesta formal ante la embajada.', ['country:CL opposed']],
  ['it', 'La Grecia ha presentato una protesta formale.', ['country:GR opposed']],
  ['ru', 'Польша заявила протест в связи с инцидентом.', ['country:PL opposed']],
  ['es', 'Bolivia culpó a los rebeldes del atentado.', ['country:BO opposed']],
  ['it', 'La Serbia ha accusato i ribelli di aver violato la tregua.', ['country:RS opposed']],
  ['fr', 'Le Tchad a accusé les rebelles d\'avoir violé la trêve.', ['country:TD opposed']],
  ['de', 'Ägypten beschuldigte die Miliz, die Waffenruhe gebrochen zu haben.', ['country:EG opposed']],
  ['ru', 'Египет обвинил боевиков в нарушении перемирия.', ['country:EG opposed']],
  ['ru', 'Египет возложил ответственность за нападение на боевиков.', ['country:EG opposed']],
  ['ru', 'В Варшаве это решение осудили.', ['country:PL opposed']],
  ['ru', 'В Анкаре к соглашению отнеслись скептически.', ['country:TR skeptical']],
  ['ru', 'В Токио приветствовали решение суда.', ['country:JP supportive']],
  ['de', 'Schweden reagierte empört auf die Entscheidung.', ['country:SE opposed']],
  ['fr', 'La Norvège s\'est dite indignée par l\'attaque.', ['country:NO opposed']],
  ['es', 'Colombia se mostró indignada por el ataque.', ['country:CO opposed']],
  ['it', 'L\'Austria si è detta indignata per l\'attacco.', ['country:AT opposed']],
  ['ru', 'Финляндия возмущена этим решением.', ['country:FI opposed']],
  ['es', 'Portugal dio la bienvenida al acuerdo.', ['country:PT supportive']],
  ['es', 'Uruguay se mostró escéptico sobre el plan.', ['country:UY skeptical']],
  ['it', 'La Polonia si è detta scettica sul piano.', ['country:PL skeptical']],
  ['ru', 'Литва потребовала от Минска осудить действия российских военных.', ['country:LT cautious']],
  ['de', 'Litauen forderte Minsk auf, die Angriffe russischer Soldaten zu verurteilen.', ['country:LT cautious']],
  ['ru', 'Казахстан принял решение к сведению.', ['country:KZ neutral']],
  ['de', 'Dänemark nahm die Entscheidung zur Kenntnis.', ['country:DK neutral']],
  ['es', 'Ecuador tomó nota de la decisión.', ['country:EC neutral']],
  ['it', 'Malta ha preso atto della decisione.', ['country:MT neutral']],
  ['fr', 'Le Sénégal a pris note de la décision.', ['country:SN neutral']],
  ['de', 'Aus Warschau kam scharfe Kritik.', ['country:PL opposed']],
  ['it', 'Dura la condanna di Varsavia.', ['country:PL opposed']],
  ['it', 'Il governo di Varsavia ha criticato la decisione.', ['country:PL opposed']],
  ['ru', 'Правительство Польши раскритиковало решение.', ['country:PL opposed']],
  ['it', 'Favorevole invece la Russia.', ['country:RU supportive']],
  ['it', 'Critica anche la Francia.', ['country:FR opposed']],
  ['es', 'Crítica fue también la reacción de Francia.', ['country:FR opposed']],
  ['de', 'Skeptisch äußerte sich auch Schweden.', ['country:SE skeptical']],
  ['de', 'Besorgt zeigte sich die Schweiz.', ['country:CH cautious']],
  ['ru', 'Осторожно отреагировали в Берлине.', ['country:DE cautious']],
  ['ru', 'Решение приветствовали в Токио.', ['country:JP supportive']],
  ['ru', 'Соглашение подписали в Берлине в пятницу.', []],
  ['it', 'La Svezia ha espresso apprezzamento per l\'intesa.', ['country:SE supportive']],
  ['es', 'Suecia expresó su apoyo al acuerdo.', ['country:SE supportive']],
  ['fr', 'La Suède a exprimé son soutien à l\'accord.', ['country:SE supportive']],
  ['ru', 'Швеция выразила поддержку соглашению.', ['country:SE supportive']],
  ['de', 'Schweden sicherte dem Abkommen seine Unterstützung zu.', ['country:SE supportive']],
  ['fr', 'Le Mexique a fermement condamné l\'attaque, qu\'il a qualifiée de lâche.', ['country:MX opposed']],
  ['es', 'México condenó enérgicamente el ataque.', ['country:MX opposed']],
  ['it', 'Il Messico ha condannato con fermezza l\'attacco.', ['country:MX opposed']],
  ['ru', 'Мексика решительно осудила нападение.', ['country:MX opposed']],
  ['de', 'Mexiko verurteilte den Angriff aufs Schärfste.', ['country:MX opposed']],
  ['fr', 'Le Brésil n\'a pas exclu de soutenir le plan.', []],
  ['es', 'Brasil todavía no se ha pronunciado sobre el acuerdo.', []],
  ['it', 'Il Brasile non ha ancora commentato la decisione.', []],
  ['ru', 'Бразилия пока не отреагировала на решение.', []],
  ['de', 'Brasilien hat sich noch nicht zu der Entscheidung geäußert.', []],
  ['es', 'Chile advirtió que la medida podría agravar la crisis.', ['country:CL cautious']],
  ['fr', 'Le Chili a averti que la mesure risquait d\'aggraver la crise.', ['country:CL cautious']],
  ['it', 'Il Cile ha avvertito che la misura rischia di aggravare la crisi.', ['country:CL cautious']],
  ['ru', 'Чили предупредила, что мера может усугубить кризис.', ['country:CL cautious']],
  ['de', 'Chile warnte, die Maßnahme könne die Krise verschärfen.', ['country:CL cautious']],
  ['fr', 'L\'Espagne a regretté la décision.', ['country:ES opposed']],
  ['ru', 'Испания выразила сожаление в связи с решением.', ['country:ES opposed']],
  ['de', 'Spanien bedauerte die Entscheidung.', ['country:ES opposed']],
  ['es', 'España lamentó la decisión.', ['country:ES opposed']],
  ['it', 'La Spagna si è rammaricata per la decisione.', ['country:ES opposed']],
];

describe('reactions beyond English', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = extractLanguageReactions({ title: '', text }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it.each(GRAMMAR)('grammar, %s: %s', (language, text, expected) => {
    const found = extractLanguageReactions({ title: '', text }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it.each(SESSION4)('avoidance, calls, impersonal places, %s: %s', (language, text, expected) => {
    const found = extractLanguageReactions({ title: '', text, publishedAt: '2026-03-05T10:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it.each(WIRE)('wire phrasing, %s: %s', (language, text, expected) => {
    // Dated, so that officials named in office resolve to their state.
    const found = extractLanguageReactions({ title: '', text, publishedAt: '2026-03-05T10:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('keeps the evidence in the original language and gives each reaction its actor kind and CAMEO code', () => {
    const [r] = extractLanguageReactions({ title: '', text: 'Die Vereinten Nationen begrüßten den Waffenstillstand.' }, 'de');
    expect(r).toMatchObject({ actor: { key: 'org:un' }, actorKind: 'igo', stance: 'supportive', evidence: 'Die Vereinten Nationen begrüßten den Waffenstillstand.' });
    expect(r!.cameo).not.toBeNull();
  });

  it('is chosen by the detected language in enrichment (English keeps its own extractor)', () => {
    expect(['de', 'fr', 'es', 'it', 'ru'].every(readsReactionsIn)).toBe(true);
    expect(readsReactionsIn('en')).toBe(false);
    const text = 'Il governo di Roma ha condannato con fermezza il lancio del missile, definendolo una minaccia alla pace nella regione. La Francia ha criticato il test.';
    const enriched = enrichArticle({ title: 'Missile, la condanna europea', text, languageHint: 'en' }, []);
    expect(enriched.language).toBe('it');
    expect(enriched.reactions.map((r) => `${r.actor.key} ${r.stance}`)).toContain('country:FR opposed');
  });
});

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

describe('reactions beyond English', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = extractLanguageReactions({ title: '', text }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it.each(GRAMMAR)('grammar, %s: %s', (language, text, expected) => {
    const found = extractLanguageReactions({ title: '', text }, language).map((r) => `${r.actor.key} ${r.stance}`);
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

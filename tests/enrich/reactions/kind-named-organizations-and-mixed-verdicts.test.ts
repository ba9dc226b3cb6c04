/**
 * Organizations the gazetteer does not hold, introduced by their kind ("l'ONG serbe Kalvo", "the farmers' alliance
 * Tierra Viva"), speak as non-state actors, and a demonym in their description is not their state speaking; a group
 * led by an actor speaks for it ("the OSCE-led mission"); an idiom reaching past a framing verb's object is read as
 * the idiom ("called the count into question"); joining a chorus takes the chorus's stance; reported words that praise
 * one thing and fault another, or a concession followed by a contrast and a criticism, are a mixed, cautious verdict;
 * nouns of congratulating, backing and rejecting carry their stance; an accused party denying its part reacts to no one;
 * an office the PETRARCH dictionaries leave open is trusted for a few years after they were compiled. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const LANGUAGE_CASES: [string, string, string[]][] = [
  ['fr', "L'ONG serbe Kalvo a dénoncé des fraudes massives.", ['org:kalvo opposed']],
  ['es', 'La alianza de agricultores Tierra Viva criticó la decisión del Gobierno.', ['org:tierra-viva opposed']],
  ['it', "L'associazione ambientalista Mare Pulito ha criticato la decisione.", ['org:mare-pulito opposed']],
  ['de', 'Die Menschenrechtsorganisation Kalvo kritisierte die Festnahmen scharf.', ['org:kalvo opposed']],
  ['ru', 'Неправительственная организация Kalvo осудила аресты.', ['org:kalvo opposed']],
  // a hyphen joins the parts of one name
  ['de', 'Die Hilfsorganisation Nord-Hilfe kritisierte die Regierung.', ['org:nord-hilfe opposed']],
  // a kind written with a capital inside a sentence opens a name of its own; a known name after a kind is that name
  ['es', 'La Cámara de Comercio Andina criticó la medida.', []],
  ['fr', 'Le parti de Vladimir Poutine a salué le résultat.', []],
  // a concession, a contrast, then criticism: a mixed verdict
  ['it', "L'Unione africana ha riconosciuto che il voto si è svolto in calma, ma ha criticato l'esclusione dei candidati.", ['org:au cautious']],
  ['es', 'Chile reconoció que la votación fue tranquila, pero criticó la exclusión de candidatos.', ['country:CL cautious']],
  ['de', 'Österreich räumte zwar Fortschritte ein, kritisierte aber die Verhaftungen.', ['country:AT cautious']],
  ['it', "Il Cile ha criticato l'esclusione dei candidati.", ['country:CL opposed']],
  // nouns of congratulating, backing and rejecting
  ['ru', 'Поздравления направили Турция и Венгрия.', ['country:HU supportive', 'country:TR supportive']],
  ['de', 'Rückhalt kam aus Ottawa.', ['country:CA supportive']],
  ['it', 'Da Ottawa è arrivata una bocciatura.', ['country:CA opposed']],
  // an accused party denying its part reacts to no one's move
  ['fr', 'Kigali rejette toute implication dans le bombardement.', []],
  ['ru', 'Кигали отверг свою причастность к удару.', []],
  ['fr', 'Kigali rejette la décision de Kinshasa.', ['country:RW opposed']],
  // a name spelled out before its acronym is one organization; a known acronym keeps its actor
  ['fr', "La Fédération des planteurs du Gabon (FPG) doute de l'efficacité de la mesure.", ['org:federation-des-planteurs-du-gabon skeptical']],
  ['de', 'Die Global Cocoa Alliance (GCA) kritisierte das Verbot.', ['org:global-cocoa-alliance opposed']],
  ['ru', 'Южноафриканское сообщество развития (САДК) осудило переворот.', ['org:sadc opposed']],
  ['es', 'La organización Amnistía Internacional (AI) criticó el juicio.', ['org:amnesty-international opposed']],
  // a participle agreeing with the noun before it describes the noun
  ['es', 'El Servicio Nacional de Alertas (SNA) informó de vientos sostenidos de 190 kilómetros por hora.', []],
  ['es', 'La Comisión Europea exigió una investigación de las irregularidades denunciadas.', ['org:eu cautious']],
  ['it', 'Le misure sono state criticate dalla Francia.', ['country:FR opposed']],
  // a word of such a name is no cue
  ['fr', "Les Forces de soutien populaire (FSP) ont signé l'accord.", []],
  // a name opened by a capitalised kind is its clause's subject, though not reported
  ['it', "La Germania ha accolto con favore l'accordo. Il Partito repubblicano, principale forza di opposizione, ha bocciato il piano.", ['country:DE supportive']],
  ['it', "L'Associazione nazionale del Perù ha criticato la riforma.", []],
  // "the organization" refers back to the organization named shortly before, not to a plural
  ['fr', "Médecins sans frontières gère l'hôpital. L'organisation a dénoncé une attaque « inacceptable ».", ['org:msf opposed']],
  ['de', 'Ärzte ohne Grenzen betreibt die Klinik. Die Organisation verurteilte den Angriff.', ['org:msf opposed']],
  ['fr', 'Médecins sans frontières gère l’hôpital. Les ONG restent prudentes.', []],
  // the first person plural of a statement, a conjugated form with a short stem, a noun before its verb of avoiding
  ['ru', '«Мы приветствуем это решение», — заявил Лавров.', ['country:RU supportive']],
  ['it', 'La Germania dubita della riforma.', ['country:DE skeptical']],
  ['ru', 'Африканский союз призвал к диалогу, но от осуждения воздержался.', ['org:au cautious']],
  ['it', "Prudente l'Unione europea.", ['org:eu cautious']],
  ['it', 'Il Belgio ha accolto con entusiasmo la notizia.', ['country:BE supportive']],
  // a conjugated form matches itself and an ending, not a longer word of its stem ("a proposito" is no proposal)
  ['it', '«Condanniamo ogni forma di terrorismo». Così il ministro degli Esteri del Cile, a proposito della sparatoria.', ['country:CL opposed']],
  // a name alone before a comma, another actor right after it: a topic label; a list or a parenthetical is no label
  ['it', "Iran, l'Onu lancia l'allarme per il bilancio delle vittime.", ['org:un cautious']],
  ['es', 'Francia, Alemania y el Reino Unido lo acogieron con cautela.', ['country:DE cautious', 'country:FR cautious', 'country:GB cautious']],
  ['fr', 'Washington, de son côté, a critiqué la décision.', ['country:US opposed']],
  // a name listed after one a preposition governs is governed too; a government placed in a country speaks for it
  ['fr', "La France condamne l'escalade entre Israël et l'Iran, exprimant sa préoccupation.", ['country:FR opposed']],
  ['ru', 'Россия осуждает эскалацию между Израилем и Ираном, выражая обеспокоенность.', ['country:RU opposed']],
  ['de', 'Die Regierung in Polen kritisierte den Schritt.', ['country:PL opposed']],
  ['de', 'Die Militärregierung in Mali hatte der Junta im Niger Unterstützung signalisiert.', ['country:ML supportive']],
  // "without" shortly before a cue: the reaction did not happen; not a word of a name, nor after a comma
  ['fr', "L'Union africaine a rappelé ses principes, sans condamner la réforme.", []],
  ['de', 'Die Afrikanische Union rief zum Dialog auf, ohne die Reform zu verurteilen.', ['org:au cautious']],
  ['fr', "Sans attendre, Paris a condamné l'attaque.", ['country:FR opposed']],
  ['fr', 'Médecins sans frontières a dénoncé le blocus.', ['org:msf opposed']],
  ['fr', 'Moscou et Pékin ont fait bloc derrière Caracas.', ['country:CN supportive', 'country:RU supportive']],
  // a condition after a comma may open with its verb
  ['de', 'Japan sagte Hilfe zu, sollte die Regierung darum bitten.', []],
  ['de', 'Japan sagte Hilfe zu.', ['country:JP supportive']],
  // German capitalises nouns: only a lone name or an acronym after the kind is read
  ['de', 'Die Organisation Kalvo Nord kritisierte die Blockade.', []],
];

const ENGLISH_CASES: [string, string[]][] = [
  ["The farmers' alliance Tierra Viva accused the government of abandoning growers.", ['org:tierra-viva opposed']],
  ['The watchdog Kalvo, a Belgrade-based monitor, called the integrity of the count into question.', ['org:kalvo skeptical']],
  ['The Saudi-led coalition condemned the attack on the port.', ['country:SA opposed']],
  ['Norway and Ireland joined the chorus of criticism.', ['country:IE opposed', 'country:NO opposed']],
  ['Chile joined the praise for the agreement.', ['country:CL supportive']],
  ['The OSCE said voters had "a genuine choice" but that the campaign was marred by intimidation and abuse.', ['org:osce cautious']],
  ['Russian-led forces entered the town.', []],
  // an office, then the person who holds it
  ['UN Secretary-General Antonio Guterres condemned the shelling.', ['org:un opposed']],
  ['UN Secretary-General Guterres welcomed the truce.', ['org:un supportive']],
  // having concerns is concern; having none is no reaction
  ['"We have serious concerns about the count," said Canadian Foreign Minister Anita Anand.', ['country:CA cautious']],
  ['Canada has no concerns about the count.', []],
  // a description before a listed passive agent
  ['The coup was condemned by the United States and former colonial power France.', ['country:FR opposed', 'country:US opposed']],
  // an accused party denying its part reacts to no one's move
  ['Rwanda rejected the accusation.', []],
  ['Kigali denied any involvement in the shelling.', []],
  ['Beijing rejected the ruling.', ['country:CN opposed']],
];

/** A role the PETRARCH dictionaries leave open (compiled around 2016) is trusted for a few years after, not for ever. */
const DATED_CASES: [string, string, string[]][] = [
  ['Nelson Chamisa urged calm.', '2012-05-01T10:00:00Z', ['country:ZW cautious']],
  ['Nelson Chamisa urged calm.', '2026-03-05T10:00:00Z', []],
];

describe('organizations named by their kind, led groups and mixed verdicts', () => {
  it.each(DATED_CASES)('en: %s (%s)', (text, date, expected) => {
    expect(englishReactionPairs(text, date)).toEqual(expected);
  });
  it.each(LANGUAGE_CASES)('%s: %s', (language, text, expected) => {
    expect([...new Set(languageReactionPairs(language, text))].sort()).toEqual([...expected].sort());
  });
  it.each(ENGLISH_CASES)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
});

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
  ['it', 'Il Portogallo ha respinto le accuse di Madrid.', ['country:PT opposed']],
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

describe('reactions beyond English', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
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

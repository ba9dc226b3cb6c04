/**
 * Coverage of the generated multilingual names over whole lists, and recognition of the common short names, exonyms,
 * IGO names and foreign-ministry metonyms of issue 15's languages. Every UN member state (from world-countries, one of
 * the build's sources) must be found by its name in running text of each corpus language; every major IGO must have a
 * name in each of ten languages that is found in running text. Sentences are written for the test, not taken from any
 * corpus.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Countries } from 'world-countries';
import { findMultilingualMentions } from '../../../src/enrich/entities/multilingual/find-multilingual.ts';
import { namesOf } from '../../../src/enrich/entities/multilingual/names-data.ts';

const countries = createRequire(import.meta.url)('world-countries') as Countries;
const unMembers = countries.filter((c) => c.unMember).map((c) => c.cca2);
const keysIn = (language: string, text: string) => new Set(findMultilingualMentions(text, language).map((m) => m.entity.key));

/** A neutral sentence per language with the name as its subject, mid-sentence so it is not at a sentence start. */
const FRAME: Record<string, (name: string) => string> = {
  de: (n) => `Am Montag erklärte ${n}, die Gespräche gingen weiter.`,
  fr: (n) => `Lundi, ${n} a déclaré que les discussions continuaient.`,
  es: (n) => `El lunes, ${n} declaró que las conversaciones seguían.`,
  it: (n) => `Lunedì ${n} ha dichiarato che i colloqui proseguono.`,
  ru: (n) => `В понедельник ${n} заявила, что переговоры продолжаются.`,
  pt: (n) => `Na segunda-feira, ${n} declarou que as conversas continuam.`,
  nl: (n) => `Maandag verklaarde ${n} dat de gesprekken doorgaan.`,
  ar: (n) => `وقالت ${n} يوم الاثنين إن المحادثات مستمرة.`,
  zh: (n) => `${n}周一表示，谈判仍在继续。`,
  ja: (n) => `${n}は月曜日、協議が続いていると述べた。`,
};
const CORPUS_LANGUAGES = ['de', 'fr', 'es', 'it', 'ru'];
const IGO_LANGUAGES = ['de', 'fr', 'es', 'it', 'ru', 'pt', 'nl', 'ar', 'zh', 'ja'];
const IGOS = ['org:un', 'org:eu', 'org:nato', 'org:au', 'org:asean', 'org:opec', 'org:who', 'org:iaea', 'org:icc', 'org:osce', 'org:g7', 'org:g20'];

describe('every UN member state in every corpus language', () => {
  it('world-countries lists the UN members', () => {
    expect(unMembers.length).toBeGreaterThanOrEqual(193);
  });

  it.each(IGO_LANGUAGES)('%s: each UN member has a name, and its name or a short form is found in a sentence', (language) => {
    const missing: string[] = [];
    for (const code of unMembers) {
      const key = `country:${code}`;
      const own = namesOf(key).filter((n) => n.language === language && (n.via === 'name' || n.via === 'alias'));
      if (!own.some((n) => n.via === 'name') || !own.some((n) => keysIn(language, FRAME[language]!(n.name)).has(key))) missing.push(code);
    }
    expect(missing).toEqual([]);
  });

  it.each(IGO_LANGUAGES)('%s: no alias of one country is the name of another', (language) => {
    const owner = new Map<string, string>();
    for (const code of unMembers) for (const n of namesOf(`country:${code}`)) if (n.language === language && n.via === 'name') owner.set(n.name.toLowerCase(), code);
    const taken = unMembers.flatMap((code) =>
      namesOf(`country:${code}`).filter((n) => n.language === language && n.via === 'alias' && (owner.get(n.name.toLowerCase()) ?? code) !== code).map((n) => `${code} ${n.name}`),
    );
    expect(taken).toEqual([]);
  });

  it.each(CORPUS_LANGUAGES)('%s: a bare name shared by two countries resolves to the one it names', (language) => {
    for (const code of ['CG', 'CD', 'KR', 'KP', 'NE', 'NG', 'GN', 'GQ', 'DM', 'DO']) {
      const name = namesOf(`country:${code}`).find((n) => n.language === language && n.via === 'name')!.name;
      expect([...keysIn(language, FRAME[language]!(name))].filter((k) => k.startsWith('country:')), `${code} ${name}`).toEqual([`country:${code}`]);
    }
  });
});

describe('major intergovernmental organizations in ten languages', () => {
  it.each(IGOS.flatMap((key) => IGO_LANGUAGES.map((language) => [key, language] as const)))('%s has a name in %s found in a sentence', (key, language) => {
    const own = namesOf(key).filter((n) => n.language === language);
    expect(own.length, `${key} ${language}`).toBeGreaterThan(0);
    const unfound = own.filter((n) => !keysIn(language, FRAME[language]!(n.name)).has(key)).map((n) => n.name);
    expect(unfound).toEqual([]);
  });
});

describe('common short names, exonyms and foreign ministries', () => {
  it.each([
    ['it', "Secondo l'Olanda l'accordo è equo.", 'country:NL'],
    ['es', 'Holanda votó en contra.', 'country:NL'],
    ['ru', 'Голландия выступила против.', 'country:NL'],
    ['de', 'Auch Holland stimmte dagegen.', 'country:NL'],
    ['it', 'Il Vaticano ha accolto la proposta.', 'country:VA'],
    ['it', 'La Santa Sede ha accolto la proposta.', 'country:VA'],
    ['de', 'Der Vatikan begrüßte den Vorschlag.', 'country:VA'],
    ['de', 'Ein Sprecher des Heiligen Stuhls sagte.', 'country:VA'],
    ['fr', 'Le Saint-Siège a salué la proposition.', 'country:VA'],
    ['es', 'El Vaticano acogió la propuesta.', 'country:VA'],
    ['ru', 'Ватикан поддержал предложение.', 'country:VA'],
    ['ru', 'Южная Корея выразила поддержку.', 'country:KR'],
    ['ru', 'Делегация Южной Кореи прибыла.', 'country:KR'],
    ['ru', 'Северная Корея провела пуск.', 'country:KP'],
    ['es', 'Corea del Sur expresó su apoyo.', 'country:KR'],
    ['it', 'La Corea del Sud ha espresso sostegno.', 'country:KR'],
    ['ru', 'Белоруссия закрыла границу.', 'country:BY'],
    ['de', 'Weißrussland schloss die Grenze.', 'country:BY'],
    ['es', 'Birmania cerró la frontera.', 'country:MM'],
    ['ru', 'Косово объявило о выборах.', 'country:XK'],
    ['ru', 'Палестина подала заявку.', 'country:PS'],
    ['ru', 'Тайвань провел учения.', 'country:TW'],
    ['fr', 'Taïwan a organisé des exercices.', 'country:TW'],
    ['de', 'Das Auswärtige Amt bestellte den Botschafter ein.', 'country:DE'],
    ['de', 'Ein Sprecher des Auswärtigen Amts sagte.', 'country:DE'],
    ['fr', "Le Quai d'Orsay a convoqué l'ambassadeur.", 'country:FR'],
    ['it', "La Farnesina ha convocato l'ambasciatore.", 'country:IT'],
    ['pt', 'O Itamaraty convocou o embaixador.', 'country:BR'],
    ['ru', 'МИД вызвал посла.', 'country:RU'],
    ['ru', 'На Смоленской площади заявили протест.', 'country:RU'],
    ['es', 'El Palacio de Santa Cruz convocó al embajador.', 'country:ES'],
    ['fr', 'La diplomatie européenne a réagi.', 'org:eu'],
    ['it', 'La diplomazia europea ha reagito.', 'org:eu'],
    ['it', "Secondo l'esecutivo Ue la proposta è valida.", 'org:european-commission'],
    ['fr', "Selon l'exécutif européen, la proposition tient.", 'org:european-commission'],
    ['es', 'El Ejecutivo comunitario respondió.', 'org:european-commission'],
  ])('%s: "%s" mentions %s', (language, text, key) => {
    expect(keysIn(language, text)).toContain(key);
  });

  it.each([
    ['ru', 'МИД Франции вызвал посла.', 'country:FR', 'country:RU'],
    ['ru', 'МИД Германии выразил протест.', 'country:DE', 'country:RU'],
  ])('%s: "%s": a ministry followed by a country is that country\'s (%s, not %s)', (language, text, owner, notOwner) => {
    const keys = keysIn(language, text);
    expect(keys).toContain(owner);
    expect(keys).not.toContain(notOwner);
  });
});

/**
 * The multilingual gazetteer: the generated names data (languages, scripts, IGO acronyms, capitals, its recorded
 * sources), the hand-written supplement it merges, and recognition in running text (inflection, acronym case,
 * capital metonymy, people across scripts). Sentences here are written for the test, not taken from any corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';
import { gazetteer } from '../../../src/enrich/entities/gazetteer.ts';
import { findMultilingualMentions } from '../../../src/enrich/entities/multilingual/find-multilingual.ts';
import { nameSkeleton } from '../../../src/enrich/entities/multilingual/name-skeleton.ts';
import { multilingualNames, namesOf } from '../../../src/enrich/entities/multilingual/names-data.ts';

const data = JSON.parse(readFileSync(new URL('../../../src/enrich/entities/data/names-multilingual.json', import.meta.url), 'utf8'));
const supplement = JSON.parse(readFileSync(new URL('../../../scripts/data/multilingual-supplement.json', import.meta.url), 'utf8'));
const keysIn = (language: string, text: string) => new Set(findMultilingualMentions(text, language).map((m) => m.entity.key));
const has = (key: string, language: string, name: string) => namesOf(key).some((n) => n.language === language && n.name === name);

describe('multilingual names data', () => {
  it('names every gazetteer country in at least 20 languages', () => {
    expect(multilingualNames().languages.length).toBeGreaterThanOrEqual(20);
    for (const c of gazetteer().data.countries) {
      const languages = new Set(namesOf(`country:${c.code}`).filter((n) => n.via === 'name').map((n) => n.language));
      expect(languages.size, c.code).toBeGreaterThanOrEqual(20);
    }
  });

  it.each([
    ['country:CN', 'ru', 'Китай'], ['country:CN', 'zh', '中国'], ['country:CN', 'ar', 'الصين'], ['country:RU', 'uk', 'Росія'],
    ['country:US', 'ru', 'США'], ['country:US', 'es', 'EE. UU.'], ['country:DE', 'fr', 'Allemagne'], ['country:JP', 'ja', '日本'],
    ['country:RU', 'de', 'russisch'], ['country:RU', 'ru', 'российский'], ['country:CN', 'it', 'cinese'], ['country:FR', 'es', 'francés'],
    ['org:un', 'fr', 'ONU'], ['org:un', 'de', 'UNO'], ['org:un', 'ru', 'ООН'], ['org:nato', 'fr', 'OTAN'], ['org:nato', 'ru', 'НАТО'],
    ['org:eu', 'fr', 'UE'], ['org:eu', 'de', 'EU'], ['org:eu', 'ru', 'ЕС'], ['org:iaea', 'ru', 'МАГАТЭ'], ['org:iaea', 'es', 'OIEA'],
    ['place:beijing', 'fr', 'Pékin'], ['place:beijing', 'ru', 'Пекин'], ['place:brussels', 'es', 'Bruselas'], ['place:moscow', 'it', 'Mosca'],
    // capitals whose Russian name's skeleton is too short to match by transliteration, and demonyms the packages lack
    ['place:abuja', 'ru', 'Абуджа'], ['place:doha', 'ru', 'Доха'], ['place:quito', 'ru', 'Кито'], ['place:yaounde', 'ru', 'Яунде'],
    ['place:yaounde', 'es', 'Yaundé'], ['place:yaounde', 'de', 'Jaunde'], ['place:riyadh', 'it', 'Riad'], ['place:bern', 'es', 'Berna'],
    ['country:NG', 'de', 'nigerianisch'], ['country:NG', 'it', 'nigeriano'], ['country:RW', 'it', 'ruandese'], ['country:PE', 'ru', 'перуанский'],
  ])('%s is "%s" in %s', (key, language, name) => {
    expect(has(key, language, name)).toBe(true);
  });

  it('records the packages, versions and licences it was generated from', () => {
    for (const p of ['cldr-localenames-full', 'cldr-dates-full', 'i18n-iso-countries', 'i18n-nationality', 'world-countries']) {
      expect(data.$source.packages[p].version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(data.$source.packages[p].license).toBeTruthy();
    }
    expect(data.$source.generatedBy).toBe('scripts/data/build-multilingual-names.ts');
  });

  it('merges a supplement whose every key is a gazetteer entity or one it declares, with the five big languages for each IGO', () => {
    const known = (k: string) => gazetteer().byKey.has(k) || k in supplement.entities;
    for (const section of ['organizations', 'institutions', 'adjectives', 'capitals']) {
      for (const key of Object.keys(supplement[section]).filter((k) => !k.startsWith('$'))) expect(known(key), `${section} ${key}`).toBe(true);
    }
    for (const [key, byLanguage] of Object.entries<Record<string, string[]>>(supplement.organizations)) {
      for (const l of ['de', 'fr', 'es', 'it', 'ru']) expect(byLanguage[l]?.length, `${key} ${l}`).toBeGreaterThan(0);
    }
  });
});

describe('multilingual recognition', () => {
  it.each([
    // an organization known by its own-language name in every language: the English gazetteer's name is read everywhere
    ['de', 'Die Welthungerhilfe verteilte Zelte an 2000 Familien.', 'org:welthungerhilfe'],
    ['fr', "L'ONG allemande Welthungerhilfe a distribué des tentes.", 'org:welthungerhilfe'],
  ])('%s: "%s" names %s', (language, text, key) => {
    expect(extractEntities({ title: '', text, language }).map((e) => e.entity.key)).toContain(key);
  });

  it.each([
    ['ru', 'Переговоры с Китаем продолжатся.', 'country:CN'],
    ['ru', 'Поставки из Китая выросли.', 'country:CN'],
    ['ru', 'Делегация прибыла к Китаю.', 'country:CN'],
    ['ru', 'Посол Египта вручил грамоты.', 'country:EG'],
    ['ru', 'Визит в Соединенные Штаты отложен.', 'country:US'],
    ['ru', 'Решение российских властей.', 'country:RU'],
    ['ru', 'Российско-индийский форум открылся.', 'country:RU'],
    ['ru', 'Заявление Евросоюза опубликовано.', 'org:eu'],
    ['fr', 'Le Conseil norvégien pour les réfugiés se dit inquiet.', 'org:norwegian-refugee-council'],
    ['es', 'Reporteros Sin Fronteras exigió su liberación.', 'org:reporters-without-borders'],
    ['de', 'Reporter ohne Grenzen kritisierte das Urteil.', 'org:reporters-without-borders'],
    ['it', "La Comunità di Sant'Egidio ha chiesto di riaprire il negoziato.", 'org:community-of-sant-egidio'],
    ['fr', "La communauté de Sant’Egidio a proposé sa médiation.", 'org:community-of-sant-egidio'],
    ['de', 'Die Rolle Frankreichs wächst.', 'country:FR'],
    ['de', 'Das hängt von Chinas Haltung ab.', 'country:CN'],
    ['de', 'Die russischen Truppen zogen ab.', 'country:RU'],
    ['de', 'Die Europäischen Union beriet.', 'org:eu'],
    // A name's adjectives in the strong form take the weak and mixed endings after an article.
    ['de', 'Ein Sprecher des Europäischen Auswärtigen Dienstes sagte das.', 'org:eeas'],
    ['de', 'Malawi hat beim Internationalen Gerichtshof geklagt.', 'org:icj'],
    ['de', 'Der Internationale Gerichtshof entschied am Montag.', 'org:icj'],
    ['ru', 'В Управлении ООН по делам беженцев усомнились в этом.', 'org:unhcr'],
    ['de', 'Der Europäische Auswärtige Dienst schwieg.', 'org:eeas'],
    ['fr', "Les autorités américaines ont réagi.", 'country:US'],
    ['fr', "Une délégation d'Italie est arrivée.", 'country:IT'],
    ['fr', "Le Conseil de sécurité de l'ONU se réunit.", 'org:unsc'],
    ['es', 'Los diplomáticos rusos se retiraron.', 'country:RU'],
    ['es', 'Las empresas españolas invierten.', 'country:ES'],
    ['it', 'Le aziende cinesi esportano acciaio.', 'country:CN'],
    ['it', "Il Consiglio di sicurezza dell'Onu ha votato.", 'org:unsc'],
    ['it', "La posizione dell'Onu è chiara.", 'org:un'],
    // Regional organizations, by their names and acronyms in each language.
    ['fr', "La Communauté économique des États de l'Afrique centrale (CEEAC) a réagi.", 'org:eccas'],
    ['es', 'La Comunidad de Países de Lengua Portuguesa pidió calma.', 'org:cplp'],
    ['de', 'Die Zentralafrikanische Wirtschafts- und Währungsgemeinschaft zeigte sich besorgt.', 'org:cemac'],
    ['it', 'Il Sistema di integrazione centroamericana ha offerto una mediazione.', 'org:sica'],
    ['ru', 'Комиссия бассейна озера Чад призвала к сотрудничеству.', 'org:lcbc'],
    ['fr', 'Le Groupe du fer de lance mélanésien se réunit à Port-Vila.', 'org:msg'],
    ['es', 'La Comisión Interamericana de Derechos Humanos pidió medidas cautelares.', 'org:iachr'],
    ['fr', 'La CIDH a demandé des mesures de protection.', 'org:iachr'],
    ['ru', 'Межамериканская комиссия по правам человека потребовала расследования.', 'org:iachr'],
    // Acronyms made of a full name's initials by the build script, and organizations written in full.
    ['es', 'La OEA convocó una sesión.', 'org:oas'],
    ['es', 'La secretaria general de la Commonwealth habló.', 'org:commonwealth'],
    ['ru', 'Содружество наций осудило переворот.', 'org:commonwealth'],
    ['fr', 'Le SEAE a publié un communiqué.', 'org:eeas'],
    ['de', 'Der EAD veröffentlichte eine Erklärung.', 'org:eeas'],
    ['fr', "L'AES a publié un communiqué.", 'org:aes'],
    ['ru', 'АГС опубликовал заявление.', 'org:aes'],
    ['es', 'El ACNUR pidió ayuda.', 'org:unhcr'],
    ['it', 'La Comunità caraibica si è riunita.', 'org:caricom'],
    ['fr', 'La CEDEAO a tenu un sommet.', 'org:ecowas'],
    // English acronyms and international bodies' English names, as other languages' papers keep them.
    ['it', 'Secondo la Caricom il vertice è rinviato.', 'org:caricom'],
    ['de', 'Die CARICOM tagte am Montag.', 'org:caricom'],
    ['de', 'Das Pacific Islands Forum tagte in Suva.', 'org:pacific-islands-forum'],
    ['es', 'Human Rights Watch publicó un informe.', 'org:human-rights-watch'],
    // Regional bodies and development banks the supplement names in each language.
    ['fr', 'Le Forum des îles du Pacifique se réunira.', 'org:pacific-islands-forum'],
    ['ru', 'Форум тихоокеанских островов собрался в Суве.', 'org:pacific-islands-forum'],
    ['es', 'El Banco Africano de Desarrollo aprobó un crédito.', 'org:afdb'],
    ['de', 'Der Weltklimarat legte einen Bericht vor.', 'org:ipcc'],
    ['fr', "L'Agence européenne pour la sécurité maritime (EMSA) a affrété un navire.", 'org:emsa'],
    ['ru', 'Хельсинкская комиссия созвала совещание.', 'org:helcom'],
    ['es', 'El Club de París aceptó negociar.', 'org:paris-club'],
    ['it', "La Corte permanente di arbitrato dell'Aia si è pronunciata.", 'org:permanent-court-of-arbitration'],
    // the High Commissioner's title names the office
    ['de', 'Der UN-Hochkommissar für Menschenrechte zeigte sich besorgt.', 'org:ohchr'],
    ['fr', "Le Haut-Commissaire de l'ONU aux droits de l'homme a protesté.", 'org:ohchr'],
    // The DR Congo by its short forms, and by the adjective the supplement gives it over the Republic of the Congo.
    ['fr', 'La RDC a fermé sa frontière.', 'country:CD'],
    ['ru', 'Власти ДРК закрыли границу.', 'country:CD'],
    ['de', 'Die DR Kongo schloss die Grenze.', 'country:CD'],
    ['es', 'El Gobierno congoleño cerró la frontera.', 'country:CD'],
    ['it', 'Il governo congolese ha chiuso il confine.', 'country:CD'],
    // An adjective two countries share belongs to the one many times the other's size.
    ['es', 'El presidente dominicano cerró la frontera.', 'country:DO'],
    ['fr', 'Le gouvernement dominicain a fermé la frontière.', 'country:DO'],
    // The self-governing nations of the Danish realm are listed as states of their own.
    ['de', 'Die Regierung Grönlands vergab die Lizenz.', 'country:GL'],
    ['ru', 'Правительство Гренландии выдало лицензию.', 'country:GL'],
    ['es', 'El Gobierno groenlandés otorgó la licencia.', 'country:GL'],
    ['fr', 'Le gouvernement féroïen a fermé ses eaux.', 'country:FO'],
    // Capitals by their exonyms, where CLDR's time-zone cities lack them.
    ['fr', 'À Berne, le Département fédéral des affaires étrangères a réagi.', 'place:bern'],
    // So are the self-governing Falkland Islands, by their names in each language.
    ['es', 'El gobierno de las Malvinas otorgó la licencia.', 'country:FK'],
    ['ru', 'Власти Фолклендов выдали лицензию.', 'country:FK'],
    ['de', 'Die Regierung der Falklandinseln vergab die Lizenz.', 'country:FK'],
    ['it', 'Il governo delle Isole Falkland ha assegnato la licenza.', 'country:FK'],
    // A surname that is also a given name still names its bearer alone.
    ['it', 'Il presidente Pavel ha criticato la sentenza.', 'person:petr-pavel'],
  ])('%s: "%s" mentions %s', (language, text, key) => {
    expect(keysIn(language, text)).toContain(key);
  });

  it.each([
    ['it', 'Usa il telefono ogni giorno.', 'country:US', 'an acronym Title-cased at a sentence start is a word'],
    ['it', "L'onu non c'entra.", 'org:un', 'an acronym in lower case is not the acronym'],
    ['it', 'Uno dei due accordi è scaduto.', 'org:un', "an English acronym that is a word of the language (UNO) is the word"],
    ['de', 'Die Islands Regierung tagte.', 'org:pacific-islands-forum', 'a word of an English name alone is not the name'],
    ['de', 'Die Berliner Luft ist kalt.', 'country:DE', 'the adjective of a capital is not its state'],
    ['de', 'Die Gespräche fanden in Moskau statt.', 'country:RU', 'a capital after a locative is a place'],
    ['fr', 'Un sommet se tiendra à Pékin.', 'country:CN', 'a capital after a locative is a place'],
    ['it', 'BRUXELLES – La Commissione ha deciso.', 'org:eu', 'a dateline is a place'],
    ['de', 'Moskau, 5. März (dpa) – Die Regierung hat entschieden.', 'country:RU', 'a dateline with a date is a place'],
    ['es', 'Madrid, 5 mar (EFE).- El Gobierno decidió.', 'country:ES', 'a dateline with an agency is a place'],
    ['ru', 'Москва, 5 марта — Правительство приняло решение.', 'country:RU', 'a dateline with a date is a place'],
    ['fr', 'Pékin (AFP) – Le gouvernement a décidé.', 'country:CN', 'a dateline with an agency is a place'],
    ['ru', 'Саммит пройдет в Москве.', 'country:RU', 'a capital after a locative is a place'],
    ['ru', 'В Москве прошла встреча.', 'country:RU', 'a capital opening a sentence with a subject of its own is a place'],
    ['es', 'Santiago Peña criticó el acuerdo.', 'country:CL', "a capital's name before a surname is a first name"],
    ['it', 'Victoria Nuland ha parlato.', 'country:SC', "a capital's name before a surname is a first name"],
    ['it', 'Pavel Kowalski ha criticato la sentenza.', 'person:petr-pavel', "a given name before another name opens that person's name"],
    ['es', 'Pavel Novak criticó la sentencia.', 'person:petr-pavel', "a given name before another name opens that person's name"],
    ['ru', 'Павел Смирнов раскритиковал приговор.', 'person:petr-pavel', "a given name in Cyrillic before another name opens that person's name"],
    ['it', 'Il Consiglio danese per i rifugiati ha lanciato un allarme.', 'country:DK', "a demonym inside an organization's name"],
    ['ru', 'Норвежский совет по делам беженцев выразил тревогу.', 'country:NO', "a demonym inside an organization's name"],
    ['it', 'Il CNR ha pubblicato un nuovo studio sui ghiacciai.', 'org:norwegian-refugee-council', 'no acronym is made up for a non-governmental organization'],
  ])('%s: "%s" does not mention %s (%s)', (language, text, key) => {
    expect(keysIn(language, text)).not.toContain(key);
  });

  it.each([
    ['de', 'Moskau kritisierte die Entscheidung.', ['place:moscow', 'country:RU']],
    ['fr', 'Pékin a dénoncé la mesure.', ['place:beijing', 'country:CN']],
    ['es', 'La decisión de Bruselas sorprendió.', ['place:brussels', 'org:eu']],
    ['ru', 'Вашингтон выразил сомнение.', ['place:washington', 'country:US']],
    ['it', 'BRUXELLES – La Commissione ha deciso.', ['place:brussels']],
    ['es', 'Pekín, en cambio, criticó la decisión.', ['place:beijing', 'country:CN']],
    ['es', 'Pionyang condenó la decisión.', ['place:pyongyang', 'country:KP']],
    ['it', 'Pjongjang ha condannato la decisione.', ['place:pyongyang', 'country:KP']],
    // a capital of two words spelled word by word in another habit
    ['fr', 'Abou Dhabi a condamné la décision.', ['place:abu-dhabi', 'country:AE']],
    ['fr', 'Le navire a quitté Abou Dhabi lundi.', ['place:abu-dhabi']],
    ['de', 'Moskau hat die Entscheidung kritisiert.', ['place:moscow', 'country:RU']],
    ['ru', 'Пекин, в свою очередь, осудил решение.', ['place:beijing', 'country:CN']],
    ['it', 'Mosca, dal canto suo, ha condannato il lancio.', ['place:moscow', 'country:RU']],
    // A capital opening a sentence whose subject is impersonal is who spoke there.
    ['ru', 'В Пекине от комментариев воздержались.', ['place:beijing', 'country:CN']],
    ['ru', 'В Варшаве решение осудили.', ['place:warsaw', 'country:PL']],
    ['de', 'In Warschau zeigte man sich besorgt.', ['place:warsaw', 'country:PL']],
  ])('%s: "%s" gives the capital and, used as an actor, its state', (language, text, keys) => {
    const found = keysIn(language, text);
    for (const k of keys) expect(found).toContain(k);
  });

  it('resolves Зеленский, Zelensky, Selenskyj and Zelenskyy to one person, inflected forms included', () => {
    const cases: Array<[string, string]> = [
      ['ru', 'Владимир Зеленский выступил с обращением.'],
      ['ru', 'Слова Зеленского прозвучали вечером.'],
      ['ru', 'Встреча с Зеленским состоялась.'],
      ['de', 'Präsident Selenskyj sprach in Kiew.'],
      ['de', 'Selenskyjs Berater widersprach.'],
      ['fr', 'Volodymyr Zelensky a parlé.'],
      ['es', 'El presidente Zelenski habló.'],
      ['it', 'Il presidente Zelenskyy ha parlato.'],
    ];
    for (const [language, text] of cases) {
      const people = extractEntities({ title: '', text, language }).filter((e) => e.entity.kind === 'person').map((e) => e.entity.key);
      expect(people, `${language}: ${text}`).toContain('person:volodymyr-zelenskyy');
    }
    expect(new Set(['Зеленский', 'Zelensky', 'Selenskyj', 'Zelenskyy', 'Zelenskiy'].map(nameSkeleton)).size).toBe(1);
  });

  it.each([
    ['zh', '中国外交部发言人表示，中方欢迎联合国的决定，并呼吁美国和俄罗斯保持克制。', ['country:CN', 'org:un', 'country:US', 'country:RU']],
    ['ja', '日本政府は国連の決定を歓迎し、中国とロシアに自制を求めた。', ['country:JP', 'org:un', 'country:CN', 'country:RU']],
  ])('%s: names in a script written without spaces, through the shared word segmenter', (language, text, keys) => {
    expect([...keysIn(language, text)].sort()).toEqual([...keys].sort());
  });

  it('keeps different people apart', () => {
    expect(nameSkeleton('Putin')).not.toBe(nameSkeleton('Lavrov'));
    expect(keysIn('ru', 'Слова Лаврова и Путина.')).toEqual(new Set(['person:sergey-lavrov', 'person:vladimir-putin']));
  });

  it('leaves English text to the English gazetteer and its proper-name finder', () => {
    const en = extractEntities({ title: '', text: 'Russia and the UN welcomed the talks in Geneva, said Anna Borg of Nordic Freight.', language: 'en' });
    expect(en.map((e) => e.entity.key)).toEqual(expect.arrayContaining(['country:RU', 'org:un']));
    expect(en.some((e) => e.entity.origin === 'nlp')).toBe(true);
  });
});

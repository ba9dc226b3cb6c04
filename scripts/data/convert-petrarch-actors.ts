/**
 * Converts the PETRARCH2/Phoenix actor and agent dictionaries (openeventdata/petrarch2, MIT) into the gazetteer's
 * own format, src/enrich/entities/data/petrarch-actors.json:
 * - offices and institutions that speak for a state ("Homeland Security Secretary", "White House", "Pentagon"),
 *   with the CAMEO sector (GOV, MIL, SPY…);
 * - people with dated roles ("[JPNGOV 20121226-…]"): an article's date decides whom they speak for;
 * - international organizations (IGO codes: a UN body speaks for the UN) and non-state organizations (NGO, MNC
 *   companies, armed and rebel groups), each with its CAMEO code;
 * - agent nouns ("foreign minister", "spokesman", "embassy") with the sector they give a state actor.
 * Names are kept as written upstream, underscores turned into spaces, ALL CAPS into title case; the matching code
 * is case-insensitive for them except for acronyms.
 *
 *   node --import tsx scripts/data/convert-petrarch-actors.ts <petrarch2 snapshot>
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { openSnapshot } from './petrarch-source.ts';

/** world-countries is CommonJS: loaded through require so its JSON is the array itself. */
const countries = createRequire(import.meta.url)('world-countries') as Countries;

const DICT = 'petrarch2/data/dictionaries/';
const OUT = fileURLToPath(new URL('../../src/enrich/entities/data/petrarch-actors.json', import.meta.url));

/** CAMEO sectors under which an office or person speaks for its state. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'SPY', 'JUD', 'LEG', 'COP']);
/** CAMEO country codes that are not ISO 3166-1 alpha-3. */
const CAMEO_ALPHA3: Record<string, string> = { ROM: 'ROU', SRB: 'SRB', KSV: 'XKX', TMP: 'TLS', ZAR: 'COD', BRM: 'MMR', DRC: 'COD' };

interface Restriction {
  code: string;
  from: string | null;
  to: string | null;
}
interface RawRecord {
  names: string[];
  restrictions: Restriction[];
  comment: string;
}

const alpha3to2 = new Map<string, string>(countries.map((c) => [c.cca3, c.cca2]));
const commonWords = readCommonWords();

function readCommonWords(): Set<string> {
  const lexicon = (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};
  const out = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (!list.some((t) => /Person|Name|Place|City|Country|Organization|ProperNoun/.test(t))) out.add(word);
  }
  return out;
}

/** YYMMDD or YYYYMMDD -> YYYY-MM-DD; null for anything else (a few upstream dates have seven digits). */
function date(raw: string): string | null {
  if (!/^(\d{6}|\d{8})$/.test(raw)) return null;
  const d = raw.length === 6 ? `${Number(raw.slice(0, 2)) > 30 ? '19' : '20'}${raw}` : raw;
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? null : iso;
}

function parseRestriction(body: string): Restriction | null {
  const [code, range] = body.trim().split(/\s+/);
  if (!code || code === '---' || !/^[A-Z~]{3,}$/.test(code)) return null;
  if (!range) return { code, from: null, to: null };
  if (range.startsWith('>')) {
    const from = date(range.slice(1));
    return from ? { code, from, to: null } : null;
  }
  if (range.startsWith('<')) {
    const to = date(range.slice(1));
    return to ? { code, from: null, to } : null;
  }
  const m = /^(\d+)-(\d+)$/.exec(range);
  const from = m ? date(m[1] as string) : null;
  const to = m ? date(m[2] as string) : null;
  return from && to ? { code, from, to } : null;
}

/** TABARI/PETRARCH actor records: a primary phrase, "+" synonyms, tab-indented "[CODE dates]" restrictions. */
export function parseActorFile(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let current: RawRecord | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    if (/^\s*#/.test(rawLine) || rawLine.trim() === '') continue;
    const hash = rawLine.search(/[#;]/);
    const comment = hash >= 0 ? rawLine.slice(hash) : '';
    const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trimEnd();
    const brackets = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseRestriction(m[1] as string)).filter((r): r is Restriction => r !== null);
    const phrase = line.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim();
    if (/^\s/.test(rawLine) && phrase === '') {
      current?.restrictions.push(...brackets);
      continue;
    }
    if (phrase.startsWith('+')) {
      if (current) {
        current.names.push(phrase.slice(1));
        current.restrictions.push(...brackets);
      }
      continue;
    }
    if (!phrase) continue;
    current = { names: [phrase], restrictions: brackets, comment };
    records.push(current);
  }
  return records;
}

function displayName(raw: string): string | null {
  const words = raw.replace(/_+$/, '').replace(/^_+/, '').split(/_+/).filter(Boolean);
  // Inner dots ("Ctrip.Com") and other punctuation make names the tokenizer splits: left out.
  if (words.length === 0 || words.some((w) => /[^A-Za-z0-9.'&\-]/.test(w) || /\.[A-Za-z]{2}/.test(w))) return null;
  const name = words
    .map((w) => (CONNECTORS.test(w) ? w.toLowerCase() : isAcronym(w) ? w : titleCase(w)))
    .join(' ');
  return name;
}

const CONNECTORS = /^(OF|THE|AND|FOR|DE|LA|DU|AL|EL|IN|ON|TO|AT)$/;

/**
 * A short word with no vowel after its first letter is an acronym ("SPLM", "YPG", "NYPD"), unless it ends in "y",
 * which is its vowel ("ARMY", "ANDY", "LY"): those are words and names.
 */
function isAcronym(word: string): boolean {
  return /^[A-Z]{2,5}$/.test(word) && !/[AEIOU]/.test(word.slice(1)) && !word.endsWith('Y');
}

/** "MOODY'S" -> "Moody's", "O'NEIL" -> "O'Neil": a possessive's "s" stays small. */
function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-.]|'(?!s$))([a-z])/g, (_m, sep: string, c: string) => `${sep}${c.toUpperCase()}`)
    .replace(/^Mc([a-z])/, (_m, c: string) => `Mc${c.toUpperCase()}`);
}

/** A name worth matching: not a single common English word ("Target", "Shell"), at least three letters. */
function usable(name: string): boolean {
  const words = name.split(' ');
  if (name.replace(/[^A-Za-z]/g, '').length < 3) return false;
  if (words.length === 1 && commonWords.has(name.toLowerCase())) return false;
  return true;
}

function names(record: RawRecord): string[] {
  const out = new Set<string>();
  for (const raw of record.names) {
    const name = displayName(raw);
    if (name && usable(name) && !namesOwnCode(name, record)) out.add(name);
  }
  return [...out];
}

/**
 * "NGO" under the code NGO, "MNCs" under MNC: the dictionary's label for its own category, which in text is a common
 * noun ("a local NGO said"), not an organization's name.
 */
function namesOwnCode(name: string, record: RawRecord): boolean {
  const word = name.toUpperCase().replace(/S$/, '');
  return !name.includes(' ') && record.restrictions.some((r) => r.code === word);
}

function countryOf(code: string): string | null {
  const a3 = code.slice(0, 3);
  return alpha3to2.get(CAMEO_ALPHA3[a3] ?? a3) ?? null;
}

function sectorOf(code: string): string {
  return code.slice(3, 6);
}

interface Office {
  names: string[];
  country: string;
  sector: string;
  cameo: string;
}
interface Person {
  names: string[];
  roles: Array<{ country: string | null; org: string | null; sector: string; cameo: string; from: string | null; to: string | null }>;
}
interface Organization {
  names: string[];
  kind: 'igo' | 'non-state';
  cameo: string;
  country: string | null;
}

function convert(countriesText: string, internationalText: string, nonStateText: string): { offices: Office[]; people: Person[]; organizations: Organization[] } {
  const offices: Office[] = [];
  const people: Person[] = [];
  const organizations: Organization[] = [];

  for (const record of parseActorFile(countriesText)) {
    const list = names(record);
    if (list.length === 0) continue;
    const dated = record.restrictions.some((r) => r.from !== null || r.to !== null);
    const isPerson = dated || /CountryInfo/.test(record.comment);
    if (isPerson) {
      const roles = record.restrictions
        .filter((r) => r.code.length >= 6 && countryOf(r.code))
        .map((r) => ({ country: countryOf(r.code), org: null, sector: sectorOf(r.code), cameo: r.code, from: r.from, to: r.to }));
      if (roles.some((r) => STATE_SECTORS.has(r.sector))) people.push({ names: list, roles });
      continue;
    }
    const code = record.restrictions[0]?.code;
    if (!code || code.length < 6) continue; // a country's own names: the gazetteer has them from world-countries
    const country = countryOf(code);
    const sector = sectorOf(code);
    if (country && STATE_SECTORS.has(sector)) offices.push({ names: list, country, sector, cameo: code });
    else if (country && ['OPP', 'REB', 'PTY', 'BUS', 'NGO', 'LAB', 'HRI', 'ENV'].includes(sector)) {
      organizations.push({ names: list, kind: 'non-state', cameo: code, country });
    }
  }

  for (const record of [...parseActorFile(internationalText), ...parseActorFile(nonStateText)]) {
    const list = names(record);
    const first = record.restrictions[0];
    if (list.length === 0 || !first) continue;
    const code = first.code;
    const dated = record.restrictions.some((r) => r.from !== null || r.to !== null);
    const prefix = code.slice(0, 3);
    if (prefix === 'MED' || sectorOf(code) === 'MED' || code.endsWith('MED')) continue; // outlets are not actors
    if (dated) {
      const roles = record.restrictions
        .filter((r) => r.from !== null || r.to !== null)
        .map((r) => ({ country: r.code.startsWith('IGO') ? null : countryOf(r.code), org: r.code.startsWith('IGO') ? r.code : null, sector: r.code.startsWith('IGO') ? 'IGO' : sectorOf(r.code), cameo: r.code, from: r.from, to: r.to }));
      if (roles.length) people.push({ names: list, roles });
      continue;
    }
    if (prefix === 'IGO') organizations.push({ names: list, kind: 'igo', cameo: code, country: null });
    else if (prefix === 'NGO' || prefix === 'MNC' || prefix === 'IMG' || prefix === 'NGM') {
      organizations.push({ names: list, kind: 'non-state', cameo: code, country: countryOf(code.slice(3)) });
    } else if (countryOf(code) && ['REB', 'OPP', 'PTY', 'MIL', 'UAF', 'INS'].includes(sectorOf(code))) {
      organizations.push({ names: list, kind: 'non-state', cameo: code, country: countryOf(code) });
    }
  }
  return { offices, people, organizations };
}

interface Agent {
  phrase: string;
  sector: string;
}

/** Agent nouns: "FOREIGN_MINISTER [~GOV]", with !PERSON! style substitutions and {irregular plurals}. */
export function parseAgents(text: string): Agent[] {
  const subs = new Map<string, string[]>();
  const out: Agent[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) continue;
    const sub = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line);
    if (sub) {
      subs.set(sub[1] as string, (sub[2] as string).split(',').map((s) => s.trim()));
      continue;
    }
    const m = /^(.+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]{3})[A-Z~]*\]/.exec(line);
    if (!m) continue;
    const sector = m[3] as string;
    let phrases = [(m[1] as string).trim()];
    for (const [name, words] of subs) {
      if (phrases.some((p) => p.includes(`!${name}!`))) phrases = phrases.flatMap((p) => words.map((w) => p.replace(`!${name}!`, w)));
    }
    const plurals = m[2] ? m[2].slice(1, -1).trim().split(/\s+/).filter(Boolean) : [];
    for (const p of [...phrases, ...plurals]) {
      const phrase = p.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase().trim();
      if (phrase && /^[a-z][a-z .'-]*$/.test(phrase)) out.push({ phrase, sector });
    }
  }
  return out;
}

function main(): void {
  const [dir] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: convert-petrarch-actors.ts <petrarch2 snapshot>');
    process.exit(2);
  }
  const snap = openSnapshot(dir);
  const { offices, people, organizations } = convert(
    snap.read(`${DICT}Phoenix.Countries.actors.txt`),
    snap.read(`${DICT}Phoenix.International.actors.txt`),
    snap.read(`${DICT}Phoenix.MilNonState.actors.txt`),
  );
  const agents = parseAgents(snap.read(`${DICT}Phoenix.agents.txt`));
  const out = {
    $source: {
      repository: 'openeventdata/petrarch2',
      commit: snap.commit,
      files: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt'].map((f) => DICT + f),
      licence: 'MIT (Copyright (c) 2014 Open Event Data Alliance)',
      generatedBy: 'scripts/data/convert-petrarch-actors.ts',
    },
    offices,
    people,
    organizations,
    agents,
  };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  console.log(`wrote ${OUT}: ${offices.length} offices, ${people.length} people, ${organizations.length} organizations, ${agents.length} agent phrases`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

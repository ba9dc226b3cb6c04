/**
 * The gazetteer as lookup structures, built once from the data files: every entity by key, every surface form
 * (names, aliases, demonyms, capitals, institutions, role titles) by its token key, and who speaks for whom.
 */
import type { EntityKind, EntityRef } from '../../domain/enrichment.ts';
import { fold, slugify } from './fold.ts';
import { loadGazetteerData, type GazetteerData, type PersonData } from './gazetteer-data.ts';
import { tokenize, type Token } from './text-tokens.ts';

export type Via = 'name' | 'alias' | 'demonym' | 'capital' | 'institution' | 'title';

/** How one data token must look in the text: exact for abbreviations (US, WHO), capitalized for names, any for role phrases. */
type CaseRule = 'exact' | 'cap' | 'any';

export interface Candidate {
  entity: EntityRef;
  via: Via;
  /** per token of the surface */
  caseRules: CaseRule[];
  /** per token: the surface token as written, for 'exact' */
  written: string[];
  /** for capitals: the state (or organization) the city stands for when used as an actor */
  actor?: EntityRef;
  /** ignored when glued to another capitalized word ("Jordan Henderson", "George Washington") */
  ambiguous: boolean;
  /** the name itself ends in 's ("St. John's"): a trailing 's in the text is the name, not a possessive */
  ownPossessive: boolean;
  priority: number;
}

export interface GazetteerIndex {
  data: GazetteerData;
  byKey: Map<string, EntityRef>;
  /** phrase key -> candidates, best first */
  phrases: Map<string, Candidate[]>;
  /** every proper prefix of a phrase key, so a scan can stop early */
  prefixes: Set<string>;
  /** the proper prefixes of names that are not people's: "South" of South Sudan, not "George" of George Bush */
  namePrefixes: Set<string>;
  maxTokens: number;
  /** entity key -> the entity that speaks for it (a UN agency -> UN, a minister -> their state) */
  parents: Map<string, string>;
  /** folded name or alias -> entity, for lookupEntity */
  names: Map<string, EntityRef>;
  /** organization key -> whether it is intergovernmental or non-state */
  actorKinds: Map<string, 'igo' | 'non-state'>;
  /** person key -> the offices they held, with dates: whom they speak for on a given day */
  roles: Map<string, DatedRole[]>;
  /** agent nouns ("foreign minister", "spokesman", "embassy") -> CAMEO sector (GOV, MIL, BUS, NGO…) */
  agents: Map<string, string>;
}

export interface DatedRole {
  /** the entity the office speaks for: 'country:JP', 'org:un' */
  of: string;
  /** inclusive ISO dates; null: open */
  from: string | null;
  to: string | null;
}

/** IGO codes of the CAMEO actor dictionaries -> the organizations the gazetteer keys (the rest become their own). */
const IGO_PARENTS: Array<[string, string]> = [
  ['IGOUNO', 'org:un'],
  ['IGOEUREEC', 'org:eu'],
  ['IGOWSTNAT', 'org:nato'],
  ['IGOAFRAFU', 'org:au'],
  ['IGOSEAASN', 'org:asean'],
];
/** CAMEO sectors whose holders speak for their state. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'SPY', 'JUD', 'LEG', 'COP']);

const PRIORITY: Record<Via, number> = { name: 0, alias: 1, institution: 2, demonym: 3, title: 4, capital: 5 };

/** Token key of a phrase: tokens joined by a space, a comma kept where the phrase has one. */
export function phraseKey(tokens: readonly Token[], text: string): string | null {
  let key = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (i > 0) {
      const sep = separator(tokens[i - 1] as Token, token, text);
      if (sep === null) return null;
      key += sep;
    }
    key += token.norm;
  }
  return key;
}

/** What joins two tokens inside a name: ' ' (space or hyphen), ',' ("Ministry of Economy, Trade…"), or null: a break. */
export function separator(prev: Token, next: Token, text: string): string | null {
  if (next.tightBefore || next.hyphenBefore) return ' ';
  const gap = text.slice(prev.end, next.start).trim();
  if (gap === ',') return ',';
  if (gap === '.' && (ABBREVIATION_DOT.has(prev.norm) || prev.norm.length === 1)) return ' ';
  return null;
}
const ABBREVIATION_DOT = new Set(['st', 'mt', 'ft', 'dr', 'j', 'd']);

function ref(key: string, kind: EntityKind, name: string, country: string | null): EntityRef {
  return { key, kind, name, country, origin: 'gazetteer' };
}

function caseRulesOf(tokens: readonly Token[]): CaseRule[] {
  return tokens.map((t) => (t.allCaps ? 'exact' : t.cap ? 'cap' : 'any'));
}

/** Demonym plurals: Russians, Israelis; not the -ese/-ish/-ch ones. */
function withPlural(demonym: string): string[] {
  return /(an|i|er|ot|ite)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

export function buildGazetteerIndex(data: GazetteerData = loadGazetteerData()): GazetteerIndex {
  const index: GazetteerIndex = {
    data,
    byKey: new Map(),
    phrases: new Map(),
    prefixes: new Set(),
    namePrefixes: new Set(),
    maxTokens: 1,
    parents: new Map(),
    names: new Map(),
    actorKinds: new Map(),
    roles: new Map(),
    agents: new Map(),
  };
  const add = (surface: string, entity: EntityRef, via: Via, extra: Partial<Candidate> = {}): void => {
    const tokens = tokenize(surface);
    const key = tokens.length ? phraseKey(tokens, surface) : null;
    if (!key) throw new Error(`gazetteer: cannot index surface "${surface}" of ${entity.key}`);
    const candidate: Candidate = {
      entity,
      via,
      caseRules: caseRulesOf(tokens),
      written: tokens.map((t) => t.text.replace(/['’]s$/, '')),
      ambiguous: false,
      ownPossessive: tokens[tokens.length - 1]?.possessive === true,
      priority: PRIORITY[via],
      ...extra,
    };
    const list = index.phrases.get(key) ?? [];
    if (list.some((c) => c.entity.key === entity.key && c.via === via && c.written.join(' ') === candidate.written.join(' '))) return;
    list.push(candidate);
    list.sort((a, b) => a.priority - b.priority);
    index.phrases.set(key, list);
    index.maxTokens = Math.max(index.maxTokens, tokens.length);
    const parts = key.split(/(?<=[ ,])/);
    for (let n = 1; n < parts.length; n++) {
      const prefix = parts.slice(0, n).join('').trimEnd().replace(/,$/, '');
      index.prefixes.add(prefix);
      if (entity.kind !== 'person') index.namePrefixes.add(prefix);
    }
    if (via === 'name' || via === 'alias') {
      const folded = fold(surface);
      if (!index.names.has(folded) || via === 'name') index.names.set(folded, entity);
    }
  };
  const register = (entity: EntityRef): EntityRef => {
    if (index.byKey.has(entity.key)) throw new Error(`gazetteer: duplicate entity key ${entity.key}`);
    index.byKey.set(entity.key, entity);
    return entity;
  };

  const orgSeats = new Map<string, EntityRef>();
  for (const o of data.organizations) {
    const entity = register(ref(`org:${o.id}`, 'organization', o.name, o.country ?? null));
    add(o.name, entity, 'name');
    for (const alias of o.aliases) add(alias, entity, 'alias');
    // American style writes the UN's initials with points ("the U.N. refugee agency"): each "UN …" name both ways.
    for (const name of [o.name, ...o.aliases]) if (/^UN /u.test(name) && !o.aliases.includes(`U.N. ${name.slice(3)}`)) add(`U.N. ${name.slice(3)}`, entity, 'alias');
    if (o.parent) index.parents.set(entity.key, o.parent);
    if (!o.country || o.actorKind) index.actorKinds.set(entity.key, o.actorKind ?? 'igo');
    for (const seat of o.seats ?? []) orgSeats.set(fold(seat), entity);
  }

  for (const c of data.countries) {
    const country = register(ref(`country:${c.code}`, 'country', c.name, c.code));
    const ambiguous = c.ambiguous === true;
    add(c.name, country, 'name', { ambiguous });
    for (const alias of c.aliases) add(alias, country, 'alias', { ambiguous });
    for (const demonym of c.demonyms) for (const form of withPlural(demonym)) add(form, country, 'demonym');
    // Every name the world-countries package gives the capital too ("Saint John's" beside "St. John's"). A capital
    // that is also a common word or name ("Victoria") is still matched, but only where it acts (see metonymy.ts).
    const packaged = (data.capitals[c.code] ?? []).filter(
      (n) => fold(n) !== fold(c.capital) && fold(n) !== fold(c.name) && !(c.seats ?? []).some((s) => fold(s) === fold(n)),
    );
    const [capital, ...seats] = [c.capital, ...(c.seats ?? []), ...packaged];
    const cityKey = `place:${slugify(capital as string)}`;
    const city = index.byKey.get(cityKey) ?? register(ref(cityKey, 'place', capital as string, c.code));
    index.parents.set(city.key, country.key);
    for (const name of [capital as string, ...seats]) {
      const actor = orgSeats.get(fold(name)) ?? country;
      // A seat that is not the capital (The Hague, Pretoria's Cape Town) is its own place.
      const place = name === capital ? city : (index.byKey.get(`place:${slugify(name)}`) ?? register(ref(`place:${slugify(name)}`, 'place', name, c.code)));
      if (!index.parents.has(place.key)) index.parents.set(place.key, actor.key);
      add(name, place, 'capital', { actor, ambiguous: true });
      index.names.set(fold(name), place);
    }
  }

  for (const p of data.places) {
    const key = `place:${slugify(p.name)}`;
    const entity = index.byKey.get(key) ?? register(ref(key, 'place', p.name, p.country));
    add(p.name, entity, 'name');
    for (const alias of p.aliases) add(alias, entity, 'alias');
  }

  for (const [surface, target] of Object.entries(data.institutions)) {
    const entity = index.byKey.get(target);
    if (!entity) throw new Error(`gazetteer: institution "${surface}" points to unknown entity ${target}`);
    add(surface, entity, 'institution');
    add(`the ${surface}`, entity, 'institution');
  }

  for (const p of data.people) {
    const entity = register(ref(`person:${p.id}`, 'person', p.name, p.country));
    add(p.name, entity, 'name');
    for (const alias of p.aliases) add(alias, entity, 'alias');
    const speaksFor = currentRole(p)?.of ?? p.org ?? (p.country ? `country:${p.country}` : null);
    if (speaksFor) index.parents.set(entity.key, speaksFor);
    index.roles.set(entity.key, p.roles.map((r) => ({ of: r.of, from: r.from, to: r.to })));
  }
  // Role phrases ("the Russian president") resolve to whoever holds the office now.
  for (const p of data.people) {
    const entity = index.byKey.get(`person:${p.id}`) as EntityRef;
    for (const role of p.roles) {
      if (role.to !== null) continue;
      for (const phrase of rolePhrases(index, role.title, role.of, role.leader === true)) add(phrase, entity, 'title');
    }
  }

  addPetrarch(index, data, add, register);

  for (const [child, parent] of index.parents) {
    if (!index.byKey.has(parent)) throw new Error(`gazetteer: ${child} has unknown parent ${parent}`);
  }
  return index;
}

type Add = (surface: string, entity: EntityRef, via: Via, extra?: Partial<Candidate>) => void;

/**
 * The PETRARCH2/Phoenix dictionaries (data/petrarch-actors.json): offices that speak for a state, organizations with
 * their kind, people with dated roles, agent nouns. Curated entries win: a name the curated files already index is
 * not added again, and a curated person keeps their key and gains the dictionary's older roles.
 */
function addPetrarch(index: GazetteerIndex, data: GazetteerData, strictAdd: Add, register: (e: EntityRef) => EntityRef): void {
  // Upstream names with inner punctuation ("Mr. Assad") cannot be keyed as one phrase: they are left out.
  const add: Add = (surface, entity, via, extra) => {
    try {
      strictAdd(surface, entity, via, extra);
    } catch {
      /* skipped */
    }
  };
  const known = (name: string): boolean => index.names.has(fold(name));
  for (const office of data.petrarch.offices) {
    const country = index.byKey.get(`country:${office.country}`);
    if (!country) continue;
    for (const name of office.names) if (!known(name)) add(name, country, 'institution');
  }
  for (const org of data.petrarch.organizations) {
    const fresh = org.names.filter((n) => !known(n));
    if (fresh.length === 0) continue;
    const key = `org:${slugify(fresh[0] as string)}`;
    if (index.byKey.has(key)) continue;
    const entity = register(ref(key, 'organization', fresh[0] as string, org.country));
    const parent = org.kind === 'igo' ? IGO_PARENTS.find(([prefix]) => org.cameo.startsWith(prefix))?.[1] : undefined;
    if (parent && index.byKey.has(parent)) index.parents.set(key, parent);
    index.actorKinds.set(key, org.kind);
    for (const name of fresh) add(name, entity, 'alias');
  }
  for (const person of data.petrarch.people) {
    const roles: DatedRole[] = [];
    for (const r of person.roles) {
      const of = r.org ? IGO_PARENTS.find(([prefix]) => (r.org as string).startsWith(prefix))?.[1] : r.country && STATE_SECTORS.has(r.sector) ? `country:${r.country}` : undefined;
      // A role the dictionaries leave open was held when they were compiled, not for ever ("ZWEGOVMED since 2009"
      // names an opposition leader in 2026): trusted up to a few years after that.
      if (of && index.byKey.has(of)) roles.push({ of, from: r.from, to: r.to ?? OPEN_ROLE_HORIZON });
    }
    if (roles.length === 0) continue;
    const curated = person.names.map((n) => index.names.get(fold(n))).find((e) => e?.kind === 'person');
    if (curated) {
      index.roles.set(curated.key, [...(index.roles.get(curated.key) ?? []), ...olderRoles(roles, index.roles.get(curated.key) ?? [])]);
      continue;
    }
    const fresh = person.names.filter((n) => !known(n) && n.includes(' '));
    if (fresh.length === 0) continue;
    const key = `person:${slugify(fresh[0] as string)}`;
    if (index.byKey.has(key)) {
      index.roles.set(key, [...(index.roles.get(key) ?? []), ...roles]);
      continue;
    }
    const entity = register(ref(key, 'person', fresh[0] as string, roles.find((r) => r.of.startsWith('country:'))?.of.slice(8) ?? null));
    index.roles.set(key, roles);
    for (const name of fresh) add(name, entity, 'alias');
  }
  for (const agent of data.petrarch.agents) if (!index.agents.has(agent.phrase)) index.agents.set(agent.phrase, agent.sector);
}

/**
 * The last day an open role of the PETRARCH dictionaries (compiled around 2016) is trusted: a minister's term rarely
 * outlasts it. Offices held longer are the curated files' to say.
 */
const OPEN_ROLE_HORIZON = '2020-12-31';

/**
 * The dictionary's roles of a person the curated files know, up to the curated record's first office: the
 * dictionaries were compiled around 2016 and leave open the roles held then ("German minister since 2009"), which
 * the curated record has since replaced ("President of the European Commission since 2019").
 */
function olderRoles(roles: readonly DatedRole[], curated: readonly DatedRole[]): DatedRole[] {
  const starts = curated.map((r) => r.from).filter((d): d is string => d !== null).sort();
  const first = starts[0];
  if (first === undefined) return [...roles];
  const dayBefore = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return roles
    .filter((r) => r.from === null || r.from < first)
    .map((r) => (r.to === null || r.to >= first ? { ...r, to: dayBefore } : r));
}

function currentRole(p: PersonData): PersonData['roles'][number] | undefined {
  return p.roles.find((r) => r.to === null) ?? p.roles[p.roles.length - 1];
}

/** "the Russian president", "Russia's president", "the Russian leader", "the UN secretary-general", "UN chief"… */
function rolePhrases(index: GazetteerIndex, title: string, of: string, leader: boolean): string[] {
  const phrases: string[] = [];
  const titles = leader ? [title, 'leader'] : [title];
  if (of.startsWith('country:')) {
    const country = index.data.countries.find((c) => `country:${c.code}` === of);
    if (!country) return phrases;
    for (const t of titles) {
      for (const demonym of country.demonyms.slice(0, 2)) phrases.push(`the ${demonym} ${t}`);
      phrases.push(`${country.name}'s ${t}`, `the ${t} of ${country.name}`);
    }
    if (title === 'pope') phrases.push('the pope', 'the pontiff', 'the Holy Father');
    return phrases;
  }
  const org = index.data.organizations.find((o) => `org:${o.id}` === of);
  if (!org) return phrases;
  const shortNames = [org.name, ...org.aliases.filter((a) => /^[A-Z.]{2,}$/.test(a))];
  for (const name of shortNames) {
    phrases.push(`the ${name} ${title}`, `${name}'s ${title}`);
    if (leader) phrases.push(`${name} chief`, `the ${name} chief`);
  }
  return phrases;
}

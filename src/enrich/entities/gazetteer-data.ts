/**
 * The gazetteer's data files (./data/*.json), read once and validated with zod so an analyst's edit that breaks the
 * shape fails loudly, naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fold } from './fold.ts';

const isoCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. "FR"');
const entityKey = z.string().regex(/^(country|org|person|place):[A-Za-z0-9-]+$/, "an entity key such as 'country:US' or 'org:un'");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const names = z.array(z.string().min(1));

const countrySchema = z.object({
  code: isoCode,
  name: z.string().min(1),
  aliases: names,
  demonyms: names,
  capital: z.string().min(1),
  seats: names.optional(),
  /** the name is also a first name or common word: ignored when glued to another capitalized word */
  ambiguous: z.boolean().optional(),
  /** the capital's name is too common a word or first name to be matched at all */
  ambiguousCapital: z.boolean().optional(),
});

const organizationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: names,
  country: isoCode.optional(),
  parent: entityKey.optional(),
  /** cities whose name, used as an actor, means this organization (Brussels -> European Union) */
  seats: names.optional(),
  /** an intergovernmental organization, or a non-state one (NGO, company, party, armed group); default: igo */
  actorKind: z.enum(['igo', 'non-state']).optional(),
});

const roleSchema = z.object({
  title: z.string().min(1),
  of: entityKey,
  from: isoDate,
  to: isoDate.nullable(),
  leader: z.boolean().optional(),
});

const personSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: names,
  country: isoCode.nullable(),
  org: entityKey.optional(),
  roles: z.array(roleSchema).min(1),
});

const placeSchema = z.object({ name: z.string().min(1), aliases: names, country: isoCode.nullable() });

const cuesSchema = z.object({
  honorifics: names,
  personRoles: names,
  orgRoles: names,
  leadingVerbs: names,
  orgWords: names,
  orgPrefixes: names,
  /** Kinds written in lower case after an organization's name ("the opposition Naleraq party", "the Adani group"). */
  orgKindsAfter: names,
  /** A company's head nouns: a country or place opening a name that ends in one names the company ("Qatar Airways"). */
  companyWords: names,
  placeWords: names,
  placePrefixes: names,
  placeContext: names,
  eventWords: names,
  nonNames: names,
  capitalActorVerbs: names,
  actorNouns: names,
  coordinators: names,
});

/** Converted from PETRARCH2/Phoenix by scripts/data/convert-petrarch-actors.ts (see its $source). */
const petrarchSchema = z.object({
  offices: z.array(z.object({ names, country: isoCode, sector: z.string(), cameo: z.string() })),
  people: z.array(
    z.object({
      names,
      roles: z.array(
        z.object({ country: isoCode.nullable(), org: z.string().nullable(), sector: z.string(), cameo: z.string(), from: isoDate.nullable(), to: isoDate.nullable() }),
      ),
    }),
  ),
  organizations: z.array(z.object({ names, kind: z.enum(['igo', 'non-state']), cameo: z.string(), country: isoCode.nullable() })),
  agents: z.array(z.object({ phrase: z.string(), sector: z.string() })),
});
export type PetrarchActors = z.infer<typeof petrarchSchema>;

/** Capitals of UN member states from the world-countries package (scripts/data/convert-capitals.ts). */
const capitalsSchema = z.object({ capitals: z.record(isoCode, names) });

const files = {
  countries: z.object({ countries: z.array(countrySchema).min(1) }),
  organizations: z.object({
    organizations: z.array(organizationSchema).min(1),
    institutions: z.record(z.string(), z.string()),
  }),
  people: z.object({ people: z.array(personSchema) }),
  /** Heads of state and government from the CIA World Factbook (scripts/data/convert-world-leaders.ts). */
  'world-leaders': z.object({ people: z.array(personSchema) }),
  places: z.object({ places: z.array(placeSchema) }),
  'name-cues': cuesSchema,
  'petrarch-actors': petrarchSchema,
  capitals: capitalsSchema,
} as const;



export type CountryData = z.infer<typeof countrySchema>;
export type OrganizationData = z.infer<typeof organizationSchema>;
export type PersonData = z.infer<typeof personSchema>;
export type RoleData = z.infer<typeof roleSchema>;
export type PlaceData = z.infer<typeof placeSchema>;
export type NameCues = z.infer<typeof cuesSchema>;

export interface GazetteerData {
  countries: CountryData[];
  organizations: OrganizationData[];
  /** seat of power -> entity key it speaks for ("Kremlin" -> "country:RU") */
  institutions: Record<string, string>;
  people: PersonData[];
  places: PlaceData[];
  cues: NameCues;
  petrarch: PetrarchActors;
  /** ISO code -> capital names from the world-countries package */
  capitals: Record<string, string[]>;
}

function readDataFile<K extends keyof typeof files>(name: K): z.infer<(typeof files)[K]> {
  const url = new URL(`./data/${name}.json`, import.meta.url);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new Error(`gazetteer: cannot read ${name}.json: ${(error as Error).message}`);
  }
  const parsed = files[name].safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`gazetteer: invalid ${name}.json: ${issues.join('; ')}`);
  }
  return parsed.data as z.infer<(typeof files)[K]>;
}

/** Name words that identify nobody on their own: particles and short words. */
const isIdentifyingWord = (word: string): boolean => word.length >= 4;
const wordsOf = (name: string): string[] => fold(name).split(/[\s-]+/).filter(isIdentifyingWord);

/**
 * The curated people first, then the generated world leaders the curated file does not already know. The curated
 * entries win: a generated person is left out when the curated file has their id or any of their names, a person of
 * the same country with their surname among its name words ("Javier Gerardo Milei" beside "Javier Milei", "Benyamin
 * Netanyahu" beside the alias "Netanyahu"), or a current holder of the same office; a generated alias that is a curated name is
 * dropped, and so is a generated leader flag where the curated file already names the country's current leader.
 */
export function mergePeople(curated: readonly PersonData[], generated: readonly PersonData[]): PersonData[] {
  const ids = new Set(curated.map((p) => p.id));
  const names = new Set(curated.flatMap((p) => [p.name, ...p.aliases].map(fold)));
  const words = new Map<string, Set<string>>();
  const offices = new Set<string>();
  const leaders = new Set<string>();
  for (const p of curated) {
    if (p.country) {
      const set = words.get(p.country) ?? new Set<string>();
      for (const n of [p.name, ...p.aliases]) for (const w of wordsOf(n)) set.add(w);
      words.set(p.country, set);
    }
    for (const r of p.roles) {
      if (r.to !== null) continue;
      offices.add(`${r.of}|${r.title}`);
      if (r.leader) leaders.add(r.of);
    }
  }
  const merged: PersonData[] = [...curated];
  for (const p of generated) {
    if (ids.has(p.id) || [p.name, ...p.aliases].some((n) => names.has(fold(n)))) continue;
    const own = p.country ? words.get(p.country) : undefined;
    // The same person spelled differently shares the surname ("Javier Gerardo Milei"); a shared given name ("António
    // Costa" beside "Antonio Luis Montenegro") is someone else.
    const surname = wordsOf(p.name).at(-1);
    if (own && surname !== undefined && own.has(surname)) continue;
    if (p.roles.some((r) => r.to === null && offices.has(`${r.of}|${r.title}`))) continue;
    merged.push({
      ...p,
      aliases: p.aliases.filter((a) => !names.has(fold(a))),
      roles: p.roles.map((r) => (r.leader && leaders.has(r.of) ? { ...r, leader: false } : r)),
    });
  }
  return merged;
}

export function loadGazetteerData(): GazetteerData {
  const organizations = readDataFile('organizations');
  const { $comment: _comment, ...institutions } = organizations.institutions;
  return {
    countries: readDataFile('countries').countries,
    organizations: organizations.organizations,
    institutions,
    people: mergePeople(readDataFile('people').people, readDataFile('world-leaders').people),
    places: readDataFile('places').places,
    cues: readDataFile('name-cues'),
    petrarch: readDataFile('petrarch-actors'),
    capitals: readDataFile('capitals').capitals,
  };
}

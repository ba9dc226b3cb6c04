/**
 * The gazetteer's data files (./data/*.json), read once and validated with zod so an analyst's edit that breaks the
 * shape fails loudly, naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

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
  orgWords: names,
  orgPrefixes: names,
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

export function loadGazetteerData(): GazetteerData {
  const organizations = readDataFile('organizations');
  const { $comment: _comment, ...institutions } = organizations.institutions;
  return {
    countries: readDataFile('countries').countries,
    organizations: organizations.organizations,
    institutions,
    people: readDataFile('people').people,
    places: readDataFile('places').places,
    cues: readDataFile('name-cues'),
    petrarch: readDataFile('petrarch-actors'),
    capitals: readDataFile('capitals').capitals,
  };
}

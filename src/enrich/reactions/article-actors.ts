/**
 * The people and organizations an article introduces, and whom they speak for, read once per article so that later
 * sentences can name them briefly ("Mr. Perez said", "Mensing told reporters", "the D.N.C."):
 * - a title before a name: "Japanese Prime Minister Shinzo Abe", "DNC Chair Tom Perez", "CBP Commissioner Kevin
 *   McAleenan" (the country, organization or office the title names);
 * - an appositive after it: "Tom Perez, the chairman of the Democratic Party", "Alex Mensing, project coordinator for
 *   Pueblo Sin Fronteras", "Nicole Ramos, an attorney with the nonprofit group Al Otro Lado";
 * - a government title with no country ("Attorney General Jeff Sessions", "President Trump"): the article's home
 *   country, the state its state-level mentions name most;
 * - a gazetteer person's office on the article's date (Trump -> United States in 2018).
 * Organizations the gazetteer does not know but the text names as one (capitalized names with an organization word,
 * or introduced as "the nonprofit group X") become non-state actors, with their acronyms ("D.N.C.", "DNC").
 * Experts and pundits ("a professor at", "an analyst with") speak for no one.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { slugify } from '../entities/fold.ts';
import { actorOf as gazetteerActorOf, gazetteer, matchTokens, roleAt, type TokenMention } from '../entities/gazetteer.ts';
import { findProperNames, isBrandWord, nameCues, type ProperName } from '../entities/proper-names.ts';
import { tokenize, type Token } from '../entities/text-tokens.ts';
import type { ActorMention } from './actor-mention.ts';
import { tagTokens } from './pos-tags.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import { stateOfAcronym } from './state-acronyms.ts';
import { tokenize as sentenceTokens } from './tokenize.ts';

export interface ArticleActors {
  /** Mentions of the article's people and organizations in a piece of it (offsets into that piece). */
  find(text: string): ActorMention[];
  /** The state the article is mostly about, for offices named without one. */
  home: EntityRef | null;
  /** The home state's share of the article's state-level mentions, 0..1 (0 without a home). */
  homeShare: number;
  /** How many times the article names its home state (its name, people, offices, capital). */
  homeMentions: number;
}

interface Known {
  entity: EntityRef;
  actor: EntityRef | null;
  /** Named by a word and a country ("BirdLife Cyprus"): the country inside it does not speak. */
  closesWithCountry?: true;
}

const index = gazetteer();
const cues = nameCues(index.data.cues);
const TITLE_WINDOW = 6;
/** The most words a place opening a sentence ("In Addis Ababa, …") may take. */
const PLACE_WORDS = 3;
const APPOSITIVE_WINDOW = 12;
const LINKS = new Set(['of', 'for', 'at', 'with', 'in']);
/** PETRARCH agent sectors whose nouns tie a person to an institution (not citizens, refugees, farmers, students…). */
const INSTITUTION_SECTORS = new Set(['GOV', 'MIL', 'SPY', 'JUD', 'LEG', 'COP', 'NGO', 'IGO', 'PTY', 'BUS', 'LAB', 'HRI', 'ENV', 'OPP']);
const MEDIA_WORDS = new Set(['post', 'times', 'news', 'journal', 'herald', 'tribune', 'gazette', 'magazine', 'press', 'television', 'radio', 'wire', 'reuters', 'cnn', 'bbc', 'msnbc', 'nbc', 'cbs', 'abc', 'fox', 'politico', 'axios', 'huffpost', 'ap', 'afp', 'upi', 'breitbart', 'bloomberg']);

export function readArticleActors(text: string, date: string | null | undefined, g: ReactionGrammar): ArticleActors {
  // Whom each entity speaks for, on the article's date and on none: an article names the same entities many times,
  // and each answer walks the entity's parents (and a person's dated offices). Per call: nothing outlives the article.
  const onDate = new Map<EntityRef, EntityRef | null>();
  const undated = new Map<EntityRef, EntityRef | null>();
  const actorOf = (entity: EntityRef, on: string | null | undefined): EntityRef | null => {
    const memo = on === date ? onDate : on === null ? undated : null;
    if (!memo) return gazetteerActorOf(entity, on);
    let actor = memo.get(entity);
    if (actor === undefined) {
      actor = gazetteerActorOf(entity, on);
      memo.set(entity, actor);
    }
    return actor;
  };
  const tokens = tokenize(text);
  const gazetteerHits = matchTokens(text, tokens);
  const covered = new Array<boolean>(tokens.length).fill(false);
  const actorAt = new Map<number, { actor: EntityRef | null; entity: EntityRef; last: number }>();
  const counts = new Map<string, { actor: EntityRef; n: number }>();
  for (const hit of gazetteerHits) {
    for (let k = hit.first; k <= hit.last; k++) covered[k] = true;
    // A title names its office whoever held it on the date ("Japan's prime minister").
    const actor = actorOf(hit.mention.entity, hit.mention.via === 'title' ? null : date);
    actorAt.set(hit.first, { actor, entity: hit.mention.entity, last: hit.last });
    if (actor?.kind === 'country') {
      const c = counts.get(actor.key) ?? { actor, n: 0 };
      c.n++;
      counts.set(actor.key, c);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.actor.key.localeCompare(b.actor.key));
  const home = ranked[0] && ranked[0].n >= 2 && ranked[0].n > (ranked[1]?.n ?? 0) ? ranked[0].actor : null;

  const names = findProperNames(text, tokens, covered, cues, index);
  const orgs = new Map<number, { entity: EntityRef; last: number }>();
  const known = new Map<string, Known>();
  const register = (surface: string, value: Known): void => {
    // Keyed as findKnown spells a lookup: words one space apart, a hyphen inside a name too ("Eco-Batken").
    const key = surface.toLowerCase().replace(/-/g, ' ');
    const existing = known.get(key);
    if (existing && existing.entity.key !== value.entity.key) known.set(key, { ...existing, actor: null });
    else known.set(key, value);
  };

  const longForms = longFormsByAcronym(tokens, names);
  for (const name of names) {
    if (name.kind !== 'organization' || isMedia(tokens, name) || isPeopleGroup(tokens, name, g)) continue;
    // "American Civil Liberties Union": the gazetteer reads its first word as a demonym; the name starts there.
    const opened = demonymOpened(tokens, name, gazetteerHits);
    const full = opened?.name ?? name;
    const acronyms = acronymsOf(tokens, full);
    // An organization the gazetteer knows by its initials only ("ACLU") is the one the article names in full; one it
    // knows by another full name is another organization ("Inuit Circumpolar Council" is no International Criminal
    // Court).
    const known = acronyms.map((a) => index.names.get(a.toLowerCase().replace(/\./g, ''))).find((e) => e?.kind === 'organization' && !/\s/u.test(e.name));
    const entity = known ?? orgEntity((longForms.get(name.name.replace(/\./g, '')) ?? full).name);
    // A state body the gazetteer does not know ("Office of Refugee Resettlement", "Customs and Border Protection")
    // speaks for the state the article is about.
    // "CBP", "CBP Chief Patrol Agent …": a state body's acronym speaks for its state.
    const actor = known
      ? (actorOf(known, date) ?? known)
      : (stateOfAcronym((tokens[name.first] as Token).text) ??
        // "Japan Coast Guard", "the Bolivian Foreign Ministry": a state body opened by its state speaks for it.
        (opened?.country && isStateBody(tokens, name, g) ? opened.country : null) ??
        (home && isStateBody(tokens, name, g) ? home : entity));
    // Police, fire and rescue services report what they found and did: their words are facts, no reaction, and their
    // spokespeople speak for no one.
    if (!known && isResponder(tokens, full, g)) {
      register(name.name, { entity, actor: null });
      if (full !== name) register(full.name, { entity, actor: null });
      continue;
    }
    orgs.set(name.first, { entity: actor, last: name.last });
    register(name.name, { entity, actor });
    if (full !== name) register(full.name, { entity, actor });
    for (const acronym of acronyms) register(acronym, { entity, actor });
  }
  // "BirdLife Cyprus", "Fisheries Iceland, the industry federation,": a country closing a brand's name or a name an
  // appositive calls an organization is that organization's, not the state speaking.
  for (const hit of gazetteerHits) {
    if (hit.mention.entity.kind !== 'country') continue;
    const brand = countryNamedOrganization(text, tokens, hit.first, hit.last, covered, g);
    if (!brand) continue;
    orgs.set(hit.first - 1, { entity: brand, last: hit.last });
    register(brand.name, { entity: brand, actor: brand, closesWithCountry: true });
  }
  const orgNear = (k: number): { entity: EntityRef; last: number } | null => orgs.get(k) ?? null;
  // Titles look back from a name for a gazetteer hit ending just before it: the hits by their last token, built once.
  const endsAt: ActorAt = new Map([...actorAt.values()].map((v) => [v.last, v]));
  // People the gazetteer knows ("Shinzo Abe"): later mentions by surname ("Abe said") are the same person.
  for (const hit of gazetteerHits) {
    const { entity } = hit.mention;
    if (entity.kind !== 'person' || hit.last === hit.first) continue;
    // A title that names its owner wins; a bare government title ("Prime Minister Shinzo Abe of Japan") yields to
    // the office the person held on the article's date before it falls back to the article's home state.
    // A state title before a person whose dated offices end before the article ("President Shavkat Mirziyoyev", whom
    // the dictionaries list up to their compilation) says they still hold one: the state of their latest office.
    if (formerTitle(tokens, hit.first, g)) continue;
    const actor =
      titleAffiliation(tokens, hit.first, endsAt, orgNear, g, null) ??
      actorOf(entity, date) ??
      titleAffiliation(tokens, hit.first, endsAt, orgNear, g, latestState(entity) ?? home);
    if (!actor) continue;
    register(familyName(entity) ?? (tokens[hit.last] as Token).norm, { entity, actor });
    // The name as written, which may spell the family name otherwise than the canonical one ("Mirziyoyev").
    if (actor !== actorOf(entity, date)) register(text.slice((tokens[hit.first] as Token).start, (tokens[hit.last] as Token).end).replace(/['’]s$/, ''), { entity, actor });
  }

  for (const name of names) {
    if (name.kind !== 'person') continue;
    const person = index.names.get(name.name.toLowerCase()) ?? personEntity(name.name);
    if (formerTitle(tokens, name.first, g)) continue;
    const affiliation =
      titleAffiliation(tokens, name.first, endsAt, orgNear, g, null) ??
      appositiveAffiliation(text, tokens, name.last, actorAt, orgNear, g) ??
      (person.origin === 'gazetteer' ? actorOf(person, date) : null) ??
      titleAffiliation(tokens, name.first, endsAt, orgNear, g, home, true);
    if (!affiliation) continue;
    const value = { entity: person, actor: affiliation };
    if (affiliation.name.endsWith(' campaign')) register(affiliation.name, { entity: affiliation, actor: affiliation });
    register(name.name, value);
    const surname = (tokens[name.last] as Token).norm;
    if (name.last > name.first) register(surname, value);
  }
  const total = ranked.reduce((sum, c) => sum + c.n, 0);
  const surfaces = knownSurfaces(known);
  return { home, homeShare: home ? (ranked[0]?.n ?? 0) / total : 0, homeMentions: home ? (ranked[0]?.n ?? 0) : 0, find: (piece) => findKnown(piece, surfaces) };
}

/**
 * Countries whose names are written family name first in English ("Kim Jong Un" is "Kim" later on, "Xi Jinping"
 * is "Xi"): a later mention by the family name alone takes the first word, not the last ("Un" would read "UN").
 */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KP', 'KR', 'VN']);

/** The family name of a person whose country writes it first, from the person's own name (a hit may be a title). */
function familyName(person: EntityRef): string | null {
  if (!person.country || !FAMILY_NAME_FIRST.has(person.country)) return null;
  const words = person.name.split(' ');
  return words.length > 1 ? (words[0] as string).toLowerCase() : null;
}

/**
 * An organization named for a state function. Its head noun decides first (the word before "of" or "for", else its
 * last word): "Department of Justice" and "Justice Department" are state bodies, "Center for Biological Diversity"
 * is not; a legislature's committee ("Senate Judiciary Committee") belongs to the state. Otherwise a name with a
 * state word and no party, campaign or civil-society word is one.
 */
function isStateBody(tokens: readonly Token[], name: ProperName, g: ReactionGrammar): boolean {
  const norms = tokens.slice(name.first, name.last + 1).map((t) => t.norm);
  const link = norms.findIndex((n, k) => k > 0 && (n === 'of' || n === 'for'));
  const head = norms[link > 0 ? link - 1 : norms.length - 1] ?? '';
  if (g.civilBodyWords.has(head)) return false;
  if (g.stateBodyWords.has(head)) return true;
  if (g.legislativeBodyHeads.has(head) && norms.slice(0, 2).some((n) => g.legislatureWords.has(n))) return true;
  return norms.some((n) => g.stateBodyWords.has(n)) && !norms.some((n) => g.civilBodyWords.has(n));
}

/** Whether an organization's name holds a word of the police, fire or rescue services ("Surrey Police", "Central Fire Department"). */
function isResponder(tokens: readonly Token[], name: ProperName, g: ReactionGrammar): boolean {
  const norms = tokens.slice(name.first, name.last + 1).map((t) => t.norm);
  // A civil body named for rescue is no service ("the Rescue Foundation", "International Rescue Committee").
  return norms.some((n) => g.responderWords.has(n)) && !norms.some((n) => g.civilBodyWords.has(n));
}

/** Plural nouns for people that head a group, not an organization: "Supporters of Sen. Sanders", "Residents of Gaza". */
const PEOPLE_GROUPS = new Set(['supporters', 'members', 'residents', 'fans', 'critics', 'voters', 'opponents', 'followers', 'relatives', 'families', 'protesters', 'demonstrators', 'citizens', 'people']);

function isPeopleGroup(tokens: readonly Token[], name: ProperName, g: ReactionGrammar): boolean {
  if (!PEOPLE_GROUPS.has((tokens[name.first] as Token).norm)) return false;
  // People for a cause ("Citizens for a Better Environment") are an organization's name, unlike people of a place.
  if ((tokens[name.first + 1] as Token | undefined)?.norm === 'for' && name.last > name.first + 1) return false;
  // "Citizens Coalition for Change", "People's Alliance": a word of an organization's kind after it names the body.
  for (let k = name.first + 1; k <= name.last; k++) if (g.civilBodyWords.has((tokens[k] as Token).norm)) return false;
  return true;
}

function isMedia(tokens: readonly Token[], name: ProperName): boolean {
  for (let k = name.first; k <= name.last; k++) if (MEDIA_WORDS.has((tokens[k] as Token).norm)) return true;
  return false;
}

function orgEntity(name: string): EntityRef {
  return { key: `org:${slugify(name)}`, kind: 'organization', name, country: null, origin: 'nlp' };
}

function personEntity(name: string): EntityRef {
  return { key: `person:${slugify(name)}`, kind: 'person', name, country: null, origin: 'nlp' };
}

/** The name with the gazetteer's demonym right before it as its first words ("American" + "Civil Liberties Union"), or null. */
function demonymOpened(tokens: readonly Token[], name: ProperName, hits: readonly TokenMention[]): { name: ProperName; country: EntityRef | null } | null {
  const before = name.first - 1;
  const t = tokens[before];
  if (!t?.cap || (tokens[name.first] as Token).sentenceStart || (tokens[name.first] as Token).hyphenBefore) return null;
  // A demonym of two words too ("South African" + "Council of Churches").
  const hit = hits.find((h) => h.last === before && h.first >= before - 1 && tokens.slice(h.first, before + 1).every((w) => w.cap));
  if (!hit) return null;
  const words = tokens.slice(hit.first, before + 1).map((w) => w.text).join(' ');
  const opened = { ...name, first: hit.first, name: `${words} ${name.name}`, surface: `${words} ${name.surface}` };
  if (hit.mention.via === 'demonym') return { name: opened, country: hit.mention.entity.kind === 'country' ? hit.mention.entity : null };
  // "Bolivia Bondholder Committee", "Japan Coast Guard": a country's own name opens a name of several words.
  if (hit.mention.entity.kind === 'country' && name.last > name.first) return { name: opened, country: hit.mention.entity };
  return null;
}

/** "Democratic National Committee" -> DNC and D.N.C.: the initials of its capitalized words. */
function acronymsOf(tokens: readonly Token[], name: ProperName): string[] {
  const initials = tokens.slice(name.first, name.last + 1).filter((t) => t.cap).map((t) => t.text.charAt(0).toUpperCase());
  if (initials.length < 2) return [];
  return [initials.join(''), `${initials.join('.')}.`];
}

/**
 * Organizations the article names in full, by their initials: an acronym used before or without its long form
 * ("the DNC said … the Democratic National Committee") is the same organization, named in full.
 */
function longFormsByAcronym(tokens: readonly Token[], names: readonly ProperName[]): Map<string, ProperName> {
  const out = new Map<string, ProperName>();
  for (const name of names) {
    if (name.kind !== 'organization' || isMedia(tokens, name)) continue;
    const [plain] = acronymsOf(tokens, name);
    if (plain && !out.has(plain)) out.set(plain, name);
  }
  return out;
}

type ActorAt = Map<number, { actor: EntityRef | null; entity: EntityRef; last: number }>;
type OrgNear = (k: number) => { entity: EntityRef; last: number } | null;

function isRole(norm: string, g: ReactionGrammar): boolean {
  return g.speakerNouns.has(norm) || g.affiliationRoles.has(norm) || INSTITUTION_SECTORS.has(index.agents.get(norm) ?? '');
}

/** Experts and pundits speak for no one, whatever institution they are at. */
function isExpert(norms: readonly string[], g: ReactionGrammar): boolean {
  return norms.some((n) => g.expertRoles.has(n));
}

/**
 * "<Japanese|DNC|Homeland Security> <role words> <Name>": the actor the title names, or the home state. `endsAt` is
 * the gazetteer hits by their last token.
 */
/** The state of a person's most recent office, whatever the date. */
function latestState(person: EntityRef): EntityRef | null {
  const of = roleAt(person.key, null);
  return of?.startsWith('country:') ? (index.byKey.get(of) ?? null) : null;
}

function titleAffiliation(tokens: readonly Token[], first: number, endsAt: ActorAt, orgNear: OrgNear, g: ReactionGrammar, home: EntityRef | null, fallback = false): EntityRef | null {
  const roles: string[] = [];
  let k = first - 1;
  let owner: EntityRef | null = null;
  for (let steps = 0; k >= 0 && steps < TITLE_WINDOW; steps++) {
    const t = tokens[k] as Token;
    if ((tokens[k + 1] as Token).sentenceStart) break;
    const gaz = endsAt.get(k);
    if (gaz) {
      // "Trump associate Roger Stone", "Trump lawyer …": a person's own circle holds no office of the state.
      if (gaz.entity.kind === 'person' && roles.some((r) => g.personalRoles.has(r))) return null;
      owner = campaignOf(gaz.entity, roles) ?? gaz.actor;
      break;
    }
    const org = [...Array(4).keys()].map((d) => orgNear(k - d)).find((o) => o && o.last === k);
    if (org) {
      owner = org.entity;
      break;
    }
    if (!isRole(t.norm, g) && !(t.cap && roles.length > 0)) break;
    roles.push(t.norm);
    k--;
  }
  if (isExpert(roles, g)) return null;
  if (owner) return roles.length > 0 || owner.kind === 'organization' ? owner : null;
  const named = headedOrganization(tokens, k + 1, first, g);
  if (named) return named;
  if (!roles.some((r) => g.stateTitles.has(r))) return null;
  // As the last resort: "In Tehran, foreign ministry spokesman Esmaeil Baghaei …": a capital the sentence opens in is
  // the title's state, before the article's home (a known person's own office comes first).
  return fallback ? (placedIn(tokens, k, endsAt) ?? home) : home;
}

/**
 * "SpaceX chief Elon Musk", "Maersk chief executive Vincent Clerc": capitalised words that are no role, right before
 * the title of an organization's head or voice, name the organization (one the gazetteer knows ended the walk before).
 */
function headedOrganization(tokens: readonly Token[], from: number, first: number, g: ReactionGrammar): EntityRef | null {
  // The title's words, then the name's, one space apart ("On Monday, Maersk chief …" names Maersk).
  let end = first;
  while (end > from && isRole((tokens[end - 1] as Token).norm, g)) end--;
  if (end === first || !g.organizationHeads.has((tokens[end] as Token).norm)) return null;
  let start = end;
  const joined = (j: number) => (tokens[j] as Token).start === (tokens[j - 1] as Token).end + 1;
  while (start > from && (tokens[start - 1] as Token).cap && !(tokens[start - 1] as Token).possessive && !isRole((tokens[start - 1] as Token).norm, g) && joined(start)) start--;
  if (start === end) return null;
  if (end - start === 1) {
    const word = tokens[start] as Token;
    // A word opening the sentence may be a common noun ("Relief chief Tom Fletcher"): the article must write it with a
    // capital elsewhere too.
    if (word.sentenceStart && !tokens.some((t, j) => j !== start && !t.sentenceStart && t.text === word.text)) return null;
    // A surname the article gives with a first name ("Palin spokesman Bill McAllister" after "Sarah Palin") is a person's.
    if (tokens.some((t, j) => j !== start && t.text === word.text && !t.sentenceStart && (tokens[j - 1] as Token | undefined)?.cap === true && !isRole((tokens[j - 1] as Token).norm, g))) return null;
    // A party's adjective is no name ("Republican spokesman"): the tagger reads the word in lower case.
    const phrase = `the ${word.norm} ${(tokens[end] as Token).norm}`;
    if (tagTokens(phrase, sentenceTokens(phrase))[1] === 'ADJ') return null;
  }
  return orgEntity(tokens.slice(start, end).map((t) => t.text).join(' '));
}

/** The most words of an appositive before its kind noun ("the industry federation", "a local conservation group"). */
const APPOSITIVE_KIND = 4;

/**
 * An organization named by a word and the country after it (tokens `first`–`last`): the word a brand ("BirdLife
 * Cyprus"), or any capitalised word when an appositive right after calls the name an organization ("Fisheries Iceland,
 * the industry federation, …").
 */
function countryNamedOrganization(text: string, tokens: readonly Token[], first: number, last: number, covered: readonly boolean[], g: ReactionGrammar): EntityRef | null {
  const word = tokens[first - 1];
  const country = tokens[first] as Token;
  if (!word || !word.cap || word.possessive || covered[first - 1] || country.sentenceStart || word.end + 1 !== country.start || isRole(word.norm, g)) return null;
  const name = `${word.text} ${text.slice(country.start, (tokens[last] as Token).end)}`;
  if (isBrandWord(word.text)) return orgEntity(name);
  const after = text.slice((tokens[last] as Token).end);
  const appositive = /^,\s+(?:the|a|an)\s+([^,]{1,80}),/u.exec(after);
  if (!appositive) return null;
  const words = (appositive[1] as string).toLowerCase().split(/\s+/u);
  return words.length <= APPOSITIVE_KIND && g.organizationAnaphors.has(words[words.length - 1] as string) ? orgEntity(name) : null;
}

/** The state of a capital that the sentence of token k opens in ("In Tehran, …"), or null. */
function placedIn(tokens: readonly Token[], k: number, endsAt: ActorAt): EntityRef | null {
  let start = k;
  while (start > 0 && !(tokens[start] as Token).sentenceStart) start--;
  if ((tokens[start] as Token | undefined)?.norm !== 'in') return null;
  for (let j = start + 1; j <= k && j <= start + PLACE_WORDS; j++) {
    const hit = endsAt.get(j);
    if (hit) return hit.entity.kind === 'place' && hit.actor?.kind === 'country' ? hit.actor : null;
  }
  return null;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Words before a title that say it is no longer held. */
const FORMER = new Set(['former', 'ex', 'onetime', 'erstwhile']);

/**
 * "Former President Salome Zourabichvili", "former Georgian President …": a title once held, right before the name
 * (role words, capitalised words and a demonym between), speaks for no one now, whatever office the dictionaries list.
 */
function formerTitle(tokens: readonly Token[], first: number, g: ReactionGrammar): boolean {
  for (let k = first - 1; k >= Math.max(0, first - TITLE_WINDOW); k--) {
    const t = tokens[k] as Token;
    if (FORMER.has(t.norm)) return true;
    if ((tokens[k + 1] as Token).sentenceStart || !(isRole(t.norm, g) || t.cap)) return false;
  }
  return false;
}

/** "<Name>, (the|a) <role words> (of|for|at|with) (the) <organization or state>", "<Name>, who heads (the) <organization>". */
function appositiveAffiliation(text: string, tokens: readonly Token[], last: number, actorAt: ActorAt, orgNear: OrgNear, g: ReactionGrammar): EntityRef | null {
  const after = tokens[last + 1];
  if (!after || after.sentenceStart || !text.slice((tokens[last] as Token).end, after.start).includes(',')) return null;
  const roles: string[] = [];
  let sawRole = false;
  for (let k = last + 1; k < Math.min(tokens.length, last + 1 + APPOSITIVE_WINDOW); k++) {
    const t = tokens[k] as Token;
    if (k > last + 1 && (t.sentenceStart || text.slice((tokens[k - 1] as Token).end, t.start).includes(','))) break;
    // "…, who heads Border Angels, …": a relative clause of leading names what the person speaks for.
    if (k === last + 1 && t.norm === 'who' && cues.leadingVerbs.has((tokens[k + 1] as Token | undefined)?.norm ?? '')) {
      sawRole = true;
      k++;
      continue;
    }
    // "a teacher who was protected by a program President X created": a relative clause names someone else.
    if (RELATIVE_PRONOUNS.has(t.norm)) return null;
    const gaz = actorAt.get(k);
    if (gaz && sawRole) return isExpert(roles, g) ? null : (campaignOf(gaz.entity, roles) ?? gaz.actor);
    const org = orgNear(k);
    if (org && sawRole) return isExpert(roles, g) ? null : org.entity;
    if (isRole(t.norm, g)) sawRole = true;
    roles.push(t.norm);
    if (LINKS.has(t.norm) && !sawRole) return null;
  }
  return null;
}

/**
 * "Trump's campaign manager", "the campaign manager for Mr. Trump's re-election bid": a candidate's campaign is an
 * organization of its own (non-state), not the state the candidate may lead.
 */
function campaignOf(entity: EntityRef, roles: readonly string[]): EntityRef | null {
  if (entity.kind !== 'person' || !roles.includes('campaign')) return null;
  const surname = entity.name.split(' ').at(-1) as string;
  return orgEntity(`${surname} campaign`);
}

/** The article's known surfaces, with what a lookup can skip: the words they start with and their longest length. */
interface KnownSurfaces {
  known: Map<string, Known>;
  firstWords: Set<string>;
  /** Tokens in the longest surface (its words: the surfaces looked up are token texts joined by single spaces). */
  maxTokens: number;
}

function knownSurfaces(known: Map<string, Known>): KnownSurfaces {
  const firstWords = new Set<string>();
  let maxTokens = 0;
  for (const key of known.keys()) {
    const words = key.split(' ');
    // "workers' center" starts at the token "Workers", "people's party" at "People's": the apostrophe and 's are
    // no part of the word the lookup starts from.
    firstWords.add((words[0] as string).replace(/['’]s?$/, ''));
    maxTokens = Math.max(maxTokens, words.length);
  }
  return { known, firstWords, maxTokens };
}

/** Longest known surface at each capitalized token of a piece of text. */
function findKnown(piece: string, { known, firstWords, maxTokens }: KnownSurfaces): ActorMention[] {
  if (known.size === 0) return [];
  const tokens = tokenize(piece);
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap) continue;
    // No known surface starts with this word: nothing to build and look up.
    if (!firstWords.has(t.text.replace(/['’]s$/, '').toLowerCase())) continue;
    let best: { end: number; value: Known } | null = null;
    let surface = '';
    for (let j = i; j < Math.min(tokens.length, i + 6, i + maxTokens); j++) {
      const tj = tokens[j] as Token;
      // "Workers' Center": a plural possessive inside a name joins its words as written.
      const gap = j > i ? piece.slice((tokens[j - 1] as Token).end, tj.start) : '';
      const possessive = /^['’] $/.test(gap);
      if (j > i && !tj.tightBefore && !tj.hyphenBefore && !possessive) break;
      // Only the last word's 's is the sentence's grammar; an inner one is the name's own ("People's Party").
      surface = j === i ? tj.text : `${surface}${possessive ? gap.charAt(0) : ''} ${tj.text}`;
      const value = known.get(surface.replace(/['’]s$/, '').toLowerCase());
      if (value) best = { end: j, value };
    }
    if (!best || !best.value.actor) continue;
    const first = t;
    const lastToken = tokens[best.end] as Token;
    const end = lastToken.possessive ? lastToken.end - 2 : lastToken.end;
    out.push({ start: first.start, end, surface: piece.slice(first.start, end), via: 'name', entity: best.value.entity, actor: best.value.actor, seatOf: null, ...(best.value.closesWithCountry ? { closesWithCountry: true as const } : {}) });
    i = best.end;
  }
  return out;
}

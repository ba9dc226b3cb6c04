/**
 * Names the gazetteer does not know ("Renzo Huamán", "Sporting Valdoria", "Chuquibamba", "Nile Delta"): runs of
 * capitalized words, cleaned of sentence-initial common words and honorifics, classified as person, organization or
 * place by their own words (Institute, Delta, Plaza…), their context ("winger Huamán", "Finnish company Saimaa
 * Vacuum", "the town of Chuquibamba", ", a maker of…") and compromise's lexicon (given names, places).
 */
import type { EntityKind } from '../../domain/enrichment.ts';
import type { NameCues } from './gazetteer-data.ts';
import { separator, type GazetteerIndex } from './gazetteer-index.ts';
import { wordClass } from './name-lexicon.ts';
import type { Token } from './text-tokens.ts';

export type NameKind = Exclude<EntityKind, 'country'>;

export interface ProperName {
  /** token span of the name itself (honorifics and possessive excluded from `name`) */
  first: number;
  last: number;
  /** the name as written, without honorifics or possessive: "Renzo Huamán" */
  name: string;
  /** the whole surface, honorific included: "coach Rui Azevedo" is not, "President Ibrahim Traoré" is */
  surface: string;
  /** null: a single word with no cue; kept only if it turns out to be part of a longer name in the article */
  kind: NameKind | null;
  /** honorific seen before it ("Dr.", "President") */
  titled: boolean;
}

interface Cues {
  honorifics: Set<string>;
  personRoles: Set<string>;
  orgRoles: Set<string>;
  orgKindsAfter: Set<string>;
  /** verbs of leading an organization, present tense: the name after "who heads", "who runs" is one */
  leadingVerbs: Set<string>;
  orgWords: Set<string>;
  orgPrefixes: Set<string>;
  placeWords: Set<string>;
  placePrefixes: Set<string>;
  placeContext: Set<string>;
  eventWords: Set<string>;
  nonNames: Set<string>;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'le', 'el', 'al', 'von', 'van', 'der', 'den', 'y', 'bin', 'ibn', 'des', 'du', 'dei', 'degli', 'delle', 'por', 'para', 'pour', 'per']);
/** Prepositions of a Romance-language name that an article may follow inside it ("Coordinadora Campesina por la Vida"). */
const ROMANCE_LINKS = new Set(['de', 'del', 'della', 'di', 'da', 'des', 'du', 'dei', 'degli', 'delle', 'por', 'para', 'pour', 'per']);
/** Romance articles after such a preposition ("de la", "pour les", "per il"). */
const ROMANCE_ARTICLES = new Set(['la', 'las', 'los', 'le', 'les', 'el', 'il', 'lo', 'gli']);
const COORDINATORS = new Set(['and', 'or']);

/** "Workers' Party": a word ending in s, an apostrophe and one space before the next word; or "People's Party". */
function pluralPossessive(text: string, prev: Token, next: Token): boolean {
  // An irregular plural takes "'s", which its token holds ("People's Party", "Women's League").
  if (prev.possessive) return IRREGULAR_PLURALS.has(prev.norm) && next.start === prev.end + 1 && text.charAt(prev.end) === ' ';
  const mark = text.charAt(prev.end);
  return (mark === "'" || mark === '’') && next.start === prev.end + 2 && /s$/i.test(prev.text) && text.charAt(prev.end + 1) === ' ';
}
/** English plurals not formed with -s, whose possessive is "'s". */
const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children']);
/** Prepositions between a person's role and where it is held ("coordinator for", "attorney with", "researcher at"). */
const AFFILIATION_LINKS = new Set(['for', 'with', 'at']);
/** connectors after which an organization's name may contain a country ("Geophysical Institute of Peru") */
const OF_CONNECTORS = new Set(['of', 'for', 'de', 'del']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'but', 'and', 'or', 'if', 'in', 'on', 'at', 'as', 'by', 'for', 'from', 'to', 'with', 'after', 'before', 'when', 'while', 'what', 'who', 'why', 'how', 'where', 'there', 'here', 'some', 'many', 'most', 'more', 'all', 'both', 'each', 'no', 'not', 'yes', 'one', 'two', 'three', 'four', 'five', 'ten', 'first', 'last', 'next', 'new', 'other', 'such', 'even', 'also', 'still', 'yet', 'so', 'then', 'now', 'however', 'meanwhile', 'although', 'though', 'because', 'since', 'until', 'despite', 'according', 'under', 'over', 'about', 'among', 'between', 'during', 'without', 'within', 'into', 'through', 'against', 'toward', 'towards', 'live', 'analysis', 'explainer', 'opinion', 'update', 'breaking', 'related', 'read', 'more', 'photo', 'video', 'watch', 'listen', 'editorial', 'comment', 'mr', 'ms', 'mrs']);

const cuesOf = new WeakMap<NameCues, Cues>();

/** The cue sets of the gazetteer's cue data: one object per data object, so readers of one article share them. */
export function nameCues(data: NameCues): Cues {
  let cues = cuesOf.get(data);
  if (!cues) {
    cues = buildCues(data);
    cuesOf.set(data, cues);
  }
  return cues;
}

function buildCues(data: NameCues): Cues {
  const set = (words: string[]): Set<string> => new Set(words);
  return {
    honorifics: set(data.honorifics),
    personRoles: set(data.personRoles),
    orgRoles: set(data.orgRoles),
    orgKindsAfter: set(data.orgKindsAfter),
    leadingVerbs: set(data.leadingVerbs),
    orgWords: set(data.orgWords),
    orgPrefixes: set(data.orgPrefixes),
    placeWords: set(data.placeWords),
    placePrefixes: set(data.placePrefixes),
    placeContext: set(data.placeContext),
    eventWords: set(data.eventWords),
    nonNames: set(data.nonNames),
  };
}

/** The last text read in full, for its tail (an article's body after its title) to reuse (fromWhole). */
let whole: { text: string; tokens: readonly Token[]; covered: readonly boolean[]; names: readonly ProperName[]; cues: Cues; index: GazetteerIndex } | null = null;

/**
 * The proper names of a text. Callers must not modify `covered` afterwards: the names of a tail of the text (its body,
 * read again by the reaction extractor) are taken from this reading where they cannot differ.
 */
export function findProperNames(text: string, tokens: readonly Token[], covered: readonly boolean[], cues: Cues, index: GazetteerIndex): ProperName[] {
  const reused = fromWhole(text, tokens, covered, cues, index);
  if (reused) return reused;
  const names = readNames(text, tokens, covered, cues, index);
  whole = { text, tokens, covered, names, cues, index };
  return names;
}

/**
 * The names of `text` when it is the tail of the last text read (the body after the title) with the same tokens
 * (the fields the finder reads, shifted), the same gazetteer cover, the same answer to "seen in lower case?" for
 * every word of the tail (lowerSeenAlike) and a first token that opens a sentence: a name never runs over a
 * sentence start, and the context a name reads before it stops there too, so the tail's names are the whole's from
 * that token on, shifted. A name of the head coordinated with the tail's first ("… Inari\n\nand Karasjok") could lend
 * it its kind: then, and wherever a check fails, the tail is read on its own. Null: read it.
 */
function fromWhole(text: string, tokens: readonly Token[], covered: readonly boolean[], cues: Cues, index: GazetteerIndex): ProperName[] | null {
  const w = whole;
  if (!w || w.cues !== cues || w.index !== index || tokens.length === 0) return null;
  const shift = w.tokens.length - tokens.length;
  const from = w.text.length - text.length;
  if (shift <= 0 || from <= 0 || !w.text.endsWith(text)) return null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const o = w.tokens[k + shift] as Token;
    if (covered[k] !== w.covered[k + shift] || !sameToken(t, o, from) || (k > 0 && t.tightBefore !== o.tightBefore)) return null;
  }
  if (!(tokens[0] as Token).sentenceStart) return null;
  for (let k = 0; k < shift; k++) {
    const t = w.tokens[k] as Token;
    if (!t.cap && !lowerSeenAlike(tokens, t.norm)) return null;
  }
  const out: ProperName[] = [];
  for (const [j, name] of w.names.entries()) {
    if (name.last < shift) continue;
    if (name.first < shift) return null;
    const prev = w.names[j - 1];
    if (out.length === 0 && prev && prev.last < shift && name.first - prev.last === 2 && COORDINATORS.has((w.tokens[prev.last + 1] as Token).norm)) return null;
    out.push({ ...name, first: name.first - shift, last: name.last - shift });
  }
  return out;
}

/**
 * Whether a word written in lower case in the head is seen alike by the tail alone: it is written in lower case in the
 * tail too, or the tail never holds it (only the tail's own words are ever asked whether they were seen).
 */
function lowerSeenAlike(tokens: readonly Token[], norm: string): boolean {
  let held = false;
  for (const t of tokens) {
    if (t.norm !== norm) continue;
    if (!t.cap) return true;
    held = true;
  }
  return !held;
}

/** The fields of a token the finder reads, the tail's offsets `from` before the whole's (tightBefore is compared apart). */
function sameToken(t: Token, o: Token, from: number): boolean {
  return (
    t.start + from === o.start &&
    t.end + from === o.end &&
    t.text === o.text &&
    t.norm === o.norm &&
    t.cap === o.cap &&
    t.allCaps === o.allCaps &&
    t.possessive === o.possessive &&
    t.hyphenBefore === o.hyphenBefore &&
    t.sentenceStart === o.sentenceStart
  );
}

function readNames(text: string, tokens: readonly Token[], covered: readonly boolean[], cues: Cues, index: GazetteerIndex): ProperName[] {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerSeen.add(t.norm);
  const isCommon = (t: Token): boolean =>
    FUNCTION_WORDS.has(t.norm) || lowerSeen.has(t.norm) || (wordClass(t.norm) === 'common' && !t.allCaps);
  const headings = headingTokens(text, tokens);

  const names: ProperName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || covered[i] || headings[i] || t.hyphenBefore) continue;
    let last = i;
    // Extend over capitalized words and inner connectors ("Delta Institute for Tropical Diseases").
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1] as Token;
      // A plural possessive inside an organization's name ("Kurdistan Workers' Party", "Cocoa Producers' Alliance")
      // continues it; elsewhere the apostrophe ends the name ("the Democrats' plan").
      const inner = pluralPossessive(text, tokens[last] as Token, next) && !covered[last + 1] && namesOrganization(tokens, last + 1, covered, cues);
      if ((!inner && separator(tokens[last] as Token, next, text) !== ' ') || next.sentenceStart) break;
      if (next.cap && !covered[last + 1]) {
        last++;
        if (next.possessive) break;
        continue;
      }
      const after = tokens[last + 2];
      // "Citizens for a Better Environment": the cause after "for" may open with an article.
      const cause = tokens[last + 3];
      if (next.norm === 'for' && !next.cap && after && ARTICLES.has(after.norm) && !after.cap && cause?.cap && !cause.sentenceStart && !covered[last + 3] && separator(next, after, text) === ' ' && separator(after, cause, text) === ' ') {
        last += 3;
        continue;
      }
      // "Banco de la Nación", "Coordinadora Campesina por la Vida": a Romance preposition and article inside a name.
      if (ROMANCE_LINKS.has(next.norm) && !next.cap && after && ROMANCE_ARTICLES.has(after.norm) && !after.cap && cause?.cap && !cause.sentenceStart && !covered[last + 3] && separator(next, after, text) === ' ' && separator(after, cause, text) === ' ') {
        last += 3;
        continue;
      }
      const joinsName = (CONNECTORS.has(next.norm) || (next.norm === 'and' && !covered[last + 2] && namedAfterOf(tokens, i, last, cues))) && !next.cap && after && after.cap && !after.sentenceStart &&
        separator(next, after, text) === ' ' && !(tokens[last] as Token).possessive;
      if (!joinsName) break;
      // A bare "the" joins nothing ("In Parliament the Communist Party …"): only after another link ("Church of the …"),
      // which the loop has already taken with its next word.
      if (next.norm === 'the') break;
      // A gazetteer name after "of" belongs to an organization's name only ("Reserve Bank of Australia").
      if (covered[last + 2] && !(OF_CONNECTORS.has(next.norm) && hasWord(tokens, i, last, cues.orgWords))) break;
      last += 2;
      // A gazetteer name of several words after "of" is taken whole ("Congress of South African Trade Unions").
      while (covered[last] && covered[last + 1] && (tokens[last + 1] as Token).cap && !(tokens[last + 1] as Token).sentenceStart && separator(tokens[last] as Token, tokens[last + 1] as Token, text) === ' ') last++;
    }
    const titledAt = titledPersonAt(tokens, i, last, cues);
    if (titledAt) {
      // "Qualys CTO Wolfgang Kandek", "Saints Head Coach Sean Payton": an organization or place, a title, a person.
      // The words before the title are whose office it is (a body, a place, a portfolio: "Human Resources"), no person;
      // before a minister they are the portfolio ("Turkish Energy Minister"), no body, unless an organization's head
      // noun says so.
      const front = clean(text, tokens, i, titledAt.roleStart - 1, cues, isCommon, index);
      const portfolio = (tokens[titledAt.roleStart] as Token).norm === 'minister' && !tokens.slice(i, titledAt.roleStart).some((t) => isOrgWord(t.norm, cues) && !NOT_TITLES_INSIDE.has(t.norm));
      if (front && front.kind !== 'person' && !portfolio) names.push(front);
      const person = titledAt.person <= last ? clean(text, tokens, titledAt.person, last, cues, isCommon, index) : null;
      if (person) names.push({ ...person, kind: 'person', titled: true });
      i = last;
      continue;
    }
    const name = clean(text, tokens, i, last, cues, isCommon, index);
    if (name) names.push(name);
    i = last;
  }
  return inheritCoordinatedKinds(names, tokens);
}

/** The longest all-capital word read as an acronym ("MONUSCO", "UNFICYP" are seven letters). */
const ACRONYM_LETTERS = 8;

/** Verbs of the person-role cues after which a name is whom one told or quoted ("told IRNA"), not a person by role. */
const TELLING = new Set(['told', 'tells', 'said', 'says', 'added', 'explained', 'according']);

/** Titles that may stand between an organization or place and a person in one capitalized run. */
function isTitleWord(norm: string, cues: Cues): boolean {
  return (cues.honorifics.has(norm) || cues.personRoles.has(norm) || EXTRA_TITLES.has(norm)) && !NOT_TITLES_INSIDE.has(norm);
}
/** Office words the cue lists lack, written with a capital inside a name ("City Council Member Jumaane Williams"). */
const EXTRA_TITLES = new Set(['member', 'councilman', 'councilwoman', 'councillor', 'councilor', 'cto', 'cfo', 'coo', 'assemblyman', 'assemblywoman', 'alderman', 'sheriff', 'superintendent', 'inspector', 'detective']);
/** A state's offices, held by a person named right after them; no company's name holds one. */
export const STATE_OFFICES: ReadonlySet<string> = new Set(['minister', 'secretary', 'ambassador', 'envoy']);
/** Offices of a state or a body, held by a person named right after them (an executive's are EXECUTIVES). */
const OFFICE_TITLES = new Set([...STATE_OFFICES, 'spokesman', 'spokeswoman', 'spokesperson']);
/** Words of the title lists that also name places, offices or parts of names ("State", "High", "St", "Crown"). */
const NOT_TITLES_INSIDE = new Set(['state', 'high', 'special', 'foreign', 'defence', 'defense', 'finance', 'interior', 'economy', 'trade', 'health', 'environment', 'energy', 'climate', 'acting', 'former', 'ex', 'saint', 'st', 'father', 'don', 'm', 'general', 'crown', 'vice', 'deputy', 'prime', 'said', 'says', 'told', 'added', 'explained', 'according', 'back', 'side', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband']);

/**
 * Where a capitalized run [first, last] is an organization or place, a title and a person ("Summit CEO Rob
 * Friedman", "Oregon State Police Lt."): the title's first token and the person's first token (past `last` when the
 * run ends in its title, the person's name following after a period). Null when no such title stands inside the run,
 * the words before it are titles too ("Vice President Kamala Harris"), or the words after it are not a person's name
 * (two or three words opening with a given name or closing with a surname).
 */
function titledPersonAt(tokens: readonly Token[], first: number, last: number, cues: Cues): { roleStart: number; person: number } | null {
  for (let r = last; r > first; r--) {
    if (!isTitleWord((tokens[r] as Token).norm, cues)) continue;
    let roleStart = r;
    while (roleStart - 1 > first && isTitleWord((tokens[roleStart - 1] as Token).norm, cues)) roleStart--;
    if (isTitleWord((tokens[first] as Token).norm, cues) && roleStart - 1 === first) return null;
    const person = r + 1;
    if (person > last) {
      // The run ends in its title ("Oregon State Police Lt."): the name after the abbreviation's period is the person.
      const next = tokens[person];
      return next?.cap && wordClass(next.norm) === 'given-name' ? { roleStart, person: last + 1 } : null;
    }
    const named = tokens.slice(person, last + 1);
    // An office ("Home Affairs Minister Saifuddin Nasution", "Qatar Airways CEO Badr Al-Meer") names a person after
    // it, whether or not the name lexicon knows the name's words.
    const office = OFFICE_TITLES.has((tokens[r] as Token).norm) || EXECUTIVES.has((tokens[r] as Token).norm);
    const personal = office || wordClass((named[0] as Token).norm) === 'given-name' || wordClass((named[named.length - 1] as Token).norm) === 'surname';
    if (named.length < 2 || named.length > 3 || !personal) return null;
    if (named.some((t) => isOrgWord(t.norm, cues))) return null;
    return { roleStart, person };
  }
  return null;
}

/** "Inari and Karasjok", "Lima or Callao": an unclassified name coordinated with a classified one shares its kind. */
function inheritCoordinatedKinds(names: ProperName[], tokens: readonly Token[]): ProperName[] {
  for (let k = 1; k < names.length; k++) {
    const prev = names[k - 1] as ProperName;
    const name = names[k] as ProperName;
    const between = tokens.slice(prev.last + 1, name.first);
    if (name.kind === null && prev.kind !== null && between.length === 1 && COORDINATORS.has((between[0] as Token).norm)) name.kind = prev.kind;
  }
  return names;
}

/** Whether the capitalized words from `k` (up to a short run) include an organization's head noun ("Party"). */
function namesOrganization(tokens: readonly Token[], k: number, covered: readonly boolean[], cues: Cues): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j] as Token;
    if (!t.cap || covered[j] || t.sentenceStart) return false;
    if (isOrgWord(t.norm, cues)) return true;
    if (t.possessive) return false;
  }
  return false;
}

/** An organization's head noun, singular or plural ("Associations", "Industries"). */
function isOrgWord(norm: string, cues: Cues): boolean {
  return cues.orgWords.has(norm) || (norm.endsWith('s') && cues.orgWords.has(norm.slice(0, -1)));
}

/**
 * Whether the name so far is an organization's head noun and "of"/"for" its subject ("Party of Freedom", "Center for
 * Peace"): an "and" then joins the subject's next word ("Party of Freedom and Justice"), not a second name.
 */
function namedAfterOf(tokens: readonly Token[], first: number, last: number, cues: Cues): boolean {
  // "Friends for Conservation and Development": a cause's words join by "and" too.
  if (opensCause(tokens, first, last)) return true;
  for (let k = first; k < last; k++) if (cues.orgWords.has((tokens[k] as Token).norm) && OF_CONNECTORS.has((tokens[k + 1] as Token).norm)) return true;
  return false;
}

function hasWord(tokens: readonly Token[], first: number, last: number, words: Set<string>): boolean {
  for (let k = first; k <= last; k++) if (words.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** The articles a cause may open with after "for". */
const ARTICLES = new Set(['a', 'an']);

/**
 * People for a cause opening a sentence ("Lawyers for Human Rights", "Citizens for a Better Environment"): the plural
 * noun is the name's first word, not a common word before it (classify reads the whole as an organization).
 */
function opensCause(tokens: readonly Token[], first: number, last: number): boolean {
  const cause = tokens[first + 2] as Token | undefined;
  return first + 2 <= last && /s$/.test((tokens[first] as Token).norm) && (tokens[first + 1] as Token).norm === 'for' && cause !== undefined && (ARTICLES.has(cause.norm) || !FUNCTION_WORDS.has(cause.norm));
}

/** The words that join an office to the body it belongs to ("CEO of", "chairman at"). */
const ROLE_OF = new Set(['of', 'at']);
/**
 * An organization's own executives, whose office joined by "of" to a name is no name itself ("CEO of The Wildlife
 * Society"). Not a state's offices: "Minister of Foreign Affairs" names an office, not the body after "of".
 */
const EXECUTIVES = new Set(['ceo', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'cofounder']);

function clean(text: string, tokens: readonly Token[], first: number, last: number, cues: Cues, isCommon: (t: Token) => boolean, index: GazetteerIndex): ProperName | null {
  const surfaceStart = first;
  let titled = false;
  let kindTitled = false;
  // Sentence-initial common words and honorifics ("The", "Experts", "President", "Dr") are not part of the name, unless
  // an appositive calls the whole run an organization ("Access Now, a digital rights group, …").
  const described = (tokens[first] as Token).sentenceStart && first < last && appositive(tokens, last, cues) === 'organization';
  while (first <= last) {
    const t = tokens[first] as Token;
    const role = t.sentenceStart && first === surfaceStart && cues.personRoles.has(t.norm);
    if (first + 2 <= last && EXECUTIVES.has(t.norm) && ROLE_OF.has((tokens[first + 1] as Token).norm)) {
      first += 2; // "CEO of The Wildlife Society", "Chairman of Acme Holdings": the office, then whose it is
    } else if ((cues.honorifics.has(t.norm) || role) && first < last) {
      titled = true; // "President Ibrahim Traoré", "Striker Ibrahim Sow scored"
      first++;
    } else if (!titled && first < last && t.allCaps && cues.orgRoles.has(t.norm)) {
      kindTitled = true; // "the NGO Tamkeen", "Local NGO Tamkeen": the kind, in capitals, before the name
      first++;
    } else if (t.sentenceStart && first === surfaceStart && isCommon(t) && !(described && !FUNCTION_WORDS.has(t.norm)) && !cues.orgPrefixes.has(t.norm) && !cues.placePrefixes.has(t.norm) && !opensCause(tokens, first, last)) {
      first++;
    } else break;
  }
  while (last > first && CONNECTORS.has((tokens[last] as Token).norm)) last--;
  if (first > last) return null;
  const head = tokens[first] as Token;
  if (CONNECTORS.has(head.norm) && !head.cap) return null;

  const words = tokens.slice(first, last + 1);
  const content = words.filter((w) => !CONNECTORS.has(w.norm) || w.cap);
  if (content.every((w) => cues.nonNames.has(w.norm) || FUNCTION_WORDS.has(w.norm))) return null;
  // A name the gazetteer knows as a whole (but did not match, e.g. for case) is not ours to guess.
  if (content.length === 1 && index.phrases.has(head.norm)) return null;
  if (content.length === 1 && head.allCaps && /\d/.test(head.text)) return null; // COP27, F16: events and models
  if (isLabel(text, tokens, surfaceStart, last)) return null;

  // Right before a head noun the gazetteer took ("Valdorian Grain Congress", "Odua Peoples' Congress") the words
  // are the front of an organization's name, not a person.
  const next = tokens[last + 1];
  const beforeHead = next !== undefined && next.cap && !next.sentenceStart && isOrgWord(next.norm, cues) &&
    (separator(tokens[last] as Token, next, text) === ' ' || pluralPossessive(text, tokens[last] as Token, next));
  const kind = (beforeHead && !titled) || kindTitled ? 'organization' : classify(text, tokens, first, last, cues, titled, isCommon);
  if (kind === 'skip') return null;
  const lastToken = tokens[last] as Token;
  const end = lastToken.possessive ? lastToken.end - lastToken.text.length + lastToken.text.replace(/['’]s?$/, '').length : lastToken.end;
  return {
    first,
    last,
    name: text.slice(head.start, end),
    surface: text.slice((tokens[surfaceStart] as Token).start, lastToken.end),
    kind,
    titled,
  };
}

const BRAND = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}/u;

/**
 * A word with a capital inside it is a brand ("SpaceX", "BirdLife", "TotalEnergies"), unless the capital follows a
 * surname's prefix ("McConnell", "DeSantis", "MacArthur").
 */
export function isBrandWord(word: string): boolean {
  return BRAND.test(word) && !SURNAME_PREFIX.test(word);
}

function classify(text: string, tokens: readonly Token[], first: number, last: number, cues: Cues, titled: boolean, isCommon: (t: Token) => boolean): NameKind | null | 'skip' {
  const words = tokens.slice(first, last + 1);
  const norms = words.map((w) => w.norm);
  const ofAt = norms.findIndex((n, k) => k > 0 && OF_CONNECTORS.has(n) && !(words[k] as Token).cap);
  const headNorm = norms[(ofAt > 0 ? ofAt : norms.length) - 1] as string;
  const firstNorm = norms[0] as string;

  if (cues.orgPrefixes.has(firstNorm) && words.length > 1) return 'organization';
  if (norms.some((n) => isOrgWord(n, cues))) {
    if (words.length > 1 || (words[0] as Token).allCaps) return 'organization';
    // A lone head noun ("Council" after a place the gazetteer took) names no one.
    return null;
  }
  // What the name is, said right after it (", a rescue charity,"), outweighs what its words look like ("Sea-Watch",
  // "Alarm Phone").
  const described = appositive(tokens, last, cues);
  if (described === 'organization') return described;
  if (cues.placePrefixes.has(firstNorm) && words.length > 1) return 'place';
  if (cues.placeWords.has(headNorm) && words.length > 1) return 'place';
  if (cues.eventWords.has(headNorm)) return 'skip';
  // People for a cause ("Lawyers for Human Rights", "Citizens for Clean Air"): an organization, though every word is
  // a common one.
  if (ofAt > 0 && norms[ofAt] === 'for' && ofAt < norms.length - 1 && /s$/.test(norms[ofAt - 1] as string) && words.length >= 3) return 'organization';
  const before = context(text, tokens, first);
  // "the conservation group Green Salvation": a kind of organization right before names one, however common its words.
  if (before && cues.orgRoles.has(before.norm) && !ROLE_NOT_KIND.has(before.norm) && /^ +$/.test(text.slice(before.end, (tokens[first] as Token).start))) return 'organization';
  // Headings and slogans: every word a common word ("Security Guarantees", "International Reactions").
  if (words.every((w) => isCommon(w))) return 'skip';

  const after = tokens[last + 1];
  // An acronym is no one's name ("… (ODIHR) said"), even after a verb of telling ("told IRNA", "told AFP").
  const acronym = words.length === 1 && (words[0] as Token).allCaps && words[0]!.norm.length <= ACRONYM_LETTERS;
  if (titled) return 'person';
  if (before && TELLING.has(before.norm) && acronym) return 'organization';
  if (before && cues.personRoles.has(before.norm)) return 'person';
  if (before && cues.orgRoles.has(before.norm)) return 'organization';
  // "the opposition Naleraq party", "the Adani group": a kind in lower case right after the name.
  if (after && !after.cap && after.tightBefore && !after.sentenceStart && cues.orgKindsAfter.has(after.norm)) return 'organization';
  const apposition = appositive(tokens, last, cues);
  if (apposition) return apposition;
  if (after && !after.sentenceStart && after.tightBefore && cues.placeWords.has(after.norm) && !after.cap) return 'place';

  const classes = words.map((w) => wordClass(w.norm));
  const givenFirst = classes[0] === 'given-name';
  if (before && cues.placeContext.has(before.norm) && !givenFirst) return 'place';
  const beforeOf = before?.norm === 'of' ? context(text, tokens, first - 1) : undefined;
  if (beforeOf && cues.placeWords.has(beforeOf.norm)) return 'place'; // "the town of Chuquibamba"
  // "project coordinator for Pueblo Sin Fronteras, told …": the name a person's role is held at is an organization.
  const heldAt = before && AFFILIATION_LINKS.has(before.norm) ? context(text, tokens, first - 1) : undefined;
  if (heldAt && cues.personRoles.has(heldAt.norm) && !givenFirst) return 'organization';
  if (ledBySomeone(tokens, first, cues)) return 'organization';
  // "X said" marks a speaker, but a lone word that is no known name and opens the sentence may as well be an
  // organization ("Oceana said on Monday"); after a quote ('…," Parscale said') it is the quoted person.
  const speaks = after && (after.norm === 'said' || after.norm === 'says' || after.norm === 'told');
  const loneOpener = words.length === 1 && (words[0] as Token).sentenceStart && classes[0] !== 'surname' && classes[0] !== 'given-name';
  if (acronym) return 'organization';
  if (words.length === 1 && isBrandWord((words[0] as Token).text)) return 'organization';
  if (speaks && words.length <= 3 && !loneOpener) return 'person';
  if (givenFirst && words.length >= 2) return 'person';
  if (words.length === 1 && classes[0] === 'surname' && !(words[0] as Token).sentenceStart) return 'person'; // "Bush said"
  if (classes.includes('place')) return 'place';
  if (classes.includes('organization')) return 'organization';
  if (words.length === 2 || (words.length === 3 && classes.includes('given-name'))) return 'person';
  if (words.length >= 3) return 'organization';
  return null;
}

/** Roles that say what a name is in a contest, not what kind of body it is ("the visitors Real Madrid", "rivals"). */
const ROLE_NOT_KIND = new Set(['side', 'team', 'rivals', 'opponents', 'champions', 'holders', 'hosts', 'visitors', 'giant']);

/**
 * "…, who heads Border Angels, …", "who runs the Kivu Relief Network": what a person leads is an
 * organization. Only after "who": "Biden leads Trump in the polls" names a person.
 */
function ledBySomeone(tokens: readonly Token[], first: number, cues: Cues): boolean {
  let k = first - 1;
  if (tokens[k]?.norm === 'the' && !tokens[first]?.sentenceStart) k--;
  const verb = tokens[k];
  return verb !== undefined && !verb.cap && cues.leadingVerbs.has(verb.norm) && tokens[k - 1]?.norm === 'who' && !verb.sentenceStart;
}

/** "Strategic Timing: With the war…": a list item's label, not a name (unless it starts with a given name). */
function isLabel(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first] as Token;
  const after = text.slice((tokens[last] as Token).end, (tokens[last] as Token).end + 1);
  if (!head.sentenceStart || after !== ':') return false;
  const classes = tokens.slice(first, last + 1).map((t) => wordClass(t.norm));
  return classes.includes('common') && classes.every((c) => c === 'common' || c === 'unknown');
}

/** The lower-case word just before a name in the same sentence ("winger Huamán", "centre-back Jonas Ek"). */
function context(text: string, tokens: readonly Token[], first: number): Token | undefined {
  if ((tokens[first] as Token | undefined)?.sentenceStart) return undefined;
  const t = tokens[first - 1];
  return t && !t.cap && !quotedApart(text, t, tokens[first] as Token) ? t : undefined;
}

/** A quotation mark between two words: the one before belongs to the quotation ("a different team, ” Greg McDermott said"). */
const QUOTE_MARK = /["“”«»„]/u;
function quotedApart(text: string, before: Token, name: Token): boolean {
  return QUOTE_MARK.test(text.slice(before.end, name.start));
}

/** ", a maker of…", ", who grew up…", ", which makes…", ", 34, …": what the name is, said right after it. */
function appositive(tokens: readonly Token[], last: number, cues: Cues): NameKind | null {
  const comma = tokens[last + 1];
  if (!comma || comma.tightBefore || comma.sentenceStart) return null;
  if (comma.norm === 'who') return 'person';
  if (comma.norm === 'which') return 'organization';
  if (/^\d{2}$/.test(comma.norm)) return 'person';
  if (comma.norm === 'a' || comma.norm === 'an' || comma.norm === 'the') {
    for (const t of tokens.slice(last + 2, last + 5)) {
      if (cues.orgRoles.has(t.norm)) return 'organization';
      if (cues.personRoles.has(t.norm)) return 'person';
    }
  }
  return null;
}

/** Tokens of title-case heading lines ("What Putin's Offer Means"): their capitals are typography, not names. */
function headingTokens(text: string, tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart;
    while (lineEnd + 1 < tokens.length && !hasNewline(text, (tokens[lineEnd] as Token).end, (tokens[lineEnd + 1] as Token).start)) lineEnd++;
    // Only short lines can be headings: longer ones are not counted word by word.
    if (lineEnd - lineStart < 12 && isHeading(text, tokens, lineStart, lineEnd)) out.fill(1, lineStart, lineEnd + 1);
    lineStart = lineEnd + 1;
  }
  return out;
}

function isHeading(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const lastToken = tokens[last] as Token;
  const tail = text.slice(lastToken.end, lastToken.end + 2).trim();
  if (/^[.!?]/.test(tail)) return false;
  let words = 0;
  let capitalized = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (CONNECTORS.has(t.norm) || /^\d/.test(t.norm)) continue;
    words++;
    if (t.cap) capitalized++;
  }
  return words >= 2 && capitalized / words > 0.6;
}

/** A line break between two offsets (read in place: slicing every gap between tokens made garbage of each). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

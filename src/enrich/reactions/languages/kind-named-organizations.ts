/**
 * Organizations the gazetteer does not hold, named by their kind right before their name: "l'ONG serbe CRTA", "la
 * alianza de pescadores Pamalakaya", "l'associazione armatoriale Confitarma", "die Beobachterorganisation CRTA",
 * "неправительственная организация CRTA". The name speaks as a non-state actor; a demonym inside the description
 * ("serbe") describes the organization, it is not its state speaking. The English counterpart is parse-subject.ts's
 * organizationAhead.
 */
import type { EntityRef } from '../../../domain/enrichment.ts';
import { slugify } from '../../entities/fold.ts';
import { stopwords, type WordToken } from '../../../text/index.ts';
import type { LanguageGrammar } from './language-grammar.ts';
import { quotedTokens } from './quoted-tokens.ts';
import { isEnglishWord, isRankedWord } from '../../../text/ranked-words.ts';

/** How many lower-case words may describe the organization between its kind and its name ("de pescadores", "serbe"). */
const DESCRIPTION_WORDS = 4;
/** How many adjectives may describe an organization before its kind ("Молдавская оппозиционная Партия …"). */
const DESCRIPTION_BEFORE = 2;
/** Languages whose words may make up a foreign name inside German text ("Colectivo Nicaragua Nunca Más"). */
const ROMANCE = ['es', 'fr', 'it'];
/** The most words a name runs to. */
const NAME_WORDS = 4;
/** A compound that ends in a kind ("Beobachterorganisation") is one when the rest is at least this long. */
const MIN_COMPOUND_HEAD = 3;

export interface KindNamedOrganization {
  /** Character offsets of the whole phrase, kind to name. */
  start: number;
  end: number;
  /** Token index of the name's first word and last word. */
  nameToken: number;
  lastToken: number;
  /** The organization, or null where the name is one the gazetteer knows: then only the description is read here. */
  actor: EntityRef | null;
  /** A name opened by a capitalised kind, whose extent is uncertain: a subject, not a reported actor. */
  unreported?: true;
}

/** A name the gazetteer does not hold, keyed by its own words or by a short name that stands for it ("(ECPM)"). */
function organizationNamed(name: string, keyWords: string = name): EntityRef {
  return { key: `org:${slugify(keyWords)}`, kind: 'organization', name, country: null, origin: 'nlp' };
}

const UPPER = /^\p{Lu}/u;
/** A German adjective with an ending, written with a capital ("Demokratische", "Grünen"). */
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es)$/u;
/** German articles of the genitive, which join a country to the name before it ("Partei der Salomonen"). */
const GENITIVE_ARTICLES = new Set(['der', 'des']);
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Only spaces (or an elision's apostrophe) between two words: no comma, quote or parenthesis. */
const JOINED = /^[\s'’]*$/u;

/** The stems of a list of kinds, built once per list (the grammars' lists live as long as the process). */
const kindSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const NO_KINDS: readonly string[] = [];

function stemmedKinds(list: readonly string[], stem: (w: string) => string): ReadonlySet<string> {
  let set = kindSets.get(list);
  if (!set) {
    set = new Set(list.map((k) => stem(k)));
    kindSets.set(list, set);
  }
  return set;
}

function kindsOf(g: LanguageGrammar, stem: (w: string) => string): ReadonlySet<string> {
  return stemmedKinds(g.organizationKinds ?? NO_KINDS, stem);
}

/** Whether a word is one of the kinds (`list`, stemmed in `kinds`): by its stem, or as a German compound's head. */
function isKind(t: WordToken, g: LanguageGrammar, kinds: ReadonlySet<string>, stem: (w: string) => string, list: readonly string[] = g.organizationKinds ?? NO_KINDS): boolean {
  // The kinds are listed without accents, so the word is stemmed as folded too: Spanish stems "federación" to "feder"
  // but "federacion" to itself.
  if (kinds.has(stem(t.surface)) || kinds.has(stem(t.folded))) return true;
  if (!g.compounds) return false;
  return list.some((k) => t.folded.length >= k.length + MIN_COMPOUND_HEAD && t.folded.endsWith(k));
}

/**
 * Whether the name spanning tokens [first, last] qualifies a kind of organization written right beside it with no name
 * of its own ("les entreprises américaines", "Американские компании", "Amerikanische Handelskammer", "Frankreichs
 * Unternehmen"): an unnamed group of that kind, not its state, speaks.
 */
export function qualifiesKind(text: string, tokens: readonly WordToken[], first: number, last: number, g: LanguageGrammar, stem: (w: string) => string): boolean {
  if (!g.organizationKinds || g.organizationKinds.length === 0) return false;
  const kinds = kindsOf(g, stem);
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (ownedByKind(text, tokens, first, g, stem)) return true;
  return (
    // A hyphen joins a state's acronym to it too ("US-Unternehmen"; a leader's party, "Vučić-Partei", stays his state's).
    (after !== undefined && (JOINED.test(text.slice(tokens[last]!.end, after.start)) || (ACRONYM.test(tokens[last]!.surface) && text.slice(tokens[last]!.end, after.start) === '-')) && isKind(after, g, kinds, stem)) ||
    (before !== undefined && JOINED.test(text.slice(before.end, tokens[first]!.start)) && isKind(before, g, kinds, stem))
  );
}

/** Whether the state at token `first` follows one of the grammar's owned kinds as its owner (see ownedKinds). */
function ownedByKind(text: string, tokens: readonly WordToken[], first: number, g: LanguageGrammar, stem: (w: string) => string): boolean {
  const owned = g.ownedKinds;
  if (!owned) return false;
  const joinedAt = (k: number) => JOINED.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  const kinds = stemmedKinds(owned.kinds, stem);
  const isOwnedKind = (t: WordToken) => isKind(t, g, kinds, stem, owned.kinds);
  let j = first - 1;
  if (j >= 0 && owned.links.includes(tokens[j]!.folded) && joinedAt(j)) j--;
  else if (!owned.links.includes('')) return false;
  for (let words = 0; j >= 0 && words < 2; words++, j--) {
    if (!joinedAt(j)) return false;
    if (isOwnedKind(tokens[j]!)) return true;
    if (!/^\p{Ll}/u.test(tokens[j]!.surface)) return false;
  }
  return false;
}

/**
 * Organizations named by their kind in a sentence. `taken(start, end)` says whether a known name (a country, a person,
 * a gazetteer organization) is written there: such a word is no new organization's name.
 */
export function kindNamedOrganizations(
  text: string,
  tokens: readonly WordToken[],
  g: LanguageGrammar,
  stem: (w: string) => string,
  taken: (start: number, end: number) => 'organization' | 'other' | null,
): KindNamedOrganization[] {
  if (!g.organizationKinds || g.organizationKinds.length === 0) return [];
  const kinds = kindsOf(g, stem);
  const joined = (a: number, b: number) => JOINED.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  const out: KindNamedOrganization[] = [];
  // Which tokens stand in quotation marks, read once where a kind is found.
  let inQuotes: boolean[] | null = null;
  for (let k = 0; k < tokens.length - 1; k++) {
    const kind = tokens[k]!;
    if (!isKind(kind, g, kinds, stem)) continue;
    // "партия «Новая Грузия»", "die Partei „Neues Georgien“": a name in quotation marks right after its kind ends at
    // the closing mark. A country inside describes it; a name with no Latin key still takes the country's place.
    inQuotes ??= quotedTokens(text, tokens);
    const quoted = quotedNameAfter(tokens, inQuotes, k);
    if (quoted !== null && taken(tokens[k + 1]!.start, tokens[quoted]!.end) !== 'organization') {
      const name = text.slice(tokens[k + 1]!.start, tokens[quoted]!.end);
      const key = slugify(name);
      const actor: EntityRef | null = key === '' ? null : organizationNamed(name);
      out.push({ start: describedFrom(text, tokens, k, g), end: tokens[quoted]!.end, nameToken: k + 1, lastToken: quoted, actor });
      k = quoted;
      continue;
    }
    // "Национальная конфедерация промышленности Бразилии (CNI)": a language that capitalises only a name's first word
    // may open it with an adjective before the kind; a short name in parentheses closes it, and names it.
    const opener = tokens[k - 1];
    if (opener && g.isAttributiveAdjective?.(opener.folded) && !UPPER.test(kind.surface) && UPPER.test(opener.surface) && joined(k - 1, k) && taken(opener.start, opener.end) === null) {
      const closed = shortNameClosing(text, tokens, k);
      if (closed !== null && taken(opener.start, tokens[closed]!.end) !== 'organization') {
        const name = text.slice(opener.start, tokens[closed - 1]!.end);
        out.push({ start: opener.start, end: tokens[closed]!.end, nameToken: k - 1, lastToken: closed, actor: organizationNamed(name, tokens[closed]!.surface) });
        k = closed;
        continue;
      }
    }
    // A kind written with a capital inside a sentence opens a name of its own ("il Partito repubblicano", "la
    // Conferenza episcopale dello Zimbabwe"), where nouns are not capitalised.
    if (!g.compounds && k > 0 && UPPER.test(kind.surface) && !ACRONYM.test(kind.surface)) {
      // A name closed by its short name in parentheses has known bounds, however many lower-case words it holds
      // ("la Fédération des chambres indiennes de commerce et d'industrie (FICCI)").
      const closed = shortNameClosing(text, tokens, k);
      if (closed !== null && taken(kind.start, kind.end) === null) {
        const name = text.slice(kind.start, tokens[closed - 1]!.end);
        out.push({ start: kind.start, end: tokens[closed]!.end, nameToken: k, lastToken: closed, actor: organizationNamed(name, tokens[closed]!.surface) });
        k = closed;
        continue;
      }
      const titled = titledName(text, tokens, k, g);
      if (titled && taken(kind.start, kind.end) === null) {
        const name = text.slice(kind.start, tokens[titled]!.end);
        // "la Federazione delle camere di commercio del Pakistan (Fpcci)": a short name in parentheses closes it. Not
        // spelled by this name's initials (acronym-phrases.ts reads those), it is the organization's own name in its
        // home language, the one it goes by in every language.
        const short = shortNameAfter(text, tokens, titled);
        if (short !== null) {
          out.push({ start: kind.start, end: tokens[short]!.end, nameToken: k, lastToken: short, actor: organizationNamed(name, tokens[short]!.surface) });
          k = short;
          continue;
        }
        // Where such a name ends is a guess ("la Chambre internationale de la marine marchande"): it is the clause's
        // subject, so no one else is, but it is not reported as an actor. A kind and capitalised words alone ("la
        // Fundación Jubileo") end where the capitals do.
        const capitalsOnly = tokens.slice(k, titled + 1).every((t) => UPPER.test(t.surface));
        // A name in a script with no Latin key ("Института Лоуи") makes no actor; the adjectives before it still
        // describe it ("австралийского Института Лоуи", "Молдавская оппозиционная Партия социалистов": no state speaks).
        if (slugify(name) === '') {
          let from = k;
          const common = stopwords(g.language);
          while (from > 0 && k - from < DESCRIPTION_BEFORE && joined(from - 1, from) && !common.has(tokens[from - 1]!.folded)) from--;
          out.push({ start: tokens[from]!.start, end: tokens[titled]!.end, nameToken: k, lastToken: titled, actor: null });
          k = titled;
          continue;
        }
        out.push({ start: kind.start, end: tokens[titled]!.end, nameToken: k, lastToken: titled, actor: organizationNamed(name), ...(capitalsOnly ? {} : { unreported: true as const }) });
        k = titled;
      }
      continue;
    }
    // German writes an adjective with a capital only inside a name ("die Demokratische Partei der Salomonen", "die Grüne
    // Partei Irlands"): the name runs from it through the kind and a genitive after it, where a country describes it.
    // Where such a name ends is a guess: it is the clause's subject, not a reported actor.
    // Not where a proper name follows the kind ("die Hamburger Reederei Hapag-Lloyd": a city's adjective describes it).
    const properAfter = tokens[k + 1] !== undefined && UPPER.test(tokens[k + 1]!.surface) && joined(k, k + 1) && !isRankedWord(tokens[k + 1]!.folded, g.language);
    if (g.compounds && k > 1 && NAME_ADJECTIVE.test(tokens[k - 1]!.surface) && joined(k - 1, k) && !kind.breakBefore && !properAfter) {
      let last = k;
      const next = tokens[k + 1];
      const after = tokens[k + 2];
      if (next && after && GENITIVE_ARTICLES.has(next.folded) && UPPER.test(after.surface) && joined(k, k + 1) && joined(k + 1, k + 2)) last = k + 2;
      else if (next && UPPER.test(next.surface) && /s$/u.test(next.surface) && joined(k, k + 1) && taken(next.start, next.end) === 'other') last = k + 1;
      if (taken(tokens[k - 1]!.start, kind.end) === null) {
        const name = text.slice(tokens[k - 1]!.start, tokens[last]!.end);
        out.push({ start: tokens[k - 1]!.start, end: tokens[last]!.end, nameToken: k - 1, lastToken: last, actor: organizationNamed(name), unreported: true });
        k = last;
        continue;
      }
    }
    // "Su partido, Somos Perú, denunció …", "il partito di Jerí, Somos Perú, ha denunciato": a name set off by commas
    // right after the kind (and whose it is) names it.
    const apposed = appositiveName(text, tokens, k, g);
    // A known name opening it is whose it is, not its name ("il partito, Russia unita," is that party's own).
    if (apposed && taken(tokens[apposed[0]]!.start, tokens[apposed[0]]!.end) === null) {
      const [from, to] = apposed;
      const name = text.slice(tokens[from]!.start, tokens[to]!.end);
      out.push({ start: kind.start, end: tokens[to]!.end, nameToken: from, lastToken: to, actor: organizationNamed(name) });
      k = to;
      continue;
    }
    // A language that capitalises nouns names right after the kind; others may describe it first.
    let j = k + 1;
    const reach = g.compounds ? k + 1 : Math.min(tokens.length - 1, k + 1 + DESCRIPTION_WORDS);
    // A description's word may be hyphenated ("indépendantiste ouest-papou").
    const described = (a: number, b: number) => joined(a, b) || (j > k + 1 && text.slice(tokens[a]!.end, tokens[b]!.start) === '-');
    while (j < reach && !UPPER.test(tokens[j]!.surface) && described(j - 1, j) && !tokens[j]!.breakBefore) j++;
    const first = tokens[j];
    if (!first || !UPPER.test(first.surface) || !joined(j - 1, j) || first.breakBefore) continue;
    // "le parti de Vladimir Poutine", "la alianza de Chile": a name after "of" is whose it is, not what it is called.
    if (j > k + 1 && (g.sources.includes(tokens[j - 1]!.folded) || (g.articles ?? []).includes(tokens[j - 1]!.folded))) continue;
    // "l'association Ensemble contre la peine de mort (ECPM)": a short name in parentheses closes a name that runs over
    // small words; the short name names it.
    const closedAt = g.compounds ? null : shortNameClosing(text, tokens, j);
    if (closedAt !== null && closedAt > j + 1 && taken(first.start, tokens[closedAt]!.end) === null) {
      const name = text.slice(first.start, tokens[closedAt - 1]!.end);
      out.push({ start: describedFrom(text, tokens, k, g), end: tokens[closedAt]!.end, nameToken: j, lastToken: closedAt, actor: organizationNamed(name, tokens[closedAt]!.surface) });
      k = closedAt;
      continue;
    }
    let last = j;
    // A hyphen joins the parts of one name ("Sea-Watch", "Copa-Cogeca").
    const hyphened = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start) === '-';
    while (last + 1 < tokens.length && last + 1 - j < NAME_WORDS && (hyphened(last) || (UPPER.test(tokens[last + 1]!.surface) && joined(last, last + 1) && !tokens[last + 1]!.breakBefore))) last++;
    // An English name with its small words ("Citizens for a Better Environment") ends where its English does; so does a
    // Spanish, French or Italian one in another language's sentence.
    const english = foreignNameEnd(text, tokens, j, g.language);
    if (english !== null) last = english;
    else if (!g.compounds) last = joinedNameEnd(text, tokens, j, last, g, taken);
    else {
      // German capitalises every noun: a capitalised word after the name may be a noun of the clause, so only a lone
      // name or an acronym is read there ("die Beobachterorganisation CRTA meldete", not "Verband Deutscher Reeder").
      let single = j;
      while (single < last && hyphened(single)) single++;
      // A capitalised adjective opens a name, though ("die Umweltorganisation Grüne Zukunft"): German writes one with a
      // capital only there, so the name runs through the adjectives to the noun they qualify.
      const qualified = g.compounds && single === j ? adjectiveLedName(tokens, j, last) : null;
      // English words after it run on as one English name ("die Organisation EcoPeace Middle East", "EG Justice"):
      // German nouns of the clause are no English words, so the name ends where its English does. So does a name in a
      // Romance language after a first word of no German ("die Menschenrechtsgruppe Colectivo Nicaragua Nunca Más"):
      // its words are that language's or known names. A German compound is neither ("Hilfswerk KSrelief Lebensmittelkonvois").
      const foreign = !isRankedWord(first.folded, g.language);
      const romance = (t: WordToken) => !isRankedWord(t.folded, g.language) && (ROMANCE.some((l) => isRankedWord(t.folded, l)) || taken(t.start, t.end) !== null);
      let english = single;
      while (english < last && (isEnglishWord(tokens[english + 1]!.folded) || (foreign && romance(tokens[english + 1]!)))) english++;
      if (qualified !== null) last = qualified;
      else if (english > single) last = english;
      else if (g.compounds && last > single && !ACRONYM.test(first.surface)) continue;
      // A lone common noun of the language is the clause's object, not a name ("bot seiner Partnerorganisation Hilfe
      // an"), unless a number closes the name ("Global 2000").
      else if (g.compounds && single === j && isRankedWord(first.folded, g.language) && !ACRONYM.test(first.surface) && !/^\p{N}{2,4}$/u.test(tokens[j + 1]?.surface ?? '')) continue;
      else if (g.compounds) last = single;
    }
    // A number closes a one-word name ("die Umweltorganisation Global 2000", "Charta 77").
    if (last === j && /^\p{N}{2,4}$/u.test(tokens[last + 1]?.surface ?? '') && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === ' ') last++;
    const known = taken(first.start, tokens[last]!.end);
    // "La ONG británica Global Witness": a known organization's description is still its own; its demonym is no state.
    if (known === 'organization' && j > k + 1) {
      out.push({ start: tokens[k]!.start, end: tokens[j - 1]!.end, nameToken: j, lastToken: last, actor: null });
      k = last;
      continue;
    }
    // A country's name inside a name that opens with a word of its own describes the organization ("l'ONG
    // Transparency Solomon Islands"); a name that opens with a known one is that one's ("le parti Russie unie").
    if (known !== null && (known === 'organization' || last === j || taken(first.start, first.end) !== null)) continue;
    const name = text.slice(first.start, tokens[last]!.end);
    const key = slugify(name);
    if (key === '') continue;
    out.push({ start: describedFrom(text, tokens, k, g), end: tokens[last]!.end, nameToken: j, lastToken: last, actor: organizationNamed(name) });
    k = last;
  }
  return [...out, ...headedForeignNames(text, tokens, g, stem, taken, out)];
}

/** A word of a name in Latin letters, in a language written in another script. */
const LATIN_NAME = /^[A-Z][A-Za-z0-9&.'-]*$/u;

/**
 * "Глава SpaceX Илон Маск назвал …", "представитель Hvalur": where the language's own names are written in its own
 * script, Latin capitalised words right after the title of an organization's head or voice name that organization.
 */
function headedForeignNames(
  text: string,
  tokens: readonly WordToken[],
  g: LanguageGrammar,
  stem: (w: string) => string,
  taken: (start: number, end: number) => 'organization' | 'other' | null,
  found: readonly KindNamedOrganization[],
): KindNamedOrganization[] {
  if (!g.foreignOrganizationHeads) return [];
  const heads = new Set(g.foreignOrganizationHeads.map((h) => stem(h)));
  const out: KindNamedOrganization[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!heads.has(stem(tokens[k]!.folded)) || !LATIN_NAME.test(tokens[k + 1]!.surface)) continue;
    let last = k + 1;
    while (last + 1 < tokens.length && LATIN_NAME.test(tokens[last + 1]!.surface) && /^ $/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)) && last - k < NAME_WORDS) last++;
    const start = tokens[k + 1]!.start;
    const end = tokens[last]!.end;
    if (taken(start, end) !== null || found.some((f) => f.start < end && start < f.end)) continue;
    out.push({ start: tokens[k]!.start, end, nameToken: k + 1, lastToken: last, actor: organizationNamed(text.slice(start, end)) });
    k = last;
  }
  return out;
}

/** The most tokens a name joined by small words runs to ("Medici per i Diritti Umani" is six). */
const JOINED_NAME_TOKENS = 8;

/**
 * The last token of a name opening at `first` whose capitalised words end at `last` and go on after the language's
 * joining words ("la ONG Médicos del Mundo", "l'ONG Anges de la Frontière", "la ong Medici per i Diritti Umani"). A
 * known name after the join (a country, a city, a person) says where or whose the organization is, not what it is
 * called: the name stops before it ("la ONG Cáritas de Bolivia").
 */
function joinedNameEnd(text: string, tokens: readonly WordToken[], first: number, last: number, g: LanguageGrammar, taken: (start: number, end: number) => 'organization' | 'other' | null): number {
  const joins = g.nameJoins;
  if (!joins || joins.length === 0) return last;
  const articles = g.articles ?? [];
  const spaced = (a: number) => JOINED.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start)) && !tokens[a + 1]!.breakBefore;
  let end = last;
  for (;;) {
    let k = end + 1;
    if (k >= tokens.length || !joins.includes(tokens[k]!.folded) || !spaced(end)) return end;
    if (k + 1 < tokens.length && articles.includes(tokens[k + 1]!.folded) && spaced(k)) k++;
    const next = k + 1;
    if (next >= tokens.length || !spaced(k) || !UPPER.test(tokens[next]!.surface)) return end;
    const known = taken(tokens[next]!.start, tokens[next]!.end);
    // "la asociación Frutas de Chile", "l'organisation Armateurs de France": a name of everyday words is what it is
    // only with the country it belongs to, which closes it; after a proper name ("el sindicato UGT de España") the
    // country is where it is.
    if (known === 'other' && tokens.slice(first, end + 1).every((t) => isRankedWord(t.folded, g.language))) return next;
    if (known !== null) return end;
    let to = next;
    while (to + 1 < tokens.length && UPPER.test(tokens[to + 1]!.surface) && spaced(to)) to++;
    if (to - first + 1 > JOINED_NAME_TOKENS) return end;
    end = to;
  }
}

/** The noun after one or more capitalised adjectives from token j (within the capitalised run ending at `last`), or null. */
function adjectiveLedName(tokens: readonly WordToken[], j: number, last: number): number | null {
  let k = j;
  while (k < last && NAME_ADJECTIVE.test(tokens[k]!.surface)) k++;
  return k > j && !NAME_ADJECTIVE.test(tokens[k]!.surface) ? k : null;
}

/** The last token of a capitalised name in quotation marks opened right after the kind at token k, or null. */
function quotedNameAfter(tokens: readonly WordToken[], inQuotes: readonly boolean[], k: number): number | null {
  const first = tokens[k + 1];
  if (!first || inQuotes[k] || !inQuotes[k + 1] || !UPPER.test(first.surface)) return null;
  let last = k + 1;
  while (last + 1 < tokens.length && inQuotes[last + 1] && !tokens[last + 1]!.breakBefore) {
    if (last + 1 - k > NAME_WORDS + 1) return null;
    last++;
  }
  return last;
}

/** English words that join a name's capitalised words ("Citizens for a Better Environment", "Rivers without Boundaries"). */
const ENGLISH_JOINS = new Set(['of', 'for', 'and', 'on', 'without']);
const ENGLISH_ARTICLES = new Set(['a', 'an', 'the']);
const ENGLISH_NAME_WORD = /^[A-Z][a-z'-]+$/u;
/** The small words of a Spanish, French or Italian name ("Coordinadora Campesina por la Vida"), and their articles. */
const ROMANCE_JOINS = new Set(['de', 'del', 'por', 'para', 'y', 'des', 'du', 'pour', 'et', 'di', 'della', 'delle', 'dei', 'per']);
const ROMANCE_ARTICLES = new Set(['la', 'las', 'los', 'el', 'le', 'les']);
const FOREIGN_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** The most words an English name runs to. */
const ENGLISH_NAME_WORDS = 7;

/**
 * The last token of an English name opening at j that holds one of English's joining words ("Citizens for a Better
 * Environment"), or of a Spanish, French or Italian one holding its language's ("Coordinadora Campesina por la Vida"),
 * or null: in another language's sentence those small words cannot be its own, so the name runs over them to its last
 * capitalised word.
 */
function foreignNameEnd(text: string, tokens: readonly WordToken[], j: number, language: string): number | null {
  const spaced = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start) === ' ' && !tokens[a + 1]!.breakBefore;
  if (!ENGLISH_NAME_WORD.test(tokens[j]!.surface) && !FOREIGN_NAME_WORD.test(tokens[j]!.surface)) return null;
  // A Spanish, French or Italian name's small words, where the sentence's language has no such word ("движение
  // Coordinadora Campesina por la Vida"): the name runs over them too. Its words may carry accents.
  const foreignJoin = (w: string) => ROMANCE_JOINS.has(w) && !isRankedWord(w, language);
  const word = (t: WordToken) => ENGLISH_NAME_WORD.test(t.surface) || FOREIGN_NAME_WORD.test(t.surface);
  let last = j;
  let joinedOnce = false;
  let k = j;
  while (k + 1 < tokens.length && k + 1 - j < ENGLISH_NAME_WORDS && spaced(k)) {
    const next = tokens[k + 1]!;
    if (word(next)) {
      last = k = k + 1;
      continue;
    }
    const english = ENGLISH_JOINS.has(next.surface);
    if (!english && !foreignJoin(next.surface)) break;
    let c = k + 2;
    if (c < tokens.length && (english ? ENGLISH_ARTICLES : ROMANCE_ARTICLES).has(tokens[c]!.surface) && spaced(c - 1)) c++;
    if (c >= tokens.length || !spaced(c - 1) || !(english ? ENGLISH_NAME_WORD.test(tokens[c]!.surface) : word(tokens[c]!))) break;
    joinedOnce = true;
    last = k = c;
  }
  return joinedOnce ? last : null;
}

/** How many words "whose" it is may run to between a kind and its name set off by commas ("di Jerí", "de l'ancien président"). */
const OWNER_WORDS = 4;
/** Only a comma between two words. */
const COMMA = /^\s*,\s*$/u;

/**
 * The first and last token of a name set off by commas right after the kind at k, with at most a genitive between
 * ("partido, Somos Perú,", "il partito di Jerí, Somos Perú,"), or null. A lower-case kind only: a capitalised one opens
 * a name of its own.
 */
function appositiveName(text: string, tokens: readonly WordToken[], k: number, g: LanguageGrammar): [number, number] | null {
  if (UPPER.test(tokens[k]!.surface)) return null;
  let j = k + 1;
  if (g.sources.includes(tokens[j]?.folded ?? '')) {
    const stop = Math.min(tokens.length, j + 1 + OWNER_WORDS);
    j++;
    while (j < stop && JOINED.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
  }
  const first = tokens[j];
  if (!first || j === 0 || !COMMA.test(text.slice(tokens[j - 1]!.end, first.start)) || !UPPER.test(first.surface)) return null;
  let last = j;
  while (last + 1 < tokens.length && last + 1 - j < NAME_WORDS && UPPER.test(tokens[last + 1]!.surface) && JOINED.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  const after = tokens[last + 1];
  return after && COMMA.test(text.slice(tokens[last]!.end, after.start)) ? [j, last] : null;
}

/** A German adjective's endings ("kirgisische", "russischen"). */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;
/** How many adjectives may stand before a kind. */
const ADJECTIVES_BEFORE = 2;

/**
 * Where the description of a kind at token `k` starts: German puts the adjectives before the kind ("die kirgisische
 * Umweltgruppe Eco-Batken"), so a demonym there describes the organization as "serbe" does after "l'ONG".
 */
function describedFrom(text: string, tokens: readonly WordToken[], k: number, g: LanguageGrammar): number {
  const adjective = g.compounds ? (w: string) => ADJECTIVE_ENDING.test(w) : g.isAttributiveAdjective;
  if (!adjective) return tokens[k]!.start;
  const common = stopwords(g.language);
  let from = k;
  while (from > 0 && k - from < ADJECTIVES_BEFORE) {
    const t = tokens[from - 1]!;
    // Written with a capital only where it opens the sentence ("Намибийская правозащитная организация …").
    if ((UPPER.test(t.surface) && from - 1 > 0) || !adjective(t.folded) || common.has(t.folded) || !JOINED.test(text.slice(t.end, tokens[from]!.start))) break;
    from--;
  }
  return tokens[from]!.start;
}

/** A short name: an acronym, or a word of a few letters written with a capital only ("FICCI", "Fpcci", "Cainco"). */
const SHORT_NAME = /^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u;

/** The token of a short name in parentheses right after token `last`, or null. */
export function shortNameAfter(text: string, tokens: readonly WordToken[], last: number): number | null {
  const t = tokens[last + 1];
  if (!t || !SHORT_NAME.test(t.surface) || !/^\s*\(\s*$/u.test(text.slice(tokens[last]!.end, t.start)) || !/^\s*\)/u.test(text.slice(t.end))) return null;
  return last + 1;
}

/** The most words between a capitalised kind and the short name in parentheses that closes its name. */
const CLOSED_NAME_WORDS = 12;

/** The token of a short name in parentheses that closes a name opened at `k`, with only words joined by spaces between. */
function shortNameClosing(text: string, tokens: readonly WordToken[], k: number): number | null {
  for (let j = k; j < Math.min(tokens.length - 1, k + CLOSED_NAME_WORDS); j++) {
    const short = shortNameAfter(text, tokens, j);
    if (short !== null) return short;
    if (!JOINED.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) || tokens[j + 1]!.breakBefore) return null;
  }
  return null;
}

/** The most words a name opened by a capitalised kind runs to ("Chambre de commerce et d'industrie du Belize"). */
const TITLED_WORDS = 9;

/**
 * The last token of a name opened by a capitalised kind at `k`: its lower-case adjectives ("episcopale"), and "of"
 * (with its article) or "and" before a capitalised word ("dello Zimbabwe", "de Comercio e Industria"); null when
 * the kind stands alone ("la Commissione ha …").
 */
function titledName(text: string, tokens: readonly WordToken[], k: number, g: LanguageGrammar): number | null {
  const common = stopwords(g.language);
  const linking = new Set([...g.sources, ...g.listJoins]);
  const sources = new Set(g.sources);
  const articles = new Set(g.articles ?? []);
  const joined = (a: number, b: number) => JOINED.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  let last = k;
  for (let j = k + 1; j < Math.min(tokens.length, k + TITLED_WORDS); j++) {
    const t = tokens[j]!;
    if (t.breakBefore || !joined(j - 1, j)) break;
    if (linking.has(t.folded)) {
      // "de la Justice", "dello Zimbabwe": a link must lead to a capitalised word.
      let c = j + 1;
      // "et d'industrie": a join, then a link.
      if (sources.has(tokens[c]?.folded ?? '') && tokens[c + 1] && joined(c, c + 1)) c++;
      if (articles.has(tokens[c]?.folded ?? '') && tokens[c + 1] && joined(c, c + 1)) c++;
      if (!tokens[c] || !joined(c - 1, c) || tokens[c]!.breakBefore) break;
      // "delle camere di commercio del Pakistan": a lower-case noun after a link belongs to the name when the name
      // goes on with another link or a capitalised word.
      if (!UPPER.test(tokens[c]!.surface)) {
        const next = tokens[c + 1];
        const goesOn = next !== undefined && joined(c, c + 1) && !next.breakBefore && (linking.has(next.folded) || UPPER.test(next.surface));
        if (common.has(tokens[c]!.folded) || /\p{N}/u.test(tokens[c]!.surface) || !goesOn) break;
      }
      last = c;
      j = c;
      continue;
    }
    // A capitalised small word right after the name's capitalised words is the name's own ("Colectivo Nicaragua Nunca Más").
    const nameWord = UPPER.test(t.surface) && last === j - 1 && last > k && UPPER.test(tokens[last]!.surface);
    if ((common.has(t.folded) && !nameWord) || /\p{N}/u.test(t.surface)) break;
    // Adjectives follow the kind ("Partito repubblicano"); after a capitalised word a lower-case one is the verb.
    if (!UPPER.test(t.surface) && UPPER.test(tokens[last]!.surface) && last > k) break;
    last = j;
  }
  return last > k ? last : null;
}

/** How many lower-case words may stand before the kind in an appositive ("una ONG", "principale confédération"). */
const APPOSITIVE_LEAD = 2;
/** The most words an appositive runs to before its closing comma (a relative clause inside it included: "ong del Lesotho che da anni segue …,"). */
const APPOSITIVE_WORDS = 16;

/**
 * Appositives that say what kind of organization the name before them is: "Nasscom, l'associazione delle aziende
 * tecnologiche del Paese,", "la Fundación … (IFF), una ONG india de derechos digitales,", "la COB, principale
 * confédération syndicale,". Their words describe the name: a demonym or a country there is not a speaker.
 * Character ranges, comma to comma, and the token of the name's last word (`named`).
 */
export function describingAppositives(
  text: string,
  tokens: readonly WordToken[],
  g: LanguageGrammar,
  stem: (w: string) => string,
): Array<{ start: number; end: number; named: number }> {
  if (!g.organizationKinds || g.organizationKinds.length === 0) return [];
  const kinds = kindsOf(g, stem);
  const out: Array<{ start: number; end: number; named: number }> = [];
  for (let a = 1; a < tokens.length; a++) {
    const gap = text.slice(tokens[a - 1]!.end, tokens[a]!.start).replace(/\s/gu, '');
    // Right after a name (a capitalised word or its acronym's parenthesis), opened by a comma.
    if (!(gap === ',' && UPPER.test(tokens[a - 1]!.surface)) && gap !== '),') continue;
    let k = a;
    while (k < a + APPOSITIVE_LEAD && k < tokens.length && !UPPER.test(tokens[k]!.surface) && !isKind(tokens[k]!, g, kinds, stem)) k++;
    if (!tokens[k] || !isKind(tokens[k]!, g, kinds, stem)) continue;
    let close = -1;
    for (let j = k + 1; j < Math.min(tokens.length, k + APPOSITIVE_WORDS); j++) {
      const between = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (tokens[j]!.breakBefore || /[«»"“”„()]/u.test(between)) break;
      if (between.includes(',')) {
        close = j;
        break;
      }
    }
    if (close < 0) continue;
    out.push({ start: tokens[a]!.start, end: tokens[close - 1]!.end, named: a - 1 });
    a = close;
  }
  return out;
}

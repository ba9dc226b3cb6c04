/**
 * Gazetteer matching: every country, international organization, leader, capital and seat of power the data files
 * know, found in a text with word boundaries, case rules ("US" but not "us", "WHO" but not "who"), longest match
 * first ("South Sudan" over "Sudan", "EU officials" over "EU") and capital-city metonymy (see metonymy.ts).
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { fold } from './fold.ts';
import { buildGazetteerIndex, separator, type Candidate, type GazetteerIndex, type Via } from './gazetteer-index.ts';
import { actorCues, isActorUse } from './metonymy.ts';
import { STATE_OFFICES } from './proper-names.ts';
import { firstIndex } from '../../text/first-index.ts';
import { tokenize, type Token } from './text-tokens.ts';

export type { Via } from './gazetteer-index.ts';

export interface GazetteerMention {
  start: number;
  end: number;
  /** as written, possessive included */
  surface: string;
  entity: EntityRef;
  via: Via;
  /** the name itself ends in 's ("St. John's"): not a possessive */
  ownPossessive?: boolean;
}

const index: GazetteerIndex = buildGazetteerIndex();
const cues = actorCues(index.data.cues);
const honorifics = new Set(index.data.cues.honorifics);
const companyWords = new Set(index.data.cues.companyWords);
const orgWords = new Set(index.data.cues.orgWords);
/** How many capitalized words may follow a country's or place's name before the company noun that ends the name. */
const COMPANY_NAME_WORDS = 3;

/** The loaded gazetteer, for modules that need its data (cue lists, entity table). */
export function gazetteer(): GazetteerIndex {
  return index;
}

export function matchGazetteer(text: string): GazetteerMention[] {
  return fromArticle(text) ?? matchTokens(text, tokenize(text)).map((m) => m.mention);
}

export interface TokenMention {
  mention: GazetteerMention;
  /** token span [first, last] */
  first: number;
  last: number;
}

/**
 * The last text matched with its tokens and mentions: a body is matched by entities and reactions alike, one after
 * the other. One entry: texts of earlier articles kept here outlived young-generation collections and were promoted,
 * which made those collections several times slower (see text-tokens.ts).
 */
const MEMO_SIZE = 1;
const MEMO_MIN_CHARS = 200;
/** A scan's hits before redundant titles are dropped, and the token positions the scan stood at. */
interface Scan {
  raw: TokenMention[];
  visited: Uint8Array;
}
const memo = new Map<string, { tokens: readonly Token[]; found: TokenMention[]; scan: Scan | null }>();

function remember(text: string, tokens: readonly Token[], found: TokenMention[], scan: Scan | null): void {
  if (text.length < MEMO_MIN_CHARS) return;
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(text, { tokens, found, scan });
}

/**
 * matchGazetteer over already tokenized text, keeping token positions (extract-entities reuses the tokens). The same
 * text with the same token array (tokenize remembers long texts) gets the same result back: callers must not modify it.
 */
export function matchTokens(text: string, tokens: readonly Token[]): TokenMention[] {
  const known = memo.get(text);
  if (known && known.tokens === tokens) return known.found;
  const scan: Scan = { raw: [], visited: new Uint8Array(tokens.length) };
  for (let i = 0; i < tokens.length; ) {
    scan.visited[i] = 1;
    i = scanStep(text, tokens, i, scan.raw);
  }
  const found = bareKindsAlone(tokens, dropRedundantTitles(text, scan.raw));
  remember(text, tokens, found, scan);
  if (text.length >= MEMO_MIN_CHARS) article = { text, tokens, raw: scan.raw, found };
  return found;
}

/** The last article-length text scanned whole: its sentences, matched next, are read from its scan (fromArticle). */
let article: { text: string; tokens: readonly Token[]; raw: readonly TokenMention[]; found: readonly TokenMention[] } | null = null;

/**
 * The matches of a piece of the last article (a sentence the reaction readers look at) taken from the article's scan,
 * or null where scanning the piece alone could differ. Alone, the piece's first token opens a sentence with nothing
 * before it and its last token has nothing after it; every other token is the article's. Where the article's token
 * at the piece's start opens a sentence too, nothing before it is read (the checks before a name stop at a sentence's
 * start), and where the token after the piece opens a sentence (and is not hyphenated on), nothing after the piece
 * changes a match (a name glued to the next word, a capital's verb, stop at a sentence's start): the scan of the
 * piece meets the same words from the same state. Matches across its edges, and at its end a title (a name right
 * after could absorb it) or a capital (its possessive reads two words on) are left to a scan of the piece.
 */
function fromArticle(text: string): GazetteerMention[] | null {
  const scanned = article;
  if (!scanned || text.length >= scanned.text.length) return null;
  const offset = scanned.text.indexOf(text);
  if (offset < 0) return null;
  const end = offset + text.length;
  const { tokens } = scanned;
  const first = firstIndex(0, tokens.length, (i) => (tokens[i] as Token).start < offset);
  const after = firstIndex(0, tokens.length, (i) => (tokens[i] as Token).start < end);
  // A token across either edge would be another token alone.
  if ((first > 0 && (tokens[first - 1] as Token).end > offset) || (after > first && (tokens[after - 1] as Token).end > end)) return null;
  if (after === first) return [];
  const last = after - 1;
  const next = tokens[after];
  if (!(tokens[first] as Token).sentenceStart || (next !== undefined && (!next.sentenceStart || next.hyphenBefore))) return null;
  for (const m of scanned.raw) {
    if (m.last < first || m.first > last) continue;
    if (m.first < first || m.last > last) return null;
    if (m.last === last && (m.mention.via === 'title' || m.mention.via === 'capital' || m.mention.entity.kind === 'place')) return null;
  }
  const out: GazetteerMention[] = [];
  for (const m of scanned.found) {
    if (m.first >= first && m.first <= last) out.push({ ...m.mention, start: m.mention.start - offset, end: m.mention.end - offset });
  }
  return out;
}


/** Tokens before a position whose matching may look back at them (gluedToName and isActorUse read two back). */
const LOOK_BACK = 4;

/**
 * Remembers the matches of `whole.slice(from)` (an article body after its title), read with `tailTokens` (its
 * tokens), reusing the whole's scan: the tail is scanned on its own only until both scans stand at the same token
 * beyond the look-back of its first tokens; from there each step sees the same tokens, so the whole's hits,
 * shifted, are the tail's. Nothing is remembered unless the whole was matched with `wholeTokens` just before.
 */
export function rememberTailMatches(whole: string, wholeTokens: readonly Token[], from: number, tailTokens: readonly Token[]): void {
  const tail = whole.slice(from);
  const known = memo.get(whole);
  if (tail.length < MEMO_MIN_CHARS || !known?.scan || known.tokens !== wholeTokens || memo.get(tail)?.tokens === tailTokens) return;
  const shift = wholeTokens.length - tailTokens.length;
  if (shift < 0 || (wholeTokens[shift]?.start ?? -1) - from !== tailTokens[0]?.start) return;
  const { raw: wholeRaw, visited } = known.scan;
  const raw: TokenMention[] = [];
  for (let i = 0; i < tailTokens.length; ) {
    if (i >= LOOK_BACK && visited[i + shift] === 1) {
      for (const m of wholeRaw) {
        if (m.first < i + shift) continue;
        raw.push({ mention: { ...m.mention, start: m.mention.start - from, end: m.mention.end - from }, first: m.first - shift, last: m.last - shift });
      }
      break;
    }
    i = scanStep(tail, tailTokens, i, raw);
  }
  remember(tail, tailTokens, bareKindsAlone(tailTokens, dropRedundantTitles(tail, raw)), null);
}

/** One step of the scan at token i: the hit there, if any, goes to `found`; returns where the scan goes on. */
function scanStep(text: string, tokens: readonly Token[], i: number, found: TokenMention[]): number {
  let hit = longestAt(text, tokens, i);
  if (!hit) return i + 1;
  // Overlapping matches: the one reaching further wins ("the UN Security Council" over "the UN").
  for (let k = i + 1; k <= hit.last; k++) {
    const later = longestAt(text, tokens, k);
    if (later && later.last > hit.last) hit = later;
  }
  found.push(hit);
  return hit.last + 1;
}

/**
 * The phrase keys as a word trie: a token that starts no phrase costs one hash probe of its folded form, and a span
 * grows word by word without building key strings. A node holds the candidates of the phrase ending there; its
 * children are split by the separator before the next word (" " or ",", see separator()).
 *
 * Most words of a text are not capitalized, and almost every phrase word must be (its case rule is 'cap', or 'exact'
 * for capitals): a lower-case token is looked up only among the children some phrase lets it fill (the `lower*`
 * maps, a few dozen words at the root), never in the large maps, whose probes were the gazetteer's main cost. A
 * child left out there leads only to phrases whose case rules reject a lower-case word at that place, so the scan
 * finds the same matches.
 */
interface TrieNode {
  candidates: Candidate[] | null;
  space: Map<string, TrieNode> | null;
  comma: Map<string, TrieNode> | null;
  /** The children a token that is not capitalized may fill. */
  lowerSpace: Map<string, TrieNode> | null;
  lowerComma: Map<string, TrieNode> | null;
}

interface Trie {
  root: Map<string, TrieNode>;
  lowerRoot: Map<string, TrieNode>;
}

const trie = buildTrie(index);

function buildTrie(g: GazetteerIndex): Trie {
  const trie: Trie = { root: new Map(), lowerRoot: new Map() };
  const child = (map: Map<string, TrieNode>, lower: Map<string, TrieNode> | null, word: string): TrieNode => {
    let node = map.get(word);
    if (!node) {
      node = { candidates: null, space: null, comma: null, lowerSpace: null, lowerComma: null };
      map.set(word, node);
    }
    lower?.set(word, node);
    return node;
  };
  for (const [key, candidates] of g.phrases) {
    const parts = key.split(/([ ,])/);
    let node = child(trie.root, lowerMayFill(candidates, 0) ? trie.lowerRoot : null, parts[0] as string);
    for (let k = 1; k < parts.length; k += 2) {
      const comma = parts[k] === ',';
      const map = comma ? (node.comma ??= new Map()) : (node.space ??= new Map());
      const lower = !lowerMayFill(candidates, (k + 1) / 2) ? null : comma ? (node.lowerComma ??= new Map()) : (node.lowerSpace ??= new Map());
      node = child(map, lower, parts[k + 1] as string);
    }
    node.candidates = candidates;
  }
  return trie;
}

/**
 * Whether a token that is not capitalized can fill word `k` of some candidate (caseMatches): its rule there is 'any'
 * or missing, or 'exact' for a written form that does not start with a capital (tokens' `cap` is that same test).
 */
function lowerMayFill(candidates: readonly Candidate[], k: number): boolean {
  return candidates.some((c) => {
    const rule = c.caseRules[k];
    return rule === undefined || rule === 'any' || (rule === 'exact' && !startsUpper(c.written[k] ?? ''));
  });
}

/** The test text-tokens makes for `cap`: the first UTF-16 unit is an upper-case letter. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(word.charAt(0));
}

/** Spans of the scan in longestAt, reused: the nodes with candidates and their last token. */
const spanNodes: TrieNode[] = [];
const spanLasts: number[] = [];

function longestAt(text: string, tokens: readonly Token[], i: number): TokenMention | null {
  const head = tokens[i] as Token;
  let node = (head.cap ? trie.root : trie.lowerRoot).get(head.norm);
  if (!node) return null;
  // Walk the trie while the growing span is still a prefix of some gazetteer phrase, noting each whole phrase.
  let spans = 0;
  for (let j = i; ; ) {
    if (node.candidates) {
      spanNodes[spans] = node;
      spanLasts[spans++] = j;
    }
    if (!node.space && !node.comma) break;
    if (++j >= tokens.length) break;
    const token = tokens[j] as Token;
    const sep = separator(tokens[j - 1] as Token, token, text);
    const next: TrieNode | undefined =
      sep === ' ' ? (token.cap ? node.space : node.lowerSpace)?.get(token.norm) : sep === ',' ? (token.cap ? node.comma : node.lowerComma)?.get(token.norm) : undefined;
    if (!next) break;
    node = next;
  }
  for (let s = spans - 1; s >= 0; s--) {
    const last = spanLasts[s] as number;
    for (const candidate of (spanNodes[s] as TrieNode).candidates as Candidate[]) {
      if (!caseMatches(tokens, i, candidate)) continue;
      if (candidate.ambiguous && gluedToName(tokens, i, last, candidate.via === 'capital')) continue;
      if ((candidate.entity.kind === 'country' || candidate.entity.kind === 'place') && opensCompanyName(tokens, last)) continue;
      return toMention(text, tokens, i, last, candidate);
    }
  }
  return null;
}

function caseMatches(tokens: readonly Token[], first: number, candidate: Candidate): boolean {
  return candidate.caseRules.every((rule, k) => {
    const token = tokens[first + k] as Token;
    if (rule === 'any') return true;
    if (rule === 'cap') return token.cap;
    return token.text.replace(/['’]s?$/, '') === candidate.written[k];
  });
}

/** "George Washington", "Jordan Henderson": an ambiguous name glued to another capitalized word is not ours. */
function gluedToName(tokens: readonly Token[], first: number, last: number, capital: boolean): boolean {
  const head = tokens[first] as Token;
  const prev = tokens[first - 1];
  if (prev && !head.sentenceStart && head.tightBefore && prev.cap && !honorifics.has(prev.norm) && !isKnownName(prev) && !SENTENCE_OPENERS.has(prev.norm)) return true;
  if (capital) return false; // "Nairobi Pledge", "Lima club": a capital before a name is still the capital
  const next = tokens[last + 1];
  return next !== undefined && next.tightBefore && !next.sentenceStart && next.cap && !honorifics.has(next.norm) && !isKnownName(next);
}

/**
 * "Qatar Airways", "Africa Global Logistics", "Ethiopian Airlines": a country's or place's name (or adjective) opening a
 * run of capitalized words that ends in a company noun is the company's name, not the state speaking. A run that
 * holds a state's office is the state's ("Malaysia's Human Resources Minister", "Turkish Energy Minister").
 */
function opensCompanyName(tokens: readonly Token[], last: number): boolean {
  if (holdsOffice(tokens, last)) return false;
  for (let k = last + 1; k <= last + COMPANY_NAME_WORDS && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || !t.tightBefore || t.sentenceStart || t.hyphenBefore) return false;
    if (companyWords.has(t.norm)) return true;
    if (t.possessive) return false;
  }
  return false;
}

/** Whether the capitalized run after token `last` holds a state's office ("Human Resources Minister"). */
function holdsOffice(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + COMPANY_NAME_WORDS + 1 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || t.sentenceStart) return false;
    if (STATE_OFFICES.has(t.norm)) return true;
  }
  return false;
}

/** capitalized only because they open a sentence: "In Riga", "From Washington" */
const SENTENCE_OPENERS = new Set(['a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'all', 'every', 'each', 'no', 'any', 'one', 'in', 'at', 'on', 'for', 'from', 'by', 'as', 'with', 'after', 'before', 'when', 'while', 'but', 'and', 'if', 'then', 'since', 'during', 'under', 'over', 'into', 'across', 'near', 'outside', 'to', 'of', 'the', 'like', 'unlike', 'beyond', 'inside', 'around', 'without', 'meanwhile', 'also', 'both', 'neither', 'only', 'even', 'until', 'through', 'via', 'toward', 'towards', 'against', 'between', 'among', 'where', 'why', 'how', 'what', 'so', 'yet', 'or', 'nor', 'not', 'once', 'though', 'although', 'because', 'unless', 'whether', 'here', 'there', 'now', 'today', 'yesterday']);

function isKnownName(token: Token): boolean {
  // A whole known name ("Putin's Moscow") shields; the first word of a person's name ("George" of George Bush) does not.
  return index.phrases.has(token.norm) || index.namePrefixes.has(token.norm);
}

function toMention(text: string, tokens: readonly Token[], first: number, last: number, candidate: Candidate): TokenMention {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  let entity = candidate.entity;
  let via = candidate.via;
  if (via === 'capital') {
    if (candidate.actor && isActorUse(tokens, first, last, cues, candidate.ownPossessive)) entity = candidate.actor;
    else via = 'name';
  }
  const mention: GazetteerMention = { start, end, surface: text.slice(start, end), entity, via };
  if (candidate.ownPossessive) mention.ownPossessive = true;
  return { mention, first, last };
}

/**
 * "Russia's president Vladimir Putin", "NATO Secretary General Mark Rutte": the role phrase and the name are one
 * mention of one person, which starts where the role phrase does (a subject parser then reads one name, not an
 * unknown title before it).
 */
function dropRedundantTitles(text: string, found: TokenMention[]): TokenMention[] {
  const out: TokenMention[] = [];
  // A copy: the scan's raw mentions are kept for the article's sentences.
  const list = [...found];
  for (let k = 0; k < list.length; k++) {
    const m = list[k] as TokenMention;
    const next = list[k + 1];
    if (m.mention.via === 'title' && next && next.first === m.last + 1 && next.mention.entity.key === m.mention.entity.key) {
      list[k + 1] = { ...next, first: m.first, mention: { ...next.mention, start: m.mention.start, surface: text.slice(m.mention.start, next.mention.end) } };
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * An organization known by a bare word of its kind ("Congress" for the US Congress) is that organization only where
 * the word stands alone: after a capitalised word or a possessive it closes another body's name ("Indian National
 * Congress", "Peru's Congress", "the Colombian Congress"), and before "of" and a capitalised word it opens one
 * ("Congress of South African Trade Unions").
 */
function bareKindsAlone(tokens: readonly Token[], found: TokenMention[]): TokenMention[] {
  return found.filter((m) => {
    const t = tokens[m.first] as Token;
    if (m.first !== m.last || m.mention.entity.kind !== 'organization' || t.allCaps || !orgWords.has(t.norm)) return true;
    const before = tokens[m.first - 1];
    const closes = before !== undefined && !t.sentenceStart && t.tightBefore && (before.cap || before.possessive);
    const opens = tokens[m.last + 1]?.norm === 'of' && tokens[m.last + 2]?.cap === true;
    return !closes && !opens;
  });
}

let personWords: Set<string> | null = null;
/**
 * Whether a word (folded) is part of a known person's name ("abiy" of Abiy Ahmed Ali): a capitalised word alone that
 * is one names that person, not an organization.
 */
export function isPersonNameWord(word: string): boolean {
  if (!personWords) {
    personWords = new Set();
    for (const [name, entity] of index.names) if (entity.kind === 'person') for (const w of name.split(/\s+/u)) if (w.length > 2) personWords.add(w);
  }
  return personWords.has(fold(word));
}

/** Exact canonical name or alias (case- and accent-insensitive) -> entity; also accepts an entity key. */
export function lookupEntity(name: string): EntityRef | null {
  return index.byKey.get(name.trim()) ?? index.names.get(fold(name.trim())) ?? null;
}

/**
 * The country or international organization an entity speaks for: itself for a country or a top-level organization,
 * the parent for a named body (UN agency -> UN, State Department -> US), the office for a leader (Putin -> Russia),
 * the state for its capital. Null for other places and for anything the gazetteer does not know.
 */
export function actorOf(entity: EntityRef, date?: string | null): EntityRef | null {
  let key = entity.key;
  if (entity.kind === 'person') {
    const dated = roleAt(entity.key, date);
    if (dated !== undefined) key = dated ?? key;
    if (dated === null) return null;
  }
  for (let hops = 0; hops < 5; hops++) {
    const parent = index.parents.get(key);
    if (!parent) break;
    key = parent;
  }
  const actor = index.byKey.get(key);
  if (!actor || actor.kind === 'place' || actor.kind === 'person') return null;
  return actor;
}

/**
 * Whom a person speaks for on a date (an ISO date or date-time): the entity of the office they held then. Undefined
 * when the gazetteer has no dated roles for them, null when they held none of their known offices that day.
 * Without a date, the office held most recently counts.
 */
export function roleAt(personKey: string, date?: string | null): string | null | undefined {
  const roles = index.roles.get(personKey);
  if (!roles || roles.length === 0) return undefined;
  if (!date) {
    const open = roles.find((r) => r.to === null);
    if (open) return open.of;
    return [...roles].sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''))[0]?.of ?? null;
  }
  const day = date.slice(0, 10);
  const held = roles.filter((r) => (r.from === null || r.from <= day) && (r.to === null || day <= r.to));
  return held[held.length - 1]?.of ?? null;
}

/** An organization's kind as an actor; null for entities that are not organizations. */
export function organizationKind(entity: EntityRef): 'igo' | 'non-state' | null {
  if (entity.kind !== 'organization') return null;
  return index.actorKinds.get(entity.key) ?? (entity.origin === 'nlp' ? 'non-state' : 'igo');
}

/**
 * Phrase rules: a phrase is matched on word boundaries, case-insensitively, word by word on stems, so "sanction"
 * finds "sanctions" and "sanctioned", and "peace talk" finds "peace talks". Two forms need care:
 *   - a phrase written in capitals ("WHO", "GDP", "G20") is an acronym and matches only in capitals (and its plural),
 *     so "who" and "us" never count;
 *   - a trailing star ("negotiat*") matches any word starting so (negotiate, negotiators, negotiations).
 * Phrases never match across a sentence break.
 */
import { tokenize, type Token } from './tokenize.ts';

/**
 * An article's words and, per stem, the tokens carrying it: `firstByStem` gives the first such token, `nextSameStem`
 * the next one after each token (-1 after the last), so the lists cost no array per word.
 */
export interface IndexedText {
  tokens: Token[];
  firstByStem: Map<string, number>;
  nextSameStem: Int32Array;
  /**
   * The same chains by the first HEAD characters of the folded words: a starred phrase looks only at the words
   * sharing its prefix's head. Built on the first starred phrase; sorting every article's words for a binary search
   * cost more than all the lookups it served.
   */
  byHead?: TokenChains<number>;
}

interface TokenChains<K> {
  first: Map<K, number>;
  next: Int32Array;
}

interface PhrasePart {
  stem: string;
  /** Set for acronyms: the exact capitals to find. */
  acronym: string | null;
  /** Set for a starred last word: the folded prefix. */
  prefix: string | null;
}

export interface CompiledPhrase {
  /** The phrase as written in the rule. */
  text: string;
  parts: PhrasePart[];
}

export interface PhraseHits {
  count: number;
  /** Token index where each match starts. */
  starts: number[];
  /** Distinct surface forms found, in order of first appearance ("sanctions", "sanctioned"). */
  forms: string[];
}

/** What most phrases find in an article: shared, never modified (callers only read hits). */
const NO_HITS: PhraseHits = Object.freeze({ count: 0, starts: Object.freeze([]) as unknown as number[], forms: Object.freeze([]) as unknown as string[] });

const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\p{N}&.-]{2,}$/u;

export function indexText(text: string): IndexedText {
  const tokens = tokenize(text);
  const { first, next } = chain(tokens, (t) => t.stem);
  return { tokens, firstByStem: first, nextSameStem: next };
}

/** Links the tokens with the same key, in text order (built backwards, so each token is put before the later ones). */
function chain<K>(tokens: readonly Token[], keyOf: (t: Token) => K | null): TokenChains<K> {
  const first = new Map<K, number>();
  const next = new Int32Array(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const key = keyOf(tokens[i] as Token);
    if (key === null) continue;
    next[i] = first.get(key) ?? -1;
    first.set(key, i);
  }
  return { first, next };
}

/** Characters of a folded word that key it in byHead. */
const HEAD = 4;

/**
 * The first HEAD code units of a word as one small integer (null for a shorter word, which no starred prefix of
 * HEAD characters starts). Different heads may share a key: the words found are tested against the prefix anyway.
 */
function headKey(word: string): number | null {
  if (word.length < HEAD) return null;
  let key = 0;
  for (let k = 0; k < HEAD; k++) key = (key * 31 + word.charCodeAt(k)) & 0x3fffffff;
  return key;
}

/** Compiles one phrase; null when it holds no word (the taxonomy loader reports that as an error). */
export function compilePhrase(phrase: string): CompiledPhrase | null {
  const trimmed = phrase.trim();
  const starred = trimmed.endsWith('*');
  const words = tokenize(starred ? trimmed.slice(0, -1) : trimmed);
  if (words.length === 0) return null;
  const parts = words.map((w, i): PhrasePart => {
    const isLast = i === words.length - 1;
    return {
      stem: w.stem,
      acronym: ACRONYM.test(w.surface) ? w.surface : null,
      prefix: starred && isLast ? w.folded : null,
    };
  });
  return { text: trimmed, parts };
}

/** Every match of the phrase; a match touching a `blocked` token (covered by an exception phrase) does not count. */
export function findPhrase(doc: IndexedText, phrase: CompiledPhrase, blocked?: (tokenIndex: number) => boolean): PhraseHits {
  const parts = phrase.parts;
  const first = parts[0]!;
  if (first.prefix === null) return findAlong(doc, doc.firstByStem.get(first.stem), doc.nextSameStem, parts, blocked);
  const key = headKey(first.prefix);
  // A prefix shorter than HEAD may start any word: every token is a candidate.
  if (key === null) return findAlong(doc, 0, null, parts, blocked);
  const byHead = (doc.byHead ??= chain(doc.tokens, (t) => headKey(t.folded)));
  return findAlong(doc, byHead.first.get(key), byHead.next, parts, blocked);
}

/**
 * The matches starting at the candidates, ascending: the chain from `start` through `next` (every token from `start`
 * when `next` is null). matchesAt tests each candidate's first word too, so a chain may hold more than the phrase's.
 */
function findAlong(doc: IndexedText, start: number | undefined, next: Int32Array | null, parts: PhrasePart[], blocked?: (tokenIndex: number) => boolean): PhraseHits {
  // Most phrases are not in an article at all: that case allocates nothing.
  let hits: PhraseHits | null = null;
  const tokens = doc.tokens;
  for (let i = start ?? -1; i >= 0 && i < tokens.length; i = next === null ? i + 1 : (next[i] as number)) {
    if (!matchesAt(tokens, i, parts)) continue;
    if (blocked && isBlocked(blocked, i, parts.length)) continue;
    hits ??= { count: 0, starts: [], forms: [] };
    hits.count++;
    hits.starts.push(i);
    const form = parts.length === 1 ? (tokens[i] as Token).surface : surfaces(tokens, i, parts.length);
    if (!hits.forms.includes(form)) hits.forms.push(form);
  }
  return hits ?? NO_HITS;
}

function isBlocked(blocked: (tokenIndex: number) => boolean, start: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (blocked(start + k)) return true;
  return false;
}

/** The surface forms of `length` tokens from `start`, joined by spaces. */
function surfaces(tokens: readonly Token[], start: number, length: number): string {
  let out = (tokens[start] as Token).surface;
  for (let k = 1; k < length; k++) out += ` ${(tokens[start + k] as Token).surface}`;
  return out;
}

function matchesAt(tokens: Token[], start: number, parts: PhrasePart[]): boolean {
  if (start + parts.length > tokens.length) return false;
  for (let k = 0; k < parts.length; k++) {
    const token = tokens[start + k]!;
    if (k > 0 && token.breakBefore) return false;
    if (!partMatches(token, parts[k]!)) return false;
  }
  return true;
}

function partMatches(token: Token, part: PhrasePart): boolean {
  if (part.prefix !== null) return token.folded.startsWith(part.prefix);
  if (part.acronym !== null) return token.surface === part.acronym || token.surface === `${part.acronym}s`;
  return token.stem === part.stem;
}

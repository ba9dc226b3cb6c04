/**
 * Phrase rules: a phrase is matched on word boundaries, case-insensitively, word by word on stems, so "sanction"
 * finds "sanctions" and "sanctioned", and "peace talk" finds "peace talks". Two forms need care:
 *   - a phrase written in capitals ("WHO", "GDP", "G20") is an acronym and matches only in capitals (and its plural),
 *     so "who" and "us" never count;
 *   - a trailing star ("negotiat*") matches any word starting so (negotiate, negotiators, negotiations).
 * Phrases never match across a sentence break.
 */
import { tokenize, type Token } from './tokenize.ts';

export interface IndexedText {
  tokens: Token[];
  byStem: Map<string, number[]>;
  /**
   * Token indexes by the first HEAD characters of their folded form (shorter words under themselves), ascending: a
   * starred phrase looks only at the words sharing its prefix's head. Built on the first starred phrase; sorting
   * every article's words for a binary search cost more than all the lookups it served.
   */
  byHead?: Map<string, number[]>;
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
  const byStem = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const stem = (tokens[i] as Token).stem;
    const list = byStem.get(stem);
    if (list) list.push(i);
    else byStem.set(stem, [i]);
  }
  return { tokens, byStem };
}

/** Characters of a folded word that key it in byHead. */
const HEAD = 4;

/** Indexes of the tokens whose folded form starts with `prefix`, ascending. */
function startingWith(doc: IndexedText, prefix: string): number[] {
  const out: number[] = [];
  // A prefix of at least HEAD characters only starts words of its own head; a shorter one may start any word.
  if (prefix.length < HEAD) {
    doc.tokens.forEach((t, i) => {
      if (t.folded.startsWith(prefix)) out.push(i);
    });
    return out;
  }
  const byHead = (doc.byHead ??= headIndex(doc.tokens));
  for (const i of byHead.get(prefix.slice(0, HEAD)) ?? []) if ((doc.tokens[i] as Token).folded.startsWith(prefix)) out.push(i);
  return out;
}

function headIndex(tokens: readonly Token[]): Map<string, number[]> {
  const byHead = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const head = t.folded.slice(0, HEAD);
    const list = byHead.get(head);
    if (list) list.push(i);
    else byHead.set(head, [i]);
  });
  return byHead;
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
  // Most phrases are not in an article at all: that case allocates nothing.
  const candidates = first.prefix !== null ? startingWith(doc, first.prefix) : doc.byStem.get(first.stem);
  if (candidates === undefined || candidates.length === 0) return NO_HITS;
  const starts: number[] = [];
  const forms: string[] = [];
  for (const start of candidates) {
    if (!matchesAt(doc.tokens, start, parts)) continue;
    if (blocked && isBlocked(blocked, start, parts.length)) continue;
    starts.push(start);
    const form = parts.length === 1 ? (doc.tokens[start] as Token).surface : surfaces(doc.tokens, start, parts.length);
    if (!forms.includes(form)) forms.push(form);
  }
  return { count: starts.length, starts, forms };
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

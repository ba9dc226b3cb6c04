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
  /** folded word -> its token indexes, ascending */
  byFolded: Map<string, number[]>;
  /**
   * The distinct folded words by their first HEAD characters (shorter words under themselves): a starred phrase
   * looks only at the words sharing its prefix's head. Built on the first starred phrase; sorting every article's
   * words for a binary search cost more than all the lookups it served.
   */
  foldedByHead?: Map<string, string[]>;
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
  const byFolded = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = byStem.get(t.stem);
    if (list) list.push(i);
    else byStem.set(t.stem, [i]);
    const same = byFolded.get(t.folded);
    if (same) same.push(i);
    else byFolded.set(t.folded, [i]);
  });
  return { tokens, byStem, byFolded };
}

/** Characters of a folded word that key it in foldedByHead. */
const HEAD = 4;

/** Indexes of the tokens whose folded form starts with `prefix`, ascending. */
function startingWith(doc: IndexedText, prefix: string): number[] {
  const byHead = (doc.foldedByHead ??= headIndex(doc.byFolded));
  const out: number[] = [];
  // A prefix of at least HEAD characters only starts words of its own head; a shorter one may start any word.
  const words = prefix.length >= HEAD ? (byHead.get(prefix.slice(0, HEAD)) ?? []) : [...byHead.values()].flat();
  for (const word of words) if (word.startsWith(prefix)) out.push(...(doc.byFolded.get(word) as number[]));
  return out.sort((a, b) => a - b);
}

function headIndex(byFolded: ReadonlyMap<string, number[]>): Map<string, string[]> {
  const byHead = new Map<string, string[]>();
  for (const word of byFolded.keys()) {
    const head = word.slice(0, HEAD);
    const list = byHead.get(head);
    if (list) list.push(word);
    else byHead.set(head, [word]);
  }
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
  const first = phrase.parts[0]!;
  const candidates = first.prefix !== null ? startingWith(doc, first.prefix) : (doc.byStem.get(first.stem) ?? []);
  if (candidates.length === 0) return NO_HITS;
  const starts: number[] = [];
  const forms: string[] = [];
  for (const start of candidates) {
    if (!matchesAt(doc.tokens, start, phrase.parts)) continue;
    if (blocked && phrase.parts.some((_, k) => blocked(start + k))) continue;
    starts.push(start);
    const form = doc.tokens
      .slice(start, start + phrase.parts.length)
      .map((t) => t.surface)
      .join(' ');
    if (!forms.includes(form)) forms.push(form);
  }
  return { count: starts.length, starts, forms };
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

/**
 * newsgraph's own search syntax, parsed once into an AST and compiled per dialect, so user input never reaches
 * FTS5 MATCH or to_tsquery as raw text.
 *
 *   climate summit          both words (AND)
 *   "climate summit"        the phrase
 *   negotiat*               prefix (at least 2 characters before the star); "climate summ"* works too
 *   sanctions OR tariffs    either side (OR binds looser than AND; upper case only, "or" is a word)
 *   -football               exclusion (needs at least one word to search for beside it)
 *   (oil OR gas) -russia    parentheses group
 *
 * Words are reduced to their letter/number runs ("covid-19" is the phrase "covid 19"), lower-cased, as both
 * full-text engines tokenize documents; a word with no letters or numbers ("&", "—") is ignored.
 */
import { InvalidInputError } from '../domain/errors.ts';

export type SearchNode =
  | { kind: 'term'; tokens: string[]; prefix: boolean }
  | { kind: 'and'; include: SearchNode[]; exclude: SearchNode[] }
  | { kind: 'or'; anyOf: SearchNode[] };

export interface SearchQuery {
  /** The text as the user typed it. */
  text: string;
  root: SearchNode;
}

export const SEARCH_QUERY_MAX_LENGTH = 500;
export const SEARCH_QUERY_MAX_TERMS = 32;
export const SEARCH_PREFIX_MIN_LENGTH = 2;

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const SPACE = /\s/u;

type Lexeme =
  | { type: 'word'; text: string; prefix: boolean; pos: number }
  | { type: 'phrase'; text: string; prefix: boolean; pos: number }
  | { type: 'or' | 'not' | 'open' | 'close'; pos: number };

function fail(message: string, position?: number): never {
  const where = position === undefined ? '' : ` (at character ${position + 1})`;
  throw new InvalidInputError(`Invalid search query: ${message}${where}`, position === undefined ? {} : { details: { position: position + 1 } });
}

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (SPACE.test(c)) {
      i++;
    } else if (c === '(') {
      out.push({ type: 'open', pos: i++ });
    } else if (c === ')') {
      out.push({ type: 'close', pos: i++ });
    } else if (c === '-' && atTermStart(input, i)) {
      const next = input[i + 1];
      if (next === undefined || SPACE.test(next) || next === ')' || next === '-') {
        fail('"-" must be directly followed by the word, phrase or group to exclude, as in -football', i);
      }
      out.push({ type: 'not', pos: i++ });
    } else if (c === '"') {
      const end = input.indexOf('"', i + 1);
      if (end === -1) fail('unbalanced quote: the phrase opened here is never closed', i);
      const prefix = input[end + 1] === '*';
      out.push({ type: 'phrase', text: input.slice(i + 1, end), prefix, pos: i });
      i = end + (prefix ? 2 : 1);
    } else {
      let j = i;
      while (j < input.length && !SPACE.test(input[j]!) && !'()"'.includes(input[j]!)) j++;
      const raw = input.slice(i, j);
      if (raw === 'OR') out.push({ type: 'or', pos: i });
      else if (raw.endsWith('*')) out.push({ type: 'word', text: raw.slice(0, -1), prefix: true, pos: i });
      else out.push({ type: 'word', text: raw, prefix: false, pos: i });
      i = j;
    }
  }
  return out;
}

/** A "-" negates only where a term starts: at the beginning, after a space or "(" — not inside "covid-19". */
function atTermStart(input: string, i: number): boolean {
  if (i === 0) return true;
  const prev = input[i - 1]!;
  return SPACE.test(prev) || prev === '(';
}

function tokensOf(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase().matchAll(TOKEN)].map((m) => m[0]);
}

class Parser {
  private i = 0;
  private terms = 0;
  constructor(private readonly lexemes: Lexeme[]) {}

  parse(): SearchNode | null {
    const node = this.or();
    const extra = this.peek();
    if (extra) fail(extra.type === 'close' ? 'unbalanced parenthesis: ")" without a matching "("' : 'unexpected input', extra.pos);
    return node;
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.i];
  }

  private or(): SearchNode | null {
    const branches: SearchNode[] = [];
    for (;;) {
      const start = this.peek();
      if (start?.type === 'or') fail('OR needs a search term on both sides', start.pos);
      // A branch of ignored words only ("& OR tariffs") drops out.
      const branch = this.and();
      if (branch) branches.push(branch);
      const next = this.peek();
      if (next?.type !== 'or') break;
      this.i++;
      const after = this.peek();
      if (!after || after.type === 'or' || after.type === 'close') fail('OR needs a search term on both sides', next.pos);
    }
    if (branches.length === 0) return null;
    return branches.length === 1 ? branches[0]! : { kind: 'or', anyOf: branches };
  }

  /** A run of items joined by AND; null when it holds nothing searchable. */
  private and(): SearchNode | null {
    const include: SearchNode[] = [];
    const exclude: SearchNode[] = [];
    let firstExclusion: number | null = null;
    for (;;) {
      const next = this.peek();
      if (!next || next.type === 'or' || next.type === 'close') break;
      let negated = false;
      if (next.type === 'not') {
        negated = true;
        firstExclusion ??= next.pos;
        this.i++;
      }
      const item = this.primary();
      if (item) (negated ? exclude : include).push(item);
    }
    if (include.length === 0 && exclude.length > 0) {
      fail('a search cannot consist only of exclusions; add a word to search for, as in "election -football"', firstExclusion ?? undefined);
    }
    if (include.length === 0) return null;
    if (include.length === 1 && exclude.length === 0) return include[0]!;
    return { kind: 'and', include, exclude };
  }

  private primary(): SearchNode | null {
    const lx = this.lexemes[this.i++]!;
    if (lx.type === 'open') {
      if (this.peek()?.type === 'close') fail('empty parentheses', lx.pos);
      const inner = this.or();
      if (this.peek()?.type !== 'close') fail('unbalanced parenthesis: "(" is never closed', lx.pos);
      this.i++;
      return inner;
    }
    if (lx.type === 'word' || lx.type === 'phrase') return this.term(lx);
    // Only "-OR" gets here: the lexer rejects "-" before a space, ")" or another "-".
    return fail('"-" must be directly followed by the word, phrase or group to exclude', lx.pos);
  }

  private term(lx: Extract<Lexeme, { type: 'word' | 'phrase' }>): SearchNode | null {
    const tokens = tokensOf(lx.text);
    if (lx.type === 'phrase' && tokens.length === 0) fail('empty phrase: put words between the quotes', lx.pos);
    if (lx.prefix) {
      const last = tokens.at(-1);
      if (!last || [...last].length < SEARCH_PREFIX_MIN_LENGTH) {
        fail(`a prefix needs at least ${SEARCH_PREFIX_MIN_LENGTH} letters or digits before "*", got ${JSON.stringify(`${lx.text}*`)}`, lx.pos);
      }
    }
    if (tokens.length === 0) return null;
    if (++this.terms > SEARCH_QUERY_MAX_TERMS) fail(`too many terms (at most ${SEARCH_QUERY_MAX_TERMS})`, lx.pos);
    return { kind: 'term', tokens, prefix: lx.prefix };
  }
}

/** Parses a search query; throws InvalidInputError (code invalid_input) with a message saying what is wrong and where. */
export function parseSearchQuery(text: string): SearchQuery {
  if (text.length > SEARCH_QUERY_MAX_LENGTH) fail(`the query is ${text.length} characters long; at most ${SEARCH_QUERY_MAX_LENGTH} are allowed`);
  if (text.trim() === '') fail('the query is empty');
  const lexemes = lex(text);
  const root = new Parser(lexemes).parse();
  if (!root) fail('the query has no searchable words (letters or digits)');
  return { text, root };
}

export type SearchTerm = Extract<SearchNode, { kind: 'term' }>;

/**
 * The terms every match contains and that alone count towards its score: the query's one term, or the terms of its
 * top-level AND (excluded terms score nothing). Empty under a top-level OR, where no term is required.
 */
export function requiredTerms(root: SearchNode): SearchTerm[] {
  if (root.kind === 'term') return [root];
  if (root.kind === 'and') return root.include.filter((n): n is SearchTerm => n.kind === 'term');
  return [];
}

/**
 * What to rank by when the `common` required terms are left out (they carry no weight in the ranking): the other
 * included items ANDed, or null when nothing is left. The matches are still those of the whole query.
 */
export function rankingRoot(root: SearchNode, common: ReadonlySet<SearchNode>): SearchNode | null {
  const rest = root.kind === 'and' ? root.include.filter((n) => !common.has(n)) : common.has(root) ? [] : [root];
  if (rest.length === 0) return null;
  return rest.length === 1 ? rest[0]! : { kind: 'and', include: rest, exclude: [] };
}

/** FTS5 MATCH expression. Tokens are letter/number runs only, so quoting them cannot break out of the string. */
export function toFts5Match(node: SearchNode): string {
  switch (node.kind) {
    case 'term':
      return `"${node.tokens.join(' ')}"${node.prefix ? '*' : ''}`;
    case 'or':
      return `(${node.anyOf.map(toFts5Match).join(' OR ')})`;
    case 'and': {
      const included = node.include.map(toFts5Match).join(' AND ');
      // FTS5's NOT is binary ("a NOT b"), which is why an AND group must include something.
      return node.exclude.length ? `(${included}${node.exclude.map((e) => ` NOT ${toFts5Match(e)}`).join('')})` : `(${included})`;
    }
  }
}

/** PostgreSQL tsquery text for to_tsquery('simple', …); tokens are letter/number runs only, quoted as lexemes. */
export function toTsquery(node: SearchNode): string {
  switch (node.kind) {
    case 'term': {
      const lexemes = node.tokens.map((t) => `'${t}'`);
      if (node.prefix) lexemes[lexemes.length - 1] += ':*';
      return lexemes.length === 1 ? lexemes[0]! : `(${lexemes.join(' <-> ')})`;
    }
    case 'or':
      return `(${node.anyOf.map(toTsquery).join(' | ')})`;
    case 'and':
      return `(${[...node.include.map(toTsquery), ...node.exclude.map((e) => `!${toTsquery(e)}`)].join(' & ')})`;
  }
}

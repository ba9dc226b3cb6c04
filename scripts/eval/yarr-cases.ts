/**
 * Reads nkanaev/yarr's parser tests (github.com/nkanaev/yarr, MIT) from a checkout at run time; nothing is vendored.
 *
 * - src/parser/fixtures/**: each file opens with a comment (`<!-- … -->` or `/* … *\/`) whose `@` lines are expr-lang
 *   assertions over yarr's parsed feed; the bytes after the comment are what yarr's runner parses.
 * - src/parser/feed_test.go: functions that build a document from Go string literals (`data := … + "…"`), parse it
 *   and fail on `len(feed.Items) != N || feed.Items[i].X != "…"`; each disjunct, negated, is one assertion.
 *   TestSniff (an internal probe's type and declared encoding) and util_test.go (a byte filter) read no feed.
 *
 * This module only reads: the grammar is the small part of expr-lang the fixtures use (field paths, `len(…)`, Go
 * strings and numbers, `time.Date(…, time.UTC | time.FixedZone("", n))`, `time.Now()`), compared with `==`/`!=`.
 * An assertion outside it is returned in `unread` so the harness can say how many it did not read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type YarrExpr =
  | { kind: 'path'; keys: (string | number)[] }
  | { kind: 'len'; keys: (string | number)[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  /** An instant, ISO-8601 UTC to the second. */
  | { kind: 'time'; iso: string }
  /** `time.Now()`: yarr's clock when it parsed (it gives items without a date that time). */
  | { kind: 'now' };

export interface YarrAssertion {
  source: string;
  op: '==' | '!=';
  left: YarrExpr;
  right: YarrExpr;
}

export interface YarrCase {
  name: string;
  /** What yarr's test hands its parser. */
  bytes: Buffer;
  assertions: YarrAssertion[];
  unread: string[];
}

export function yarrCases(root: string): YarrCase[] {
  const dir = join(root, 'src', 'parser');
  const out: YarrCase[] = [];
  const fixtures = join(dir, 'fixtures');
  if (existsSync(fixtures)) {
    for (const file of walk(fixtures)) {
      const c = fixtureCase(readFileSync(file), relative(fixtures, file));
      if (c !== null) out.push(c);
    }
  }
  const tests = join(dir, 'feed_test.go');
  if (existsSync(tests)) out.push(...inlineCases(readFileSync(tests, 'utf8')));
  return out;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.xml') || name.endsWith('.jsonc')) out.push(path);
  }
  return out;
}

/** The leading comment holds the assertions; yarr parses the bytes after it. Read as latin1 so bytes stay bytes. */
function fixtureCase(data: Buffer, name: string): YarrCase | null {
  const text = data.toString('latin1');
  const start = /^[ \t\r\n]*(?:\xef\xbb\xbf)?[ \t\r\n]*/.exec(text)![0].length;
  const [open, close] = text.startsWith('<!--', start) ? ['<!--', '-->'] : text.startsWith('/*', start) ? ['/*', '*/'] : [null, null];
  if (open === null) return null;
  const end = text.indexOf(close, start);
  if (end < 0) return null;
  const comment = Buffer.from(text.slice(start + open.length, end), 'latin1').toString('utf8');
  const c: YarrCase = { name, bytes: Buffer.from(text.slice(end + close.length), 'latin1'), assertions: [], unread: [] };
  for (const line of comment.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('@')) continue;
    const source = t.slice(1).trim();
    const a = parseAssertion(source);
    if (a === null) c.unread.push(source);
    else c.assertions.push(a);
  }
  return c;
}

/** feed_test.go functions that parse a document built from Go literals and check it with one `if … || … {`. */
function inlineCases(src: string): YarrCase[] {
  const out: YarrCase[] = [];
  for (const body of src.split(/\nfunc (?=Test)/).slice(1)) {
    const name = /^(\w+)/.exec(body)?.[1] ?? '?';
    const data = /\bdata\s*:?=\s*((?:`[^`]*`|"(?:[^"\\\n]|\\.)*"|\s|\+)+)/.exec(body);
    const parsedAt = body.search(/Parse\w*\(strings\.NewReader\(data\)/);
    // The first failing check after the parse that is not about the parse error itself.
    const condition = [...body.slice(Math.max(0, parsedAt)).matchAll(/\n\s*if\s+(.+?)\s*\{\s*\n\s*t\.Fatal/g)].find((m) => !/\berr\b/.test(m[1]!));
    if (data === null || parsedAt < 0 || condition === undefined) continue;
    const parts: Buffer[] = [];
    for (const m of data[1]!.matchAll(/`([^`]*)`|"((?:[^"\\\n]|\\.)*)"/g)) parts.push(m[1] !== undefined ? Buffer.from(m[1], 'utf8') : goInterpreted(m[2]!));
    const c: YarrCase = { name: `feed_test.go ${name}`, bytes: Buffer.concat(parts), assertions: [], unread: [] };
    for (const disjunct of condition[1]!.split('||')) {
      // `if X != Y { t.Fatal }` asserts X == Y (and the other way round).
      const source = disjunct.trim();
      const a = parseAssertion(source);
      if (a === null) c.unread.push(source);
      else c.assertions.push({ ...a, op: a.op === '==' ? '!=' : '==', source: `not (${source})` });
    }
    if (c.assertions.length + c.unread.length > 0) out.push(c);
  }
  return out;
}

/** A Go interpreted string literal's bytes (`\xNN` is a byte, other characters are UTF-8). */
function goInterpreted(body: string): Buffer {
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34, "'": 39 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const e = body[++i]!;
    if (e in simple) bytes.push(simple[e]!);
    else if (e === 'x') {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      bytes.push(...Buffer.from(String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + n), 16)), 'utf8'));
      i += n;
    } else if (/[0-7]/.test(e)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    }
  }
  return Buffer.from(bytes);
}

// ---------------------------------------------------------------------------------------------------------------
// The expression subset

type Token = { t: 'id' | 'num' | 'str' | 'op'; v: string };

function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  const re = /\s*(?:([A-Za-z_]\w*)|(\d+)|"((?:[^"\\]|\\.)*)"|`([^`]*)`|(==|!=|[()[\].,*+-]))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (m === null) return null;
    i = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'id', v: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'num', v: m[2] });
    else if (m[3] !== undefined) out.push({ t: 'str', v: goInterpreted(m[3]).toString('utf8') });
    else if (m[4] !== undefined) out.push({ t: 'str', v: m[4] });
    else out.push({ t: 'op', v: m[5]! });
  }
  return out;
}

class Unread extends Error {}

export function parseAssertion(source: string): YarrAssertion | null {
  const tokens = tokenize(source);
  if (tokens === null) return null;
  let p = 0;
  const peek = (v?: string) => (v === undefined ? tokens[p] : tokens[p]?.v === v ? tokens[p] : undefined);
  const take = (v?: string): Token => {
    const t = tokens[p];
    if (t === undefined || (v !== undefined && t.v !== v)) throw new Unread();
    p++;
    return t;
  };
  const path = (): (string | number)[] => {
    if (take().v !== 'feed') throw new Unread();
    const keys: (string | number)[] = [];
    for (;;) {
      if (peek('.')) {
        take('.');
        const t = take();
        if (t.t !== 'id') throw new Unread();
        keys.push(t.v);
      } else if (peek('[')) {
        take('[');
        const t = take();
        if (t.t !== 'num') throw new Unread();
        keys.push(Number(t.v));
        take(']');
      } else return keys;
    }
  };
  // Integer arithmetic as the fixtures write zone offsets: `-7*3600`.
  const integer = (): number => {
    let sign = 1;
    while (peek('-')) {
      take('-');
      sign = -sign;
    }
    const t = take();
    if (t.t !== 'num') throw new Unread();
    let v = sign * Number(t.v);
    while (peek('*')) {
      take('*');
      const f = take();
      if (f.t !== 'num') throw new Unread();
      v *= Number(f.v);
    }
    return v;
  };
  const zoneSeconds = (): number => {
    take('time');
    take('.');
    const z = take().v;
    if (z === 'UTC') return 0;
    if (z !== 'FixedZone') throw new Unread();
    take('(');
    if (take().t !== 'str') throw new Unread();
    take(',');
    const s = integer();
    take(')');
    return s;
  };
  const operand = (): YarrExpr => {
    const t = peek();
    if (t === undefined) throw new Unread();
    if (t.t === 'str') return { kind: 'string', value: take().v };
    if (t.t === 'num' || t.v === '-') return { kind: 'number', value: integer() };
    if (t.v === 'len') {
      take('len');
      take('(');
      const keys = path();
      take(')');
      return { kind: 'len', keys };
    }
    if (t.v === 'time') {
      take('time');
      take('.');
      const f = take().v;
      take('(');
      if (f === 'Now') {
        take(')');
        return { kind: 'now' };
      }
      if (f !== 'Date') throw new Unread();
      const n: number[] = [];
      for (let k = 0; k < 7; k++) {
        n.push(integer());
        take(',');
      }
      const offset = zoneSeconds();
      take(')');
      const [y, mo, d, h, mi, s] = n as [number, number, number, number, number, number];
      return { kind: 'time', iso: new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offset * 1000).toISOString().slice(0, 19) };
    }
    if (t.v === 'feed') return { kind: 'path', keys: path() };
    throw new Unread();
  };
  try {
    const left = operand();
    const op = take().v;
    if (op !== '==' && op !== '!=') return null;
    const right = operand();
    if (p !== tokens.length) return null;
    return { source, op, left, right };
  } catch (e) {
    if (e instanceof Unread) return null;
    throw e;
  }
}

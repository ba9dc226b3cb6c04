/**
 * A reader for the small Python expressions feedparser's test files carry in their `Expect:` headers:
 * literals (strings with prefixes, escapes and implicit concatenation, numbers, tuples, lists, dicts, None/True/False),
 * names, subscripts, attributes, calls, `+`, comparisons (chained), `not`, `and`, `or`, `in`, `is`.
 * Only parses; the peer-suite harness decides what a name means.
 */

export type PyNode =
  | { kind: 'literal'; value: PyValue }
  | { kind: 'name'; name: string }
  | { kind: 'tuple' | 'list'; items: PyNode[] }
  | { kind: 'dict'; entries: [PyNode, PyNode][] }
  | { kind: 'subscript'; target: PyNode; index: PyNode }
  | { kind: 'attribute'; target: PyNode; name: string }
  | { kind: 'call'; target: PyNode; args: PyNode[] }
  | { kind: 'unary'; op: 'not' | '-'; operand: PyNode }
  | { kind: 'binary'; op: '+' | '-'; left: PyNode; right: PyNode }
  | { kind: 'bool'; op: 'and' | 'or'; operands: PyNode[] }
  | { kind: 'compare'; first: PyNode; ops: string[]; rest: PyNode[] };

export type PyValue = string | number | boolean | null | PyValue[] | { tuple: PyValue[] } | Map<string, PyValue>;

type Token = { t: 'name' | 'num' | 'str' | 'op'; v: string };

const OPS = ['==', '!=', '<=', '>=', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', '+', '-', '%', '*'];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const prefix = /^([uUbBrR]{0,2})(['"])/.exec(src.slice(i, i + 4));
    if (prefix) {
      const raw = prefix[1]!.toLowerCase().includes('r');
      i += prefix[1]!.length;
      const triple = src.startsWith(prefix[2]!.repeat(3), i);
      const quote = triple ? prefix[2]!.repeat(3) : prefix[2]!;
      i += quote.length;
      let s = '';
      while (i < src.length && !src.startsWith(quote, i)) {
        if (src[i] === '\\' && i + 1 < src.length) {
          const [text, used] = raw ? [src.slice(i, i + 2), 2] : escape(src, i);
          s += text;
          i += used;
        } else s += src[i++];
      }
      if (i >= src.length) throw new Error('unterminated string');
      i += quote.length;
      out.push({ t: 'str', v: s });
      continue;
    }
    const num = /^\d+(\.\d+)?([eE][-+]?\d+)?[lL]?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: num[0].replace(/[lL]$/, '') });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(src.slice(i));
    if (name) {
      out.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new Error(`unexpected ${c}`);
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

function escape(src: string, i: number): [string, number] {
  const c = src[i + 1] as string;
  if (c === 'x') return [String.fromCodePoint(parseInt(src.slice(i + 2, i + 4), 16)), 4];
  if (c === 'u') return [String.fromCodePoint(parseInt(src.slice(i + 2, i + 6), 16)), 6];
  if (c === 'U') return [String.fromCodePoint(parseInt(src.slice(i + 2, i + 10), 16)), 10];
  const octal = /^[0-7]{1,3}/.exec(src.slice(i + 1));
  if (octal) return [String.fromCodePoint(parseInt(octal[0], 8)), 1 + octal[0].length];
  if (c in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[c] as string, 2];
  return [`\\${c}`, 2];
}

export function parsePython(src: string): PyNode {
  const toks = tokenize(src);
  let p = 0;
  const peek = (v?: string) => (v === undefined ? toks[p] : toks[p]?.v === v && toks[p]?.t !== 'str' ? toks[p] : undefined);
  const take = (v: string) => {
    if (!peek(v)) throw new Error(`expected ${v} at ${toks[p]?.v ?? 'end'}`);
    p++;
  };

  function expr(): PyNode {
    return orExpr();
  }
  function orExpr(): PyNode {
    const operands = [andExpr()];
    while (peek('or')) {
      p++;
      operands.push(andExpr());
    }
    return operands.length === 1 ? (operands[0] as PyNode) : { kind: 'bool', op: 'or', operands };
  }
  function andExpr(): PyNode {
    const operands = [notExpr()];
    while (peek('and')) {
      p++;
      operands.push(notExpr());
    }
    return operands.length === 1 ? (operands[0] as PyNode) : { kind: 'bool', op: 'and', operands };
  }
  function notExpr(): PyNode {
    if (peek('not')) {
      p++;
      return { kind: 'unary', op: 'not', operand: notExpr() };
    }
    return comparison();
  }
  function comparison(): PyNode {
    const first = additive();
    const ops: string[] = [];
    const rest: PyNode[] = [];
    for (;;) {
      const t = peek();
      if (!t || t.t === 'str') break;
      if (['==', '!=', '<', '>', '<=', '>=', 'in'].includes(t.v)) {
        p++;
        ops.push(t.v);
      } else if (t.v === 'is') {
        p++;
        if (peek('not')) {
          p++;
          ops.push('is not');
        } else ops.push('is');
      } else if (t.v === 'not' && toks[p + 1]?.v === 'in') {
        p += 2;
        ops.push('not in');
      } else break;
      rest.push(additive());
    }
    return ops.length === 0 ? first : { kind: 'compare', first, ops, rest };
  }
  function additive(): PyNode {
    let left = unary();
    for (;;) {
      const t = peek();
      if (t?.t === 'op' && (t.v === '+' || t.v === '-')) {
        p++;
        left = { kind: 'binary', op: t.v, left, right: unary() };
      } else return left;
    }
  }
  function unary(): PyNode {
    if (peek('-')) {
      p++;
      return { kind: 'unary', op: '-', operand: unary() };
    }
    return postfix();
  }
  function postfix(): PyNode {
    let node = atom();
    for (;;) {
      if (peek('[')) {
        p++;
        const index = expr();
        take(']');
        node = { kind: 'subscript', target: node, index };
      } else if (peek('.')) {
        p++;
        const name = toks[p++];
        if (name?.t !== 'name') throw new Error('expected attribute name');
        node = { kind: 'attribute', target: node, name: name.v };
      } else if (peek('(')) {
        p++;
        const args = sequence(')');
        node = { kind: 'call', target: node, args: args.items };
      } else return node;
    }
  }
  function sequence(close: string): { items: PyNode[]; trailingComma: boolean } {
    const items: PyNode[] = [];
    let trailingComma = false;
    while (!peek(close)) {
      items.push(expr());
      trailingComma = false;
      if (peek(',')) {
        p++;
        trailingComma = true;
      } else break;
    }
    take(close);
    return { items, trailingComma };
  }
  function atom(): PyNode {
    const t = toks[p++];
    if (!t) throw new Error('unexpected end');
    if (t.t === 'str') {
      let value = t.v;
      while (toks[p]?.t === 'str') value += toks[p++]!.v;
      return { kind: 'literal', value };
    }
    if (t.t === 'num') return { kind: 'literal', value: Number(t.v) };
    if (t.t === 'name') {
      if (t.v === 'None') return { kind: 'literal', value: null };
      if (t.v === 'True') return { kind: 'literal', value: true };
      if (t.v === 'False') return { kind: 'literal', value: false };
      return { kind: 'name', name: t.v };
    }
    if (t.v === '(') {
      const { items, trailingComma } = sequence(')');
      return items.length === 1 && !trailingComma ? (items[0] as PyNode) : { kind: 'tuple', items };
    }
    if (t.v === '[') return { kind: 'list', items: sequence(']').items };
    if (t.v === '{') {
      const entries: [PyNode, PyNode][] = [];
      while (!peek('}')) {
        const k = expr();
        take(':');
        entries.push([k, expr()]);
        if (peek(',')) p++;
        else break;
      }
      take('}');
      return { kind: 'dict', entries };
    }
    throw new Error(`unexpected ${t.v}`);
  }

  const node = expr();
  if (p !== toks.length) throw new Error(`trailing ${toks[p]?.v}`);
  return node;
}

/**
 * The PHP the peers' PHPUnit suites (laminas-feed, SimplePie) write their fixtures and expectations in: top-level
 * statements of a method body, and literal values (strings, heredocs, numbers, null, booleans, arrays, `new stdClass()`,
 * dates made by `new DateTime('…')` or `DateTime::createFromFormat(F, '…')`, locals assigned earlier). Anything else
 * reads as undefined.
 */
export type PhpValue = string | number | boolean | null | PhpValue[] | { [key: string]: PhpValue } | { date: string };

export interface Method {
  name: string;
  params: string[];
  provider: string | null;
  body: string;
}

/** Methods with their parameters, data provider and body; commented-out code is dropped. */
export function splitMethods(src: string): Method[] {
  const out: Method[] = [];
  const heads = [...src.matchAll(/(\/\*\*(?:[^*]|\*(?!\/))*\*\/\s*)?(?:#\[[^\]]*\]\s*)*(?:public |protected |private )?(?:static )?function (\w+)\(([^)]*)\)/g)];
  heads.forEach((h, i) => {
    const start = h.index! + h[0].length;
    const end = i + 1 < heads.length ? heads[i + 1]!.index! : src.length;
    const before = src.slice(Math.max(0, h.index! - 200), start);
    const provider = /@dataProvider\s+(\w+)/.exec(h[1] ?? '')?.[1] ?? /DataProvider\('(\w+)'\)/.exec(before)?.[1] ?? null;
    const params = [...h[3]!.matchAll(/(\$\w+)/g)].map((p) => p[1]!);
    const open = src.indexOf('{', start);
    out.push({ name: h[2]!, params, provider, body: src.slice(open < 0 || open > end ? end : open + 1, end).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '') });
  });
  return out;
}

/** A statement `$name = <literal>;` sets the local (when the literal is readable); false for any other statement. */
export function assignLocal(st: string, locals: Map<string, PhpValue>): boolean {
  const assign = /^(\$\w+)\s*=\s*([\s\S]+)$/.exec(st);
  if (assign === null) return false;
  const v = new PhpParser(assign[2]!, locals).value();
  if (v !== undefined) locals.set(assign[1]!, v);
  return true;
}

/** The rows of a provider's `return [[…], …];` (or its `yield [..]` / `yield 'name' => […]`), with locals it assigned first. */
export function providerRows(body: string): PhpValue[][] {
  const locals = new Map<string, PhpValue>();
  const yielded: PhpValue[][] = [];
  for (const st of statements(body)) {
    const y = /^yield\s+(?:(?:'[^']*'|"[^"]*")\s*=>\s*)?([\s\S]+)$/.exec(st);
    if (y !== null) {
      const v = new PhpParser(y[1]!, locals).value();
      if (Array.isArray(v)) yielded.push(v);
      continue;
    }
    if (assignLocal(st, locals)) continue;
    const ret = /^return\s+([\s\S]+)$/.exec(st);
    if (ret !== null) {
      const v = new PhpParser(ret[1]!, locals).value();
      return Array.isArray(v) ? v.filter(Array.isArray) : Object.values(v ?? {}).filter(Array.isArray);
    }
  }
  return yielded;
}

/** Top-level statements of a method body (split at `;` outside strings and brackets). */
export function statements(source: string): string[] {
  let body = source;
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "'" || c === '"') {
      i = stringEnd(body, i);
      continue;
    }
    // A comment to the end of the line, after code too (`'x', // why`).
    if (c === '/' && body[i + 1] === '/') {
      const eol = body.indexOf('\n', i);
      body = `${body.slice(0, i)}${eol < 0 ? '' : body.slice(eol)}`;
      i--;
      continue;
    }
    if (c === '<' && body.startsWith('<<<', i)) {
      const doc = heredoc(body, i);
      if (doc !== null) {
        i = doc.end - 1;
        continue;
      }
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth < 0) {
        depth = 0;
        start = i + 1;
      }
    } else if (c === ';' && depth <= 1) {
      out.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  return out.filter(Boolean);
}

/**
 * A heredoc or nowdoc (`<<<XML` … `XML`, the closing marker possibly indented, that indent taken off every line)
 * starting at `open`: its text and the index after its closing marker; null when `open` starts none.
 */
export function heredoc(s: string, open: number): { value: string; end: number } | null {
  const head = /<<<[ \t]*(['"]?)([A-Za-z_]\w*)\1\r?\n/y;
  head.lastIndex = open;
  const m = head.exec(s);
  if (m === null) return null;
  const id = m[2]!;
  const bodyStart = open + m[0].length;
  const lines = s.slice(bodyStart).split('\n');
  let offset = bodyStart;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const close = new RegExp(`^([ \\t]*)${id}(?!\\w)`).exec(line);
    if (close !== null) {
      const indent = close[1]!.length;
      const value = lines
        .slice(0, k)
        .map((l) => l.replace(/\r$/, '').slice(Math.min(indent, l.length - l.trimStart().length)))
        .join('\n');
      const text = m[1] === "'" ? value : value.replace(/\\([\\$])/g, '$1');
      return { value: text, end: offset + close[0].length };
    }
    offset += line.length + 1;
  }
  return null;
}

export function stringEnd(s: string, open: number): number {
  const q = s[open]!;
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === q) return i;
  }
  return s.length;
}

/** Values of the PHP literal forms the tests use; undefined for anything else. */
export class PhpParser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly locals: Map<string, PhpValue>,
  ) {}

  value(): PhpValue | undefined {
    const v = this.expr();
    this.ws();
    return this.i >= this.s.length ? v : undefined;
  }

  private ws(): void {
    for (;;) {
      while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
      if (!this.s.startsWith('//', this.i)) return;
      const eol = this.s.indexOf('\n', this.i);
      this.i = eol < 0 ? this.s.length : eol;
    }
  }

  private take(re: RegExp): string | null {
    this.ws();
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (m === null || m.index !== this.i) return null;
    this.i += m[0].length;
    return m[0];
  }

  private expr(): PhpValue | undefined {
    let v = this.atom();
    // String concatenation, as in 'a' . "\n" . 'b'.
    while (v !== undefined && this.take(/\.(?!\.)/y) !== null) {
      const r = this.atom();
      if (typeof v !== 'string' || typeof r !== 'string') return undefined;
      v += r;
    }
    return v;
  }

  private atom(): PhpValue | undefined {
    this.ws();
    const c = this.s[this.i];
    if (c === "'" || c === '"') {
      const end = stringEnd(this.s, this.i);
      const body = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return c === "'" ? body.replace(/\\(['\\])/g, '$1') : doubleQuoted(body);
    }
    if (c === '<') {
      const doc = heredoc(this.s, this.i);
      if (doc === null) return undefined;
      this.i = doc.end;
      return doc.value;
    }
    if (c === '[') return this.array();
    if (this.take(/array\s*\(/y) !== null) return this.array(')');
    const num = this.take(/-?\d+(?:\.\d+)?/y);
    if (num !== null) return Number(num);
    if (this.take(/null\b/iy) !== null) return null;
    if (this.take(/true\b/iy) !== null) return true;
    if (this.take(/false\b/iy) !== null) return false;
    if (this.take(/new\s+\\?stdClass\(\s*\)/y) !== null) return {};
    const date = this.take(/new\s+\\?DateTime(?:Immutable)?\(\s*/y) ?? this.take(/\\?DateTime(?:Immutable)?::createFromFormat\(\s*[\w\\:']+\s*,\s*/y);
    if (date !== null) {
      const arg = this.atom();
      if (this.take(/\)/y) === null || typeof arg !== 'string') return undefined;
      return { date: arg };
    }
    const local = this.take(/\$\w+/y);
    if (local !== null) return this.locals.get(local);
    return undefined;
  }

  private array(close = ']'): PhpValue | undefined {
    if (close === ']') this.i++;
    const list: PhpValue[] = [];
    const keyed: Record<string, PhpValue> = {};
    let isKeyed = false;
    for (;;) {
      this.ws();
      if (this.s[this.i] === close) {
        this.i++;
        return isKeyed ? keyed : list;
      }
      const first = this.expr();
      if (first === undefined) return undefined;
      if (this.take(/=>/y) !== null) {
        const v = this.expr();
        if (v === undefined) return undefined;
        keyed[String(first)] = v;
        isKeyed = true;
      } else list.push(first);
      if (this.take(/,/y) === null) {
        this.ws();
        if (this.s[this.i] !== close) return undefined;
      }
    }
  }
}

function doubleQuoted(body: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', $: '$' };
  return body.replace(/\\(.)/g, (m, e: string) => simple[e] ?? m);
}

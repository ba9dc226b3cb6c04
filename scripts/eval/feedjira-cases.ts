/**
 * Reads feedjira's parser specs (github.com/feedjira/feedjira, MIT) from a checkout at run time; nothing is vendored.
 *
 * spec/sample_feeds.rb names the files in spec/sample_feeds; spec/feedjira/parser/*_spec.rb bind `@feed`/`@entry`/
 * `@item` to a parse of one of them (`X.parse(sample_y)`, optionally `.entries.first`, or `@feed.entries.first`) and
 * check `expect(@var.field).to eq VALUE`. VALUE is read when it is a Ruby string, integer, string array (`[…]` or
 * `%w[…]`), another sample file (its text), `Feedjira::Util::ParseTime.call "…"`, or a local assigned one of those
 * earlier in the same example; an example that assigns the field first tests a setter and is skipped. Anything else is returned in `unread`. Bindings are taken in file order: an
 * assertion uses the binding last seen above it (specs rebind in nested `before` blocks).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type FeedjiraValue = string | number | string[] | { time: string };

export interface FeedjiraAssertion {
  source: string;
  /** 'feed' or 'entry' (the first entry). */
  target: 'feed' | 'entry';
  field: string;
  expected: FeedjiraValue;
}

export interface FeedjiraCase {
  /** The sample file's name. */
  name: string;
  bytes: Buffer;
  assertions: FeedjiraAssertion[];
}

export function feedjiraCases(root: string): { cases: FeedjiraCase[]; unread: string[] } {
  const spec = join(root, 'spec');
  const samples = new Map<string, string>();
  const index = join(spec, 'sample_feeds.rb');
  if (!existsSync(index)) return { cases: [], unread: [] };
  for (const m of readFileSync(index, 'utf8').matchAll(/^\s*(sample_\w+):\s*"([^"]+)"/gm)) samples.set(m[1]!, m[2]!);
  const fileOf = (name: string) => join(spec, 'sample_feeds', name);
  const cases = new Map<string, FeedjiraCase>();
  const unread: string[] = [];
  const caseFor = (file: string): FeedjiraCase | null => {
    if (!existsSync(fileOf(file))) return null;
    let c = cases.get(file);
    if (c === undefined) cases.set(file, (c = { name: file, bytes: readFileSync(fileOf(file)), assertions: [] }));
    return c;
  };
  const dir = join(spec, 'feedjira', 'parser');
  for (const specFile of readdirSync(dir).filter((f) => f.endsWith('_spec.rb')).sort()) {
    const bindings = new Map<string, { file: string; target: 'feed' | 'entry' }>();
    let locals = new Map<string, FeedjiraValue>();
    const documents = new Map<string, string>();
    const assigned = new Set<string>();
    for (const raw of readFileSync(join(dir, specFile), 'utf8').split('\n')) {
      const line = raw.trim();
      if (/^it\b/.test(line)) {
        locals = new Map();
        assigned.clear();
      }
      // Setters as `@x.f = v`, `@x["f"] = v`, or inside `expect { @x.f = v }`.
      for (const m of line.matchAll(/@(\w+)(?:\.([\w.]+)|\["(\w+)"\])\s*=[^=]/g)) assigned.add(`${m[1]!}.${m[2] ?? m[3]!}`);
      // `xml = load_sample("…")` or `xml = sample_y`: a document read later by `.parse xml`.
      const doc = /^(\w+)\s*=\s*(?:(sample_\w+)|load_sample\("([^"]+)"\))\s*$/.exec(line);
      if (doc !== null) {
        const file = doc[2] !== undefined ? samples.get(doc[2]) : doc[3];
        if (file !== undefined) documents.set(doc[1]!, file);
        continue;
      }
      const bind = /^(@?\w+)\s*=\s*[\w:]+\.parse[ (]\s*(?:(sample_\w+)|load_sample\("([^"]+)"\)|(\w+))\)?(\.entries\.first)?\s*$/.exec(line);
      if (bind !== null) {
        const file = bind[2] !== undefined ? samples.get(bind[2]) : (bind[3] ?? documents.get(bind[4]!));
        if (file !== undefined) bindings.set(bind[1]!, { file, target: bind[5] ? 'entry' : 'feed' });
        continue;
      }
      const derived = /^(@?\w+)\s*=\s*(@?\w+)\.entries\.first\s*$/.exec(line);
      if (derived !== null) {
        const from = bindings.get(derived[2]!);
        if (from !== undefined && from.target === 'feed') bindings.set(derived[1]!, { file: from.file, target: 'entry' });
        continue;
      }
      const local = /^(\w+)\s*=\s*(.+)$/.exec(line);
      if (local !== null && !line.startsWith('expect')) {
        const v = literal(local[2]!, samples, fileOf);
        if (v !== null) locals.set(local[1]!, v);
        continue;
      }
      const check = /^expect\(@(\w+)\.([\w.]+)\)\.to eq\(?\s*(.+?)\)?\s*$/.exec(line);
      if (check === null) continue;
      const binding = bindings.get(`@${check[1]!}`);
      // An example that first sets the field (`@entry.title = "Foobar"`) tests feedjira's setter, not its parse.
      if (assigned.has(`${check[1]!}.${check[2]!}`)) continue;
      const expected = locals.get(check[3]!) ?? literal(check[3]!, samples, fileOf);
      if (binding === undefined || expected === null) {
        unread.push(`${specFile}: ${line}`);
        continue;
      }
      let field = check[2]!;
      let target = binding.target;
      if (target === 'feed' && field.startsWith('entries.first.')) {
        target = 'entry';
        field = field.slice('entries.first.'.length);
      }
      caseFor(binding.file)?.assertions.push({ source: `${specFile}: ${line}`, target, field, expected });
    }
  }
  return { cases: [...cases.values()], unread };
}

function literal(src: string, samples: Map<string, string>, fileOf: (n: string) => string): FeedjiraValue | null {
  const s = src.trim();
  if (/^-?\d+$/.test(s)) return Number(s);
  if (samples.has(s)) return existsSync(fileOf(samples.get(s)!)) ? readFileSync(fileOf(samples.get(s)!), 'utf8') : null;
  const time = /^Feedjira::Util::ParseTime\.call[ (]\s*"([^"]*)"\)?$/.exec(s);
  if (time !== null) return { time: time[1]! };
  const words = /^%w\[([^\]]*)\]$/.exec(s);
  if (words !== null) return words[1]!.trim().split(/\s+/).filter(Boolean);
  const array = /^\[(.*)\]$/.exec(s);
  if (array !== null) {
    const items = [...array[1]!.matchAll(/"((?:[^"\\]|\\.)*)"\s*(,|$)/g)].map((m) => rubyString(m[1]!));
    return items;
  }
  const dq = /^"((?:[^"\\]|\\.)*)"$/.exec(s);
  if (dq !== null) return rubyString(dq[1]!);
  const sq = /^'((?:[^'\\]|\\.)*)'$/.exec(s);
  if (sq !== null) return sq[1]!.replace(/\\(['\\])/g, '$1');
  return null;
}

/** A Ruby double-quoted string's escapes (the specs use \n, \t, \" and \\). */
function rubyString(body: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '#': '#' };
  return body.replace(/\\(u\{?[0-9a-fA-F]+\}?|.)/g, (_m, e: string) => (e.startsWith('u') && e.length > 1 ? String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16)) : (simple[e] ?? e)));
}

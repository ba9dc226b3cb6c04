/**
 * Reads laminas-feed's reader tests (github.com/laminas/laminas-feed, BSD-3-Clause) from a checkout at run time;
 * nothing is vendored.
 *
 * test/Reader/{Entry,Feed}/{Rss,Atom,Common}Test.php and test/Reader/Integration/*Test.php import one sample file
 * per test method (`Reader::importString(file_get_contents($this->feedSamplePath . '/x.xml'))` or `importFile`),
 * optionally take `$entry = $feed->current()` (after `$feed->next()` calls: a later entry), and check
 * `$this->assertEquals(VALUE, $feed|$entry->getX([N])[->getValues()])` (also inside `array_values(…)`) or
 * `assertNull(…)`. VALUE is read when it is
 * a PHP string, number, null, array (list or keyed), a `new stdClass()` filled by property assignments, or a date
 * made by `new DateTime('…')` / `DateTime::createFromFormat(FORMAT, '…')`, directly or through a local assigned one
 * earlier in the method. A method taking `$path` and a date from a data provider is expanded over the provider's
 * rows. A method that calls a setter first is skipped. Anything else is returned in `unread`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { assignLocal, PhpParser, providerRows, splitMethods, statements, type PhpValue } from './php-literal.ts';

export type { PhpValue } from './php-literal.ts';

export interface LaminasAssertion {
  source: string;
  target: 'feed' | 'entry';
  /** Index of the entry the method reads (`$feed->next()` calls before `current()`). */
  entry: number;
  /** The getter, with `.getValues` when the test reads the collection's values. */
  getter: string;
  /** The getter's index argument (`getAuthor(1)`), if any. */
  argument: number | null;
  expected: PhpValue;
}

export interface LaminasCase {
  /** The sample file, relative to test/Reader. */
  name: string;
  bytes: Buffer;
  assertions: LaminasAssertion[];
}

export function laminasCases(root: string): { cases: LaminasCase[]; unread: string[] } {
  const reader = join(root, 'test', 'Reader');
  const cases = new Map<string, LaminasCase>();
  const unread: string[] = [];
  if (!existsSync(reader)) return { cases: [], unread };
  const add = (file: string, a: LaminasAssertion) => {
    if (!existsSync(file)) return unread.push(`${a.source} (no sample ${file})`);
    const name = file.slice(reader.length + 1);
    let c = cases.get(name);
    if (c === undefined) cases.set(name, (c = { name, bytes: readFileSync(file), assertions: [] }));
    c.assertions.push(a);
  };
  for (const folder of ['Entry', 'Feed', 'Integration']) {
    const dir = join(reader, folder);
    if (!existsSync(dir)) continue;
    for (const testFile of readdirSync(dir).filter((f) => /^(Rss|Atom|Common|\w+(Rss2?|Atom10|Rdf))Test\.php$/.test(f)).sort()) {
      const src = readFileSync(join(dir, testFile), 'utf8');
      const samplePath = sampleBase(src, dir);
      const methods = splitMethods(src);
      for (const m of methods) {
        if (!m.name.startsWith('test')) continue;
        const label = `${folder}/${testFile}::${m.name}`;
        // Rows from a data provider: [path, expected date] pairs.
        const rows: { path: string | null; vars: Map<string, PhpValue> }[] = [];
        if (m.params.length > 0) {
          const provider = m.provider === null ? undefined : methods.find((p) => p.name === m.provider);
          if (provider === undefined) {
            unread.push(`${label} (parameters without a readable provider)`);
            continue;
          }
          for (const row of providerRows(provider.body)) {
            const vars = new Map<string, PhpValue>();
            m.params.forEach((p, i) => vars.set(p, row[i] ?? null));
            rows.push({ path: typeof vars.get('$path') === 'string' ? (vars.get('$path') as string) : null, vars });
          }
        } else rows.push({ path: null, vars: new Map() });
        for (const row of rows) readMethod(m.body, row.vars, samplePath, row.path, `${label}${row.path === null ? '' : ` ${row.path}`}`, add, unread);
      }
    }
  }
  return { cases: [...cases.values()], unread };
}

/** The sample folder or file `$this->feedSamplePath` names in setUp (`__DIR__ . '/_files/…'`). */
function sampleBase(src: string, dir: string): string | null {
  const m = /\$this->feedSamplePath\s*=\s*__DIR__\s*\.\s*'([^']*)'/.exec(src) ?? /\$this->feedSamplePath\s*=\s*dirname\(__FILE__\)\s*\.\s*'([^']*)'/.exec(src);
  return m === null ? null : join(dir, m[1]!);
}

function readMethod(
  body: string,
  vars: Map<string, PhpValue>,
  samplePath: string | null,
  rowPath: string | null,
  label: string,
  add: (file: string, a: LaminasAssertion) => void,
  unread: string[],
): void {
  const locals = new Map(vars);
  let file: string | null = null;
  let nexts = 0;
  let entryIndex: number | null = null;
  for (const st of statements(body)) {
    const imp = /Reader::import(?:String|File)\(\s*(?:file_get_contents\(\s*)?(\$this->feedSamplePath|__DIR__|dirname\(__FILE__\))\s*(?:\.\s*(?:'([^']*)'|(\$path)))?/.exec(st);
    if (imp !== null) {
      const base = imp[1] === '$this->feedSamplePath' ? samplePath : null;
      const tail = imp[2] ?? (imp[3] !== undefined ? rowPath : '');
      file = base === null || tail === null ? null : tail === '' ? base : join(base, tail);
      if (base === null && imp[1] !== '$this->feedSamplePath') file = tail ? join(dirname(samplePath ?? ''), tail) : null;
      nexts = 0;
      entryIndex = null;
      continue;
    }
    // A method that sets a value first (`$feed->setOriginalSourceUri(…)`) tests laminas's setter, not its parse.
    if (/^\$(?:feed|entry)->set\w+\(/.test(st)) return;
    if (/^\$feed->next\(\)$/.test(st)) nexts++;
    if (/^\$entry\s*=\s*\$feed->current\(\)$/.test(st)) entryIndex = nexts;
    const prop = /^(\$\w+)->(\w+)\s*=\s*([\s\S]+)$/.exec(st);
    if (prop !== null) {
      const holder = locals.get(prop[1]!);
      const v = new PhpParser(prop[3]!, locals).value();
      if (holder !== null && typeof holder === 'object' && !Array.isArray(holder) && v !== undefined) (holder as Record<string, PhpValue>)[prop[2]!] = v;
      continue;
    }
    if (assignLocal(st, locals)) continue;
    const check = /^\$this->assert(Equals|Null)\(\s*(?:([\s\S]+?),\s*)?(?:array_values\()?\$(entry|feed)->(get\w+)\((\d*)\)(->getValues\(\))?\)?\s*\)$/.exec(st);
    if (check === null) {
      if (/^\$this->assert/.test(st)) unread.push(`${label}: ${st.replace(/\s+/g, ' ').slice(0, 120)}`);
      continue;
    }
    const expected = check[1] === 'Null' ? null : new PhpParser(check[2] ?? '', locals).value();
    const target = check[3] as 'feed' | 'entry';
    if (file === null || expected === undefined || (target === 'entry' && entryIndex === null)) {
      unread.push(`${label}: ${st.replace(/\s+/g, ' ').slice(0, 120)}`);
      continue;
    }
    add(file, { source: label, target, entry: entryIndex ?? 0, getter: `${check[4]!}${check[6] ? '.getValues' : ''}`, argument: check[5] ? Number(check[5]) : null, expected });
  }
}

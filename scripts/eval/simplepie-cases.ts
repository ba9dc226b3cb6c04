/**
 * Reads SimplePie's unit tests (github.com/simplepie/simplepie, BSD-3-Clause) from a checkout at run time; nothing is
 * vendored.
 *
 * tests/Unit/*Test.php hold feeds as heredocs in data providers; each test method takes `$data` (and an expected
 * value) from its provider, parses it (`$feed->set_raw_data($data)`), may take `$item = $feed->get_item(N)` and from
 * it or the feed an object (`$author = $item->get_author()`, `get_category()`, `get_enclosure(0)`), and checks
 * `self::assertSame|assertEquals($expected, $x->get_y(…))`. Each provider row is one case; the assertion is named by
 * the path it reads ('item.get_title', 'item.author.get_name', 'feed.get_link'). A date read with a format other
 * than 'U' (Unix seconds), and anything outside this subset, is returned in `unread`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerRows, splitMethods, statements, type PhpValue } from './php-literal.ts';

export interface SimplePieCase {
  /** Test file, method and row. */
  name: string;
  data: string;
  /** e.g. 'item.get_title', 'item.author.get_name', 'feed.get_language'. */
  path: string;
  /** Index of the item read. */
  item: number;
  expected: PhpValue;
}

export function simplePieCases(root: string): { cases: SimplePieCase[]; unread: string[] } {
  const dir = join(root, 'tests', 'Unit');
  const cases: SimplePieCase[] = [];
  const unread: string[] = [];
  if (!existsSync(dir)) return { cases, unread };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('Test.php')).sort()) {
    const methods = splitMethods(readFileSync(join(dir, file), 'utf8'));
    for (const m of methods) {
      if (!m.name.startsWith('test') || !m.params.includes('$data')) continue;
      const label = `${file}::${m.name}`;
      const provider = m.provider === null ? undefined : methods.find((p) => p.name === m.provider);
      const read = provider === undefined ? null : readBody(m.body);
      if (provider === undefined || read === null) {
        unread.push(label);
        continue;
      }
      providerRows(provider.body).forEach((row, r) => {
        const args = new Map(m.params.map((p, i) => [p, row[i]]));
        const data = args.get('$data');
        const expected = args.get(read.expected);
        // A date in another format than Unix seconds is SimplePie's formatting, not its parse.
        const format = args.get('$format') ?? 'U';
        if (typeof data !== 'string' || expected === undefined || (read.path.endsWith('get_date') && format !== 'U')) {
          unread.push(`${label} row ${r}`);
          return;
        }
        cases.push({ name: `${label} row ${r}`, data, path: read.path, item: read.item, expected });
      });
    }
  }
  return { cases, unread };
}

/** The path a test method's one assertion reads, the parameter it compares with, and the item it takes. */
function readBody(body: string): { path: string; expected: string; item: number } | null {
  const vars = new Map<string, string>([['$feed', 'feed']]);
  let item = 0;
  let found: { path: string; expected: string } | null = null;
  for (const st of statements(body)) {
    const take = /^(\$\w+)\s*=\s*(\$\w+)->(get_\w+)\(\s*(\d*)\s*\)$/.exec(st);
    if (take !== null) {
      const from = vars.get(take[2]!);
      if (from === undefined) continue;
      if (take[3] === 'get_item') {
        item = Number(take[4] || 0);
        vars.set(take[1]!, 'item');
      } else vars.set(take[1]!, `${from}.${take[3]!.replace(/^get_/, '')}`);
      continue;
    }
    const check = /^self::assert(?:Same|Equals)\(\s*(\$\w+)\s*,\s*(\$\w+)->(get_\w+)\((?:\s*\$format\s*)?\)\s*\)$/.exec(st);
    if (check === null) continue;
    const on = vars.get(check[2]!);
    if (on === undefined || found !== null) return null;
    found = { path: `${on}.${check[3]!}`, expected: check[1]! };
  }
  return found === null ? null : { ...found, item };
}

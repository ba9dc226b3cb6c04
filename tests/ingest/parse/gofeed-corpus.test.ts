import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/ingest/parse/detect-format.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { corpusPath, listFiles, readJson, readText } from './corpus.ts';
import { compareWithUniversal, type FieldResult, type Json } from './gofeed-universal.ts';

/**
 * gofeed's translator cases, compared field by field with its universal model (see gofeed-universal.ts).
 * The accuracy floors are a ratchet: measured values rounded down; raise them when the parser improves.
 * Known, accepted differences (gofeed choices we do not copy):
 * - JSON Feed: gofeed invents a feed-level published date from the items, JSON Feed has none;
 * - RSS item with only atom:updated: gofeed leaves published empty, we compare published ?? updated.
 */
const FIELD_ACCURACY_FLOOR = 0.97;
const CASE_PASS_RATE_FLOOR = 0.93;

const TRANSLATOR = corpusPath('gofeed', 'translator');
const cases = [
  ...listFiles(`${TRANSLATOR}/rss`, /\.xml$/).map((f) => ({ input: `rss/${f}`, expected: `rss/${f.replace(/\.xml$/, '.json')}` })),
  ...listFiles(`${TRANSLATOR}/atom`, /\.xml$/).map((f) => ({ input: `atom/${f}`, expected: `atom/${f.replace(/\.xml$/, '.json')}` })),
  ...listFiles(`${TRANSLATOR}/json`, /^(?!.*_expected).*\.json$/).map((f) => ({ input: `json/${f}`, expected: `json/${f.replace(/\.json$/, '_expected.json')}` })),
];

describe('gofeed translator corpus', () => {
  it('parses every case and reaches the field accuracy and case pass-rate floors', async () => {
    expect(cases.length).toBe(97);
    const perField = new Map<string, { ok: number; total: number }>();
    const failures: string[] = [];
    let passed = 0;
    for (const c of cases) {
      const raw = await parseFeed(readText(`${TRANSLATOR}/${c.input}`));
      const results: FieldResult[] = compareWithUniversal(raw, readJson<Json>(`${TRANSLATOR}/${c.expected}`));
      for (const r of results) {
        const s = perField.get(r.field) ?? { ok: 0, total: 0 };
        perField.set(r.field, { ok: s.ok + (r.ok ? 1 : 0), total: s.total + 1 });
        if (!r.ok) failures.push(`${c.input} ${r.field}: expected ${JSON.stringify(r.expected)} got ${JSON.stringify(r.actual)}`);
      }
      if (results.every((r) => r.ok)) passed++;
    }
    const totals = [...perField.values()].reduce((a, s) => ({ ok: a.ok + s.ok, total: a.total + s.total }), { ok: 0, total: 0 });
    const fieldAccuracy = totals.ok / totals.total;
    const casePassRate = passed / cases.length;
    console.log(
      `gofeed translator: field accuracy ${(fieldAccuracy * 100).toFixed(1)}% (${totals.ok}/${totals.total}), ` +
        `case pass rate ${(casePassRate * 100).toFixed(1)}% (${passed}/${cases.length})`,
    );
    console.table(Object.fromEntries([...perField].sort().map(([f, s]) => [f, { ok: s.ok, total: s.total, pct: ((100 * s.ok) / s.total).toFixed(1) }])));
    if (failures.length > 0) console.log(failures.join('\n'));
    expect(fieldAccuracy).toBeGreaterThanOrEqual(FIELD_ACCURACY_FLOOR);
    expect(casePassRate).toBeGreaterThanOrEqual(CASE_PASS_RATE_FLOOR);
  });
});

describe('gofeed format detection', () => {
  const DIR = corpusPath('gofeed', 'format-detection');
  const files = listFiles(DIR, /./);
  /** The expected format is in the file name: atom03_feed.xml -> atom, rss_feed_bom.xml -> rss, sample.json -> json. */
  function expectedFrom(name: string): string {
    const m = /^(atom|rss|rdf|json)/.exec(name);
    if (m) return m[1] as string;
    return name === 'sample.json' ? 'json' : 'unknown';
  }

  it('has the corpus', () => expect(files.length).toBe(12));

  it.each(files)('%s', (file) => {
    expect(detectFormat(readText(`${DIR}/${file}`))).toBe(expectedFrom(file));
  });
});

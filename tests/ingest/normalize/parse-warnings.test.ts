import { describe, expect, it } from 'vitest';
import { parseWarnings, type ParseTally } from '../../../src/ingest/normalize/parse-warnings.ts';

const clean: ParseTally = { recovered: [], empty: 0, duplicates: 0, unusableDates: 0 };

describe('parseWarnings: one warning per kind of problem, with its count', () => {
  it.each<[string, Partial<ParseTally>, [string, number][]]>([
    ['a clean feed has none', {}, []],
    ['recovered markup counts the problems the recovering parser met', { recovered: ['unclosed <b>', 'stray </i>'] }, [['recovered_markup', 2]]],
    ['skipped, duplicate and capped items', { empty: 1, duplicates: 3, capped: 50 }, [['items_skipped', 1], ['duplicate_items', 3], ['items_capped', 50]]],
    ['unusable and clamped dates', { unusableDates: 2, clampedDates: 1 }, [['dates_unusable', 2], ['dates_clamped', 1]]],
  ])('%s', (_name, tally, expected) => {
    const warnings = parseWarnings({ ...clean, ...tally });
    expect(warnings.map((w) => [w.code, w.count])).toEqual(expected);
    for (const w of warnings) expect(w.message).toMatch(/\d/);
  });

  it('names the first recovery problem and how many more there were', () => {
    expect(parseWarnings({ ...clean, recovered: ['unclosed <b> at 3:4', 'stray </i>'] })[0]!.message).toBe(
      'malformed XML read by the recovering parser: unclosed <b> at 3:4 (and 1 more)',
    );
  });
});

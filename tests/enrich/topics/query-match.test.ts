import { describe, expect, it } from 'vitest';
import { matchesQuery, queryText } from '../../../src/enrich/topics/query-match.ts';
import { parseSearchQuery } from '../../../src/store/search-query.ts';

const TEXT = 'EU ministers failed to agree new sanctions on Russian oil. Hungary blocked the package; COVID-19 rules eased.';

describe('search queries evaluated in memory', () => {
  it.each([
    ['sanctions', true],
    ['sanction', false], // whole words, as the full-text engines match them
    ['sanct*', true],
    ['"russian oil"', true],
    ['"oil russian"', false],
    ['sanctions hungary', true],
    ['sanctions tariffs', false],
    ['tariffs OR hungary', true],
    ['sanctions -football', true],
    ['sanctions -hungary', false],
    ['(tariffs OR oil) -football', true],
    ['covid-19', true],
    ['"covid 19"', true],
    ['"new sanc"*', true],
    ['Hungary', true], // case-insensitive
  ])('%s -> %s', (q, expected) => {
    expect(matchesQuery(parseSearchQuery(q).root, queryText(TEXT))).toBe(expected);
  });
});

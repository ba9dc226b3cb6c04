import { describe, expect, it } from 'vitest';
import { parseCacheControlMaxAge, parseExpires, parseRetryAfter } from '../../../src/ingest/fetch/cache-headers.ts';
import { parseHttpDate } from '../../../src/ingest/fetch/http-date.ts';

describe('parseCacheControlMaxAge', () => {
  it.each([
    ['max-age=300', 300],
    ['public, max-age=600', 600],
    ['MAX-AGE=60, must-revalidate', 60],
    ['max-age="120"', 120],
    ['s-maxage=900', null],
    ['s-maxage=900, max-age=30', 30],
    ['no-store, max-age=300', null],
    ['max-age=300, no-store', null],
    ['no-cache', null],
    ['no-cache, max-age=0', 0],
    ['max-age=abc', null],
    ['max-age=-5', null],
    ['max-age', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (header, expected) => {
    expect(parseCacheControlMaxAge(header)).toBe(expected);
  });
});

describe('parseHttpDate', () => {
  const when = Date.UTC(1994, 10, 6, 8, 49, 37);
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', when], // IMF-fixdate
    ['Sunday, 06-Nov-94 08:49:37 GMT', when], // RFC 850
    ['Sun Nov  6 08:49:37 1994', when], // asctime
    ['sun, 06 nov 1994 08:49:37 gmt', when],
    ['Sun, 6 Nov 1994 08:49:37 GMT', when],
    ['Wed, 31 Feb 2024 10:00:00 GMT', null],
    ['Sun, 06 Nov 1994 25:00:00 GMT', null],
    ['0', null],
    ['-1', null],
    ['2024-01-01T00:00:00Z', null],
    ['tomorrow', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseHttpDate(input)).toBe(expected);
  });
});

describe('parseExpires', () => {
  it.each([
    ['Thu, 01 Jan 2026 12:30:00 GMT', '2026-01-01T12:30:00.000Z'],
    ['0', null],
    ['-1', null],
    ['never', null],
    [null, null],
  ])('%j -> %j', (header, expected) => {
    expect(parseExpires(header)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Sun, 01 Jun 2025 12:05:00 GMT', 300],
    ['Sun, 01 Jun 2025 12:00:00 GMT', 0],
    ['Sun, 01 Jun 2025 11:00:00 GMT', 0], // in the past
    ['Sun, 01 Jun 2025 12:00:00 GMT'.replace('12:00:00', '12:00:01'), 1],
    ['-10', null],
    ['1.5', null],
    ['soon', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});

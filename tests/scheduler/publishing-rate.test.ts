import { describe, expect, it } from 'vitest';
import { intervalFromPublishing, RECENT_ITEMS } from '../../src/scheduler/publishing-rate.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
const MIN = 60;
const HOUR = 3600;
const DAY = 86400;

/** A date `seconds` before NOW (negative: after NOW). */
const ago = (seconds: number): Date => new Date(NOW.getTime() - seconds * 1000);
/** `count` dates `gap` seconds apart, the newest `newestAgo` seconds before NOW. */
const series = (count: number, gap: number, newestAgo = 0): Date[] =>
  Array.from({ length: count }, (_, i) => ago(newestAgo + i * gap));

interface Case {
  name: string;
  dates: Date[];
  expected: number | null;
}

const cases: Case[] = [
  { name: 'no dates', dates: [], expected: null },
  { name: 'one date', dates: [ago(HOUR)], expected: null },
  { name: 'two identical dates are one distinct time', dates: [ago(HOUR), ago(HOUR)], expected: null },
  { name: 'invalid dates are ignored', dates: [new Date('nope'), ago(0)], expected: null },
  { name: 'only bogus future dates', dates: [ago(-30 * DAY), ago(-40 * DAY)], expected: null },
  { name: 'two dates: half the gap', dates: [ago(0), ago(2 * HOUR)], expected: HOUR },
  { name: 'hourly, newest just published', dates: series(10, HOUR), expected: HOUR / 2 },
  { name: 'hourly, newest 30 minutes old (silence not unusual)', dates: series(10, HOUR, 30 * MIN), expected: HOUR / 2 },
  { name: 'unsorted input', dates: [ago(3 * HOUR), ago(0), ago(2 * HOUR), ago(HOUR)], expected: HOUR / 2 },
  { name: 'duplicates count once', dates: [...series(5, HOUR), ...series(5, HOUR)], expected: HOUR / 2 },
  { name: 'even number of gaps: mean of the middle two', dates: [ago(0), ago(100), ago(400)], expected: 100 },
  {
    // gaps (minutes): 60,60,1,1,58,60,60,60,60 -> median 60 (the mean, ~47, would be pulled down by the burst)
    name: 'a burst inside an hourly feed does not shorten the interval',
    dates: [0, 60, 120, 121, 122, 180, 240, 300, 360, 420].map((m) => ago(m * MIN)),
    expected: 30 * MIN,
  },
  { name: 'a burst just now: very short interval, at least 1 s', dates: series(10, 1), expected: 1 },
  {
    name: 'an old burst (newest 10 days old) is not polled at the burst rate',
    dates: series(10, 1, 10 * DAY),
    expected: (10 * DAY) / 4,
  },
  { name: 'daily feed silent for 3 days backs off to a quarter of the silence', dates: series(10, DAY, 3 * DAY), expected: (3 * DAY) / 4 },
  {
    name: 'only the most recent items count',
    dates: [...series(RECENT_ITEMS, 10 * MIN), ...series(20, DAY, 2 * DAY)],
    expected: 5 * MIN,
  },
  {
    name: 'dates more than a day in the future are dropped',
    dates: [...series(10, HOUR), ago(-30 * DAY), ago(-2 * DAY)],
    expected: HOUR / 2,
  },
  { name: 'slightly future dates (clock skew) count, as "now"', dates: [ago(-HOUR), ago(HOUR)], expected: HOUR },
  { name: 'weekly feed', dates: series(6, 7 * DAY), expected: 3.5 * DAY },
];

describe('intervalFromPublishing', () => {
  it.each(cases)('$name', ({ dates, expected }) => {
    expect(intervalFromPublishing(dates, NOW)).toBe(expected);
  });

  it('never suggests less than half the median gap nor less than a quarter of the silence', () => {
    for (const gap of [1, 45, 600, HOUR, 5 * HOUR, DAY]) {
      for (const newestAgo of [0, 10 * MIN, 6 * HOUR, 2 * DAY, 30 * DAY]) {
        const result = intervalFromPublishing(series(12, gap, newestAgo), NOW);
        expect(result).not.toBeNull();
        expect(result as number).toBeGreaterThanOrEqual(Math.floor(gap / 2));
        expect(result as number).toBeGreaterThanOrEqual(Math.floor(newestAgo / 4));
        expect(Number.isInteger(result)).toBe(true);
      }
    }
  });

  it('does not mutate its input', () => {
    const dates = [ago(0), ago(3 * HOUR), ago(HOUR)];
    const copy = dates.map((d) => d.getTime());
    intervalFromPublishing(dates, NOW);
    expect(dates.map((d) => d.getTime())).toEqual(copy);
  });
});

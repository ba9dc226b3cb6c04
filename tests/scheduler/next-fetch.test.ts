import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTERVAL_SECONDS,
  GONE_REASON,
  JITTER_FRACTION,
  jitter,
  planNextFetch,
  type FetchOutcome,
  type ScheduleDecision,
  type ScheduleInput,
  type SchedulePolicy,
} from '../../src/scheduler/next-fetch.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
const MIN = 60;
const HOUR = 3600;
const DAY = 86400;
const POLICY: SchedulePolicy = { minIntervalSeconds: 5 * MIN, maxIntervalSeconds: DAY, backoffMaxSeconds: DAY };

const ago = (seconds: number): Date => new Date(NOW.getTime() - seconds * 1000);
const series = (count: number, gap: number, newestAgo = 0): Date[] =>
  Array.from({ length: count }, (_, i) => ago(newestAgo + i * gap));

type Success = Extract<FetchOutcome, { kind: 'success' }>;
type Failure = Extract<FetchOutcome, { kind: 'error' }>;
const success = (over: Partial<Success> = {}): Success => ({
  kind: 'success',
  publishedAt: [],
  ttlMinutes: null,
  cacheMaxAgeSeconds: null,
  expiresAt: null,
  retryAfterSeconds: null,
  ...over,
});
const failure = (over: Partial<Failure> = {}): Failure => ({
  kind: 'error',
  code: 'http_5xx',
  retryAfterSeconds: null,
  httpStatus: 503,
  ...over,
});
const input = (outcome: FetchOutcome, over: Partial<Omit<ScheduleInput, 'outcome'>> = {}): ScheduleInput => ({
  now: NOW,
  outcome,
  previousErrorCount: 0,
  previousIntervalSeconds: null,
  policy: POLICY,
  feedId: 'feed-01',
  ...over,
});
const delayOf = (d: ScheduleDecision): number => (d.nextFetchAt.getTime() - NOW.getTime()) / 1000;

interface Case {
  name: string;
  input: ScheduleInput;
  reason: ScheduleDecision['reason'];
  intervalSeconds: number;
  errorCount: number;
  /** The delay before the next fetch, jitter included, must lie in [lo, hi] seconds. */
  delay: [number, number];
}

/** Bounds of a delay with symmetric jitter, clipped to the policy's floor and ceiling. */
const around = (seconds: number, floor: number, ceiling: number): [number, number] => [
  Math.max(floor, seconds * (1 - JITTER_FRACTION)),
  Math.min(ceiling, seconds * (1 + JITTER_FRACTION)),
];
/** Bounds of a delay that must not come before `seconds` (a server's "not before"). */
const notBefore = (seconds: number, ceiling: number): [number, number] => [seconds, Math.min(ceiling, seconds * (1 + JITTER_FRACTION))];

const successCases: Case[] = [
  {
    name: 'brand-new feed with no dates: the 1-hour default',
    input: input(success()),
    reason: 'interval',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 0,
    delay: around(DEFAULT_INTERVAL_SECONDS, 300, DAY),
  },
  {
    name: 'no dates (304): the previous interval is kept',
    input: input(success(), { previousIntervalSeconds: 2 * HOUR }),
    reason: 'interval',
    intervalSeconds: 2 * HOUR,
    errorCount: 0,
    delay: around(2 * HOUR, 300, DAY),
  },
  {
    name: 'the default is raised to the policy minimum',
    input: input(success(), { policy: { ...POLICY, minIntervalSeconds: 2 * HOUR } }),
    reason: 'interval',
    intervalSeconds: 2 * HOUR,
    errorCount: 0,
    delay: around(2 * HOUR, 2 * HOUR, DAY),
  },
  {
    name: 'the default is lowered to the policy maximum',
    input: input(success(), { policy: { ...POLICY, maxIntervalSeconds: 30 * MIN } }),
    reason: 'interval',
    intervalSeconds: 30 * MIN,
    errorCount: 0,
    delay: around(30 * MIN, 300, 30 * MIN),
  },
  {
    name: 'hourly publishing: half an hour',
    input: input(success({ publishedAt: series(10, HOUR) }), { previousIntervalSeconds: 6 * HOUR }),
    reason: 'interval',
    intervalSeconds: 30 * MIN,
    errorCount: 0,
    delay: around(30 * MIN, 300, DAY),
  },
  {
    name: 'publishing every minute: clamped up to the minimum',
    input: input(success({ publishedAt: series(10, MIN) })),
    reason: 'interval',
    intervalSeconds: 300,
    errorCount: 0,
    delay: around(300, 300, DAY),
  },
  {
    name: 'weekly publishing: clamped down to the maximum',
    input: input(success({ publishedAt: series(10, 7 * DAY) })),
    reason: 'interval',
    intervalSeconds: DAY,
    errorCount: 0,
    delay: around(DAY, 300, DAY),
  },
  {
    name: 'success resets the error count',
    input: input(success({ publishedAt: series(10, HOUR) }), { previousErrorCount: 7 }),
    reason: 'interval',
    intervalSeconds: 30 * MIN,
    errorCount: 0,
    delay: around(30 * MIN, 300, DAY),
  },
  {
    name: 'RSS ttl longer than the publishing interval wins',
    input: input(success({ publishedAt: series(10, HOUR), ttlMinutes: 120 })),
    reason: 'ttl',
    intervalSeconds: 2 * HOUR,
    errorCount: 0,
    delay: notBefore(2 * HOUR, DAY),
  },
  {
    name: 'RSS ttl shorter than the publishing interval is ignored',
    input: input(success({ publishedAt: series(10, HOUR), ttlMinutes: 10 })),
    reason: 'interval',
    intervalSeconds: 30 * MIN,
    errorCount: 0,
    delay: around(30 * MIN, 300, DAY),
  },
  {
    name: 'a ttl below the policy minimum does not claim the reason',
    input: input(success({ publishedAt: series(10, 20), ttlMinutes: 1 })),
    reason: 'interval',
    intervalSeconds: 300,
    errorCount: 0,
    delay: around(300, 300, DAY),
  },
  {
    name: 'Cache-Control max-age wins',
    input: input(success({ publishedAt: series(10, HOUR), cacheMaxAgeSeconds: HOUR })),
    reason: 'cache-control',
    intervalSeconds: HOUR,
    errorCount: 0,
    delay: notBefore(HOUR, DAY),
  },
  {
    name: 'max-age=0 is no hint',
    input: input(success({ publishedAt: series(10, HOUR), cacheMaxAgeSeconds: 0 })),
    reason: 'interval',
    intervalSeconds: 30 * MIN,
    errorCount: 0,
    delay: around(30 * MIN, 300, DAY),
  },
  {
    name: 'Expires in 3 hours wins',
    input: input(success({ publishedAt: series(10, HOUR), expiresAt: ago(-3 * HOUR) })),
    reason: 'expires',
    intervalSeconds: 3 * HOUR,
    errorCount: 0,
    delay: notBefore(3 * HOUR, DAY),
  },
  {
    name: 'Expires in the past is ignored',
    input: input(success({ publishedAt: series(10, HOUR), expiresAt: ago(HOUR) })),
    reason: 'interval',
    intervalSeconds: 30 * MIN,
    errorCount: 0,
    delay: around(30 * MIN, 300, DAY),
  },
  {
    name: 'Retry-After on a success is honoured',
    input: input(success({ publishedAt: series(10, HOUR), retryAfterSeconds: 5000 })),
    reason: 'retry-after',
    intervalSeconds: 5000,
    errorCount: 0,
    delay: notBefore(5000, DAY),
  },
  {
    name: 'the largest of several hints names the reason',
    input: input(
      success({ publishedAt: series(10, HOUR), ttlMinutes: 60, cacheMaxAgeSeconds: 2 * HOUR, expiresAt: ago(-3 * HOUR), retryAfterSeconds: 100 }),
    ),
    reason: 'expires',
    intervalSeconds: 3 * HOUR,
    errorCount: 0,
    delay: notBefore(3 * HOUR, DAY),
  },
  {
    name: 'a hint beyond the maximum is capped but still named',
    input: input(success({ publishedAt: series(10, HOUR), ttlMinutes: 3 * 24 * 60 })),
    reason: 'ttl',
    intervalSeconds: DAY,
    errorCount: 0,
    delay: [DAY, DAY],
  },
  {
    name: 'hints also apply on a 304 without dates',
    input: input(success({ cacheMaxAgeSeconds: 4 * HOUR }), { previousIntervalSeconds: HOUR }),
    reason: 'cache-control',
    intervalSeconds: 4 * HOUR,
    errorCount: 0,
    delay: notBefore(4 * HOUR, DAY),
  },
  {
    name: 'bogus far-future item dates are ignored',
    input: input(success({ publishedAt: [...series(10, HOUR), ago(-300 * DAY)] })),
    reason: 'interval',
    intervalSeconds: 30 * MIN,
    errorCount: 0,
    delay: around(30 * MIN, 300, DAY),
  },
];

const backoffCases: Case[] = [1, 2, 3, 4, 5, 8, 9].map((errors) => {
  const seconds = 300 * 2 ** (errors - 1);
  return {
    name: `error #${errors}: backoff min * 2^${errors - 1} = ${seconds}s`,
    input: input(failure(), { previousErrorCount: errors - 1 }),
    reason: 'backoff' as const,
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: errors,
    delay: around(seconds, 300, DAY),
  };
});

const errorCases: Case[] = [
  ...backoffCases,
  {
    name: 'error #10: capped at backoffMax',
    input: input(failure(), { previousErrorCount: 9 }),
    reason: 'backoff',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 10,
    delay: around(DAY, 300, DAY),
  },
  {
    name: 'error #5000: still retried at the cap (never abandoned, no overflow)',
    input: input(failure({ code: 'timeout', httpStatus: null }), { previousErrorCount: 4999 }),
    reason: 'backoff',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 5000,
    delay: around(DAY, 300, DAY),
  },
  {
    name: 'an error keeps the previous interval to remember',
    input: input(failure(), { previousIntervalSeconds: 2 * HOUR, previousErrorCount: 2 }),
    reason: 'backoff',
    intervalSeconds: 2 * HOUR,
    errorCount: 3,
    delay: around(1200, 300, DAY),
  },
  {
    name: '429 Retry-After larger than the backoff wins',
    input: input(failure({ code: 'http_429', httpStatus: 429, retryAfterSeconds: HOUR })),
    reason: 'retry-after',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 1,
    delay: notBefore(HOUR, DAY),
  },
  {
    name: '503 Retry-After smaller than the backoff loses',
    input: input(failure({ retryAfterSeconds: 1000 }), { previousErrorCount: 2 }),
    reason: 'backoff',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 3,
    delay: around(1200, 300, DAY),
  },
  {
    name: 'Retry-After below the minimum never goes below the minimum',
    input: input(failure({ code: 'http_429', httpStatus: 429, retryAfterSeconds: 5 })),
    reason: 'backoff',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 1,
    delay: around(300, 300, DAY),
  },
  {
    name: 'Retry-After of 10 days is capped at backoffMax',
    input: input(failure({ code: 'http_429', httpStatus: 429, retryAfterSeconds: 10 * DAY })),
    reason: 'retry-after',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 1,
    delay: [DAY, DAY],
  },
  {
    name: 'a backoff cap below the minimum: the minimum wins',
    input: input(failure(), { previousErrorCount: 6, policy: { minIntervalSeconds: 600, maxIntervalSeconds: DAY, backoffMaxSeconds: 60 } }),
    reason: 'backoff',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 7,
    delay: [600, 600],
  },
  {
    name: 'a smaller backoff cap',
    input: input(failure(), { previousErrorCount: 7, policy: { ...POLICY, backoffMaxSeconds: 6 * HOUR } }),
    reason: 'backoff',
    intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    errorCount: 8,
    delay: around(6 * HOUR, 300, 6 * HOUR),
  },
];

describe('planNextFetch', () => {
  describe.each([
    ['after a success', successCases],
    ['after an error', errorCases],
  ])('%s', (_label, cases) => {
    it.each(cases)('$name', (c) => {
      const decision = planNextFetch(c.input);
      expect(decision.reason).toBe(c.reason);
      expect(decision.intervalSeconds).toBe(c.intervalSeconds);
      expect(decision.errorCount).toBe(c.errorCount);
      expect(decision.disable).toBeNull();
      const delay = delayOf(decision);
      expect(delay).toBeGreaterThanOrEqual(c.delay[0]);
      expect(delay).toBeLessThanOrEqual(c.delay[1]);
    });
  });

  it.each([
    ['code gone', failure({ code: 'gone', httpStatus: 410 })],
    ['HTTP 410 under another code', failure({ code: 'http_4xx', httpStatus: 410 })],
  ])('410 Gone disables the feed (%s), with a fixed, unjittered next date', (_label, outcome) => {
    const decision = planNextFetch(input(outcome, { previousErrorCount: 2, previousIntervalSeconds: 2 * HOUR }));
    expect(decision.reason).toBe('disabled');
    expect(decision.disable).toEqual({ reason: GONE_REASON });
    expect(decision.disable?.reason).toBe('HTTP 410 Gone: the publisher removed this feed');
    expect(decision.errorCount).toBe(3);
    expect(decision.intervalSeconds).toBe(2 * HOUR);
    expect(delayOf(decision)).toBe(POLICY.backoffMaxSeconds);
  });

  it('other 4xx errors back off without disabling', () => {
    const decision = planNextFetch(input(failure({ code: 'http_4xx', httpStatus: 404 })));
    expect(decision.disable).toBeNull();
    expect(decision.reason).toBe('backoff');
  });

  it('is deterministic: the same input gives the same decision', () => {
    const make = () => input(success({ publishedAt: series(10, HOUR) }), { feedId: '01JXYZ' });
    expect(planNextFetch(make())).toEqual(planNextFetch(make()));
  });

  it('backoff grows monotonically with the error count up to the cap, and every delay is finite', () => {
    let previous = 0;
    for (let errors = 1; errors <= 200; errors++) {
      const decision = planNextFetch(input(failure(), { previousErrorCount: errors - 1 }));
      const delay = delayOf(decision);
      expect(Number.isFinite(delay)).toBe(true);
      expect(delay).toBeLessThanOrEqual(POLICY.backoffMaxSeconds);
      expect(delay).toBeGreaterThanOrEqual(POLICY.minIntervalSeconds);
      // Jitter may wiggle by ±5%, but the trend doubles until the cap.
      expect(delay).toBeGreaterThanOrEqual(Math.min(previous, POLICY.backoffMaxSeconds * (1 - JITTER_FRACTION)));
      previous = delay;
    }
    expect(previous).toBeGreaterThanOrEqual(POLICY.backoffMaxSeconds * (1 - JITTER_FRACTION));
  });

  it('spreads many feeds with the same interval over ±5%, on both sides', () => {
    const delays = Array.from({ length: 200 }, (_, i) =>
      delayOf(planNextFetch(input(success(), { feedId: `feed-${i}`, previousIntervalSeconds: 2 * HOUR }))),
    );
    expect(new Set(delays).size).toBeGreaterThan(190);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2 * HOUR * (1 - JITTER_FRACTION));
    expect(Math.max(...delays)).toBeLessThanOrEqual(2 * HOUR * (1 + JITTER_FRACTION));
    expect(delays.filter((d) => d < 2 * HOUR).length).toBeGreaterThan(50);
    expect(delays.filter((d) => d > 2 * HOUR).length).toBeGreaterThan(50);
  });

  it('a feed retried after successive errors does not keep the same jitter', () => {
    const fractions = Array.from({ length: 8 }, (_, errors) => jitter('feed-42', errors));
    expect(new Set(fractions).size).toBe(fractions.length);
  });

  it('jitter stays within its bounds (one-sided when only later is allowed)', () => {
    for (let i = 0; i < 2000; i++) {
      const both = jitter(`id-${i}`, i % 7);
      const later = jitter(`id-${i}`, i % 7, true);
      expect(Math.abs(both)).toBeLessThanOrEqual(JITTER_FRACTION);
      expect(later).toBeGreaterThanOrEqual(0);
      expect(later).toBeLessThan(JITTER_FRACTION);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/domain/errors.ts';
import { HostBusy, HostGate } from '../../../src/ingest/extract/politeness/host-gate.ts';
import { RobotsRules } from '../../../src/ingest/extract/politeness/robots-rules.ts';

/** A clock that only moves when the gate sleeps: start times are then exact. */
function virtualTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('host gate', () => {
  it('spaces the starts of requests to one host by the minimum delay', async () => {
    const time = virtualTime();
    const gate = new HostGate({ perHost: 1, minDelayMs: 1000, ...time });
    const starts: number[] = [];
    await Promise.all([0, 1, 2].map(() => gate.run('a.example', async () => void starts.push(time.now()))));
    expect(starts).toEqual([0, 1000, 2000]);
  });

  it('never runs more than perHost requests to one host at once, and does not hold up other hosts', async () => {
    const gate = new HostGate({ perHost: 2, minDelayMs: 0 });
    let active = 0;
    let peak = 0;
    const order: string[] = [];
    const task = (host: string) => async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      order.push(host);
      active--;
    };
    await Promise.all([...Array.from({ length: 6 }, () => gate.run('slow.example', task('slow'))), gate.run('other.example', task('other'))]);
    expect(peak).toBeLessThanOrEqual(3); // two for slow.example plus the other host
    expect(order.indexOf('other')).toBeLessThan(order.length - 1);
  });

  it.each([
    // [max wait ms, requests asked at once, how many start (the rest are refused at once)]
    [0, 3, 1],
    [1000, 3, 2],
    [2500, 4, 3],
  ])('with a max wait of %i ms, of %i requests at once to a host spaced by 1 s, %i run and the rest are refused as busy', async (maxWaitMs, asked, started) => {
    const time = virtualTime();
    const gate = new HostGate({ perHost: 1, minDelayMs: 1000, ...time });
    const outcomes = await Promise.allSettled(Array.from({ length: asked }, () => gate.run('a.example', async () => time.now(), { maxWaitMs })));
    const ran = outcomes.filter((o) => o.status === 'fulfilled');
    const busy = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(ran).toHaveLength(started);
    expect(busy.every((e) => e instanceof HostBusy && e.waitMs > maxWaitMs)).toBe(true);
    // Another host is not affected by this one's queue.
    await expect(gate.run('b.example', async () => 'ok', { maxWaitMs: 0 })).resolves.toBe('ok');
  });

  it('honours a longer host delay (Crawl-delay)', async () => {
    const time = virtualTime();
    const gate = new HostGate({ perHost: 1, minDelayMs: 100, ...time });
    gate.setHostDelay('a.example', 5000);
    const starts: number[] = [];
    await Promise.all([0, 1].map(() => gate.run('a.example', async () => void starts.push(time.now()))));
    expect(starts).toEqual([0, 5000]);
  });
});

describe('robots.txt rules', () => {
  const agent = 'newsgraph/0.1 (+https://example.org)';
  function rules(answer: () => Promise<{ text: string; httpStatus: number }>, now = () => 0) {
    let fetches = 0;
    const r = new RobotsRules({ userAgent: agent, ttlMs: 60_000, now, fetchText: async () => (fetches++, answer()) });
    return { r, fetches: () => fetches };
  }

  it('allows and disallows by path, with one fetch per origin', async () => {
    const { r, fetches } = rules(async () => ({ text: 'User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n', httpStatus: 200 }));
    expect((await r.check('https://a.example/news/1')).allowed).toBe(true);
    const no = await r.check('https://a.example/private/2');
    expect(no.allowed).toBe(false);
    expect(no.reason).toContain('/private/2');
    expect((await r.check('https://a.example/news/3')).crawlDelayMs).toBe(2000);
    expect(fetches()).toBe(1);
  });

  it('follows the group for our User-Agent', async () => {
    const { r } = rules(async () => ({ text: 'User-agent: newsgraph\nDisallow: /\n\nUser-agent: *\nAllow: /\n', httpStatus: 200 }));
    expect((await r.check('https://a.example/x')).allowed).toBe(false);
  });

  it('allows everything when robots.txt is missing (4xx)', async () => {
    const { r } = rules(async () => {
      throw new FetchError('http_4xx', 'not found', { httpStatus: 404 });
    });
    expect((await r.check('https://a.example/anything')).allowed).toBe(true);
  });

  it('disallows everything while robots.txt fails (5xx, unreachable), and asks again later', async () => {
    let t = 0;
    const { r, fetches } = rules(async () => {
      throw new FetchError('http_5xx', 'server error', { httpStatus: 503 });
    }, () => t);
    expect((await r.check('https://a.example/x')).allowed).toBe(false);
    t += 11 * 60 * 1000;
    await r.check('https://a.example/y');
    expect(fetches()).toBe(2);
  });

  it('asks again after the TTL', async () => {
    let t = 0;
    const { r, fetches } = rules(async () => ({ text: '', httpStatus: 200 }), () => t);
    await r.check('https://a.example/1');
    t += 30_000;
    await r.check('https://a.example/2');
    t += 31_000;
    await r.check('https://a.example/3');
    expect(fetches()).toBe(2);
  });
});

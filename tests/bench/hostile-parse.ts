import { decodeBody } from '../../src/ingest/fetch/decode-body.ts';
import { parseFeed } from '../../src/ingest/parse/parse-feed.ts';
import { hostileFeeds } from '../support/hostile-feeds.ts';

export interface HostileRow {
  name: string;
  outcome: string;
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs for a body 4x larger: about 4 when the work is linear. */
  growth: number;
}

const SMALL = 100_000;
const LARGE = 400_000;

/** CPU milliseconds to decode and parse one body (best of three, so a busy machine weighs less). */
async function cpuMs(body: string): Promise<{ ms: number; outcome: string }> {
  let best = Infinity;
  let outcome = '';
  for (let i = 0; i < 3; i++) {
    const t0 = process.cpuUsage();
    try {
      const feed = await parseFeed(decodeBody(Buffer.from(body), null).text);
      outcome = `${feed.items.length} items${feed.warnings ? ' (recovered)' : ''}`;
    } catch (e) {
      outcome = `rejected: ${(e as { code?: string }).code ?? 'untyped'}`;
    }
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
  }
  return { ms: best, outcome };
}

/** Each hostile body at 100 KB and 400 KB: parse time should grow about 4x, never 16x. */
export async function benchHostileParse(): Promise<HostileRow[]> {
  const small = hostileFeeds(SMALL);
  const large = hostileFeeds(LARGE);
  const rows: HostileRow[] = [];
  for (let i = 0; i < small.length; i++) {
    const s = await cpuMs(small[i]!.body);
    const l = await cpuMs(large[i]!.body);
    rows.push({ name: small[i]!.name, outcome: l.outcome, smallMs: s.ms, largeMs: l.ms, growth: l.ms / Math.max(s.ms, 0.5) });
  }
  return rows;
}

export function printHostileBench(rows: HostileRow[]): void {
  console.log('\nHostile feed bodies, decode + parse CPU ms at 100 KB and 400 KB (linear work grows ~4x):');
  console.table(
    rows.map((r) => ({ body: r.name, outcome: r.outcome, '100 KB ms': r.smallMs.toFixed(1), '400 KB ms': r.largeMs.toFixed(1), growth: r.growth.toFixed(1) })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printHostileBench(await benchHostileParse());

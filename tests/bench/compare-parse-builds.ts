/**
 * Parse + normalize throughput of two source trees in one process (the same feeds, rounds interleaved so machine load
 * falls on both alike): `node --import tsx tests/bench/compare-parse-builds.ts --base /work/main --new . [--rounds 10]`.
 * Feeds: the synthetic news RSS of the ingest bench, plus the same items with media, Atom and escaped-HTML variants.
 * Reports CPU time per build and the new/base items-per-CPU-second ratio.
 */
import { resolve } from 'node:path';
import type { NewArticle } from '../../src/domain/article.ts';
import type { RawFeed } from '../../src/domain/raw-feed.ts';
import { syntheticRss } from './synthetic-feed.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

interface Build {
  name: string;
  parse: (text: string) => RawFeed;
  normalize: (raw: RawFeed, ctx: { feedUrl: string; fetchedAt: Date }) => { articles: NewArticle[] };
  cpuMs: number;
  items: number;
}

async function load(name: string, root: string): Promise<Build> {
  const parse = (await import(resolve(root, 'src/ingest/parse/parse-feed.ts'))) as { parseFeedSync: Build['parse'] };
  const normalize = (await import(resolve(root, 'src/ingest/normalize/normalize-feed.ts'))) as { normalizeFeed: Build['normalize'] };
  return { name, parse: parse.parseFeedSync, normalize: normalize.normalizeFeed, cpuMs: 0, items: 0 };
}

/** The synthetic RSS with a media:content gallery and a thumbnail on every item, and an Atom rendering of it. */
function variants(f: number, r: number, items: number): string[] {
  const rss = syntheticRss(f, r, items);
  const media = rss
    .replace('<rss ', '<rss xmlns:media="http://search.yahoo.com/mrss/" ')
    .replace(/<\/item>/g, '<media:content url="https://img.example/a.jpg" medium="image"><media:thumbnail url="https://img.example/t.jpg"/></media:content><media:content url="https://img.example/b.jpg" medium="image"/></item>');
  const atom = rss
    .replace(/<\?xml[^>]*>/, '')
    .replace(/<rss[^>]*>\s*<channel>/, '<feed xmlns="http://www.w3.org/2005/Atom">')
    .replace(/<\/channel>\s*<\/rss>/, '</feed>')
    .replace(/<item>/g, '<entry>')
    .replace(/<\/item>/g, '</entry>')
    .replace(/<description>/g, '<content type="html">')
    .replace(/<\/description>/g, '</content>')
    .replace(/<link>([^<]*)<\/link>/g, '<link href="$1"/>');
  return [rss, media, atom];
}

const base = await load('base', option('--base', '/work/main'));
const fresh = await load('new', option('--new', '.'));
const rounds = Number(option('--rounds', '10'));
const feeds = Array.from({ length: 20 }, (_, f) => variants(f, 0, 50)).flat();
const ctx = { feedUrl: 'https://x.example/feed', fetchedAt: new Date('2030-01-01T00:00:00Z') };

function pass(b: Build): void {
  const t0 = process.cpuUsage();
  let n = 0;
  for (const text of feeds) n += b.normalize(b.parse(text), ctx).articles.length;
  const dt = process.cpuUsage(t0);
  b.cpuMs += (dt.user + dt.system) / 1000;
  b.items += n;
}

// Warm-up for both, then interleaved rounds (order alternating).
pass(base);
pass(fresh);
base.cpuMs = fresh.cpuMs = base.items = fresh.items = 0;
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? [base, fresh] : [fresh, base];
  for (const b of order) pass(b);
}
for (const b of [base, fresh]) console.log(`${b.name}: ${b.items} items in ${b.cpuMs.toFixed(0)} ms CPU, ${Math.round(b.items / (b.cpuMs / 1000))} items per CPU second`);
console.log(`new/base throughput ratio: ${(fresh.items / fresh.cpuMs / (base.items / base.cpuMs)).toFixed(3)}`);

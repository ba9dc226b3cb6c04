/**
 * A/B of enrichment speed between two builds, in one process: the builds alternate, each timed in CPU seconds, so both
 * see the same machine load. On a shared, loaded machine the ratio within one run says more than
 * two figures from two runs. A build is a compiled dist/ (a copy kept from before a change, with a package.json
 * saying "type": "module" beside it, and node_modules reachable) or a source checkout (a git worktree of the base
 * commit; its TypeScript runs through tsx like this script):
 *
 *   node --import tsx tests/bench/compare-enrich-builds.ts --base /tmp/old/dist --new dist --rounds 20
 *   node --import tsx tests/bench/compare-enrich-builds.ts --base /tmp/base --new . --rounds 40 [--corpus multilingual]
 *     [--interleave round|article]
 *
 * `--corpus long` (the default) is the 800-word English articles of the enrichment bench; `multilingual` is the
 * multilingual corpus without its English articles (the five-language reaction reader, 150–500 words each).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Enrichment, EnrichInput } from '../../src/domain/enrichment.ts';
import { loadCorpusArticles, loadMultilingualLabels } from '../support/multilingual-corpus.ts';
import { longArticles } from './enrich-long-articles.ts';

interface Build {
  enrich: (input: EnrichInput, topics: unknown) => Enrichment;
  topics: unknown;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function load(root: string): Promise<Build> {
  // A source checkout has src/*.ts; a compiled build has src/*.js.
  const ext = existsSync(resolve(root, 'src/enrich/enrich-article.ts')) ? 'ts' : 'js';
  const url = (path: string) => pathToFileURL(resolve(root, `${path}.${ext}`)).href;
  const { enrichArticle } = (await import(url('src/enrich/enrich-article'))) as { enrichArticle: Build['enrich'] };
  const { loadTaxonomy } = (await import(url('src/enrich/topics/taxonomy'))) as { loadTaxonomy: () => unknown };
  return { enrich: enrichArticle, topics: loadTaxonomy() };
}

function multilingualArticles(): EnrichInput[] {
  const sources = loadCorpusArticles();
  return loadMultilingualLabels()
    .articles.filter((a) => a.language !== 'en')
    .map((a) => {
      const s = sources.get(a.id)!;
      return { title: s.title, text: s.paragraphs.join('\n\n'), languageHint: null, publishedAt: s.published };
    });
}

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const baseDir = option('--base');
if (!baseDir) {
  console.error('usage: compare-enrich-builds.ts --base <old dist or checkout> [--new dist] [--rounds 20] [--corpus long|multilingual]');
  process.exit(2);
}
const rounds = Number(option('--rounds') ?? 20);
const corpus = option('--corpus') ?? 'long';
const base = await load(baseDir);
const next = await load(option('--new') ?? 'dist');
const articles = corpus === 'multilingual' ? multilingualArticles() : await longArticles();
// Warm-up: models, dictionaries and the JIT, for both builds.
for (const build of [base, next]) for (const a of articles) build.enrich(a, build.topics);
// The builds alternate round by round (each round all articles), or with --interleave article article by article
// (which goes first alternating too), so a burst of load on the shared machine falls on both alike. Alternating by
// article also makes each build run on caches the other has just filled, which hides what a change saves in memory
// traffic: rounds are the default.
const byArticle = option('--interleave') === 'article';
const times = { base: [] as number[], next: [] as number[] };
for (let r = 0; r < rounds; r++) {
  if (!byArticle) {
    times.base.push(cpuSeconds(() => articles.forEach((a) => base.enrich(a, base.topics))));
    times.next.push(cpuSeconds(() => articles.forEach((a) => next.enrich(a, next.topics))));
    continue;
  }
  let b = 0;
  let n = 0;
  articles.forEach((a, k) => {
    if ((k + r) % 2 === 0) {
      b += cpuSeconds(() => base.enrich(a, base.topics));
      n += cpuSeconds(() => next.enrich(a, next.topics));
    } else {
      n += cpuSeconds(() => next.enrich(a, next.topics));
      b += cpuSeconds(() => base.enrich(a, base.topics));
    }
  });
  times.base.push(b);
  times.next.push(n);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const perSecond = (s: number): string => (articles.length / s).toFixed(1);
const what = corpus === 'multilingual' ? 'multilingual-corpus articles in five languages' : 'articles of ~800 words';
console.log('%d %s, %d rounds alternating by %s, articles/s per core (CPU time):', articles.length, what, rounds, byArticle ? 'article' : 'round');
console.log('  base: best %s, median %s', perSecond(Math.min(...times.base)), perSecond(median(times.base)));
console.log('  new:  best %s, median %s', perSecond(Math.min(...times.next)), perSecond(median(times.next)));
console.log('  speed-up (base time / new time): median of per-round ratios %s, of best %s', median(times.base.map((b, i) => b / (times.next[i] as number))).toFixed(3), (Math.min(...times.base) / Math.min(...times.next)).toFixed(3));

/**
 * Profiling aid: enrichArticle over the 800-word articles of the enrichment bench, `--passes` times after a warm-up,
 * with the CPU profiler on for the timed passes only, so loading the models does not blur the picture:
 *
 *   node --import tsx tests/bench/profile-enrich.ts --passes 10 --out /tmp/enrich.cpuprofile
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { longArticles } from './enrich-long-articles.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const passes = Number(option('--passes') ?? 10);
const out = option('--out');
const articles = await longArticles();
const taxonomy = loadTaxonomy();
for (const a of articles) enrichArticle(a, taxonomy);
const session = new Session();
if (out) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const start = process.cpuUsage();
for (let p = 0; p < passes; p++) for (const a of articles) enrichArticle(a, taxonomy);
const used = process.cpuUsage(start);
if (out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  session.disconnect();
}
const seconds = (used.user + used.system) / 1e6;
console.log('%d articles x %d passes: %s articles/s per core (CPU time)', articles.length, passes, ((articles.length * passes) / seconds).toFixed(1));

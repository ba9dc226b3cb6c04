/**
 * Body-text F1 of the page extractor on scrapinghub/article-extraction-benchmark (MIT; 181 real article pages with
 * a hand-made articleBody each). The benchmark stays outside the repository: point EXTRACT_BENCHMARK_DIR (or the
 * first argument) at a checkout holding html/*.html.gz and ground-truth.json. Pages split by the first hex digit of
 * their id: 0-7 are the tune part, 8-f the report part; tune on the first, report the second.
 *
 *   node --import tsx scripts/eval/extract-benchmark.ts [DIR] [--part tune|report|all] [--worst N] [--out FILE]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../src/ingest/extract/extract-article.ts';
import { aggregateScores, shingleCounts } from '../../tests/support/body-text-f1.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? process.env.EXTRACT_BENCHMARK_DIR;
if (!dir || !existsSync(join(dir, 'ground-truth.json'))) {
  console.log('extract-benchmark: skipped (set EXTRACT_BENCHMARK_DIR to a checkout of scrapinghub/article-extraction-benchmark)');
  process.exit(0);
}
const part = option('--part') ?? 'all';
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const inPart = (id: string): boolean => part === 'all' || (Number.parseInt(id[0] ?? '0', 16) < 8) === (part === 'tune');
const ids = Object.keys(truth).filter(inPart);

const rows = [];
const output: Record<string, { articleBody: string }> = {};
const started = performance.now();
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
  const entry = truth[id]!;
  const text = extractArticle(html, entry.url).text;
  output[id] = { articleBody: text };
  rows.push({ id, url: entry.url, counts: shingleCounts(entry.articleBody, text) });
}
const seconds = (performance.now() - started) / 1000;
const score = aggregateScores(rows.map((r) => r.counts));
console.log(
  `part=${part} pages=${ids.length} F1=${score.f1.toFixed(4)} precision=${score.precision.toFixed(4)} recall=${score.recall.toFixed(4)} ` +
    `(${(ids.length / seconds).toFixed(1)} pages/s)`,
);
const worst = Number(option('--worst') ?? 0);
if (worst > 0) {
  const ranked = rows
    .map((r) => ({ ...r, p: r.counts.tp / (r.counts.tp + r.counts.fp || 1), r: r.counts.tp / (r.counts.tp + r.counts.fn || 1) }))
    .sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r))
    .slice(0, worst);
  for (const r of ranked) console.log(`${r.id.slice(0, 10)} p=${r.p.toFixed(3)} r=${r.r.toFixed(3)} ${r.url}`);
}
const out = option('--out');
if (out) writeFileSync(out, JSON.stringify(output));

/**
 * Body-text F1 of the page extractor on scrapinghub/article-extraction-benchmark (MIT; 181 real article pages with
 * a hand-made articleBody each). The benchmark stays outside the repository: point EXTRACT_BENCHMARK_DIR (or the
 * first argument) at a checkout holding html/*.html.gz and ground-truth.json. Pages split by the first hex digit of
 * their id: 0-7 are the tune part, 8-f the report part; tune on the first, report the second.
 *
 *   node --import tsx scripts/eval/extract-benchmark.ts [DIR] [--part tune|report|all] [--worst N] [--out FILE] [--via-cli]
 *
 * --via-cli writes each page to a temporary file and scores the `text` of `newsgraph extract FILE... --json`, the
 * way an outside check runs the product; otherwise the extractor is called in-process with the page's URL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const htmlOf = (id: string): string => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
const texts = args.includes('--via-cli') ? viaCli(ids) : new Map(ids.map((id) => [id, extractArticle(htmlOf(id), truth[id]!.url).text]));
for (const id of ids) {
  const entry = truth[id]!;
  const text = texts.get(id) ?? '';
  output[id] = { articleBody: text };
  rows.push({ id, url: entry.url, counts: shingleCounts(entry.articleBody, text) });
}

/** Texts from the CLI, 50 files per process. */
function viaCli(list: string[]): Map<string, string> {
  const tmp = mkdtempSync(join(tmpdir(), 'extract-benchmark-'));
  // The compiled CLI, as installed: run `npm run build` first after changing src/.
  const cli = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
  const out = new Map<string, string>();
  try {
    for (let i = 0; i < list.length; i += 50) {
      const batch = list.slice(i, i + 50);
      const files = batch.map((id) => {
        const file = join(tmp, `${id}.html`);
        writeFileSync(file, htmlOf(id));
        return file;
      });
      let stdout = '';
      try {
        stdout = execFileSync(process.execPath, [cli, 'extract', ...files, '--json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      } catch (e) {
        stdout = (e as { stdout?: string }).stdout ?? '';
      }
      stdout.trim().split('\n').forEach((line, j) => out.set(batch[j]!, (JSON.parse(line) as { text?: string }).text ?? ''));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
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

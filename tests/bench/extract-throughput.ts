/**
 * Page extraction throughput and memory: the vendored readability test pages (real news pages, 24) and generated
 * boilerplate-heavy pages (world-news articles in four templates), extracted in one thread. Pages per CPU-second is
 * pages per second per core (it does not move with other load on the machine); wall-clock pages per second is printed
 * beside it. Memory: resident set and heap growth over the run, and the heap's peak sampled after each page.
 *
 *   node --import tsx tests/bench/extract-throughput.ts      (also part of npm run bench)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/ingest/extract/extract-article.ts';
import { loadWorldNewsArticles } from '../enrich/world-news-corpus.ts';
import { newsPage, PAGE_TEMPLATES } from '../support/news-page.ts';

export interface ExtractBench {
  pages: number;
  meanKiB: number;
  pagesPerCpuSecond: number;
  pagesPerSecond: number;
  rssGrowthMiB: number;
  heapPeakMiB: number;
  heapGrowthMiB: number;
}

async function corpus(): Promise<{ html: string; url: string }[]> {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'readability-pages');
  const real = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ html: readFileSync(join(dir, d.name, 'source.html'), 'utf8'), url: 'http://fakehost/test/page.html' }));
  const articles = await loadWorldNewsArticles();
  const built = articles.slice(0, 8).flatMap((a, i) =>
    PAGE_TEMPLATES.map((t) => ({
      html: newsPage(
        { title: a.title, paragraphs: a.text.split(/\n{2,}/u), byline: 'Desk', publishedAt: a.label.published, url: `https://example.org/${i}`, language: 'en', siteName: 'Example' },
        articles.slice(-5).map((o) => ({ title: o.title, url: 'https://example.org/r' })),
        t,
      ),
      url: `https://example.org/${i}`,
    })),
  );
  return [...real, ...built];
}

const MiB = 1024 * 1024;

export async function benchExtract(rounds = 3): Promise<ExtractBench> {
  const pages = await corpus();
  // Warm-up: JIT and module caches, not measured.
  for (const p of pages.slice(0, 5)) extractArticle(p.html, p.url);
  globalThis.gc?.();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let heapPeak = heap0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    for (const p of pages) {
      extractArticle(p.html, p.url);
      n++;
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  globalThis.gc?.();
  const mem = process.memoryUsage();
  return {
    pages: n,
    meanKiB: pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / pages.length / 1024,
    pagesPerCpuSecond: n / cpuSeconds,
    pagesPerSecond: n / wall,
    rssGrowthMiB: (mem.rss - rss0) / MiB,
    heapPeakMiB: heapPeak / MiB,
    heapGrowthMiB: (mem.heapUsed - heap0) / MiB,
  };
}

export function printExtractBench(b: ExtractBench): void {
  console.table([
    {
      pages: b.pages,
      'mean page KiB': b.meanKiB.toFixed(0),
      'pages/s per core (CPU time)': b.pagesPerCpuSecond.toFixed(1),
      'pages/s (wall)': b.pagesPerSecond.toFixed(1),
      'heap peak MiB': b.heapPeakMiB.toFixed(0),
      'heap growth MiB': b.heapGrowthMiB.toFixed(1),
      'RSS growth MiB': b.rssGrowthMiB.toFixed(0),
    },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('\nPage extraction (24 readability test pages + 32 boilerplate pages, 3 rounds, one thread):');
  printExtractBench(await benchExtract());
}

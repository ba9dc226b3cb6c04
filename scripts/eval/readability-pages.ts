/**
 * Body-text F1 of the extractor on the vendored readability test pages (tests/fixtures/readability-pages), against
 * the text of each page's expected.html, per page and over all pages. These pages are in the repository, so this
 * needs nothing outside it; they were not used to tune the extractor (the benchmark's tune part was).
 *
 *   node --import tsx scripts/eval/readability-pages.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/ingest/extract/extract-article.ts';
import { htmlToText } from '../../src/ingest/normalize/html-to-text.ts';
import { aggregateScores, shingleCounts } from '../../tests/support/body-text-f1.ts';

const dir = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'readability-pages');
const pages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const rows = pages.map((page) => {
  const expected = htmlToText(readFileSync(join(dir, page, 'expected.html'), 'utf8'));
  const got = extractArticle(readFileSync(join(dir, page, 'source.html'), 'utf8'), 'http://fakehost/test/page.html');
  const counts = shingleCounts(expected, got.text);
  console.log(`${page.padEnd(18)} F1=${aggregateScores([counts]).f1.toFixed(3)}`);
  return counts;
});
const s = aggregateScores(rows);
console.log(`pages=${pages.length} F1=${s.f1.toFixed(4)} precision=${s.precision.toFixed(4)} recall=${s.recall.toFixed(4)}`);

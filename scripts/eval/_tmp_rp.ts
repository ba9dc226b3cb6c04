import { readFileSync, readdirSync } from 'node:fs';
import { extractArticle } from '../../src/ingest/extract/extract-article.ts';
import { htmlToText } from '../../src/ingest/normalize/html-to-text.ts';
import { aggregateScores, shingleCounts } from '../../tests/support/body-text-f1.ts';
const dir = '/work/wt/extract/tests/fixtures/readability-pages';
const rows = [];
for (const page of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const src = readFileSync(`${dir}/${page}/source.html`, 'utf8');
  const exp = htmlToText(readFileSync(`${dir}/${page}/expected.html`, 'utf8'));
  const got = extractArticle(src, 'http://fakehost/test/page.html');
  const c = shingleCounts(exp, got.text); rows.push(c);
  const meta = JSON.parse(readFileSync(`${dir}/${page}/expected-metadata.json`, 'utf8'));
  console.log(page.padEnd(18), aggregateScores([c]).f1.toFixed(3), '|', got.language, meta.lang, '|', (got.publishedAt ?? '-').slice(0, 10), (meta.publishedTime ?? '-').slice(0, 10), '|', got.byline?.slice(0, 25), '/', meta.byline?.slice(0, 25));
}
console.log(aggregateScores(rows));

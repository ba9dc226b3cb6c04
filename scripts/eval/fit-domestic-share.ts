/**
 * Fits the domestic-matter threshold of the reaction extractor (DOMESTIC_SHARE in
 * src/enrich/reactions/extract-reactions.ts) on the tune halves only: runs scripts/eval/reactions.ts on the tune split
 * of both corpora for each candidate share and prints the (actor, stance) F1 of each and their mean. The best mean
 * wins; ties go to the larger share (the filter touches fewer articles). Developer script, outside `npm test`.
 *
 *   SHARED_DIR=../shared node --import tsx scripts/eval/fit-domestic-share.ts
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CANDIDATES = [0.5, 0.6, 0.7, 0.8, 1.01];

let best: { share: number; mean: number } | null = null;
for (const share of CANDIDATES) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval/reactions.ts'), '--split', 'tune'], {
    cwd: ROOT,
    env: { ...process.env, DOMESTIC_SHARE: String(share) },
    encoding: 'utf8',
  });
  const f1 = [...out.matchAll(/tune \(tuned on\)[^\n]*\n\s*\(actor, stance\)[^\n]*F1 ([\d.]+)/g)].map((m) => Number(m[1]));
  if (f1.length === 0) {
    console.log('no tune results (shared folder absent?)');
    process.exit(0);
  }
  const mean = f1.reduce((a, b) => a + b, 0) / f1.length;
  console.log(`share ${share}: tune (actor, stance) F1 ${f1.map((x) => x.toFixed(3)).join(' / ')}, mean ${mean.toFixed(3)}`);
  if (!best || mean >= best.mean) best = { share, mean };
}
console.log(`best share ${best?.share}`);

#!/usr/bin/env node
/**
 * Builds dist/: compiles src/ and migrations/ with tsc (tsconfig.build.json, incremental), then copies every file
 * under src/ that is not TypeScript (data JSON, the explorer's page and scripts, the demo corpus) to the same place
 * in dist/src/, so code that reads a file next to itself (`new URL('./data/x.json', import.meta.url)`) finds it.
 * Run by `npm run build` and by `prepare` (so `npm install` builds). Plain JavaScript: it runs before anything is built.
 *
 *   node scripts/build/build.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
/** Written last: its time is when dist/ was last complete (tests/support/cli-build.ts compares sources against it). */
export const STAMP = join(dist, '.build-stamp');

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });

function* assets(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* assets(path);
    else if (entry.isFile() && !entry.name.endsWith('.ts')) yield path;
  }
}

let copied = 0;
for (const file of assets(join(root, 'src'))) {
  const target = join(dist, relative(root, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  copied++;
}
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
process.stdout.write(`built dist/ (${copied} assets copied)\n`);

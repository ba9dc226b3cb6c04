/**
 * The CLI tests and the start-up benchmark run the compiled CLI (dist/), as `npm start` and `bin` do: no TypeScript
 * loader at start-up, so a child process starts in a fraction of a second however busy the machine is. dist/ is built
 * by `npm install` (prepare); after an edit to src/ or migrations/ it is rebuilt here, once, before the first CLI runs.
 * Test files run in parallel processes, so the rebuild takes a lock (a directory, created atomically); the others
 * wait for it and find dist/ fresh.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(PROJECT_ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
const LOCK = join(DIST, '.build-lock');
/** The compiled entry point: `bin` in package.json. */
export const CLI_JS = join(DIST, 'src', 'cli', 'main.js');

const INPUTS = ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package.json', join('scripts', 'build')];

function newestMtime(path: string): number {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function isFresh(): boolean {
  const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built > 0 && INPUTS.every((p) => newestMtime(join(PROJECT_ROOT, p)) <= built);
}

function holderIsGone(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    if (!pid) return false; // being created: the holder has not written its pid yet
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build', 'build.mjs')], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code}):\n${output}`))));
  });
}

/** Makes sure dist/ matches the sources, rebuilding it (under the lock) when it does not. */
export async function ensureCliBuilt(): Promise<void> {
  if (isFresh()) return;
  mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (holderIsGone()) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
      if (isFresh()) return;
      continue;
    }
    try {
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      if (!isFresh()) await build();
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

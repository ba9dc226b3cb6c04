/**
 * Start-up of the compiled CLI as cron runs it: `newsgraph --help` and `newsgraph ingest` with nothing due (a migrated
 * SQLite store with no feeds), each a fresh process: wall time, CPU time and peak RSS, median of several runs.
 * Targets: --help under 300 ms and 80 MB; ingest with nothing due under 1.5 s. On a busy machine the wall time grows
 * with the load while the CPU time does not; both are shown.
 *
 *   node --import tsx tests/bench/cli-startup.ts      (also part of npm run bench)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_JS, ensureCliBuilt, PROJECT_ROOT } from '../support/cli-build.ts';

const RUNS = 7;
const USAGE_PRELOAD = fileURLToPath(new URL('./usage-on-exit.mjs', import.meta.url));

export interface StartupRow {
  command: string;
  runs: number;
  medianMs: number;
  maxMs: number;
  medianCpuMs: number;
  medianRssMiB: number;
  targetMs: number;
  targetRssMiB: number | null;
}

interface Run {
  ms: number;
  cpuMs: number;
  rssKiB: number;
}

async function runOnce(args: string[], env: Record<string, string>, usageFile: string): Promise<Run> {
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', USAGE_PRELOAD, CLI_JS, ...args], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', NEWSGRAPH_BENCH_USAGE_FILE: usageFile, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`newsgraph ${args.join(' ')} exited with ${code}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKiB: number; cpuMicros: number };
  return { ms, cpuMs: usage.cpuMicros / 1000, rssKiB: usage.maxRssKiB };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchCliStartup(): Promise<StartupRow[]> {
  await ensureCliBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-startup-'));
  try {
    const env = { DATABASE_URL: join(dir, 'store.db'), SEED_DEFAULT_FEEDS: 'false' };
    const usageFile = join(dir, 'usage.json');
    await runOnce(['migrate'], env, usageFile);
    const cases: { command: string; args: string[]; targetMs: number; targetRssMiB: number | null }[] = [
      { command: 'newsgraph --help', args: ['--help'], targetMs: 300, targetRssMiB: 80 },
      { command: 'newsgraph ingest (nothing due)', args: ['ingest'], targetMs: 1500, targetRssMiB: null },
    ];
    const rows: StartupRow[] = [];
    for (const c of cases) {
      await runOnce(c.args, env, usageFile); // warm the file cache
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(c.args, env, usageFile));
      rows.push({
        command: c.command,
        runs: RUNS,
        medianMs: median(runs.map((r) => r.ms)),
        maxMs: Math.max(...runs.map((r) => r.ms)),
        medianCpuMs: median(runs.map((r) => r.cpuMs)),
        medianRssMiB: median(runs.map((r) => r.rssKiB)) / 1024,
        targetMs: c.targetMs,
        targetRssMiB: c.targetRssMiB,
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printCliStartup(rows: StartupRow[]): void {
  console.table(
    rows.map((r) => ({
      command: r.command,
      'median ms': r.medianMs.toFixed(0),
      'max ms': r.maxMs.toFixed(0),
      'median CPU ms': r.medianCpuMs.toFixed(0),
      'median RSS MiB': r.medianRssMiB.toFixed(0),
      target: `< ${r.targetMs} ms${r.targetRssMiB ? `, < ${r.targetRssMiB} MB` : ''}`,
      met: r.medianMs < r.targetMs && (r.targetRssMiB === null || r.medianRssMiB < r.targetRssMiB) ? 'yes' : 'NO',
    })),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printCliStartup(await benchCliStartup());

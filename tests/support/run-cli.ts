import { spawn, type ChildProcess } from 'node:child_process';
import { vi } from 'vitest';
import { CLI_JS, ensureCliBuilt, PROJECT_ROOT } from './cli-build.ts';

export { PROJECT_ROOT };
/** The compiled CLI, as installed (`bin`); rebuilt first when src/ changed since the last build. */
export const CLI = CLI_JS;
await ensureCliBuilt();

/**
 * Time a CLI test may take: each runs real processes (some load the NLP models), and on a machine shared with other
 * work a process gets a fraction of a core. Generous on purpose: a test waits for outcomes, it never asserts timings.
 */
export const CLI_TEST_TIMEOUT = 600_000;
// The default for every test of a file that runs the CLI (tests that set their own time keep it).
vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT, hookTimeout: CLI_TEST_TIMEOUT });

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `newsgraph <args>` as a real child process with a clean, explicit environment. */
export function startCli(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', SEED_DEFAULT_FEEDS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return startCli(args, env).done;
}

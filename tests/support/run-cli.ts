import { spawn, type ChildProcess } from 'node:child_process';
import { CLI_JS, ensureCliBuilt, PROJECT_ROOT } from './cli-build.ts';

export { PROJECT_ROOT };
/** The compiled CLI, as installed (`bin`); rebuilt first when src/ changed since the last build. */
export const CLI = CLI_JS;
await ensureCliBuilt();

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

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { CLI_JS, ensureCliBuilt } from '../support/cli-build.ts';

export interface ServeProcess {
  origin: string;
  pid: number;
  /** Resident set size of the serve process now (Linux /proc), in MiB. */
  rssMiB(): number;
  /** CPU time (user + system) the serve process has used so far, in ms (Linux /proc). */
  cpuMs(): number;
  /** Samples RSS every 100 ms until the returned function is called, which gives the largest sample. */
  sampleRss(): () => number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

function cpuOf(pid: number): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * `newsgraph serve --no-scheduler`, compiled (dist/, rebuilt when stale), in a child process of its own (so the load generator does not share its event
 * loop), on the given database, with `nodeArgs` for node itself (e.g. --cpu-prof); resolves once /ready answers 200.
 */
export async function startServeProcess(databaseUrl: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServeProcess> {
  await ensureCliBuilt();
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, CLI_JS, 'serve', '--no-scheduler'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEFAULT_FEEDS: 'false',
      SCHEDULER_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`serve exited with ${code}`))));
  exited.catch(() => {});
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) await exited;
    try {
      const res = await fetch(`${origin}/ready`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('serve did not become ready within 120 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid!;
  return {
    origin,
    pid,
    rssMiB: () => rssOf(pid),
    cpuMs: () => cpuOf(pid),
    sampleRss: () => {
      let max = rssOf(pid);
      const timer = setInterval(() => {
        max = Math.max(max, rssOf(pid));
      }, 100);
      return () => {
        clearInterval(timer);
        return Math.max(max, rssOf(pid));
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// Configuration mistakes stop the command before it touches any store or listens, naming the setting.
describe('configuration mistakes', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'newsgraph-config-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  const cases: { name: string; args: string[]; env: Record<string, string>; setting: RegExp }[] = [
    { name: 'a PostgreSQL URL without a database', args: ['migrate'], env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' }, setting: /DATABASE_URL must name its database/ },
    { name: 'a DATABASE_URL that is no store', args: ['migrate'], env: { DATABASE_URL: join(cwd, 'garbage') }, setting: /DATABASE_URL must be/ },
    { name: 'a SQLite file in a missing directory', args: ['migrate'], env: { DATABASE_URL: join(cwd, 'missing', 'x.db') }, setting: /DATABASE_URL: the directory .* does not exist/ },
    { name: 'an invalid INGEST_CRON', args: ['serve'], env: { DATABASE_URL: join(cwd, 'serve.db'), INGEST_CRON: 'every 5 minutes', PORT: '0', HOST: '127.0.0.1' }, setting: /INGEST_CRON/ },
  ];

  it.each(cases)('$name: exits non-zero naming it', async ({ args, env, setting }) => {
    const r = await runCli(args, env);
    expect(r.code, r.stdout).not.toBe(0);
    expect(r.stderr).toMatch(setting);
  }, 120_000);

  it('created no store for any of them', () => {
    expect(existsSync(join(cwd, 'garbage'))).toBe(false);
    expect(existsSync(join(cwd, 'missing'))).toBe(false);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandToLoad } from '../../src/cli/command-table.ts';
import { CLI_TEST_TIMEOUT, runCli } from '../support/run-cli.ts';

function usageOf(cmd: Command): string {
  const args = cmd.registeredArguments.map((a) => {
    const name = `${a.name()}${a.variadic ? '...' : ''}`;
    return a.required ? `<${name}>` : `[${name}]`;
  });
  return [cmd.name(), ...args].join(' ');
}

describe('command table', () => {
  // --help lists commands from the table without loading them; the table must say what each command says of itself.
  // Loading a command under vitest transforms its whole module graph (the serve command's is the largest).
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: usage and summary match the command', { timeout: CLI_TEST_TIMEOUT }, async (_name, entry) => {
    const program = new Command('newsgraph');
    (await entry.load())(program);
    const cmd = program.commands.find((c) => c.name() === entry.name);
    expect(cmd).toBeDefined();
    expect(usageOf(cmd!)).toBe(entry.usage);
    expect(cmd!.description()).toBe(entry.summary);
    expect(entry.usage.split(' ')[0]).toBe(entry.name);
  });

  it.each([
    [[], null],
    [['--help'], null],
    [['--version'], null],
    [['ingest'], 'ingest'],
    [['ingest', '--all', '--json'], 'ingest'],
    [['--help', 'feeds'], 'feeds'],
    [['feeds', 'add', 'https://x.example/feed'], 'feeds'],
    [['help', 'opml'], 'opml'],
    [['help'], null],
    [['nonsense'], null],
  ] as const)('%j loads %s', (args, expected) => {
    expect(commandToLoad(args)?.name ?? null).toBe(expected);
  });
});

describe('newsgraph --help (compiled CLI)', () => {
  it('lists every command with its summary', async () => {
    const r = await runCli(['--help'], {});
    expect(r.code, r.stderr).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c.summary.slice(0, 40));
  });

  it('shows the full help of one command', async () => {
    const r = await runCli(['help', 'ingest'], {});
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('--feed <url...>');
    expect(r.stdout).toContain('Exit status');
  });

  it('rejects an unknown command with a suggestion', async () => {
    const r = await runCli(['ingset'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown command 'ingset'[\s\S]*ingest/);
  });
});

/**
 * Reads files from a fetched snapshot of a public repository: either a checkout (a folder holding the files) or a
 * bare git directory (read with `git show <commit>:<path>`). Gives the commit so converted data can name its origin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Snapshot {
  read(path: string): string;
  /** every file's path, relative to the snapshot's root */
  list(): string[];
  commit: string;
  where: string;
}

export function openSnapshot(where: string): Snapshot {
  const bare = existsSync(join(where, 'HEAD')) && existsSync(join(where, 'objects'));
  const git = (...args: string[]): string =>
    execFileSync('git', bare ? ['--git-dir', where, ...args] : ['-C', where, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let commit = 'unknown';
  try {
    commit = git('rev-parse', 'HEAD').trim();
  } catch {
    // A plain folder that is not a git checkout: its commit stays unknown.
  }
  return {
    where,
    commit,
    read: (path) => (bare ? git('show', `HEAD:${path}`) : readFileSync(join(where, path), 'utf8')),
    list: () =>
      bare
        ? git('ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter(Boolean)
        : readdirSync(where, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => relative(where, join(e.parentPath, e.name))),
  };
}

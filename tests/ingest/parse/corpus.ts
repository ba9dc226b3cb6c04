import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from '../../support/fixtures.ts';

/** The feed corpora vendored under tests/fixtures/ (see each folder's SOURCE.md). */
export const FEEDS_DIR = fixturePath('feeds');
export const WORLD_NEWS_DIR = fixturePath('world-news');

export function corpusPath(...parts: string[]): string {
  return join(FEEDS_DIR, ...parts);
}

export function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort();
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

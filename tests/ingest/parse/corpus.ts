import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared feed corpora, read in place (never copied into the project). */
export const FEEDS_DIR = resolve(process.cwd(), '../shared/datasets/feeds');
export const WORLD_NEWS_DIR = resolve(process.cwd(), '../shared/datasets/world-news');

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

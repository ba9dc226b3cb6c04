/**
 * Paths of the corpora vendored under tests/fixtures/ (each folder holds its licence and a SOURCE.md). Tests read
 * fixtures through these, never from outside the repository; scripts/fixtures/ re-creates the folders.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export type FixtureCorpus = 'feeds' | 'ecbplus' | 'world-news' | 'multilingual' | 'readability-pages';

/** A path inside a vendored corpus: fixturePath('ecbplus', 'docs.jsonl'). */
export function fixturePath(corpus: FixtureCorpus, ...parts: string[]): string {
  return join(FIXTURES_DIR, corpus, ...parts);
}

/** The same as a file URL; a folder ends with '/', so `new URL('labels.json', fixtureUrl('world-news/'))` works. */
export function fixtureUrl(relativePath: string): URL {
  return new URL(relativePath, new URL('../fixtures/', import.meta.url));
}

import { defineConfig } from 'vitest/config';
import base, { CORPUS_TESTS } from './vitest.config.ts';

/** `npm run test:corpus`: the full-corpus runs listed in vitest.config.ts, with the suite's setup and generous limits. */
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: CORPUS_TESTS,
    exclude: ['node_modules/**'],
    globalSetup: base.test?.globalSetup,
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
  },
});

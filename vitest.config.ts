import { defineConfig } from 'vitest/config';

/**
 * The heavy full-corpus runs: `npm run test:corpus` (vitest.corpus.config.ts) runs them, `npm test` does not; CI runs
 * both. Like the rest of the suite they read only vendored fixtures (tests/fixtures/).
 */
export const CORPUS_TESTS = [
  // ECB+ in full (772 documents, three runs through the pipeline): story B-cubed and pairwise F1 floors.
  'tests/cluster/ecbplus.test.ts',
  // Entity recall over every ECB+ document.
  'tests/enrich/entities/ecbplus-recall.test.ts',
  // SIGKILL at random points of 20 ingest runs per dialect, then one more: nothing left unenriched or unclustered.
  'tests/cli/kill-recovery-random.test.ts',
];

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for graphql-yoga, Vite would pick the
    // ESM one for our sources: two copies, and `instanceof GraphQLError` fails across them. One copy, as at run time.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/bench/**', 'node_modules/**', ...CORPUS_TESTS],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

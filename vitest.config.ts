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
    // Where the time went: every test file paid a cold import of the NLP stack (eld, wink, compromise, the gazetteer,
    // the PETRARCH dictionaries; 400 MB, seconds of CPU) because the forks pool started a fresh process per file, and
    // vitest's default on two cores is ONE worker (cpus - 1).
    // - isolate: false runs many files in one process and keeps its module cache, so the NLP data (and the lazily
    //   built lexicons, gazetteer and compiled schema, which are pure caches) load once per worker, not once per file.
    //   This is safe here: no test uses vi.mock/vi.stub*/fake timers or writes process.env, every file opens and
    //   closes its own servers and databases, and src keeps no mutable state across calls other than pure caches.
    // - Two workers, one a core: the files are independent (own temp dirs, own PostgreSQL databases, ports from 0).
    //   NEWSGRAPH_TEST_WORKERS overrides it (e.g. 1 on a one-core runner).
    isolate: false,
    maxWorkers: Number(process.env.NEWSGRAPH_TEST_WORKERS) || 2,
    minWorkers: 1,
  },
});

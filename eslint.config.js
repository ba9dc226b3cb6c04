// `npm run lint`: every regular expression in src/ must run in linear time (no super-linear backtracking), so a
// hostile feed, page or request cannot stall a process. Only these rules run; formatting is not linted.
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }],
    },
  },
  {
    // Feed, page and OPML input: also no quantifier that a failing match rescans from every start position.
    files: ['src/ingest/**/*.ts'],
    rules: {
      'regexp/no-super-linear-move': ['error', { report: 'certain', ignorePartial: false }],
    },
  },
];

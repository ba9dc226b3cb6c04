import type { LanguageGrammar } from './language-grammar.ts';

/** Spanish: "no", "todavía no se había pronunciado"; the conditional ("podría") and "si". */
export const SPANISH: LanguageGrammar = {
  language: 'es',
  negations: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ni', 'sin'],
  conditionals: ['si'],
  modals: ['podria', 'podrian', 'deberia', 'deberian', 'querria'],
  contrasts: ['pero', 'aunque', 'sin embargo', 'no obstante'],
  clauseBreaks: ['y', 'e', 'mientras', 'que', 'quien', 'cuyo', 'pero', 'aunque'],
  objectMarkers: ['contra', 'a', 'al', 'para', 'hacia', 'de', 'del', 'en', 'con', 'sobre'],
};

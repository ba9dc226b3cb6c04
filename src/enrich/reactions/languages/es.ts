import type { LanguageGrammar } from './language-grammar.ts';

/** Spanish: "no", "todavía no se había pronunciado"; the conditional ("podría") and "si". */
export const SPANISH: LanguageGrammar = {
  language: 'es',
  negations: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ni'],
  conditionals: ['si'],
  modals: ['podria', 'podrian', 'deberia', 'deberian', 'querria'],
  contrasts: ['pero', 'aunque', 'sin embargo', 'no obstante', 'debe', 'deben', 'debera', 'deberan', 'subrayo', 'subrayando'],
  speechVerbs: ['dijo', 'declaro', 'afirmo', 'senalo', 'indico', 'explico', 'aseguro', 'anadio', 'subrayo', 'sostuvo'],
  accordingTo: ['segun', 'para'],
  pronouns: ['él', 'ella', 'ellos', 'ellas'],
  dropsSubjects: true,
  listJoins: ['y', 'e', 'o'],
  clauseBreaks: ['y', 'e', 'mientras', 'que', 'quien', 'cuyo', 'pero', 'aunque'],
  passiveAuxiliaries: ['fue', 'fueron', 'sido', 'sera'],
  passiveAgents: ['por'],
  sources: ['de', 'del', 'desde'],
  objectMarkers: ['contra', 'a', 'al', 'para', 'hacia', 'en', 'con', 'sobre'],
};

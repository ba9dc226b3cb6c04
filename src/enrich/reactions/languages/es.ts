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
  // The preterite and present of regular verbs: a short stem ("instar" -> "inst") does not reach "instó", "insta".
  verbForms: (verb) => {
    const m = /^(.+?)(ar|er|ir)(se)?$/u.exec(verb);
    if (!m) return [];
    return m[2] === 'ar' ? [`${m[1]}o`, `${m[1]}a`, `${m[1]}an`, `${m[1]}aron`] : [`${m[1]}io`, `${m[1]}e`, `${m[1]}en`, `${m[1]}ieron`];
  },
  listJoins: ['y', 'e', 'o'],
  clauseBreaks: ['y', 'e', 'mientras', 'que', 'quien', 'cuyo', 'pero', 'aunque'],
  passiveAuxiliaries: ['fue', 'fueron', 'sido', 'sera'],
  passiveAgents: ['por'],
  sources: ['de', 'del', 'desde'],
  objectMarkers: ['contra', 'a', 'al', 'para', 'hacia', 'en', 'con', 'sobre'],
};

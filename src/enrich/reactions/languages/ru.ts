import type { LanguageGrammar } from './language-grammar.ts';

/** Russian: "не", "пока не"; the conditional particle "бы" and "если"; free word order (verb before subject). */
export const RUSSIAN: LanguageGrammar = {
  language: 'ru',
  negations: ['не', 'ни', 'нет', 'без'],
  conditionals: ['если', 'бы', 'б'],
  modals: ['может', 'могут', 'мог', 'могла', 'могли'],
  contrasts: ['но', 'однако', 'хотя'],
  speechVerbs: ['заявил', 'заявила', 'заявили', 'сказал', 'сказала', 'сказали', 'сообщил', 'сообщила', 'сообщили', 'отметил', 'отметила', 'отметили', 'подчеркнул', 'подчеркнула', 'подчеркнули', 'считают', 'считает'],
  accordingTo: ['словам', 'мнению'],
  pronouns: ['он', 'она', 'они'],
  listJoins: ['и', 'или'],
  clauseBreaks: ['и', 'а', 'тогда', 'который', 'которая', 'которое', 'которые', 'что', 'но'],
  objectMarkers: ['против', 'к', 'для', 'в', 'во', 'на', 'с', 'со', 'из', 'от', 'по', 'о', 'об'],
};

import type { LanguageGrammar } from './language-grammar.ts';

/** Italian: "non", "non ha ancora reagito"; the conditional ("potrebbe") and "se". */
export const ITALIAN: LanguageGrammar = {
  language: 'it',
  negations: ['non', 'mai', 'nessun', 'nessuna', 'ne', 'senza'],
  conditionals: ['se', 'qualora'],
  modals: ['potrebbe', 'potrebbero', 'dovrebbe', 'dovrebbero', 'vorrebbe'],
  contrasts: ['ma', 'pero', 'tuttavia', 'pure'],
  clauseBreaks: ['e', 'mentre', 'ma', 'che', 'cui', 'quale'],
  objectMarkers: ['contro', 'a', 'al', 'alla', 'ai', 'agli', 'alle', 'per', 'verso', 'di', 'del', 'della', 'dei', 'in', 'nel', 'nella', 'con', 'su', 'da', 'dal', 'dalla'],
};

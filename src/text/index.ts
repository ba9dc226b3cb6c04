/** Language-aware text analysis shared by enrichment and clustering. */
export { analyzerFor, type TextAnalyzer } from './analyzer.ts';
export { firstIndex } from './first-index.ts';
export { recentMemo } from './recent-memo.ts';
export { fold } from './fold.ts';
export { baseLanguage, part3 } from './language-tags.ts';
export { splitSentences, type Sentence } from './sentences.ts';
export { numberWords } from './number-words.ts';
export { lightEnglishStem, stemmerFor, type Stemmer } from './stem.ts';
export { stopwords } from './stopwords.ts';
export { tokenize, type WordToken } from './tokenize.ts';

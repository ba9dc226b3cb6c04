/**
 * Everything a language needs to read text, in one object: tokenize, stem, stopwords and sentences, chosen by the
 * language's base code (the detected language; a feed's declared language is only a hint). Enrichment and clustering
 * read text through it, so both see the same words.
 */
import { baseLanguage } from './language-tags.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { stemmerFor, type Stemmer } from './stem.ts';
import { stopwords } from './stopwords.ts';
import { tokenize, type WordToken } from './tokenize.ts';

export interface TextAnalyzer {
  /** ISO 639-1 base code, or null when the language is unknown (then nothing language-specific applies). */
  readonly language: string | null;
  tokenize(text: string): WordToken[];
  /** The folded stem of a word as written. */
  readonly stem: Stemmer;
  isStopword(folded: string): boolean;
  sentences(text: string): Sentence[];
}

const analyzers = new Map<string, TextAnalyzer>();

export function analyzerFor(language: string | null | undefined): TextAnalyzer {
  const lang = baseLanguage(language);
  const key = lang ?? '';
  let a = analyzers.get(key);
  if (!a) {
    const stops = stopwords(lang);
    a = {
      language: lang,
      tokenize: (text) => tokenize(text, lang),
      stem: stemmerFor(lang),
      isStopword: (w) => stops.has(w),
      sentences: (text) => splitSentences(text, lang),
    };
    analyzers.set(key, a);
  }
  return a;
}

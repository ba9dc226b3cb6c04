/**
 * The word tokens topic rules match against, read through the shared text module: each with its surface form (for
 * case-sensitive acronyms and for evidence), its folded form (for prefixes) and its stem in the text's language (for
 * phrases).
 */
import { analyzerFor } from '../../text/analyzer.ts';

export { fold } from '../../text/fold.ts';

export interface Token {
  surface: string;
  /** Lower-cased, diacritics folded ("Türkiye" -> "turkiye"). */
  folded: string;
  stem: string;
  /** A sentence break ("." "!" "?" ";" ":" or a line break) lies between this token and the one before. */
  breakBefore: boolean;
}

export function tokenize(input: string, language: string | null = 'en'): Token[] {
  const a = analyzerFor(language);
  return a.tokenize(input).map((t) => ({ surface: t.surface, folded: t.folded, stem: a.stem(t.surface, t.folded), breakBefore: t.breakBefore }));
}

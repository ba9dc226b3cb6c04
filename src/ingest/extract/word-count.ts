import { tokenize } from '../../text/index.ts';

/**
 * Words in a text, as the project's language-aware tokenizer counts them: Chinese, Japanese or Thai text is
 * segmented into words instead of counting as one "word" per line. How long a feed's content or a page body is.
 */
export function countWords(text: string, language: string | null = null): number {
  return tokenize(text, language).length;
}

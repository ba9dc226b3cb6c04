import { extractReactions } from '../../src/enrich/reactions/extract-reactions.ts';
import { extractLanguageReactions } from '../../src/enrich/reactions/languages/extract-language-reactions.ts';

/** The default publication date of the multilingual reaction tests' sentences (leaders are read by their terms). */
const PUBLISHED = '2026-03-05T10:00:00Z';

/** "<actor key> <stance>" for each reaction the extractor of `language` finds in `text`, in order. */
export function languageReactionPairs(language: string, text: string, publishedAt: string | null = PUBLISHED): string[] {
  return extractLanguageReactions({ title: '', text, publishedAt }, language).map((r) => `${r.actor.key} ${r.stance}`);
}

/** The distinct "<actor key> <stance>" pairs the English extractor finds in `text`, sorted. */
export function englishReactionPairs(text: string, publishedAt: string | null = PUBLISHED): string[] {
  return [...new Set(extractReactions({ title: '', text, publishedAt }).map((r) => `${r.actor.key} ${r.stance}`))].sort();
}

/** The distinct "<actor key> <stance>" pairs the extractor of `language` finds in `text`, sorted. */
export function distinctLanguageReactionPairs(language: string, text: string, publishedAt: string | null = PUBLISHED): string[] {
  return [...new Set(languageReactionPairs(language, text, publishedAt))].sort();
}

/** The pairs of a sentence in any language: English's extractor for "en" (distinct, sorted), else the language's (in order). */
export function reactionPairs(language: string, text: string, publishedAt: string | null = PUBLISHED): string[] {
  return language === 'en' ? englishReactionPairs(text, publishedAt) : languageReactionPairs(language, text, publishedAt);
}

import type { EnrichInput, Enrichment } from '../domain/enrichment.ts';
import { extractEntities } from './entities/extract-entities.ts';
import { detectLanguage } from './language/detect-language.ts';
import { extractReactions } from './reactions/extract-reactions.ts';
import { extractLanguageReactions, readsReactionsIn } from './reactions/languages/extract-language-reactions.ts';
import { topicsForLanguage } from './topics/localized-topics.ts';
import { tagTopics } from './topics/tag-topics.ts';
import type { TopicDefinition } from './topics/taxonomy.ts';

/**
 * Everything enrichment finds in one article: a pure, deterministic function of its text and the topic
 * definitions (built-in taxonomy plus analyst topics), so `newsgraph reindex` reproduces it.
 */
export function enrichArticle(input: EnrichInput, topics: readonly TopicDefinition[]): Enrichment {
  const { language, confidence } = detectLanguage({ title: input.title, text: input.text, hint: input.languageHint });
  const entities = extractEntities({ ...input, language });
  // An item with no body (a title-only feed entry) still reports what its headline says: "Italy welcomes Gaza truce".
  const read = input.text.trim() === '' && input.title.trim() !== '' ? { ...input, text: input.title } : input;
  const reactions = language && language !== 'en' && readsReactionsIn(language) ? extractLanguageReactions(read, language) : extractReactions(read);
  return { language, languageConfidence: confidence, entities, reactions, topics: tagTopics({ ...input, entities, reactions }, [...topicsForLanguage(topics, language)]) };
}

/**
 * Built-in topics in other languages: the taxonomy's English phrases plus each language's keywords
 * (data/topic-keywords.json) as phrase rules of the same weights. In a language whose reactions are not extracted
 * yet, `international-reactions` stands on what the text shows instead: two or more distinct countries or
 * international organizations named, and that language's evaluative reporting verbs ("begrüßte", "a condamné",
 * "приветствовал"). Definitions are built once per language and reused.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { TopicDefinition } from './taxonomy.ts';

const tiers = z.object({ strong: z.array(z.string().min(1)), weak: z.array(z.string().min(1)) });
const fileSchema = z.object({
  topics: z.record(z.string(), z.record(z.string().regex(/^[a-z]{2}$/), tiers)),
  reactionVerbs: z.record(z.string().regex(/^[a-z]{2}$/), z.array(z.string().min(1))),
});
type Keywords = z.infer<typeof fileSchema>;

const STRONG = 1.0;
const WEAK = 0.5;
/** The languages the reaction extractor covers: international-reactions keeps its reactions rule there. */
const REACTION_LANGUAGES = new Set(['en']);

let keywords: Keywords | null = null;
function loadKeywords(): Keywords {
  if (keywords) return keywords;
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(new URL('./data/topic-keywords.json', import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`topics: invalid topic-keywords.json: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  keywords = parsed.data;
  return keywords;
}

/** The languages with keywords of their own. */
export function keywordLanguages(): string[] {
  return Object.keys(loadKeywords().reactionVerbs).sort();
}

const cache = new WeakMap<readonly TopicDefinition[], Map<string, TopicDefinition[]>>();

/** The topic definitions to apply to an article in `language` (the same list for English or an unknown language). */
export function topicsForLanguage(topics: readonly TopicDefinition[], language: string | null): readonly TopicDefinition[] {
  const data = loadKeywords();
  if (!language || !data.reactionVerbs[language]) return topics;
  let byLanguage = cache.get(topics);
  if (!byLanguage) {
    byLanguage = new Map();
    cache.set(topics, byLanguage);
  }
  let out = byLanguage.get(language);
  if (!out) {
    out = topics.map((t) => localize(t, language, data));
    byLanguage.set(language, out);
  }
  return out;
}

function localize(topic: TopicDefinition, language: string, data: Keywords): TopicDefinition {
  let rules = topic.rules;
  const own = data.topics[topic.slug]?.[language];
  if (own) {
    rules = [
      ...rules,
      { type: 'phrases', phrases: own.strong, except: [], weight: STRONG, required: false },
      { type: 'phrases', phrases: own.weak, except: [], weight: WEAK, required: false },
    ];
  }
  if (topic.slug === 'international-reactions' && !REACTION_LANGUAGES.has(language)) {
    rules = [
      { type: 'entity-kinds', kinds: ['country', 'organization'], minDistinct: 2, weight: STRONG, required: true },
      { type: 'phrases', phrases: data.reactionVerbs[language]!, except: [], weight: WEAK, required: true },
    ];
  }
  return rules === topic.rules ? topic : { ...topic, rules };
}

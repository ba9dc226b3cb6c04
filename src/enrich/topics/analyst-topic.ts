/**
 * Analyst topics: createTopic(name, description, keywords, entities, query) compiled into the same TopicDefinition the
 * built-in taxonomy uses, so one engine tags articles with both.
 *
 * How the parts combine:
 *   - keywords are phrases (same matching as the taxonomy: case-insensitive, inflections, "negotiat*" prefixes);
 *     one mention in the title, or in the body of a typical-length item, is enough; a long article needs a few;
 *   - entities (keys like "country:RU" or canonical names like "Russia") count whenever the article mentions them;
 *   - the query (newsgraph's search syntax) is a filter: an article must match it; when there are no keywords or
 *     entities, matching it is enough.
 */
import { InvalidInputError } from '../../domain/errors.ts';
import { parseSearchQuery } from '../../store/search-query.ts';
import { compilePhrase } from './phrase-match.ts';
import { describeIssue, topicDefinitionSchema, type TopicDefinition, type TopicRule } from './taxonomy.ts';
import { fold } from './tokenize.ts';

export interface AnalystTopicInput {
  slug?: string;
  name: string;
  description?: string;
  keywords: string[];
  /** Entity keys ("org:NATO") or canonical names ("NATO"). */
  entities: string[];
  query?: string | null;
}

export const ANALYST_TOPIC_THRESHOLD = 0.3;
const KEYWORD_WEIGHT = 1;
const ENTITY_WEIGHT = 1.5;
const QUERY_ONLY_WEIGHT = 1;
/** With keywords or entities, the query only gates: it must match, but it cannot carry the topic alone. */
const QUERY_GATE_WEIGHT = 0.01;
const SLUG_MAX_LENGTH = 64;

export function analystTopicDefinition(input: AnalystTopicInput): TopicDefinition {
  const name = input.name.trim();
  if (!name) throw new InvalidInputError('A topic needs a name');
  const slug = input.slug?.trim() || slugify(name);
  if (!slug) throw new InvalidInputError(`Cannot make a slug from the name ${JSON.stringify(name)}; give one (lower-case letters, digits, hyphens)`);
  if (slug.length > SLUG_MAX_LENGTH) throw new InvalidInputError(`A topic slug is at most ${SLUG_MAX_LENGTH} characters`);

  const keywords = distinct(input.keywords);
  for (const k of keywords) {
    if (!compilePhrase(k)) throw new InvalidInputError(`Keyword ${JSON.stringify(k)} has no letters or digits to match`);
  }
  const entities = distinct(input.entities);
  const query = input.query?.trim() || null;
  if (query) parseSearchQuery(query); // throws InvalidInputError saying what is wrong and where
  if (keywords.length === 0 && entities.length === 0 && !query) {
    throw new InvalidInputError('A topic needs at least one keyword, entity or search query');
  }

  const rules: TopicRule[] = [];
  if (keywords.length) rules.push({ type: 'phrases', weight: KEYWORD_WEIGHT, phrases: keywords, except: [], required: false });
  if (entities.length) rules.push({ type: 'entities', weight: ENTITY_WEIGHT, entities, required: false });
  if (query) {
    const alone = keywords.length === 0 && entities.length === 0;
    rules.push({ type: 'query', weight: alone ? QUERY_ONLY_WEIGHT : QUERY_GATE_WEIGHT, query, required: true });
  }
  const candidate = { slug, name, description: input.description?.trim() ?? '', builtIn: false, threshold: ANALYST_TOPIC_THRESHOLD, rules };
  const parsed = topicDefinitionSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new InvalidInputError(`Invalid topic: ${parsed.error.issues.map((i) => describeIssue(candidate, i)).join('; ')}`);
  }
  return parsed.data;
}

/** "Arctic shipping & Routes" -> "arctic-shipping-routes". */
export function slugify(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}

/** Trimmed, non-empty, first spelling kept when the same value comes twice in another case. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out;
}

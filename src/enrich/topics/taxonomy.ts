/**
 * The topic taxonomy: topic definitions as data (taxonomy.json beside this file, editable by analysts) validated with
 * zod on load. The same TopicDefinition shape carries analyst topics (analyst-topic.ts), so one engine
 * (tag-topics.ts) runs both. Rule types and how they score are described in README.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from '../../domain/errors.ts';
import { parseSearchQuery } from '../../store/search-query.ts';
import { compilePhrase } from './phrase-match.ts';

export const DEFAULT_TAXONOMY_PATH = fileURLToPath(new URL('./taxonomy.json', import.meta.url));

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const entityKind = z.enum(['person', 'organization', 'country', 'place']);
const weight = z.number().positive().max(10);
const phrase = z.string().refine((p) => compilePhrase(p) !== null, { message: 'a phrase must contain at least one word' });

const ruleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('phrases'),
    weight,
    phrases: z.array(phrase).min(1),
    /** Longer phrases whose matches must not count for this rule ("trade war" for "war", "clinical trial" for "trial"). */
    except: z.array(phrase).default([]),
    required: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('entities'),
    weight,
    /** Entity keys ("org:NATO") or canonical names ("NATO"), compared case-insensitively. */
    entities: z.array(z.string().trim().min(1)).min(1),
    required: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('entity-kinds'),
    weight,
    kinds: z.array(entityKind).min(1),
    /** How many distinct entities of these kinds the article must mention. */
    minDistinct: z.number().int().min(1),
    required: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('reactions'),
    weight,
    /** Distinct reacting actors (by entity key) of actorKinds needed. */
    minActors: z.number().int().min(1),
    /** Reaction actor kinds (country, igo, non-state); 'organization' is read as igo, as before actor kinds existed. */
    actorKinds: z.array(z.enum(['country', 'igo', 'non-state', 'organization'])).min(1),
    required: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('query'),
    weight,
    query: z.string().superRefine((q, ctx) => {
      try {
        parseSearchQuery(q);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
      }
    }),
    required: z.boolean().default(false),
  }),
]);

export const topicDefinitionSchema = z.strictObject({
  slug: z.string().regex(SLUG, 'a slug is lower-case letters, digits and single hyphens, as in "crime-justice"'),
  name: z.string().trim().min(1),
  description: z.string().default(''),
  builtIn: z.boolean().default(true),
  /** The score (0..1) from which an article gets the topic. */
  threshold: z.number().gt(0).max(1),
  rules: z.array(ruleSchema).min(1),
});

const taxonomySchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  topics: z.array(topicDefinitionSchema).min(1),
});

export type TopicRule = z.output<typeof ruleSchema>;
export type TopicDefinition = z.output<typeof topicDefinitionSchema>;

/** Reads and validates a taxonomy file (the built-in one by default). Throws ConfigError naming the file, topic and field. */
export function loadTaxonomy(path: string = DEFAULT_TAXONOMY_PATH): TopicDefinition[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`Cannot read topic taxonomy ${path}: ${(e as Error).message}`, { cause: e });
  }
  return parseTaxonomy(json, path);
}

/** Validates taxonomy JSON already read; `source` names it in error messages. */
export function parseTaxonomy(json: unknown, source: string): TopicDefinition[] {
  const result = taxonomySchema.safeParse(json);
  if (!result.success) {
    throw new ConfigError(`Invalid topic taxonomy ${source}: ${result.error.issues.map((i) => describeIssue(json, i)).join('; ')}`);
  }
  const seen = new Set<string>();
  for (const topic of result.data.topics) {
    if (seen.has(topic.slug)) throw new ConfigError(`Invalid topic taxonomy ${source}: slug "${topic.slug}" is defined twice`);
    seen.add(topic.slug);
  }
  return result.data.topics;
}

/** "topics[3] (sanctions).rules[0].weight: Too small…": the path, with the topic's slug so an editor finds it. */
export function describeIssue(json: unknown, issue: z.core.$ZodIssue): string {
  let where = '';
  let node: unknown = json;
  for (const key of issue.path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    where += typeof key === 'number' ? `[${key}]` : `${where ? '.' : ''}${String(key)}`;
    const slug = node !== null && typeof node === 'object' ? (node as { slug?: unknown }).slug : undefined;
    if (typeof key === 'number' && typeof slug === 'string') where += ` (${slug})`;
  }
  return `${where || '(root)'}: ${issue.message}`;
}

/**
 * Tags an article with topics: runs every topic definition (built-in taxonomy and analyst topics alike) over the
 * article and keeps the topics whose score reaches their threshold. Pure and deterministic: the same input and
 * definitions give the same topics, scores and evidence, in the same order (score descending, then slug).
 */
import type { ArticleTopic } from '../../domain/enrichment.ts';
import { articleFacts, type TopicInput } from './article-facts.ts';
import { compileTopic, type CompiledTopic } from './compile-topic.ts';
import type { TopicDefinition } from './taxonomy.ts';

/** Definitions are compiled once and reused for every article they are applied to. */
const compiledCache = new WeakMap<TopicDefinition, CompiledTopic>();

function compiled(topic: TopicDefinition): CompiledTopic {
  let c = compiledCache.get(topic);
  if (!c) {
    c = compileTopic(topic);
    compiledCache.set(topic, c);
  }
  return c;
}

export function tagTopics(input: TopicInput, topics: readonly TopicDefinition[]): ArticleTopic[] {
  return scoreAllTopics(input, topics)
    .filter((t, i) => t.score > 0 && t.score >= topics[i]!.threshold)
    .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Every topic's score and evidence, thresholds not applied: for tuning reports and an analyst's "why not this topic?". */
export function scoreAllTopics(input: TopicInput, topics: readonly TopicDefinition[]): ArticleTopic[] {
  const facts = articleFacts(input);
  return topics.map((t) => compiled(t).score(facts));
}

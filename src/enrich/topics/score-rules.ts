/**
 * The non-phrase rule types (phrase rules are in phrase-rules.ts, evaluated together per topic): each turns an
 * article into weighted evidence. A topic's raw score is the sum of its evidence weights; tag-topics.ts maps it to 0..1.
 */
import type { ActorKind, ArticleEntity, EntityKind, TopicEvidence } from '../../domain/enrichment.ts';
import { parseSearchQuery } from '../../store/search-query.ts';
import type { ArticleFacts } from './article-facts.ts';
import { matchesQuery } from './query-match.ts';
import type { TopicRule } from './taxonomy.ts';
import { evidence } from './topic-evidence.ts';

/** An entity's evidence weighs between this share of the rule weight (salience 0) and all of it (salience 1). */
const ENTITY_FLOOR = 0.4;

export type RuleEvaluator = (facts: ArticleFacts) => TopicEvidence[];

export function compileOtherRule(rule: Exclude<TopicRule, { type: 'phrases' }>): RuleEvaluator {
  switch (rule.type) {
    case 'entities':
      return entityRule(rule.entities, rule.weight);
    case 'entity-kinds':
      return entityKindRule(rule.kinds, rule.minDistinct, rule.weight);
    case 'reactions':
      return reactionRule(rule.actorKinds, rule.minActors, rule.weight);
    case 'query':
      return queryRule(rule.query, rule.weight);
  }
}

interface LoweredEntity {
  entity: ArticleEntity;
  key: string;
  name: string;
}

/** An article's distinct entities with their key and name lower-cased: worked out once for all its topics' entity rules. */
const loweredEntities = new WeakMap<ArticleFacts, LoweredEntity[]>();

function lowered(facts: ArticleFacts): LoweredEntity[] {
  let out = loweredEntities.get(facts);
  if (!out) {
    out = distinctBy(facts.entities, (e) => e.entity.key).map((entity) => ({ entity, key: entity.entity.key.toLowerCase(), name: entity.entity.name.toLowerCase() }));
    loweredEntities.set(facts, out);
  }
  return out;
}

function entityRule(refs: string[], weight: number): RuleEvaluator {
  const wanted = new Set(refs.map((r) => r.trim().toLowerCase()));
  return (facts) =>
    lowered(facts)
      .filter((e) => wanted.has(e.key) || wanted.has(e.name))
      .map(({ entity: e }) => {
        const salience = Math.min(Math.max(e.salience, 0), 1);
        return evidence(`entity:${e.entity.key}`, `${e.entity.name} (${e.mentions}×)`, weight * (ENTITY_FLOOR + (1 - ENTITY_FLOOR) * salience));
      });
}

function entityKindRule(kinds: EntityKind[], minDistinct: number, weight: number): RuleEvaluator {
  const kindSet = new Set<EntityKind>(kinds);
  return (facts) => {
    const names = distinctBy(
      facts.entities.filter((e) => kindSet.has(e.entity.kind)).map((e) => e.entity),
      (e) => e.key,
    ).map((e) => e.name);
    if (names.length < minDistinct) return [];
    return [evidence(`entity-kind:${kinds.join('|')}>=${minDistinct}`, names.join(', '), weight)];
  };
}

function reactionRule(actorKinds: ReadonlyArray<ActorKind | 'organization'>, minActors: number, weight: number): RuleEvaluator {
  const kindSet = new Set<ActorKind>(actorKinds.map((k) => (k === 'organization' ? 'igo' : k)));
  return (facts) => {
    const actors = distinctBy(
      facts.reactions.filter((r) => kindSet.has(r.actorKind)).map((r) => r.actor),
      (a) => a.key,
    );
    if (actors.length < minActors) return [];
    // The more actors react, the more clearly the article is a round-up of reactions.
    return [evidence(`reactions>=${minActors}`, actors.map((a) => a.name).join(', '), (weight * actors.length) / minActors)];
  };
}

function queryRule(query: string, weight: number): RuleEvaluator {
  const { root } = parseSearchQuery(query);
  return (facts) => (matchesQuery(root, facts.queryText()) ? [evidence(`query:${query}`, query, weight)] : []);
}

function distinctBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

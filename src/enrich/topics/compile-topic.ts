/** A topic definition compiled once into an evaluator that scores articles. */
import type { ArticleTopic, TopicEvidence } from '../../domain/enrichment.ts';
import type { ArticleFacts } from './article-facts.ts';
import { compilePhraseRules } from './phrase-rules.ts';
import { compileOtherRule, type RuleEvaluator } from './score-rules.ts';
import type { TopicDefinition } from './taxonomy.ts';

export interface CompiledTopic {
  slug: string;
  threshold: number;
  /** Score and evidence for one article, whether or not the score reaches the threshold. */
  score(facts: ArticleFacts): ArticleTopic;
}

export function compileTopic(topic: TopicDefinition): CompiledTopic {
  const phraseRules = compilePhraseRules(
    topic.rules.flatMap((r, ruleIndex) => (r.type === 'phrases' ? [{ ruleIndex, phrases: r.phrases, except: r.except, weight: r.weight }] : [])),
  );
  const requiredPhraseRules = topic.rules.flatMap((r, i) => (r.type === 'phrases' && r.required ? [i] : []));
  const others: { evaluate: RuleEvaluator; required: boolean }[] = topic.rules.flatMap((r) =>
    r.type === 'phrases' ? [] : [{ evaluate: compileOtherRule(r), required: r.required }],
  );
  const none = (): ArticleTopic => ({ slug: topic.slug, score: 0, evidence: [] });

  return {
    slug: topic.slug,
    threshold: topic.threshold,
    score(facts) {
      const evidence: TopicEvidence[] = [];
      for (const rule of others) {
        const found = rule.evaluate(facts);
        if (rule.required && found.length === 0) return none();
        evidence.push(...found);
      }
      const phrases = phraseRules(facts);
      if (requiredPhraseRules.some((i) => !phrases.matchedRules.has(i))) return none();
      evidence.push(...phrases.evidence);
      const raw = evidence.reduce((sum, e) => sum + e.weight, 0);
      evidence.sort((a, b) => b.weight - a.weight || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
      return { slug: topic.slug, score: toScore(raw), evidence };
    },
  };
}

/** Raw evidence weight -> 0..1, rising steeply and then flattening: 0.5 -> 0.39, 1 -> 0.63, 2 -> 0.86, 3 -> 0.95. */
export function toScore(raw: number): number {
  return Math.round((1 - Math.exp(-raw)) * 1000) / 1000;
}

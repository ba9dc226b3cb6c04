import type { TopicEvidence } from '../../domain/enrichment.ts';
import { ArticleEnrichmentReadRepository, type ArticleEntityRow } from '../../store/repositories/article-enrichment-read-repository.ts';
import type { ArticleTopicRow } from '../../store/repositories/topic-repository.ts';
import { builder } from '../builder.ts';
import { EntityRef, TopicRef } from './enrichment-refs.ts';
import { ReactionRef } from './reaction.ts';
import { ArticleRef } from './refs.ts';

/*
 * What enrichment found in an article, as fields of Article. Each is one DataLoader over all the articles of the
 * request at that place in the query (one statement per 500 articles), with the entity and topic rows joined in, so
 * a page of articles with entities, topics and reactions costs the same few statements however long the page.
 */

const ArticleEntityRef = builder.objectRef<ArticleEntityRow>('ArticleEntity').implement({
  description: 'An entity as one article mentions it.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (r) => r.entity }),
    mentions: t.exposeInt('mentions', { description: 'Times the article mentions it' }),
    salience: t.exposeFloat('salience', { description: '0..1: how central it is to the article (title and lead mentions weigh more)' }),
    aliases: t.exposeStringList('aliases', { description: 'How this article writes it ("President Vladimir Putin", "Putin\'s")' }),
  }),
});

const TopicEvidenceRef = builder.objectRef<TopicEvidence>('TopicEvidence').implement({
  description: "A rule of the topic that matched the article: why it is tagged.",
  fields: (t) => ({
    rule: t.exposeString('rule', { description: 'e.g. "phrase:ceasefire", "entity-kind:organization", "reactions>=2"' }),
    match: t.exposeString('match', { description: 'What in the article matched' }),
    weight: t.exposeFloat('weight'),
  }),
});

const ArticleTopicRef = builder.objectRef<ArticleTopicRow>('ArticleTopic').implement({
  description: 'A topic an article is tagged with, its score and the evidence that matched.',
  fields: (t) => ({
    topic: t.field({ type: TopicRef, resolve: (r) => r.topic }),
    score: t.exposeFloat('score', { description: 'How strongly the article is about the topic, 0..1' }),
    evidence: t.field({ type: [TopicEvidenceRef], resolve: (r) => r.evidence }),
  }),
});

builder.objectFields(ArticleRef, (t) => ({
  detectedLanguage: t.loadable({
    type: 'String',
    nullable: true,
    description: 'The language detected from the text (ISO 639-1); `language` is what the feed declares. Null until enriched or when unsure.',
    load: async (articleIds: string[], ctx) => (await ctx.services.repos.enrichment.statusOf(articleIds)).map((s) => s?.detectedLanguage ?? null),
    resolve: (a) => a.id,
  }),
  languageConfidence: t.loadable({
    type: 'Float',
    nullable: true,
    description: 'How sure detection is of `detectedLanguage`, 0..1 (0.3 when only the feed-declared language decided). Null until enriched.',
    load: async (articleIds: string[], ctx) => (await ctx.services.repos.enrichment.statusOf(articleIds)).map((s) => s?.languageConfidence ?? null),
    resolve: (a) => a.id,
  }),
  entities: t.loadableList({
    type: ArticleEntityRef,
    description: 'People, organizations, countries and places the article mentions, most salient first.',
    load: async (articleIds: string[], ctx) => new ArticleEnrichmentReadRepository(ctx.services.db).entitiesOf(articleIds),
    resolve: (a) => a.id,
  }),
  topics: t.loadableList({
    type: ArticleTopicRef,
    description: 'Topics the article is tagged with, highest score first.',
    load: async (articleIds: string[], ctx) => ctx.services.repos.topics.articleTopicsOf(articleIds),
    resolve: (a) => a.id,
  }),
  reactions: t.loadableList({
    type: ReactionRef,
    description: 'Reactions the article reports, in the order it reports them.',
    load: async (articleIds: string[], ctx) => ctx.services.repos.reactions.ofArticles(articleIds),
    resolve: (a) => a.id,
  }),
}));

import type { Article } from '../../domain/article.ts';
import type { ErrorCode } from '../../domain/errors.ts';
import type { ExtractionView } from '../../store/repositories/extraction-repository.ts';
import { builder } from '../builder.ts';
import { ErrorCodeEnum } from './errors.ts';
import { ArticleRef } from './refs.ts';

const ExtractionStatusEnum = builder.enumType('ExtractionStatus', {
  values: {
    PENDING: { value: 'pending', description: 'Not tried yet, or waiting for a retry' },
    OK: { value: 'ok', description: "The page's article was extracted" },
    SKIPPED: { value: 'skipped', description: "The feed's policy or its own content made a page fetch unnecessary" },
    FAILED: { value: 'failed', description: 'The page could not be fetched or held no article; retried with backoff while attempts remain' },
    BLOCKED: { value: 'blocked', description: "The site's robots.txt does not allow fetching the page" },
  } as const,
});

const ContentSourceEnum = builder.enumType('ContentSource', {
  values: {
    FEED: { value: 'FEED', description: "The feed's own content" },
    PAGE: { value: 'PAGE', description: "The article extracted from its web page" },
  } as const,
});

const ExtractionErrorRef = builder.objectRef<{ code: ErrorCode; message: string }>('ExtractionError').implement({
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (e) => e.code }),
    message: t.exposeString('message'),
  }),
});

const ArticleExtractionRef = builder.objectRef<ExtractionView>('ArticleExtraction').implement({
  description: "Completing an article from its web page: where its text comes from and how the last attempt went",
  fields: (t) => ({
    status: t.field({ type: ExtractionStatusEnum, resolve: (x) => x.status }),
    source: t.field({ type: ContentSourceEnum, description: 'Where contentHtml and text come from now', resolve: (x) => x.source }),
    fetchedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the page was last read successfully', resolve: (x) => x.fetchedAt }),
    error: t.field({ type: ExtractionErrorRef, nullable: true, description: 'The last failure, if the last attempt failed', resolve: (x) => x.error }),
    attempts: t.exposeInt('attempts', { description: 'Failed attempts since the last success' }),
    nextAttemptAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.nextAttemptAt }),
    pageUrl: t.field({ type: 'URL', nullable: true, resolve: (x) => x.pageUrl }),
    byline: t.exposeString('byline', { nullable: true }),
    section: t.exposeString('section', { nullable: true }),
    siteName: t.exposeString('siteName', { nullable: true }),
    leadImage: t.field({ type: 'URL', nullable: true, resolve: (x) => x.leadImage }),
    wordCount: t.exposeInt('wordCount', { nullable: true }),
  }),
});

/*
 * The feed's summary beside the best available text, and the extraction state, as fields of Article; one
 * DataLoader statement for all the articles at one place in the query.
 */
builder.objectFields(ArticleRef, (t) => ({
  extraction: t.loadable({
    type: ArticleExtractionRef,
    nullable: true,
    description: 'Page extraction state; null until the article has been considered for it',
    load: (articleIds: string[], ctx) => ctx.services.repos.extractions.getViews(articleIds),
    resolve: (a) => a.id,
  }),
  summary: t.loadable({
    type: 'String',
    description: "The feed's own content as plain text (contentHtml and text serve the page's article when it was extracted)",
    // Keyed by the article itself: where no page body is served, the article's own text is the feed's.
    load: async (articles: Article[], ctx) => {
      const views = await ctx.services.repos.extractions.getViews(articles.map((a) => a.id));
      return articles.map((a, i) => views[i]?.summaryText ?? a.text);
    },
    resolve: (a) => a,
  }),
}));

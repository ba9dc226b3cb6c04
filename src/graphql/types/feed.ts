import type { Feed, FeedFormat } from '../../domain/feed.ts';
import { FeedAdminRepository } from '../../store/repositories/feed-admin-repository.ts';
import { FetchHistoryRepository } from '../../store/repositories/fetch-history-repository.ts';
import { adminField } from '../auth.ts';
import { withoutCredentials } from '../redact-url.ts';
import { builder } from '../builder.ts';
import { forwardConnection, forwardWindow, idCursor } from '../id-cursor.ts';
import { localId } from '../node-id.ts';
import { FeedHealthRef, FeedHealthStatusEnum } from './feed-health.ts';
import { FeedFetchConnection } from './fetch.ts';
import { ParseWarningRef } from './parse-warning.ts';
import { FeedRef, SourceRef } from './refs.ts';

/*
 * Who sees what: a feed's URL, title, source and health (status, counts, schedule, last error code and time) are
 * public, like the articles it brings. Its internals are admin only: the fetch log (`fetches`), the HTTP validators
 * (`validators`) and the text of its last error (FeedError.message), which can name internal hosts.
 */

export const FeedFormatEnum = builder.enumType('FeedFormat', {
  values: {
    RSS: { value: 'rss' },
    ATOM: { value: 'atom' },
    RDF: { value: 'rdf', description: 'RSS 1.0 / RDF Site Summary' },
    JSON: { value: 'json', description: 'JSON Feed' },
    CDF: { value: 'cdf', description: "Microsoft's Channel Definition Format" },
  } as const satisfies Record<string, { value: FeedFormat; description?: string }>,
});

const FeedValidatorsRef = builder.objectRef<Feed>('FeedValidators').implement({
  description: 'What the next conditional GET sends, and what an unchanged body is recognized by.',
  fields: (t) => ({
    etag: t.string({ nullable: true, resolve: (f) => f.etag }),
    lastModified: t.string({ nullable: true, resolve: (f) => f.lastModified }),
    bodyHash: t.string({ nullable: true, description: 'SHA-256 of the last body parsed', resolve: (f) => f.bodyHash }),
  }),
});

const fetchCursor = idCursor('fetch');
const feedCursor = idCursor('feed');

FeedRef.implement({
  description: 'One feed URL of a source, with its fetch health.',
  fields: (t) => ({
    url: t.field({
      type: 'URL',
      description: 'The URL as added (user:password@ shown to admin keys only)',
      resolve: (f, _args, ctx) => (ctx.auth.admin ? f.url : withoutCredentials(f.url)),
    }),
    effectiveUrl: t.field({
      type: 'URL',
      description: 'Where the feed is fetched now, after permanent redirects (user:password@ shown to admin keys only)',
      resolve: (f, _args, ctx) => (ctx.auth.admin ? f.effectiveUrl : withoutCredentials(f.effectiveUrl)),
    }),
    title: t.exposeString('title', { nullable: true }),
    format: t.field({ type: FeedFormatEnum, nullable: true, description: 'Null until the first successful fetch', resolve: (f) => f.format }),
    language: t.exposeString('language', { nullable: true, description: 'BCP 47 tag, as the feed declares it' }),
    siteUrl: t.field({ type: 'URL', nullable: true, description: 'The website the feed belongs to', resolve: (f) => f.siteUrl }),
    enabled: t.exposeBoolean('enabled'),
    disabledReason: t.exposeString('disabledReason', { nullable: true }),
    source: t.field({ type: SourceRef, resolve: (f) => f.sourceId }),
    createdAt: t.field({ type: 'DateTime', resolve: (f) => f.createdAt }),
    health: t.field({ type: FeedHealthRef, resolve: (f) => f }),
    parseWarnings: t.field({
      type: [ParseWarningRef],
      description: 'What the last parsed body needed worked around (recovered XML, skipped items, unusable dates); empty for a clean feed',
      resolve: (f) => f.parseWarnings,
    }),
    validators: t.field({
      type: FeedValidatorsRef,
      nullable: true,
      description: 'HTTP validators and body hash. Admin only.',
      ...adminField('Feed.validators'),
      resolve: (f) => f,
    }),
    fetches: t.loadable({
      type: FeedFetchConnection,
      nullable: true,
      description: 'Fetch attempts, newest first (keyset on the fetch id). Admin only.',
      ...adminField('Feed.fetches'),
      // byPath: every feed at one place in the query shares the arguments, so one windowed statement serves them all.
      byPath: true,
      args: {
        first: t.arg.int({ description: '1 to 100; default 20' }),
        after: t.arg.string(),
      },
      load: async (feedIds: string[], ctx, args) => {
        const w = forwardWindow(fetchCursor, args);
        const lists = await new FetchHistoryRepository(ctx.services.db).listForFeeds(feedIds, { limit: w.limit + 1, beforeId: w.after });
        return lists.map((rows) => forwardConnection(fetchCursor, rows, w, (r) => r.id));
      },
      resolve: (f) => f.id,
    }),
  }),
});

const FeedFilter = builder.inputType('FeedFilter', {
  fields: (t) => ({
    health: t.field({ type: FeedHealthStatusEnum }),
    source: t.id({ description: 'A source id: only its feeds' }),
  }),
});

const FeedConnection = builder.connectionObject({ type: FeedRef, name: 'FeedConnection' });

builder.queryFields((t) => ({
  feeds: t.field({
    type: FeedConnection,
    description: 'Feeds in the order they were added, optionally only those of one health status or one source.',
    args: {
      filter: t.arg({ type: FeedFilter }),
      first: t.arg.int({ description: '1 to 100; default 20' }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const w = forwardWindow(feedCursor, args);
      let sourceId: string | null = null;
      if (args.filter?.source != null) {
        try {
          sourceId = localId('Source', args.filter.source);
        } catch {
          return forwardConnection<Feed>(feedCursor, [], w, (f) => f.id); // an id of nothing matches nothing
        }
      }
      const rows = await new FeedAdminRepository(ctx.services.db).listPage(
        { health: args.filter?.health ?? null, sourceId },
        { afterId: w.after, limit: w.limit + 1 },
      );
      return forwardConnection(feedCursor, rows, w, (f) => f.id);
    },
  }),
  feed: t.field({
    type: FeedRef,
    nullable: true,
    description: 'A feed by its id (global or raw); null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      let id: string;
      try {
        id = localId('Feed', args.id);
      } catch {
        return null;
      }
      return ctx.services.repos.feeds.getById(id);
    },
  }),
}));

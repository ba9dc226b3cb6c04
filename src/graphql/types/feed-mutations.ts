import { encodeGlobalID } from '@pothos/plugin-relay';
import { FetchError, InvalidInputError, NotFoundError, ParseError } from '../../domain/errors.ts';
import type { Feed } from '../../domain/feed.ts';
import { systemClock } from '../../domain/clock.ts';
import { addFeed, validateFeedUrl } from '../../ingest/add-feed.ts';
import { FeedAdminRepository, type FeedPatch } from '../../store/repositories/feed-admin-repository.ts';
import { adminMutation, ForbiddenError } from '../auth.ts';
import { builder } from '../builder.ts';
import { feedAdminContextFrom } from '../ingest-context.ts';
import { localId } from '../node-id.ts';
import { asDuplicate, DuplicateFeedError, expected } from './errors.ts';
import { FeedRef } from './refs.ts';
import { FullTextPolicyEnum } from './full-text-policy.ts';

/** Admin mutations on feeds. Each answers a result union: the success payload or one of its expected errors. */

const AddFeedPayload = builder.objectRef<{ feed: Feed; discoveredFrom: string | null }>('AddFeedPayload').implement({
  fields: (t) => ({
    feed: t.field({ type: FeedRef, resolve: (p) => p.feed }),
    discoveredFrom: t.field({
      type: 'URL',
      nullable: true,
      description: 'The web page the feed was discovered on, when the URL given was a page',
      resolve: (p) => p.discoveredFrom,
    }),
  }),
});

const UpdateFeedInput = builder.inputType('UpdateFeedInput', {
  description: 'Only the fields given change.',
  fields: (t) => ({
    url: t.string({ description: 'A new http(s) URL: the feed starts over (validators forgotten, fetched next pass)' }),
    title: t.string({ description: 'null clears it. A successful fetch replaces it with the title the feed declares.' }),
    sourceName: t.string({ description: 'Move the feed to this source (created if new)' }),
    enabled: t.boolean(),
    fullText: t.field({ type: FullTextPolicyEnum, description: 'Whether articles are completed from their web pages' }),
  }),
});

const names = (name: string, dataField?: string) => ({
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
  ...(dataField ? { dataField: { name: dataField } } : {}),
});

const now = (ctx: { services: { clock?: { now(): Date } } }) => (ctx.services.clock ?? systemClock).now().toISOString();

builder.mutationFields((t) => ({
  addFeed: t.field({
    type: AddFeedPayload,
    description:
      'Subscribes to a feed. The URL may be the feed or a web page announcing it (autodiscovery). ' +
      'url is a String so a malformed one comes back as InvalidInputError data.',
    ...adminMutation,
    errors: {
      types: [ForbiddenError, InvalidInputError, DuplicateFeedError, FetchError, ParseError],
      directResult: true,
      union: { name: 'AddFeedResult' },
    },
    args: {
      url: t.arg.string({ required: true }),
      sourceName: t.arg.string({ description: "The publisher's name; default: from the site's host name" }),
      fullText: t.arg({ type: FullTextPolicyEnum, description: 'Whether articles are completed from their web pages; default: the FULL_TEXT_DEFAULT setting' }),
    },
    resolve: expected(async (_root, args, ctx) => {
      try {
        const r = await addFeed(feedAdminContextFrom(ctx.services), {
          url: args.url,
          sourceName: args.sourceName ?? null,
          ...(args.fullText ? { fullText: args.fullText } : {}),
        });
        return { feed: r.feed, discoveredFrom: r.discoveredFrom };
      } catch (e) {
        throw asDuplicate(e);
      }
    }),
  }),

  updateFeed: t.field({
    type: FeedRef,
    ...adminMutation,
    errors: { types: [ForbiddenError, NotFoundError, InvalidInputError, DuplicateFeedError], ...names('UpdateFeed', 'feed') },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateFeedInput, required: true }),
    },
    resolve: expected(async (_root, args, ctx) => {
      const id = localId('Feed', args.id);
      // Checked first so a bad id does not leave a new, empty source behind.
      if (!(await ctx.services.repos.feeds.getById(id))) throw new NotFoundError(`feed ${id}`);
      const input = args.input;
      const patch: FeedPatch = {};
      if (input.url != null) patch.url = validateFeedUrl(input.url);
      if (input.title !== undefined) patch.title = input.title?.trim() || null;
      if (input.enabled != null) patch.enabled = input.enabled;
      if (input.fullText != null) patch.fullText = input.fullText;
      if (input.sourceName != null) {
        // ensure() refuses an empty name with InvalidInputError.
        patch.sourceId = (await ctx.services.repos.sources.ensure({ name: input.sourceName }, now(ctx))).id;
      }
      if (!Object.keys(patch).length) throw new InvalidInputError('nothing to update: give url, title, sourceName, enabled or fullText');
      try {
        return await new FeedAdminRepository(ctx.services.db).update(id, patch, now(ctx));
      } catch (e) {
        throw asDuplicate(e);
      }
    }),
  }),

  removeFeed: t.field({
    type: 'ID',
    description: 'Removes a feed and its fetch log. Articles it brought stay (with their other feeds, if any).',
    ...adminMutation,
    errors: { types: [ForbiddenError, NotFoundError], ...names('RemoveFeed', 'removedFeedId') },
    args: { id: t.arg.id({ required: true }) },
    resolve: expected(async (_root, args, ctx) => {
      const id = localId('Feed', args.id);
      await ctx.services.repos.feeds.remove(id);
      return encodeGlobalID('Feed', id);
    }),
  }),

  setFeedEnabled: t.field({
    type: FeedRef,
    description: 'Enabling makes the feed due now and forgets its error streak; disabling keeps the reason.',
    ...adminMutation,
    errors: { types: [ForbiddenError, NotFoundError], ...names('SetFeedEnabled', 'feed') },
    args: {
      id: t.arg.id({ required: true }),
      enabled: t.arg.boolean({ required: true }),
      reason: t.arg.string({ description: 'Why it is disabled (shown as disabledReason)' }),
    },
    resolve: expected(async (_root, args, ctx) => {
      const id = localId('Feed', args.id);
      return ctx.services.repos.feeds.setEnabled(id, args.enabled, now(ctx), args.reason?.trim() || null);
    }),
  }),
}));

import { InvalidInputError, ParseError } from '../../domain/errors.ts';
import { importOpml, type OpmlImportLine, type OpmlImportReport } from '../../ingest/import-opml.ts';
import { adminMutation, ForbiddenError } from '../auth.ts';
import { builder } from '../builder.ts';
import { feedAdminContextFrom } from '../ingest-context.ts';
import { expected } from './errors.ts';
import { FeedRef } from './refs.ts';

const OpmlOutlineStatusEnum = builder.enumType('OpmlOutlineStatus', {
  values: {
    ADDED: { value: 'added' },
    DUPLICATE: { value: 'duplicate', description: 'Already subscribed, or repeated in the file' },
    INVALID: { value: 'invalid', description: 'No usable xmlUrl' },
  } as const satisfies Record<string, { value: OpmlImportLine['status']; description?: string }>,
});

const OpmlImportLineRef = builder.objectRef<OpmlImportLine>('OpmlImportLine').implement({
  description: 'What became of one outline of the file.',
  fields: (t) => ({
    outline: t.exposeString('outline', { description: 'Folder path and title of the outline, or its xmlUrl' }),
    xmlUrl: t.exposeString('xmlUrl', { nullable: true }),
    status: t.field({ type: OpmlOutlineStatusEnum, resolve: (l) => l.status }),
    feed: t.field({
      type: FeedRef,
      nullable: true,
      description: 'The feed added, or the one already subscribed',
      resolve: (l) => l.feedId,
    }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

const OpmlImportReportRef = builder.objectRef<OpmlImportReport>('OpmlImportReport').implement({
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    added: t.exposeInt('added'),
    duplicates: t.exposeInt('duplicates'),
    invalid: t.exposeInt('invalid'),
    outlines: t.field({ type: [OpmlImportLineRef], resolve: (r) => r.lines }),
  }),
});

/** An OPML document larger than this is refused before parsing; subscription lists are small. */
const MAX_OPML_CHARS = 5_000_000;

builder.mutationFields((t) => ({
  importOpml: t.field({
    type: OpmlImportReportRef,
    description: 'Subscribes to every feed of an OPML document (no network: each xmlUrl is taken as the feed).',
    ...adminMutation,
    errors: { types: [ForbiddenError, InvalidInputError, ParseError], directResult: true, union: { name: 'ImportOpmlResult' } },
    args: {
      opml: t.arg.string({ required: true, description: 'The OPML document itself' }),
      sourceName: t.arg.string({ description: "Put every feed under this source; default: each feed's site" }),
    },
    resolve: expected(async (_root, args, ctx) => {
      if (args.opml.length > MAX_OPML_CHARS) throw new InvalidInputError(`the OPML document is over ${MAX_OPML_CHARS} characters`);
      return importOpml(feedAdminContextFrom(ctx.services), args.opml, { sourceName: args.sourceName ?? null });
    }),
  }),
}));

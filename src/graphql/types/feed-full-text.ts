import { builder } from '../builder.ts';
import { FullTextPolicyEnum } from './full-text-policy.ts';
import { FeedRef } from './refs.ts';

builder.objectFields(FeedRef, (t) => ({
  fullText: t.field({
    type: FullTextPolicyEnum,
    description: "Whether this feed's articles are completed from their web pages",
    resolve: (f) => f.fullText,
  }),
}));

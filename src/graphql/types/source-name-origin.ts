import type { SourceNameOrigin } from '../../domain/feed.ts';
import { builder } from '../builder.ts';

export const SourceNameOriginEnum = builder.enumType('SourceNameOrigin', {
  description: "Where a source's name came from, so a client can tell a chosen name from a guessed one.",
  values: {
    GIVEN: { value: 'given', description: 'Set by a person: configuration, OPML or a mutation' },
    FEED: { value: 'feed', description: "Read from the feed's own title or its site's name" },
    HOST: { value: 'host', description: 'The host name, as a last resort; replaced once a feed names its publisher' },
  } as const satisfies Record<string, { value: SourceNameOrigin; description: string }>,
});

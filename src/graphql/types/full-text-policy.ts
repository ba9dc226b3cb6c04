import { FULL_TEXT_POLICIES, type FullTextPolicy } from '../../domain/extraction.ts';
import { builder } from '../builder.ts';

export const FullTextPolicyEnum = builder.enumType('FullTextPolicy', {
  description: "Whether a feed's articles are completed from their web pages",
  values: Object.fromEntries(
    FULL_TEXT_POLICIES.map((p) => [
      p,
      {
        value: p,
        description:
          p === 'AUTO'
            ? "Fetch the page when the feed's own content is short (FULL_TEXT_MIN_WORDS)"
            : p === 'ALWAYS'
              ? 'Fetch the page of every article'
              : "Never fetch pages: the feed's content is all there is",
      },
    ]),
  ) as Record<FullTextPolicy, { value: FullTextPolicy; description: string }>,
});

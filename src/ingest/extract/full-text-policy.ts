import type { FullTextPolicy } from '../../domain/extraction.ts';

/**
 * Whether an article's page should be fetched. An article seen in several feeds follows the most demanding policy:
 * ALWAYS wins, then AUTO; only when every feed says NEVER is the page never fetched. AUTO fetches when the feed's
 * own content is shorter than `minWords` (a summary or a teaser).
 */
export function wantsPage(policies: readonly FullTextPolicy[], feedWords: number, minWords: number): boolean {
  const effective: FullTextPolicy = policies.includes('ALWAYS')
    ? 'ALWAYS'
    : policies.length > 0 && policies.every((p) => p === 'NEVER')
      ? 'NEVER'
      : 'AUTO';
  if (effective === 'ALWAYS') return true;
  if (effective === 'NEVER') return false;
  return feedWords < minWords;
}

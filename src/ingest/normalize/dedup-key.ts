/**
 * The key an article is unique by within its source. Prefers what the publisher says identifies the item (guid),
 * then where it lives (canonical URL), then what it says (title + raw date) as a last resort.
 */
import { createHash } from 'node:crypto';

export interface DedupKeyInput {
  guid: string | null;
  canonicalUrl: string | null;
  title: string;
  /** The date exactly as the feed wrote it, so a parser change does not re-key old items. */
  publishedRaw: string | null;
}

const HASH_CHARS = 32;

export function dedupKey(input: DedupKeyInput): string {
  const guid = input.guid?.trim();
  if (guid) return `guid:${guid}`;
  if (input.canonicalUrl) return `url:${input.canonicalUrl}`;
  const digest = createHash('sha256')
    .update(`${input.title}\n${input.publishedRaw?.trim() ?? ''}`)
    .digest('hex');
  return `hash:${digest.slice(0, HASH_CHARS)}`;
}

import type { GraphQLResolveInfo } from 'graphql';
import type { FeedColumn } from '../store/repositories/feed-repository.ts';
import { columnsOfFields } from './field-columns.ts';
import { fieldsSelectedAt } from './selects-path.ts';

/**
 * The stored columns each field of Feed reads from the feed object (beyond its id). `health` is left out, so a query
 * asking for it reads every column; so does any field added later until it is listed.
 */
const COLUMNS_OF_FIELD: Readonly<Record<string, readonly FeedColumn[]>> = {
  __typename: [],
  id: [],
  url: ['url'],
  effectiveUrl: ['effective_url'],
  title: ['title'],
  format: ['format'],
  language: ['language'],
  siteUrl: ['site_url'],
  enabled: ['enabled'],
  disabledReason: ['disabled_reason'],
  source: ['source_id'],
  createdAt: ['created_at'],
  parseWarnings: ['parse_warnings'],
  validators: ['etag', 'last_modified', 'body_hash'],
  // Loaded by the feed's id.
  fetches: [],
  fullText: ['full_text'],
};

/** Every field the table above knows, for the test that checks each one against a full read. */
export const FEED_FIELDS_WITH_COLUMNS: readonly string[] = Object.keys(COLUMNS_OF_FIELD);

/** The feed columns the field being resolved (a feed or a list of feeds) needs, or undefined to read them all. */
export function feedColumnsOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): FeedColumn[] | undefined {
  return columnsOfFields(COLUMNS_OF_FIELD, fieldsSelectedAt(info, []));
}

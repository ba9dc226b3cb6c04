import { newId } from '../../src/domain/ids.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import type { TestStore } from './databases.ts';

/**
 * Articles straight into the table, one per publication time, under a source of their own: for store tests whose
 * subject only needs articles to exist (the work queue, enrichment rows). `at` stamps the source and the fetch.
 */
export async function seedBareArticles(store: TestStore, publishedAt: readonly string[], at = publishedAt[0] ?? '2026-03-01T10:00:00.000Z'): Promise<string[]> {
  const sourceId = (await createRepositories(store.db).sources.ensure({ name: `S ${newId()}`, language: 'en' }, at)).id;
  const ids = publishedAt.map(() => newId());
  await store.db.kysely
    .insertInto('articles')
    .values(
      ids.map((id, i) => ({
        id,
        source_id: sourceId,
        dedup_key: `guid:${id}`,
        guid: id,
        url: `https://example.test/a/${id}`,
        canonical_url: `https://example.test/a/${id}`,
        title: `Article ${i}`,
        content_html: null,
        text: `Text of article ${i}.`,
        excerpt: `Text of article ${i}.`,
        authors: '[]',
        categories: '[]',
        image_url: null,
        enclosures: '[]',
        language: 'en',
        published_at: publishedAt[i]!,
        published_at_estimated: 0,
        updated_at: null,
        fetched_at: at,
        changed_at: at,
        content_hash: `h-${id}`,
      })),
    )
    .execute();
  return ids;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceNameOrigin } from '../../src/domain/feed.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';

// A client tells a chosen source name from one read off the feed or guessed from the host.
const cases: [name: string, origin: SourceNameOrigin | undefined, expected: string][] = [
  ['Chosen by an operator', undefined, 'GIVEN'],
  ['Set in config', 'given', 'GIVEN'],
  ['The Feed Says So', 'feed', 'FEED'],
  ['news.example', 'host', 'HOST'],
];

describe.each(dialects)('Source.nameOrigin on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    api = testApi(store);
    for (const [name, nameOrigin] of cases) {
      await api.services.repos.sources.ensure(nameOrigin ? { name, nameOrigin } : { name }, '2026-11-20T08:00:00.000Z');
    }
  });
  afterAll(async () => store?.cleanup());

  it.each(cases)('%s (%s) reads back as %s', async (name, _origin, expected) => {
    const r = await api.gql('{ sources { name nameOrigin } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.sources.find((s: { name: string }) => s.name === name)).toEqual({ name, nameOrigin: expected });
  });
});

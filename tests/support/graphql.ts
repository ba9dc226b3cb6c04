import { createMetrics } from '../../src/log/metrics.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import type { ApiServices } from '../../src/graphql/context.ts';
import { createInProcessArticleEvents } from '../../src/graphql/in-process-article-events.ts';
import { createGraphQLServer } from '../../src/graphql/yoga.ts';
import type { TestStore } from './databases.ts';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/** The API over a test store, called in process through yoga.fetch. */
export function testApi(store: TestStore, overrides: Partial<ApiServices> = {}) {
  const services: ApiServices = {
    db: store.db,
    repos: createRepositories(store.db),
    config: store.config,
    logger: silentLogger,
    metrics: createMetrics(false),
    events: createInProcessArticleEvents(),
    ...overrides,
  };
  const yoga = createGraphQLServer(services);
  async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const res = await yoga.fetch('http://newsgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: res.status, ...body };
  }
  return { services, yoga, gql };
}

import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics. One registry per process (created lazily) so tests can build several apps without
 * "metric already registered" clashes from prom-client's global registry.
 */
export interface Metrics {
  registry: Registry;
  fetches: Counter<'status' | 'error_code'>;
  articles: Counter<'change'>;
  fetchDuration: Histogram<'status'>;
  passes: Counter<'trigger'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  graphqlDuration: Histogram<'operation_name' | 'operation_type'>;
  graphqlErrors: Counter<'operation_name' | 'operation_type' | 'code'>;
}

export function createMetrics(withDefaults = true): Metrics {
  const registry = new Registry();
  if (withDefaults) collectDefaultMetrics({ register: registry });
  return {
    registry,
    fetches: new Counter({
      name: 'newsgraph_feed_fetches_total',
      help: 'Feed fetch attempts by outcome; error_code is empty unless status is error',
      labelNames: ['status', 'error_code'],
      registers: [registry],
    }),
    articles: new Counter({
      name: 'newsgraph_articles_stored_total',
      help: 'Articles written by ingestion, by change (new, updated)',
      labelNames: ['change'],
      registers: [registry],
    }),
    fetchDuration: new Histogram({
      name: 'newsgraph_feed_ingest_duration_seconds',
      help: 'Time to fetch, parse, normalize and store one feed',
      labelNames: ['status'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30],
      registers: [registry],
    }),
    passes: new Counter({
      name: 'newsgraph_ingest_passes_total',
      help: 'Ingest passes run, by trigger (cron, cli, api)',
      labelNames: ['trigger'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'newsgraph_http_request_duration_seconds',
      help: 'HTTP request durations',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'newsgraph_graphql_operation_duration_seconds',
      help: 'GraphQL operation durations, parse to result, by operation name and type (query, mutation, subscription)',
      labelNames: ['operation_name', 'operation_type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    graphqlErrors: new Counter({
      name: 'newsgraph_graphql_errors_total',
      help: 'Errors in GraphQL responses, by operation and error code (limits, validation, timeouts, masked internal errors)',
      labelNames: ['operation_name', 'operation_type', 'code'],
      registers: [registry],
    }),
  };
}

import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createAuthenticator } from './auth.ts';
import type { ApiServices, GraphQLContext } from './context.ts';
import { graphiqlCspPlugin } from './graphiql-csp-plugin.ts';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql-default-query.ts';
import { renderGraphiQLPage } from './graphiql-page.ts';
import { jitPlugin } from './jit-plugin.ts';
import { limitPlugins } from './limits.ts';
import { metricsPlugin } from './metrics-plugin.ts';
import { responseCachePlugins } from './response-cache.ts';
import { getSchema } from './schema.ts';

export const GRAPHQL_PATH = '/graphql';

/** The yoga instance, built apart from listening: tests call `yoga.fetch` in process, `serve` mounts it on /graphql. */
export function createGraphQLServer(services: ApiServices): YogaServerInstance<Record<string, never>, GraphQLContext> {
  const authenticate = createAuthenticator(services.config);
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: getSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    maskedErrors: true,
    logging: {
      debug: (...args) => services.logger.debug({ args }, 'graphql'),
      info: (...args) => services.logger.info({ args }, 'graphql'),
      warn: (...args) => services.logger.warn({ args }, 'graphql'),
      error: (...args) => services.logger.error({ args }, 'graphql'),
    },
    // Subscriptions are served as server-sent events on the same endpoint (Accept: text/event-stream).
    graphiql: { title: 'newsgraph', defaultQuery: GRAPHIQL_DEFAULT_QUERY, subscriptionsProtocol: 'SSE' },
    // No CORS headers unless origins are listed: browsers then keep the API to its own origin. Listed origins are
    // answered by name, never by reflecting whatever Origin a request carries.
    cors: corsOptions(services.config.settings.CORS_ORIGINS),
    // Self-hosted: the page loads GraphiQL from this service (src/http/graphiql-assets.ts), not from a CDN.
    renderGraphiQL: renderGraphiQLPage,
    plugins: [
      metricsPlugin(services.metrics),
      graphiqlCspPlugin(),
      // First of those that replace the executor: the response cache and the timeout wrap whichever one runs.
      ...(services.config.settings.GRAPHQL_JIT ? [jitPlugin()] : []),
      ...responseCachePlugins(services),
      ...limitPlugins(services.config.settings),
    ],
    context: ({ request }) => ({ services, auth: authenticate(request), request }),
  });
}

function corsOptions(list: string): false | { origin: string[]; credentials: boolean; methods: string[] } {
  const origins = list
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return origins.length ? { origin: origins, credentials: true, methods: ['GET', 'POST', 'OPTIONS'] } : false;
}

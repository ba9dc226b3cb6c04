import type { Plugin } from 'graphql-yoga';
import { GRAPHIQL_CSP } from './graphiql-page.ts';

/** Puts the GraphiQL page (the one HTML answer of /graphql) under its content security policy. */
export function graphiqlCspPlugin(): Plugin {
  return {
    onResponse({ response }) {
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      response.headers.set('content-security-policy', GRAPHIQL_CSP);
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('x-frame-options', 'DENY');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  };
}

import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC (e.g. 2026-11-27T12:00:00.000Z). Inputs may carry an offset.',
  // Stored timestamps are already canonical UTC ISO strings: pass them through instead of re-parsing each one.
  serialize: (v) => (v instanceof Date ? v.toISOString() : typeof v === 'string' && CANONICAL_UTC.test(v) ? v : new Date(String(v)).toISOString()),
  parseValue: (v) => {
    if (typeof v !== 'string' || !ISO.test(v) || Number.isNaN(Date.parse(v))) {
      throw new GraphQLError(`DateTime must be an ISO-8601 string such as 2026-11-27T12:00:00Z, got ${JSON.stringify(v)}`);
    }
    return new Date(v);
  },
});

builder.scalarType('URL', {
  description: 'An absolute http(s) URL.',
  serialize: (v) => String(v),
  parseValue: (v) => {
    let u: URL;
    try {
      u = new URL(String(v));
    } catch {
      throw new GraphQLError(`URL must be an absolute http(s) URL, got ${JSON.stringify(v)}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new GraphQLError(`URL must use http or https, got ${u.protocol}`);
    return u.toString();
  },
});

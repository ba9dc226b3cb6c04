import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Metrics } from '../log/metrics.ts';

/** Client-chosen operation names become label values; past this many distinct names the rest count as "other". */
export const MAX_OPERATION_NAMES = 200;

interface Operation {
  started: number;
  name: string;
  type: string;
}

function labelNames(max: number): (name: string) => string {
  const seen = new Set<string>();
  return (name) => {
    if (seen.has(name)) return name;
    if (seen.size >= max) return 'other';
    seen.add(name);
    return name;
  };
}

const isStream = (r: unknown): r is AsyncIterable<unknown> => r != null && typeof (r as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';

/**
 * GraphQL operation durations (request parameters to result) by operation name and type, and errors by code.
 * Requests that fail before their document parses (syntax, size) count as name and type "unknown".
 * A subscription that streams is not recorded (its lifetime is not an operation's latency); one refused before it
 * starts (a limit, a bad filter) is, like any other operation.
 */
export function metricsPlugin(metrics: Metrics): Plugin {
  const operations = new WeakMap<object, Operation>();
  const label = labelNames(MAX_OPERATION_NAMES);
  const identify = (context: unknown, document: DocumentNode, operationName?: string | null) => {
    const op = operations.get(context as object);
    const ast = getOperationAST(document, operationName);
    if (!op || !ast) return;
    op.name = label(ast.name?.value ?? 'anonymous');
    op.type = ast.operation;
  };
  return {
    onParams({ context }) {
      operations.set(context, { started: performance.now(), name: 'unknown', type: 'unknown' });
    },
    // Named once the document is parsed, so operations refused by validation rules (depth, aliases) carry a name too.
    onValidate({ context, params }) {
      identify(context, params.documentAST, (context as { params?: { operationName?: string | null } }).params?.operationName);
    },
    onExecutionResult({ context, result }) {
      const op = operations.get(context);
      if (!op || result == null) return;
      const labels = { operation_name: op.name, operation_type: op.type };
      if (isStream(result)) return;
      metrics.graphqlDuration.observe(labels, (performance.now() - op.started) / 1000);
      for (const error of (result as ExecutionResult).errors ?? []) {
        const code = error.extensions?.code;
        metrics.graphqlErrors.inc({ ...labels, code: typeof code === 'string' ? code : 'UNKNOWN' });
      }
    },
  };
}

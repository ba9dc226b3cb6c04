import type { ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export function timeoutError(ms: number): GraphQLError {
  return createGraphQLError(`Operation timed out: it ran longer than the limit of ${ms} ms and was stopped`, {
    extensions: { code: 'TIMEOUT', limit: { name: 'timeout', max: ms }, http: { status: 504 } },
  });
}

/**
 * Answers a query or mutation that runs longer than `ms` with a timeout error instead of holding the request open,
 * and aborts the execution's signal so the executor starts no further resolvers. Subscriptions are exempt: a
 * stream is meant to stay open. Work already started (a SQL statement, an ingest pass) finishes in the background.
 */
export function timeoutPlugin(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      // yoga's executor (@graphql-tools/executor) honours `signal`, which graphql-js' ExecutionArgs does not declare.
      setExecuteFn((args: ExecutionArgs & { signal?: AbortSignal }) => {
        const controller = new AbortController();
        const signal = args.signal ? AbortSignal.any([args.signal, controller.signal]) : controller.signal;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            const error = timeoutError(ms);
            controller.abort(error);
            resolve({ errors: [error] });
          }, ms);
        });
        const run = Promise.resolve(executeFn({ ...args, signal } as ExecutionArgs) as Promise<ExecutionResult>);
        return Promise.race([run, timedOut]).finally(() => clearTimeout(timer));
      });
    },
  };
}

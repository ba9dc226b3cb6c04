import { Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error.ts';

// Counting stops here, so an enormous document costs no more to reject than one a bit over the limit.
const COUNT_CAP_FACTOR = 10;

/** Lexical tokens in a document, counting no further than `stopAfter`. Lexing errors are left to the parser. */
export function countTokens(source: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    while (n < stopAfter && lexer.advance().kind !== TokenKind.EOF) n += 1;
  } catch {
    // A syntax error: the parser reports it with its location.
  }
  return n;
}

/**
 * Rejects documents of more than `max` tokens before they are parsed: a giant query costs one linear scan of at
 * most ten times the limit, and no AST. Checked on the request's parameters, ahead of yoga's parse hooks, which
 * would turn the error's 400 into a 200 for application/json clients.
 */
export function tokenLimitPlugin(max: number): Plugin {
  const cap = max * COUNT_CAP_FACTOR;
  return {
    onParams({ params, setResult }) {
      if (typeof params.query !== 'string' || params.query.length <= max) return; // a token is at least one character
      const tokens = countTokens(params.query, cap + 1);
      if (tokens <= max) return;
      const count = tokens > cap ? `more than ${cap}` : String(tokens);
      setResult({ errors: [limitError('tokens', `Query has ${count} tokens, the limit is ${max}`, tokens, max)] });
    },
  };
}

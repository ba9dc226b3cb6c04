import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cachedOperationCost, operationCost } from '../../src/graphql/cost-limit.ts';
import { compilable } from '../../src/graphql/jit-plugin.ts';
import { getSchema } from '../../src/graphql/schema.ts';

const schema = getSchema();

describe('which requests run through graphql-jit', () => {
  const cases: [string, string, Record<string, unknown> | undefined, string | undefined, boolean][] = [
    ['a query without variables', '{ articles(first: 5) { edges { node { id } } } }', undefined, undefined, true],
    ['a query with its variables given', 'query ($n: Int) { articles(first: $n) { edges { node { id } } } }', { n: 3 }, undefined, true],
    ['a nullable variable left out', 'query ($n: Int) { articles(first: $n) { edges { node { id } } } }', {}, undefined, true],
    ['a non-null variable left to its default', 'query ($n: Int! = 5) { articles(first: $n) { edges { node { id } } } }', {}, undefined, false],
    ['a non-null variable with a default, given', 'query ($n: Int! = 5) { articles(first: $n) { edges { node { id } } } }', { n: 2 }, undefined, true],
    ['a variable graphql-js refuses', 'query ($n: Int) { articles(first: $n) { edges { node { id } } } }', { n: 'many' }, undefined, false],
    ['a mutation', 'mutation { deleteTopic(id: "x") { __typename } }', undefined, undefined, false],
    ['a subscription', 'subscription { articleAdded { id } }', undefined, undefined, false],
    ['one of two operations', 'query A { articles { edges { node { id } } } } query B { sources { id } }', undefined, 'A', false],
  ];
  it.each(cases)('%s', (_name, query, variableValues, operationName, expected) => {
    expect(compilable({ schema, document: parse(query), variableValues, operationName })).toBe(expected);
  });
});

describe('remembered query costs', () => {
  const query = 'query ($n: Int, $m: Int) { articles(first: $n) { edges { node { id feeds { id } source { id } } } } sources { id } stories(first: $m) { edges { node { id } } } }';
  const cases: Record<string, unknown>[] = [{ n: 1, m: 1 }, { n: 100, m: 2 }, { n: 1, m: 1 }, {}, { n: 50 }, { n: 100, m: 2 }];
  it('prices every request as operationCost does, whichever variables came before', () => {
    const document = parse(query);
    const cost = cachedOperationCost();
    for (const variableValues of cases) {
      expect(cost({ schema, document, variableValues, contextValue: {} })).toBe(operationCost({ schema, document, variableValues, contextValue: {} }));
    }
    const prices = cases.map((variableValues) => cost({ schema, document, variableValues, contextValue: {} }));
    expect(new Set(prices).size).toBeGreaterThan(2);
  });
});

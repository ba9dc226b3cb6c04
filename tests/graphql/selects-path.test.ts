import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsSelectedAt, selectsPath } from '../../src/graphql/selects-path.ts';

/** The resolve info of the operation's first top-level field. */
export function infoOf(source: string) {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsPath', () => {
  it.each([
    ['a direct selection', '{ search(query: "x") { edges { node { score snippet } } } }', true],
    ['an alias', '{ search(query: "x") { edges { node { s: snippet } } } }', true],
    ['not selected', '{ search(query: "x") { edges { node { score } } } }', false],
    ['another field of that name elsewhere', '{ search(query: "x") { edges { cursor } snippet: pageInfo { hasNextPage } } }', false],
    ['an inline fragment', '{ search(query: "x") { edges { node { ... on SearchHit { snippet } } } } }', true],
    ['a named fragment', '{ search(query: "x") { edges { ...E } } } fragment E on SearchEdge { node { snippet } }', true],
    ['a fragment that recurses is not followed forever', '{ search(query: "x") { edges { ...E } } } fragment E on SearchEdge { ...E }', false],
  ])('%s', (_name, source, expected) => {
    expect(selectsPath(infoOf(source), ['edges', 'node', 'snippet'])).toBe(expected);
  });
});

describe('fieldsSelectedAt', () => {
  it.each([
    ['direct fields and aliases', '{ articles { edges { node { id t: title } } } }', ['id', 'title']],
    ['fields of other paths are left out', '{ articles { edges { cursor node { id } } pageInfo { hasNextPage } } }', ['id']],
    ['through inline and named fragments', '{ articles { edges { node { ... on Article { url } ...N } } } } fragment N on Node { id }', ['id', 'url']],
    ['a fragment holding the path', '{ articles { ...C } } fragment C on ArticleConnection { edges { node { excerpt } } }', ['excerpt']],
    ['a fragment that recurses is not followed forever', '{ articles { edges { node { ...N } } } } fragment N on Article { title ...N }', ['title']],
    ['nothing selected there', '{ articles { pageInfo { hasNextPage } } }', []],
  ])('%s', (_name, source, expected) => {
    expect([...fieldsSelectedAt(infoOf(source), ['edges', 'node'])].sort()).toEqual(expected);
  });
});

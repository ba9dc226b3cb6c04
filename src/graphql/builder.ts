import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { GraphQLContext } from './context.ts';
import { DEFAULT_LIST_MULTIPLIER, fieldCost } from './field-cost.ts';

export interface BuilderTypes {
  Context: GraphQLContext;
  AuthScopes: { admin: boolean; reader: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    URL: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

/** The one schema builder. Types register themselves on it in src/graphql/types/, one file each. */
export const builder = new SchemaBuilder<BuilderTypes>({
  // scope-auth first, so authorization runs before anything else a field does.
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ admin: ctx.auth.admin, reader: ctx.auth.reader }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  errors: {},
  // Prices every field without its own `complexity`: connections multiply by first/last (see field-cost.ts). The
  // budget is enforced per request by cost-limit.ts, before execution, so no `limit` is set here.
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: DEFAULT_LIST_MULTIPLIER,
    fieldComplexity: fieldCost,
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

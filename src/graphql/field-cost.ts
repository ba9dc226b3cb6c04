import { getNamedType, getNullableType, isListType, type GraphQLOutputType } from 'graphql';

/** What a connection is priced at when the query gives neither first nor last: the largest page it may return. */
export const MAX_PAGE_SIZE = 100;
/** A plain list field's multiplier when nothing says how long it is (Pothos' default). */
export const DEFAULT_LIST_MULTIPLIER = 10;

export type FieldCost = number | { field?: number; multiplier?: number };

/** The parts of a schema field pricing looks at. */
export interface PricedField {
  name: string;
  type: GraphQLOutputType;
  args: readonly { name: string }[];
}

const namedType = (field: PricedField) => getNamedType(field.type).name;
const isList = (field: PricedField) => isListType(getNullableType(field.type));

const isConnectionField = (field: PricedField): boolean =>
  namedType(field).endsWith('Connection') && field.args.some((a) => a.name === 'first' || a.name === 'last');

const pageSize = (args: Record<string, unknown>): number => {
  const n = args.first ?? args.last;
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, n) : MAX_PAGE_SIZE;
};

/**
 * The cost of one field for the complexity plugin, for every field that does not set `complexity` itself:
 * 1 per field, and what a field selects below it is multiplied by how many items it may return. A connection
 * multiplies by its requested `first`/`last` (uncapped here, so `first: 10000` is priced as asked), its `edges`
 * by 1 (the connection already counted the page), `nodes(ids:)` by the ids given, other lists by 10.
 * So a connection with first: 100 nesting another with first: 100 costs at least 100 * 100.
 */
export function fieldCost(args: Record<string, unknown>, _ctx: unknown, field: PricedField): FieldCost {
  if (isConnectionField(field)) return { field: 1, multiplier: pageSize(args) };
  if (!isList(field)) return 1;
  if (namedType(field).endsWith('Edge') || (field.name === 'nodes' && field.args.length === 0)) {
    return { field: 1, multiplier: 1 };
  }
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  if (typeof args.first === 'number' || typeof args.limit === 'number') return { field: 1, multiplier: Math.max(0, Number(args.first ?? args.limit)) };
  return { field: 1, multiplier: DEFAULT_LIST_MULTIPLIER };
}

/**
 * The stored columns a set of selected fields reads, from a table of field -> columns; undefined (read every column)
 * when a field is not in the table. Lets a resolver that loads rows read only what the query's fields need.
 */
export function columnsOfFields<C extends string>(table: Readonly<Record<string, readonly C[]>>, fields: Iterable<string>): C[] | undefined {
  const columns = new Set<C>();
  for (const field of fields) {
    if (!Object.hasOwn(table, field)) return undefined;
    for (const c of table[field]!) columns.add(c);
  }
  return [...columns];
}

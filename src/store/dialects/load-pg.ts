import { createRequire } from 'node:module';
import type pg from 'pg';

let pgModule: typeof pg | null = null;

/** The PostgreSQL driver, loaded with the first PostgreSQL store: a SQLite process never pays for it. */
export function loadPg(): typeof pg {
  if (!pgModule) {
    pgModule = createRequire(import.meta.url)('pg') as typeof pg;
    // Postgres returns int8 (COUNT, SUM) as strings; our counts fit in a JS number.
    pgModule.types.setTypeParser(pgModule.types.builtins.INT8, (v) => Number.parseInt(v, 10));
  }
  return pgModule;
}

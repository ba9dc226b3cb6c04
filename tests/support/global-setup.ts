import pg from 'pg';

export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Probes PostgreSQL once per run. In CI (CI=true or NEWSGRAPH_REQUIRE_PG=1) an unreachable server fails the run;
 * elsewhere the PostgreSQL suite is skipped with a clear message and the SQLite suite still runs.
 */
export default async function setup(): Promise<void> {
  const required = process.env.CI === 'true' || process.env.NEWSGRAPH_REQUIRE_PG === '1';
  if (process.env.NEWSGRAPH_SKIP_PG === '1' && !required) {
    process.env.NEWSGRAPH_TEST_PG = 'skip';
    return;
  }
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.NEWSGRAPH_TEST_PG = PG_ADMIN_URL;
  } catch (e) {
    const why = (e as Error).message;
    if (required) throw new Error(`PostgreSQL suite is required (CI) but ${PG_ADMIN_URL} is unreachable: ${why}`);
    process.env.NEWSGRAPH_TEST_PG = 'skip';
    console.warn(
      `\n[newsgraph] PostgreSQL at ${PG_ADMIN_URL} is unreachable (${why}).\n` +
        '[newsgraph] The PostgreSQL suite is SKIPPED; only SQLite was tested.\n' +
        '[newsgraph] To run it, start PostgreSQL or point TEST_PG_URL at a server where you may create databases.\n',
    );
  } finally {
    await client.end().catch(() => {});
  }
}

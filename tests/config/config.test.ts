import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseTarget, loadConfig } from '../../src/config/config.ts';
import { ConfigError } from '../../src/domain/errors.ts';

function configFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-config-'));
  const file = join(dir, 'newsgraph.config.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c.settings).toMatchObject({
      DATABASE_URL: './data/newsgraph.db',
      PORT: 4000,
      ALLOW_PRIVATE_NETWORKS: false,
      INGEST_CRON: '*/5 * * * *',
      FETCH_TIMEOUT_MS: 20_000,
      FETCH_MAX_BYTES: 15 * 1024 * 1024,
      FETCH_MAX_REDIRECTS: 5,
      INGEST_CONCURRENCY: 8,
      INGEST_PER_HOST_CONCURRENCY: 2,
      SCHEDULE_MIN_INTERVAL_SECONDS: 300,
      SCHEDULE_MAX_INTERVAL_SECONDS: 86_400,
    });
    // Only the default path's directory is created.
    expect(c.database).toEqual({ dialect: 'sqlite', file: resolve('./data/newsgraph.db'), createDirectory: true });
    expect(Object.isFrozen(c.settings)).toBe(true);
  });

  it('reads a config file, and the environment wins over it', () => {
    const file = configFile({ PORT: 5000, LOG_LEVEL: 'debug', ALLOW_PRIVATE_NETWORKS: true });
    const c = loadConfig({ NEWSGRAPH_CONFIG: file, PORT: '6000' });
    expect(c.settings.PORT).toBe(6000);
    expect(c.settings.LOG_LEVEL).toBe('debug');
    expect(c.settings.ALLOW_PRIVATE_NETWORKS).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ ALLOW_PRIVATE_NETWORKS: 'maybe' }, /ALLOW_PRIVATE_NETWORKS: expected true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /postgres:\/\/ URL or a SQLite file path/],
    [{ SCHEDULE_MIN_INTERVAL_SECONDS: '90000', SCHEDULE_MAX_INTERVAL_SECONDS: '3600' }, /must not exceed/],
    // A server URL without a database would connect to (and migrate) the server's default database.
    [{ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' }, /DATABASE_URL must name its database/],
    [{ DATABASE_URL: 'postgresql://u:p@db.internal/' }, /DATABASE_URL must name its database/],
    // Not a SQLite file name either: no file named after a typo.
    [{ DATABASE_URL: 'garbage' }, /DATABASE_URL must be a postgres:\/\/ URL, a SQLite file ending in \.db/],
    [{ DATABASE_URL: 'postgres//localhost/db' }, /DATABASE_URL must be/],
    [{ DATABASE_URL: 'sqlite:' }, /DATABASE_URL must be/],
    [{ INGEST_CRON: 'every five minutes' }, /INGEST_CRON "every five minutes" is not a valid cron expression/],
    [{ INGEST_CRON: '*/5 * * *' }, /INGEST_CRON/],
    [{ INGEST_CRON: '61 * * * *' }, /INGEST_CRON/],
  ])('rejects %o with a clear error', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(message);
    expect(() => loadConfig(env)).toThrowError(ConfigError);
  });

  it.each([
    ['{not json', /not valid JSON/],
    ['[1,2]', /JSON object/],
    [{ PROT: 4000 }, /unknown settings: PROT/],
  ])('rejects a bad config file (%s)', (content, message) => {
    expect(() => loadConfig({ NEWSGRAPH_CONFIG: configFile(content) })).toThrowError(message);
  });

  it('selects the store from DATABASE_URL', () => {
    expect(databaseTarget('postgres://u@h:5432/db')).toEqual({ dialect: 'postgres', url: 'postgres://u@h:5432/db' });
    expect(databaseTarget('postgresql://u@h/db').dialect).toBe('postgres');
    expect(databaseTarget(':memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
    expect(databaseTarget('sqlite:/tmp/x.db')).toEqual({ dialect: 'sqlite', file: '/tmp/x.db' });
    expect(databaseTarget('sqlite:/tmp/store')).toEqual({ dialect: 'sqlite', file: '/tmp/store' });
    for (const file of ['/var/lib/newsgraph/news.sqlite', './a.sqlite3', 'B.DB']) {
      expect(databaseTarget(file)).toEqual({ dialect: 'sqlite', file: resolve(file) });
    }
  });

  it('parses admin keys', () => {
    expect(loadConfig({ NEWSGRAPH_ADMIN_KEYS: ' k1, ,k2 ' }).adminKeys).toEqual(['k1', 'k2']);
  });
});

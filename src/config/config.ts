import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cron } from 'croner';
import { ConfigError } from '../domain/errors.ts';
import { SETTING_KEYS, settingsSchema, type Settings } from './settings.ts';

/** `createDirectory`: the file's directory may be created (only for the default path; elsewhere a missing directory is a mistake). */
export type DatabaseTarget = { dialect: 'sqlite'; file: string; createDirectory?: boolean } | { dialect: 'postgres'; url: string };

export interface Config {
  readonly settings: Readonly<Settings>;
  readonly database: DatabaseTarget;
  readonly adminKeys: readonly string[];
  readonly readKeys: readonly string[];
}

export const DEFAULT_CONFIG_FILE = 'newsgraph.config.json';

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config file ${path}: ${(e as Error).message}`, { cause: e });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`config file ${path} must hold a JSON object of settings`);
  }
  const unknown = Object.keys(parsed).filter((k) => !(SETTING_KEYS as string[]).includes(k));
  if (unknown.length) throw new ConfigError(`config file ${path} has unknown settings: ${unknown.join(', ')}`);
  return parsed as Record<string, unknown>;
}

function splitKeys(list: string): readonly string[] {
  return Object.freeze(
    list
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  );
}

/** Where the store lives when DATABASE_URL is not set; the only path whose directory newsgraph creates. */
export const DEFAULT_DATABASE_URL = './data/newsgraph.db';

const SQLITE_FILE = /\.(db|sqlite|sqlite3)$/i;

/**
 * The store DATABASE_URL names: a postgres:// URL that names its database (never the server's default one by
 * omission), or SQLite as a file path ending in .db, .sqlite or .sqlite3, `:memory:`, or a `sqlite:` URL. Anything
 * else is a mistake (a typo would otherwise become a new SQLite file of that name).
 */
export function databaseTarget(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL is not a valid postgres:// URL');
    }
    const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!name || name.includes('/')) {
      throw new ConfigError(`DATABASE_URL must name its database (postgres://user@host:5432/newsgraph), got none in "${parsed.host}${parsed.pathname}"`);
    }
    return { dialect: 'postgres', url };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// URL or a SQLite file path, got "${url}"`);
  }
  const explicit = url.startsWith('sqlite:');
  const file = explicit ? url.slice('sqlite:'.length) : url;
  if (file === ':memory:') return { dialect: 'sqlite', file };
  if (!file || (!explicit && !SQLITE_FILE.test(file))) {
    throw new ConfigError(
      `DATABASE_URL must be a postgres:// URL, a SQLite file ending in .db, .sqlite or .sqlite3, :memory: or a sqlite: URL, got "${url}"`,
    );
  }
  return { dialect: 'sqlite', file: resolve(file), ...(url === DEFAULT_DATABASE_URL ? { createDirectory: true } : {}) };
}

/**
 * Builds the frozen config: defaults < config file (NEWSGRAPH_CONFIG, or ./newsgraph.config.json if present)
 * < environment < explicit overrides (tests, CLI flags).
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Record<keyof Settings, unknown>> = {},
): Config {
  const filePath = env.NEWSGRAPH_CONFIG ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  const fromFile = filePath ? readConfigFile(filePath) : {};
  const fromEnv: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const v = env[key];
    if (v !== undefined && v !== '') fromEnv[key] = v;
  }
  const result = settingsSchema.safeParse({ ...fromFile, ...fromEnv, ...overrides });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const settings = Object.freeze(result.data);
  const cronProblem = cronExpressionProblem(settings.INGEST_CRON);
  if (cronProblem) throw new ConfigError(`INGEST_CRON "${settings.INGEST_CRON}" is not a valid cron expression: ${cronProblem}`);
  if (settings.SCHEDULE_MIN_INTERVAL_SECONDS > settings.SCHEDULE_MAX_INTERVAL_SECONDS) {
    throw new ConfigError('SCHEDULE_MIN_INTERVAL_SECONDS must not exceed SCHEDULE_MAX_INTERVAL_SECONDS');
  }
  return Object.freeze({
    settings,
    database: databaseTarget(settings.DATABASE_URL),
    adminKeys: splitKeys(settings.NEWSGRAPH_ADMIN_KEYS),
    readKeys: splitKeys(settings.NEWSGRAPH_READ_KEYS),
  });
}

/** Why a cron expression cannot be scheduled, or null when it can (checked before anything listens or runs). */
function cronExpressionProblem(expression: string): string | null {
  try {
    new Cron(expression, { paused: true }).stop();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

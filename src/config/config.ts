import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../domain/errors.ts';
import { SETTING_KEYS, settingsSchema, type Settings } from './settings.ts';

export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

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

export function databaseTarget(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// URL or a SQLite file path, got "${url}"`);
  }
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  return { dialect: 'sqlite', file: file === ':memory:' ? file : resolve(file) };
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

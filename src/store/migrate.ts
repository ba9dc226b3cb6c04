import { Migrator, type MigrationResult } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from './db.ts';

function migrator(db: Db): Migrator {
  // Numbers are handed out to parallel branches, so a lower number may land after a higher one (0004 after 0008):
  // a store already past it still applies it.
  return new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
}

export interface MigrateSummary {
  applied: string[];
  total: number;
}

/** Applies pending migrations. Safe to call from several processes at once: Kysely takes a migration lock. */
export async function migrateToLatest(db: Db): Promise<MigrateSummary> {
  const { error, results } = await migrator(db).migrateToLatest();
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error');
    throw new AppError('database', `migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`, {
      cause: error,
    });
  }
  return { applied, total: Object.keys(migrations).length };
}

export interface MigrationStatus {
  name: string;
  executedAt: string | null;
}

export async function migrationStatus(db: Db): Promise<MigrationStatus[]> {
  const list = await migrator(db).getMigrations();
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt ? m.executedAt.toISOString() : null }));
}

/** True when every known migration has been applied (used by /ready). */
export async function isMigrated(db: Db): Promise<boolean> {
  return (await migrationStatus(db)).every((m) => m.executedAt !== null);
}

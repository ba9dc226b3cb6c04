import type { Selectable } from 'kysely';
import type { Source, SourceNameOrigin } from '../../domain/feed.ts';
import { newId } from '../../domain/ids.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import type { Db } from '../db.ts';
import type { Executor } from '../executor.ts';
import type { SourcesTable } from '../tables/sources.ts';

export interface SourceInput {
  name: string;
  homepage?: string | null;
  country?: string | null;
  language?: string | null;
  /** Default `given`. */
  nameOrigin?: SourceNameOrigin;
}

function toSource(row: Selectable<SourcesTable>): Source {
  return {
    id: row.id,
    name: row.name,
    nameOrigin: row.name_origin === 'feed' || row.name_origin === 'host' ? row.name_origin : 'given',
    homepage: row.homepage,
    country: row.country,
    language: row.language,
    createdAt: row.created_at,
  };
}

export class SourceRepository {
  constructor(private readonly db: Db) {}

  /** Returns the source with this name, creating it if needed; fills empty attributes of an existing one. */
  async ensure(input: SourceInput, now: string, ex: Executor = this.db.kysely): Promise<Source> {
    const name = input.name.trim();
    if (!name) throw new InvalidInputError('source name must not be empty');
    await ex
      .insertInto('sources')
      .values({
        id: newId(),
        name,
        homepage: input.homepage ?? null,
        country: input.country ?? null,
        language: input.language ?? null,
        name_origin: input.nameOrigin ?? 'given',
        created_at: now,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await ex.selectFrom('sources').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
    const fill: Partial<Selectable<SourcesTable>> = {};
    if (!row.homepage && input.homepage) fill.homepage = input.homepage;
    if (!row.country && input.country) fill.country = input.country;
    if (!row.language && input.language) fill.language = input.language;
    if (Object.keys(fill).length) {
      await ex.updateTable('sources').set(fill).where('id', '=', row.id).execute();
      return toSource({ ...row, ...fill });
    }
    return toSource(row);
  }

  async getById(id: string): Promise<Source | null> {
    const row = await this.db.kysely.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSource(row) : null;
  }

  async getByIds(ids: readonly string[]): Promise<Source[]> {
    if (!ids.length) return [];
    const rows = await this.db.kysely.selectFrom('sources').selectAll().where('id', 'in', ids).execute();
    return rows.map(toSource);
  }

  async list(): Promise<Source[]> {
    const rows = await this.db.kysely.selectFrom('sources').selectAll().orderBy('name').execute();
    return rows.map(toSource);
  }
}

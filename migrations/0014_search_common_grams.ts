import { sql, type Kysely } from 'kysely';
import { COMMON_GRAM_WORDS } from '../src/store/common-grams.ts';
import { isPostgres } from './dialect.ts';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * SQLite: article_grams, each article's pairs of adjacent common words with their hits in the title and the text
 * (src/store/common-grams.ts), so a phrase of two common words reads its own matches instead of intersecting two
 * doclists that cover most articles. Kept in step with `articles` by triggers, as articles_fts is; the pairs come from
 * newsgraph_common_grams(), a function every newsgraph connection registers. Keyed by (gram, seq) without a rowid:
 * a phrase's matches newest first are one range scan.
 *
 * PostgreSQL: a GIN index over the same pairs read from search_vector's own positions (newsgraph_common_grams), so
 * such a phrase starts from its few candidate rows instead of rechecking every article that holds both words (GIN
 * keeps no positions). The phrase is still checked and ranked on search_vector: rows and ranking do not change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    // Words are ASCII letters and digits only (COMMON_GRAM_WORDS), safe inside the array literal.
    const words = [...COMMON_GRAM_WORDS].sort().join(',');
    const common = (alias: string) =>
      `SELECT u.lexeme, p.pos FROM unnest(v) AS u, unnest(u.positions) AS p(pos) WHERE u.lexeme = ANY ('{${words}}'::text[])) AS ${alias}`;
    // A tsvector of the pairs ("that at" is one lexeme): GIN answers a one-lexeme tsquery exactly, with no recheck
    // that would run this function again for every candidate row (as an array's @> does).
    await sql.raw(`CREATE FUNCTION newsgraph_common_grams(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
        FROM (${common('a')} JOIN (${common('b')} ON b.pos = a.pos + 1
      $$`).execute(db);
    await sql`CREATE INDEX articles_common_grams_idx ON articles USING gin (newsgraph_common_grams(search_vector))`.execute(db);
    return;
  }
  await sql`CREATE TABLE article_grams (
      gram TEXT NOT NULL,
      seq INTEGER NOT NULL,
      title_hits INTEGER NOT NULL,
      text_hits INTEGER NOT NULL,
      PRIMARY KEY (gram, seq)
    ) WITHOUT ROWID`.execute(db);
  const rows = (seq: string, title: string, text: string) =>
    sql.raw(`SELECT g.value ->> 0, ${seq}, g.value ->> 1, g.value ->> 2 FROM json_each(newsgraph_common_grams(${title}, ${text})) AS g`);
  // Sorted by key before inserting: the table is written in order, not by a random walk per article.
  await sql`INSERT INTO article_grams (gram, seq, title_hits, text_hits)
      SELECT g.value ->> 0 AS gram, a.seq, g.value ->> 1, g.value ->> 2
      FROM articles AS a, json_each(newsgraph_common_grams(a.title, a.text)) AS g
      ORDER BY gram, a.seq`.execute(db);
  await sql`CREATE TRIGGER article_grams_insert AFTER INSERT ON articles BEGIN
      INSERT INTO article_grams (gram, seq, title_hits, text_hits) ${rows('new.seq', 'new.title', 'new.text')};
    END`.execute(db);
  await sql`CREATE TRIGGER article_grams_delete AFTER DELETE ON articles BEGIN
      DELETE FROM article_grams WHERE seq = old.seq AND gram IN (SELECT g.value ->> 0 FROM json_each(newsgraph_common_grams(old.title, old.text)) AS g);
    END`.execute(db);
  await sql`CREATE TRIGGER article_grams_update AFTER UPDATE OF title, text ON articles BEGIN
      DELETE FROM article_grams WHERE seq = old.seq AND gram IN (SELECT g.value ->> 0 FROM json_each(newsgraph_common_grams(old.title, old.text)) AS g);
      INSERT INTO article_grams (gram, seq, title_hits, text_hits) ${rows('new.seq', 'new.title', 'new.text')};
    END`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`DROP INDEX articles_common_grams_idx`.execute(db);
    await sql`DROP FUNCTION newsgraph_common_grams(tsvector)`.execute(db);
    return;
  }
  await sql`DROP TRIGGER article_grams_update`.execute(db);
  await sql`DROP TRIGGER article_grams_delete`.execute(db);
  await sql`DROP TRIGGER article_grams_insert`.execute(db);
  await sql`DROP TABLE article_grams`.execute(db);
}

import { sql, type Insertable, type RawBuilder, type SqlBool } from 'kysely';
import type { ArticleEntity, ArticleTopic, EntityRef, Enrichment } from '../../domain/enrichment.ts';
import { newId } from '../../domain/ids.ts';
import type { Db } from '../db.ts';
import { chunk, parseJsonArray, type Executor } from '../executor.ts';
import type { EntitiesTable } from '../tables/entities.ts';

/** What enrichment reads of an article. */
export interface EnrichmentSource {
  id: string;
  title: string;
  text: string;
  /** Feed-declared. */
  language: string | null;
  publishedAt: string;
}

export interface EnrichmentStatus {
  detectedLanguage: string | null;
  /** 0..1, null until enriched (or enriched before migration 0008). */
  languageConfidence: number | null;
  enrichedAt: string | null;
  version: string | null;
}

/** Which articles reindex still has to do. */
export interface PendingFilter {
  /** The current ENRICHMENT_VERSION: articles at another version (or none) are pending. */
  version: string;
  /** Only articles published at or after this (UTC ISO-8601). */
  since?: string;
}

export interface ArticleEnrichmentWrite {
  articleId: string;
  enrichment: Enrichment;
}

export interface SaveResult {
  /** Articles written (those deleted meanwhile are skipped). */
  saved: string[];
  entitiesCreated: number;
}

/** Aliases kept per entity: enough for lookups by name, bounded so a busy entity's row stays small. */
const MAX_ENTITY_ALIASES = 64;

/** Attempts at the compare-and-set alias merge before giving up on the merge (the rows are still written). */
const ALIAS_CAS_ATTEMPTS = 5;

function mergeAliases(current: readonly string[], seen: Iterable<string>): string[] {
  const out = [...current];
  const have = new Set(out);
  for (const a of seen) {
    if (out.length >= MAX_ENTITY_ALIASES) break;
    const alias = a.trim();
    if (alias && !have.has(alias)) {
      have.add(alias);
      out.push(alias);
    }
  }
  return out;
}

/** One article's entities by key: enrichment should give each once, but two variants of one key must not clash. */
function entitiesByKey(entities: readonly ArticleEntity[]): Map<string, ArticleEntity> {
  const by = new Map<string, ArticleEntity>();
  for (const e of entities) {
    const prev = by.get(e.entity.key);
    by.set(
      e.entity.key,
      prev
        ? { entity: prev.entity, aliases: mergeAliases(prev.aliases, e.aliases), mentions: prev.mentions + e.mentions, salience: Math.max(prev.salience, e.salience) }
        : e,
    );
  }
  return by;
}

function topicsBySlug(topics: readonly ArticleTopic[]): Map<string, ArticleTopic> {
  const by = new Map<string, ArticleTopic>();
  for (const t of topics) if (!by.has(t.slug) || by.get(t.slug)!.score < t.score) by.set(t.slug, t);
  return by;
}

/**
 * Writes what enrichment found. Every write runs inside the caller's transaction; the runner opens one short
 * transaction per batch of articles.
 */
export class EnrichmentRepository {
  constructor(private readonly db: Db) {}

  /** The articles' enrichment input, in the order given (missing ids are left out). */
  async sourcesOf(articleIds: readonly string[], ex: Executor = this.db.kysely): Promise<EnrichmentSource[]> {
    const by = new Map<string, EnrichmentSource>();
    for (const ids of chunk([...new Set(articleIds)])) {
      const rows = await ex.selectFrom('articles').select(['id', 'title', 'text', 'language', 'published_at']).where('id', 'in', ids).execute();
      for (const r of rows) by.set(r.id, { id: r.id, title: r.title, text: r.text, language: r.language, publishedAt: r.published_at });
    }
    return articleIds.flatMap((id) => (by.has(id) ? [by.get(id)!] : []));
  }

  /** Enrichment state per article, in the order given (null for unknown articles). One statement per 500. */
  async statusOf(articleIds: readonly string[]): Promise<(EnrichmentStatus | null)[]> {
    const by = new Map<string, EnrichmentStatus>();
    for (const ids of chunk([...new Set(articleIds)])) {
      const rows = await this.db.kysely
        .selectFrom('articles')
        .select(['id', 'detected_language', 'language_confidence', 'enriched_at', 'enrichment_version'])
        .where('id', 'in', ids)
        .execute();
      for (const r of rows) {
        by.set(r.id, { detectedLanguage: r.detected_language, languageConfidence: r.language_confidence, enrichedAt: r.enriched_at, version: r.enrichment_version });
      }
    }
    return articleIds.map((id) => by.get(id) ?? null);
  }

  private pendingCondition(filter: PendingFilter) {
    // Stale: never enriched, enriched by other rules, or changed since it was enriched (a crash between the
    // ingest transaction and its enrichment leaves exactly that).
    return sql<SqlBool>`(articles.enrichment_version IS NULL OR articles.enrichment_version <> ${filter.version} OR articles.enriched_at < articles.changed_at)`;
  }

  /** The next `limit` pending article ids after `afterId`, in id order (reindex's cursor walk). */
  async pendingAfter(filter: PendingFilter, afterId: string | null, limit: number): Promise<string[]> {
    let q = this.db.kysely.selectFrom('articles').select('articles.id').where(this.pendingCondition(filter));
    if (filter.since) q = q.where('articles.published_at', '>=', filter.since);
    if (afterId) q = q.where('articles.id', '>', afterId);
    return (await q.orderBy('articles.id').limit(limit).execute()).map((r) => r.id);
  }

  async countPending(filter: PendingFilter): Promise<number> {
    let q = this.db.kysely.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where(this.pendingCondition(filter));
    if (filter.since) q = q.where('articles.published_at', '>=', filter.since);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  /** Every article id after `afterId` in id order, optionally published since a time (topic backfill's walk). */
  async idsAfter(afterId: string | null, limit: number, since?: string): Promise<string[]> {
    let q = this.db.kysely.selectFrom('articles').select('id');
    if (since) q = q.where('published_at', '>=', since);
    if (afterId) q = q.where('id', '>', afterId);
    return (await q.orderBy('id').limit(limit).execute()).map((r) => r.id);
  }

  async countArticles(since?: string): Promise<number> {
    let q = this.db.kysely.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n'));
    if (since) q = q.where('published_at', '>=', since);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  /**
   * Marks articles as needing enrichment again (`reindex --all`): one statement. A run killed afterwards is finished
   * by a plain `reindex`, which picks up exactly the articles not yet redone.
   */
  async markStale(since?: string): Promise<number> {
    let q = this.db.kysely.updateTable('articles').set({ enrichment_version: null });
    if (since) q = q.where('published_at', '>=', since);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** One article's enrichment (see saveBatch). */
  async saveForArticle(ex: Executor, articleId: string, enrichment: Enrichment, version: string, now: string): Promise<boolean> {
    const r = await this.saveBatch(ex, [{ articleId, enrichment }], version, now);
    return r.saved.length === 1;
  }

  /**
   * Stores a batch of articles' enrichment inside the caller's transaction: claims the article rows first (setting
   * enriched_at / enrichment_version; the row locks serialize concurrent writers of the same article on PostgreSQL,
   * in id order so two batches cannot deadlock), upserts the entities by key merging their aliases, then replaces
   * each article's article_entities, article_topics and reactions rows. Topics are matched by slug; a slug with no
   * topic row (an analyst topic deleted meanwhile) is skipped. Statements: a fixed handful per batch plus one per
   * chunk of 500 articles and one per entity whose aliases grew.
   */
  async saveBatch(ex: Executor, writes: readonly ArticleEnrichmentWrite[], version: string, now: string): Promise<SaveResult> {
    const byArticle = new Map(writes.map((w) => [w.articleId, w.enrichment]));
    const ids = [...byArticle.keys()].sort();
    if (!ids.length) return { saved: [], entitiesCreated: 0 };

    const publishedAt = new Map<string, string>();
    for (const part of chunk(ids)) {
      const claimed = await ex
        .updateTable('articles')
        .set({ enriched_at: now, enrichment_version: version })
        .where('id', 'in', part)
        .returning(['id', 'published_at'])
        .execute();
      for (const r of claimed) publishedAt.set(r.id, r.published_at);
    }
    const saved = ids.filter((id) => publishedAt.has(id));
    if (!saved.length) return { saved: [], entitiesCreated: 0 };

    // Each article's own language and confidence, one statement per chunk (a CASE on the id).
    for (const part of chunk(saved)) {
      const caseOf = (value: (e: Enrichment) => RawBuilder<unknown>) => sql`CASE id ${sql.join(part.map((id) => sql`WHEN ${id} THEN ${value(byArticle.get(id)!)}`), sql` `)} END`;
      await ex
        .updateTable('articles')
        .set({
          detected_language: caseOf((e) => sql`CAST(${e.language} AS text)`) as RawBuilder<string | null>,
          language_confidence: caseOf((e) => sql`CAST(${e.languageConfidence} AS double precision)`) as RawBuilder<number | null>,
        })
        .where('id', 'in', part)
        .execute();
    }

    const perArticleEntities = new Map(saved.map((id) => [id, entitiesByKey(byArticle.get(id)!.entities)]));
    const refs = new Map<string, { ref: EntityRef; aliases: Set<string> }>();
    const note = (ref: EntityRef, aliases: readonly string[]) => {
      const cur = refs.get(ref.key) ?? { ref, aliases: new Set<string>() };
      // A gazetteer sighting of a key outranks an NLP one for its name, kind and country.
      if (ref.origin === 'gazetteer' && cur.ref.origin !== 'gazetteer') cur.ref = ref;
      for (const a of aliases) cur.aliases.add(a);
      refs.set(ref.key, cur);
    };
    for (const id of saved) {
      for (const e of perArticleEntities.get(id)!.values()) note(e.entity, e.aliases);
      for (const r of byArticle.get(id)!.reactions) note(r.actor, []);
    }
    const { idsByKey, created } = await this.upsertEntities(ex, [...refs.values()], now);

    for (const part of chunk(saved)) {
      await ex.deleteFrom('article_entities').where('article_id', 'in', part).execute();
      await ex.deleteFrom('article_topics').where('article_id', 'in', part).execute();
      await ex.deleteFrom('reactions').where('article_id', 'in', part).execute();
    }

    const entityRows = saved.flatMap((id) =>
      [...perArticleEntities.get(id)!.values()].map((e) => ({
        article_id: id,
        entity_id: idsByKey.get(e.entity.key)!,
        mentions: e.mentions,
        salience: e.salience,
        aliases: JSON.stringify(e.aliases),
        published_at: publishedAt.get(id)!,
      })),
    );
    for (const rows of chunk(entityRows, 100)) await ex.insertInto('article_entities').values(rows).execute();

    const slugs = [...new Set(saved.flatMap((id) => byArticle.get(id)!.topics.map((t) => t.slug)))];
    const topicIds = new Map<string, string>();
    for (const part of chunk(slugs)) {
      for (const r of await ex.selectFrom('topics').select(['id', 'slug']).where('slug', 'in', part).execute()) topicIds.set(r.slug, r.id);
    }
    const topicRows = saved.flatMap((id) =>
      [...topicsBySlug(byArticle.get(id)!.topics).values()]
        .filter((t) => topicIds.has(t.slug))
        .map((t) => ({ article_id: id, topic_id: topicIds.get(t.slug)!, score: t.score, evidence: JSON.stringify(t.evidence), published_at: publishedAt.get(id)! })),
    );
    for (const rows of chunk(topicRows, 100)) await ex.insertInto('article_topics').values(rows).execute();

    // Ids in extraction order: reactions read back ordered by id come out as the extractor listed them.
    const reactionRows = saved.flatMap((id) =>
      byArticle.get(id)!.reactions.map((r) => ({
        id: newId(),
        article_id: id,
        actor_entity_id: idsByKey.get(r.actor.key)!,
        stance: r.stance,
        evidence: r.evidence,
        cue: r.cue,
        published_at: publishedAt.get(id)!,
        created_at: now,
      })),
    );
    for (const rows of chunk(reactionRows, 100)) await ex.insertInto('reactions').values(rows).execute();

    return { saved, entitiesCreated: created };
  }

  /**
   * Replaces one topic's rows for some articles (an analyst topic applied to stored articles), leaving their other
   * enrichment alone. `matches` holds the articles the topic matched; the others lose it. Inside the caller's
   * transaction.
   */
  async replaceTopic(ex: Executor, topicId: string, articleIds: readonly string[], matches: ReadonlyMap<string, ArticleTopic>): Promise<number> {
    let written = 0;
    for (const part of chunk([...new Set(articleIds)])) {
      await ex.deleteFrom('article_topics').where('topic_id', '=', topicId).where('article_id', 'in', part).execute();
      const matched = part.filter((id) => matches.has(id));
      if (!matched.length) continue;
      const live = await ex.selectFrom('articles').select(['id', 'published_at']).where('id', 'in', matched).execute();
      const rows = live.map((a) => {
        const t = matches.get(a.id)!;
        return { article_id: a.id, topic_id: topicId, score: t.score, evidence: JSON.stringify(t.evidence), published_at: a.published_at };
      });
      for (const batch of chunk(rows, 100)) await ex.insertInto('article_topics').values(batch).execute();
      written += rows.length;
    }
    return written;
  }

  /**
   * Inserts unknown entities (a concurrent writer may insert the same key first: DO NOTHING, then read back) and
   * grows the aliases of known ones with a compare-and-set on the old value, in key order, so concurrent batches
   * neither lose aliases nor deadlock.
   */
  private async upsertEntities(
    ex: Executor,
    seen: readonly { ref: EntityRef; aliases: Set<string> }[],
    now: string,
  ): Promise<{ idsByKey: Map<string, string>; created: number }> {
    const keys = seen.map((s) => s.ref.key).sort();
    const existing = await this.entityRowsByKey(ex, keys);
    const inserts: Insertable<EntitiesTable>[] = seen
      .filter((s) => !existing.has(s.ref.key))
      .map((s) => ({
        id: newId(),
        key: s.ref.key,
        kind: s.ref.kind,
        name: s.ref.name,
        aliases: JSON.stringify(mergeAliases([], s.aliases)),
        country: s.ref.country,
        origin: s.ref.origin,
        created_at: now,
      }));
    let created = 0;
    for (const rows of chunk(inserts.sort((a, b) => (a.key < b.key ? -1 : 1)), 100)) {
      created += (await ex.insertInto('entities').values(rows).onConflict((oc) => oc.column('key').doNothing()).returning('id').execute()).length;
    }
    // Read the inserted keys back: some may have been inserted by a concurrent writer instead of us.
    for (const [k, v] of await this.entityRowsByKey(ex, inserts.map((r) => r.key))) existing.set(k, v);

    const byKey = new Map(seen.map((s) => [s.ref.key, s]));
    for (const key of keys) {
      let row = existing.get(key)!;
      const s = byKey.get(key)!;
      for (let attempt = 0; attempt < ALIAS_CAS_ATTEMPTS; attempt++) {
        const aliases = mergeAliases(parseJsonArray<string>(row.aliases), s.aliases);
        const promote = s.ref.origin === 'gazetteer' && (row.origin !== 'gazetteer' || row.name !== s.ref.name || row.kind !== s.ref.kind || row.country !== s.ref.country);
        const fillCountry = row.country === null && s.ref.country !== null;
        const aliasText = JSON.stringify(aliases);
        if (aliasText === row.aliases && !promote && !fillCountry) break;
        const set = {
          aliases: aliasText,
          ...(promote ? { name: s.ref.name, kind: s.ref.kind, country: s.ref.country, origin: 'gazetteer' } : {}),
          ...(fillCountry && !promote ? { country: s.ref.country } : {}),
        };
        const r = await ex.updateTable('entities').set(set).where('id', '=', row.id).where('aliases', '=', row.aliases).executeTakeFirst();
        if (Number(r.numUpdatedRows) === 1) break;
        const fresh = await this.entityRowsByKey(ex, [key]);
        row = fresh.get(key)!;
      }
    }
    return { idsByKey: new Map([...existing].map(([k, v]) => [k, v.id])), created };
  }

  private async entityRowsByKey(ex: Executor, keys: readonly string[]) {
    const out = new Map<string, { id: string; aliases: string; origin: string; name: string; kind: string; country: string | null }>();
    for (const part of chunk(keys)) {
      const rows = await ex.selectFrom('entities').select(['id', 'key', 'aliases', 'origin', 'name', 'kind', 'country']).where('key', 'in', part).execute();
      for (const r of rows) out.set(r.key, r);
    }
    return out;
  }
}

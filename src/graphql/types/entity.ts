import type { EntityKind } from '../../domain/enrichment.ts';
import type { CoMention, EntityArticle, EntityRepository, StoredEntity } from '../../store/repositories/entity-repository.ts';
import { builder } from '../builder.ts';
import { articleTimeCursor, entityNameCursor, listSize } from '../enrichment-cursors.ts';
import { invalidInput } from '../invalid-input.ts';
import { decodeNodeId } from '../node-id.ts';
import { keysetWindow, toConnection } from '../pagination.ts';
import { EntityRef } from './enrichment-refs.ts';
import { ArticleRef } from './refs.ts';

export const EntityKindEnum = builder.enumType('EntityKind', {
  values: {
    PERSON: { value: 'person' },
    ORGANIZATION: { value: 'organization', description: 'Including international organizations (UN, EU, NATO…)' },
    COUNTRY: { value: 'country' },
    PLACE: { value: 'place', description: 'A city, region or other place that is not a country' },
  } as const satisfies Record<string, { value: EntityKind; description?: string }>,
});

/** An entity with a number of articles: co-mentions of an entity, the entities of a topic. */
export const EntityCountRef = builder.objectRef<CoMention>('EntityCount').implement({
  description: 'An entity and the number of articles it is counted in.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (c) => c.entity }),
    count: t.exposeInt('count', { description: 'Articles counted' }),
  }),
});

/** One article of an entity: the article is loaded by id (batched with every other article of the request). */
interface EntityArticleEdgeShape {
  cursor: string;
  /** The article's id: the node loads through Article's DataLoader. */
  node: string;
  item: EntityArticle;
}

const EntityArticleEdge = builder.objectRef<EntityArticleEdgeShape>('EntityArticleEdge').implement({
  description: 'An article mentioning the entity, with how it mentions it.',
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: ArticleRef, resolve: (e) => e.node }),
    mentions: t.int({ description: 'Times the article mentions the entity', resolve: (e) => e.item.mentions }),
    salience: t.float({ description: '0..1: how central the entity is to the article', resolve: (e) => e.item.salience }),
    aliases: t.stringList({ description: 'How the article writes it', resolve: (e) => e.item.aliases }),
  }),
});

export const EntityArticleConnection = builder.connectionObject({ type: ArticleRef, name: 'EntityArticleConnection' }, EntityArticleEdge);

const EntityConnection = builder.connectionObject({ type: EntityRef, name: 'EntityConnection' });

const EntityFilter = builder.inputType('EntityFilter', {
  description: 'Narrows a list of entities; every field given must match.',
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum }),
    query: t.string({ description: 'Part of the name or of an alias, case-insensitive ("merkel", "kreml")' }),
  }),
});

EntityRef.implement({
  description: 'A person, organization, country or place found in articles, under one canonical name.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name: "United States", "Vladimir Putin"' }),
    kind: t.field({ type: EntityKindEnum, resolve: (e) => e.kind }),
    key: t.exposeString('key', { description: 'Stable key, e.g. "country:US"; createTopic accepts it in `entities`' }),
    aliases: t.exposeStringList('aliases', { description: 'Surface forms seen across articles' }),
    country: t.exposeString('country', {
      nullable: true,
      description: "ISO 3166-1 alpha-2: a country's own code, a person's state, a place's country",
    }),
    articles: t.loadable({
      type: EntityArticleConnection,
      description: 'Articles mentioning the entity, newest first. Keyset-paginated: first/last default to 20, at most 100.',
      // byPath: every Entity at one place in the query shares the arguments, so one statement pages all of them.
      byPath: true,
      args: { ...t.arg.connectionArgs() },
      load: async (entityIds: string[], ctx, args) => {
        const window = keysetWindow(args, articleTimeCursor);
        const pages = await ctx.services.repos.entities.articlesOf(entityIds, window);
        return pages.map((page) => {
          const c = toConnection(page, window, articleTimeCursor, (a) => ({ publishedAt: a.publishedAt, articleId: a.articleId }));
          return { pageInfo: c.pageInfo, edges: c.edges.map((e) => ({ cursor: e.cursor, node: e.node.articleId, item: e.node })) };
        });
      },
      resolve: (e) => e.id,
    }),
    coMentioned: t.loadableList({
      type: EntityCountRef,
      description: 'The entities mentioned in most of the same articles, most first (then by name), with how many articles.',
      byPath: true,
      args: { first: t.arg.int({ description: '1 to 100; default 10' }) },
      load: async (entityIds: string[], ctx, args) => ctx.services.repos.entities.coMentioned(entityIds, listSize(args.first, 10)),
      resolve: (e) => e.id,
    }),
  }),
});

/**
 * By name, a capital stands for its state (capital metonymy): when the store holds "Washington" only as a place,
 * or holds nothing under that name, the state the gazetteer says it speaks for is answered if the store has it.
 */
async function findByName(repo: Pick<EntityRepository, 'findByName' | 'getByKeys'>, name: string): Promise<StoredEntity | null> {
  const stored = await repo.findByName(name);
  if (stored && stored.kind !== 'place') return stored;
  // Loaded at the first lookup, not at start: the gazetteer's index is the largest thing an API process would hold
  // (tens of MB), and V8 lets the heap grow in proportion to what stays live.
  const { actorOf, lookupEntity } = await import('../../enrich/entities/gazetteer.ts');
  const known = lookupEntity(name);
  const actor = known && known.kind === 'place' ? actorOf(known) : null;
  if (!actor || actor.key === known?.key) return stored;
  return (await repo.getByKeys([actor.key]))[0] ?? stored;
}

builder.queryFields((t) => ({
  entities: t.field({
    type: EntityConnection,
    description: 'Entities by name, optionally of one kind or matching a query. Keyset-paginated: first/last default to 20, at most 100.',
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: EntityFilter }),
    },
    resolve: async (_root, args, ctx) => {
      const window = keysetWindow(args, entityNameCursor);
      const filter = {
        ...(args.filter?.kind ? { kinds: [args.filter.kind] } : {}),
        ...(args.filter?.query != null ? { query: args.filter.query } : {}),
      };
      const page = await ctx.services.repos.entities.list(filter, window);
      return toConnection(page, window, entityNameCursor, (e: StoredEntity) => ({ name: e.name, id: e.id }));
    },
  }),
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description:
      'One entity by its global id, or by name (its canonical name or an alias seen in articles, case-insensitive). ' +
      'A country or organization known by the name wins over a person or place of that name (capital metonymy: ' +
      '"Washington" is the United States), then a canonical name over an alias. Give exactly one of id and name. ' +
      'Null when there is none.',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      if ((args.id == null) === (args.name == null)) throw invalidInput('give exactly one of id and name', { argument: args.id == null ? 'id' : 'name' });
      if (args.id != null) return (await ctx.services.repos.entities.getByIds([decodeNodeId('Entity', args.id, 'id')]))[0] ?? null;
      return findByName(ctx.services.repos.entities, args.name!);
    },
  }),
}));

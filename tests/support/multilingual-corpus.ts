/**
 * The multilingual corpus (tests/fixtures/multilingual): its labels, outlets and article sources, and a helper that
 * serves its feeds from the fixture server and subscribes the store to each, as a user adding seven outlets would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gazetteer } from '../../src/enrich/entities/gazetteer.ts';
import { multilingualNames } from '../../src/enrich/entities/multilingual/names-data.ts';
import { addFeed } from '../../src/ingest/add-feed.ts';
import type { IngestContext } from '../../src/scheduler/ingest-pass.ts';
import { readCorpusArticle, type CorpusArticle } from './corpus-article.ts';
import type { FixtureServer } from './fixture-server.ts';

export const MULTILINGUAL_DIR = fileURLToPath(new URL('../fixtures/multilingual/', import.meta.url));

export type ActorKind = 'country' | 'igo' | 'non-state';
export interface ReactionLabel { actor: string; kind: ActorKind; stance: string; evidence: string; via?: string }
export interface NonReactionLabel { actor: string; evidence: string; why: string }
export interface ArticleLabel {
  id: string;
  language: string;
  story: string;
  topics: string[];
  entities: string[];
  reactions: ReactionLabel[];
  non_reactions: NonReactionLabel[];
}
export interface MultilingualLabels {
  stance_vocabulary: string[];
  actor_kinds: ActorKind[];
  topic_vocabulary: string[];
  stories: Record<string, { description: string; split: 'tune' | 'report' | 'report2' | 'report3' | 'report4' | 'report5' | 'report6' | 'report7' | 'report8' | 'report9' | 'report10' | 'report11' | 'report12' | 'report13' | 'report14' | 'report15' | 'report16' | 'report17' | 'report18' | 'report19' | 'report20' | 'report21' | 'report22' | 'report23' | 'report24' | 'report25' | 'report26' | 'report27' | 'report28' | 'report29' | 'report30' | 'report31' | 'report32' | 'report33' | 'report34' | 'report35' | 'report36' | 'report37' | 'report38' | 'report39' | 'report40' }>;
  hard_negatives: { stories: [string, string]; kind: string; why: string }[];
  entities: Record<string, { name: string; kind: 'country' | 'igo' | 'non-state' | 'person' | 'place' }>;
  articles: ArticleLabel[];
}
export interface Outlet {
  name: string;
  site: string;
  file: string;
  format: 'rss2' | 'atom' | 'jsonfeed';
  declaredLanguage: string;
  contentType: string;
  utcOffset: string;
}

let labels: MultilingualLabels | null = null;
export function loadMultilingualLabels(): MultilingualLabels {
  labels ??= JSON.parse(readFileSync(`${MULTILINGUAL_DIR}labels.json`, 'utf8')) as MultilingualLabels;
  return labels;
}

export function loadOutlets(): Record<string, Outlet> {
  return (JSON.parse(readFileSync(`${MULTILINGUAL_DIR}outlets.json`, 'utf8')) as { outlets: Record<string, Outlet> }).outlets;
}

export function loadCorpusArticles(): Map<string, CorpusArticle> {
  const out = new Map<string, CorpusArticle>();
  for (const f of readdirSync(`${MULTILINGUAL_DIR}articles`).filter((n) => n.endsWith('.txt')).sort()) {
    const a = readCorpusArticle(`${MULTILINGUAL_DIR}articles/${f}`);
    out.set(a.id, a);
  }
  return out;
}

/** The label of each article link (as its outlet publishes it). */
export function labelsByUrl(): Map<string, ArticleLabel> {
  const outlets = loadOutlets();
  const sources = loadCorpusArticles();
  const out = new Map<string, ArticleLabel>();
  for (const label of loadMultilingualLabels().articles) {
    const source = sources.get(label.id);
    if (!source) throw new Error(`multilingual: no article source for label ${label.id}`);
    out.set(source.url(outlets[source.outlet]!.site), label);
  }
  return out;
}

/** Serves every outlet's feed with its content type and subscribes the store to it; returns feed ids by outlet. */
export async function subscribeMultilingualFeeds(ctx: Pick<IngestContext, 'repos' | 'config'>, server: FixtureServer): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [id, outlet] of Object.entries(loadOutlets())) {
    server.reply(`/${outlet.file}`, { headers: { 'content-type': outlet.contentType }, body: readFileSync(`${MULTILINGUAL_DIR}feeds/${outlet.file}`) });
    const { feed } = await addFeed(ctx, { url: server.url(`/${outlet.file}`), sourceName: outlet.name, homepage: outlet.site, discover: false });
    ids.set(id, feed.id);
  }
  return ids;
}

/**
 * The organizations an entity belongs to (a UN agency to the UN, a ministry's parent body): a labelled organization
 * counts as found when one of its bodies is.
 */
export function labelledEntityAncestors(key: string): string[] {
  const parents = gazetteer().parents;
  const extra = multilingualNames().extraEntities;
  const out: string[] = [];
  let current = key;
  for (let hops = 0; hops < 5; hops++) {
    const parent = parents.get(current) ?? extra.get(current)?.parent ?? undefined;
    if (!parent || !parent.startsWith('org:')) break;
    out.push(parent);
    current = parent;
  }
  return out;
}

/** Whether a labelled entity is a country or an international organization: what the recall targets count. */
export function isStateOrIgoLabel(labels: MultilingualLabels, key: string): boolean {
  return ['country', 'igo'].includes(labels.entities[key]?.kind ?? '');
}

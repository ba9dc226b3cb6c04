/**
 * Developer evaluation of international reactions (not part of `npm test`). Runs the real `enrichArticle` over
 * - world-news (../shared/datasets/world-news, labels.json), split by story into a tune and a report half;
 * - real-news (../shared/datasets/real-news/newswcl50-dev.jsonl, read in place), split by event, scored against the
 *   labels in scripts/eval/labels/ (gold when adjudicated, else each annotation pass);
 * - ecbplus (tests/fixtures/ecbplus/docs.jsonl, in the repository): the seeded sample of
 *   scripts/eval/labels/ecbplus.sample.json, tune = 40 train-topic documents, report = 40 dev-topic documents (the
 *   split fit-cluster.ts uses), scored against ecbplus.gold.json (mostly domestic news: it measures precision);
 * - real-pages (labels in scripts/eval/labels/real-pages.<lang>.gold.json, or its .pass1/.pass2 files): real web news pages in
 *   several languages, found through the public-pages search tool. Their text is never in the repository: each page's
 *   excerpt is kept outside it, in REAL_PAGES_DIR (default ~/.cache/newsgraph/real-pages/<id>.txt, first line the
 *   title, then one paragraph a line; a first line of more than HEADLINE_WORDS words is the excerpt's lede, read as
 *   body text under no title); the labels file records each page's URL and the search query that finds it, so
 *   the cache can be rebuilt. Split by event per language, alternating over the sorted event names (tune takes the
 *   1st, 3rd, …), fixed before any result is seen. Pages missing from the cache are counted and skipped;
 * and prints (actor, stance) P/R/F1, actor-only P/R and the international-reactions topic F1 per corpus and split,
 * plus, with --diff, every missed and spurious pair of each article.
 *
 *   node --import tsx scripts/eval/reactions.ts [--corpus world-news|real-news|ecbplus|real-pages] [--split tune|report|all]
 *     [--lang xx (real-pages)] [--diff]
 *
 * The shared folder is ../shared beside the repository, or SHARED_DIR; without it the script says so, skips the
 * corpora that live there, and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Enrichment, ExtractedReaction } from '../../src/domain/enrichment.ts';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { fold } from '../../src/enrich/entities/fold.ts';
import { lookupEntity } from '../../src/enrich/entities/gazetteer.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { loadWorldNewsCorpus } from './world-news-corpus.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
const LABELS_DIR = join(ROOT, 'scripts/eval/labels');

/**
 * World-news split, fixed before any result was seen: the story ids sorted, alternating (tune takes the 1st, 3rd, …).
 * Develop on tune only; report on report.
 */
export const WORLD_NEWS_TUNE_STORIES = ['champions-final', 'climate-finance-summit', 'eu-sanctions-package', 'museum-reopening', 'rba-rate-hold'];
export const WORLD_NEWS_REPORT_STORIES = ['chip-export-rules', 'earthquake-aid', 'moscow-talks-invite', 'prisoner-exchange', 'vaccine-trial'];
/** Real-news split by event (NewsWCL50 event ids), as the brief fixes it. */
export const REAL_NEWS_TUNE_EVENTS = [0, 3, 6];
export const REAL_NEWS_REPORT_EVENTS = [1, 5, 8];
/** NewsWCL50's events all happened in April 2018: an article without a dated URL gets this date. */
const REAL_NEWS_FALLBACK_DATE = '2018-04-20T12:00:00Z';

interface GoldReaction {
  actor: string;
  kind?: string;
  stance: string;
  lines?: number[];
}

interface Case {
  corpus: string;
  split: 'tune' | 'report';
  id: string;
  title: string;
  /** the article's lines, to show a missed label's sentences with --diff (real-news only) */
  lines?: string[];
  gold: GoldReaction[];
  enrichment: Enrichment;
  /** which actor kinds the labels cover (world-news labels states and IGOs only) */
  scope: ReadonlySet<string> | null;
  topicGold: boolean | null;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const flag = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const wantCorpus = flag('--corpus');
const wantSplit = flag('--split') ?? 'all';
const showDiff = args.includes('--diff');
const wantLang = flag('--lang');

/** An actor name -> a comparable key: the gazetteer's entity key when it knows the name, else the folded name. */
function actorKey(name: string): string {
  const known = lookupEntity(name);
  return known ? known.key : `name:${fold(name).replace(/^the /, '')}`;
}

function predictedKey(r: ExtractedReaction): string {
  return r.actor.origin === 'gazetteer' ? r.actor.key : actorKey(r.actor.name);
}

function inScope(c: Case, r: ExtractedReaction): boolean {
  return c.scope === null || c.scope.has(r.actorKind);
}

function pairs(c: Case): { gold: Set<string>; predicted: Map<string, ExtractedReaction> } {
  const gold = new Set(c.gold.map((g) => `${actorKey(g.actor)}|${g.stance}`));
  const predicted = new Map<string, ExtractedReaction>();
  for (const r of c.enrichment.reactions) if (inScope(c, r)) predicted.set(`${predictedKey(r)}|${r.stance}`, r);
  return { gold, predicted };
}

function score(cases: readonly Case[]): { pair: Counts; actor: Counts; topic: Counts } {
  const pair: Counts = { tp: 0, fp: 0, fn: 0 };
  const actor: Counts = { tp: 0, fp: 0, fn: 0 };
  const topic: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of cases) {
    const { gold, predicted } = pairs(c);
    tally(pair, gold, new Set(predicted.keys()));
    const goldActors = new Set([...gold].map((p) => p.split('|')[0] as string));
    const predActors = new Set([...predicted.keys()].map((p) => p.split('|')[0] as string));
    tally(actor, goldActors, predActors);
    if (c.topicGold !== null) {
      const got = c.enrichment.topics.some((t) => t.slug === 'international-reactions');
      if (got && c.topicGold) topic.tp++;
      else if (got) topic.fp++;
      else if (c.topicGold) topic.fn++;
    }
  }
  return { pair, actor, topic };
}

function tally(counts: Counts, gold: Set<string>, predicted: Set<string>): void {
  for (const p of predicted) (gold.has(p) ? counts.tp++ : counts.fp++);
  for (const g of gold) if (!predicted.has(g)) counts.fn++;
}

function prf(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

function diff(c: Case): void {
  const { gold, predicted } = pairs(c);
  const lines: string[] = [];
  for (const [key, r] of predicted) if (!gold.has(key)) lines.push(`  + ${r.actor.name} (${r.actorKind}) ${r.stance} [${r.cue}${r.cameo ? ` ${r.cameo}` : ''}] ${r.evidence.slice(0, 220)}`);
  for (const g of c.gold) {
    const key = `${actorKey(g.actor)}|${g.stance}`;
    if (!predicted.has(key)) {
      lines.push(`  - ${g.actor} ${g.stance}`);
      for (const n of g.lines ?? []) if (c.lines?.[n]) lines.push(`      [${n}] ${c.lines[n].slice(0, 240)}`);
    }
  }
  if (lines.length) console.log(`${c.corpus}/${c.split} ${c.id} "${c.title.slice(0, 80)}"\n${lines.join('\n')}`);
}

function report(name: string, cases: readonly Case[]): void {
  for (const split of ['tune', 'report'] as const) {
    if (wantSplit !== 'all' && wantSplit !== split) continue;
    const part = cases.filter((c) => c.split === split);
    if (part.length === 0) continue;
    if (showDiff) for (const c of part) diff(c);
    const s = score(part);
    console.log(`${name} ${split}${split === 'tune' ? ' (tuned on)' : ' (held out)'}: ${part.length} articles`);
    console.log(`  (actor, stance) ${prf(s.pair)}`);
    console.log(`  actor only      ${prf(s.actor)}`);
    // With no gold topic and none predicted the score is empty, not perfect: say so.
    const topicCounted = s.topic.tp + s.topic.fp + s.topic.fn > 0;
    if (topicCounted) console.log(`  international-reactions topic ${prf(s.topic)}`);
    else if (part.some((c) => c.topicGold !== null)) console.log('  international-reactions topic: no gold and none predicted (no score)');
  }
}

async function worldNewsCases(): Promise<Case[]> {
  const dir = join(SHARED, 'datasets/world-news');
  const topics = loadTaxonomy();
  const articles = await loadWorldNewsCorpus(dir);
  return articles.map((a) => {
    const split = WORLD_NEWS_TUNE_STORIES.includes(a.label.story) ? 'tune' : 'report';
    if (split === 'report' && !WORLD_NEWS_REPORT_STORIES.includes(a.label.story)) throw new Error(`world-news: story ${a.label.story} is in no split`);
    const enrichment = enrichArticle({ title: a.title, text: a.text, languageHint: a.language, publishedAt: a.label.published }, topics);
    return {
      corpus: 'world-news',
      split,
      id: a.label.guid,
      title: a.title,
      gold: a.label.reactions,
      enrichment,
      scope: new Set(['country', 'igo']),
      topicGold: a.label.topics.includes('international-reactions'),
    };
  });
}

interface RealNewsLabels {
  articles: Record<string, GoldReaction[]>;
}

/** The publication date a dated URL carries (/2018/04/17/), else the collection's month. */
function dateOf(url: string | null): string {
  const m = url ? /\/(20\d\d)\/(\d\d)\/(\d\d)\//.exec(url) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T12:00:00Z` : REAL_NEWS_FALLBACK_DATE;
}

function realNewsCases(labels: RealNewsLabels, name: string): Case[] {
  const topics = loadTaxonomy();
  const file = join(SHARED, 'datasets/real-news/newswcl50-dev.jsonl');
  const cases: Case[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; event: number | string; url: string | null; text: string };
    const event = Number(a.event);
    const split = REAL_NEWS_TUNE_EVENTS.includes(event) ? 'tune' : REAL_NEWS_REPORT_EVENTS.includes(event) ? 'report' : null;
    if (!split) continue;
    const gold = labels.articles[a.id];
    if (!gold) throw new Error(`real-news ${name}: no labels for ${a.id}`);
    const [title, ...rest] = a.text.split('\n');
    const enrichment = enrichArticle({ title: title ?? '', text: rest.join('\n'), languageHint: 'en', publishedAt: dateOf(a.url) }, topics);
    const countriesAndIgos = new Set(gold.filter((g) => g.kind === 'country' || g.kind === 'igo').map((g) => actorKey(g.actor)));
    cases.push({ corpus: `real-news[${name}]`, split, id: a.id, title: title ?? '', lines: a.text.split('\n'), gold, enrichment, scope: null, topicGold: countriesAndIgos.size >= 2 });
  }
  return cases;
}

interface EcbSample {
  tune: string[];
  report: string[];
}

function ecbplusCases(): Case[] {
  const topics = loadTaxonomy();
  const sample = JSON.parse(readFileSync(join(LABELS_DIR, 'ecbplus.sample.json'), 'utf8')) as EcbSample;
  const labels = JSON.parse(readFileSync(join(LABELS_DIR, 'ecbplus.gold.json'), 'utf8')) as RealNewsLabels;
  const splitOf = new Map<string, 'tune' | 'report'>([...sample.tune.map((id) => [id, 'tune'] as const), ...sample.report.map((id) => [id, 'report'] as const)]);
  const cases: Case[] = [];
  for (const line of readFileSync(join(ROOT, 'tests/fixtures/ecbplus/docs.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; text: string };
    const split = splitOf.get(d.id);
    if (!split) continue;
    const gold = labels.articles[d.id];
    if (!gold) throw new Error(`ecbplus: no labels for ${d.id}`);
    const [title, ...rest] = d.text.split('\n');
    // ECB+ carries no publication dates; the enrichment then resolves office holders without a date.
    const enrichment = enrichArticle({ title: title ?? '', text: rest.join('\n'), languageHint: 'en', publishedAt: null }, topics);
    const countriesAndIgos = new Set(gold.filter((g) => g.kind === 'country' || g.kind === 'igo').map((g) => actorKey(g.actor)));
    cases.push({ corpus: 'ecbplus', split, id: d.id, title: title ?? '', lines: d.text.split('\n'), gold, enrichment, scope: null, topicGold: countriesAndIgos.size >= 2 });
  }
  if (cases.length !== splitOf.size) throw new Error(`ecbplus: ${splitOf.size - cases.length} sampled documents not found`);
  return cases;
}

interface RealPage {
  id: string;
  lang: string;
  url: string;
  /** what the public-pages search tool was asked to find this page again */
  query: string;
  /** a short name of the event the page reports; the split is made by event */
  event: string;
  /** ISO date of publication when the page gives one (office holders are resolved by date) */
  published?: string | null;
  reactions: GoldReaction[];
}

interface RealPagesLabels {
  pages: RealPage[];
}

const REAL_PAGES_DIR = process.env.REAL_PAGES_DIR ?? join(homedir(), '.cache/newsgraph/real-pages');
/** The most words a real page's first line has when it is a headline; a longer one is the lede (since stop 59). */
const HEADLINE_WORDS = 25;

function labelSets<T>(base: string): Array<{ name: string; labels: T }> {
  const gold = join(LABELS_DIR, `${base}.gold.json`);
  if (existsSync(gold)) return [{ name: 'gold', labels: JSON.parse(readFileSync(gold, 'utf8')) as T }];
  const out: Array<{ name: string; labels: T }> = [];
  for (const pass of ['pass1', 'pass2']) {
    const file = join(LABELS_DIR, `${base}.${pass}.json`);
    if (existsSync(file)) out.push({ name: pass, labels: JSON.parse(readFileSync(file, 'utf8')) as T });
  }
  return out;
}

/** Tune takes every other event of a language, in sorted order: fixed by the event names alone. */
function realPageSplits(pages: readonly RealPage[]): Map<string, 'tune' | 'report'> {
  const out = new Map<string, 'tune' | 'report'>();
  const langs = [...new Set(pages.map((p) => p.lang))];
  for (const lang of langs) {
    const events = [...new Set(pages.filter((p) => p.lang === lang).map((p) => p.event))].sort();
    events.forEach((e, i) => out.set(`${lang}|${e}`, i % 2 === 0 ? 'tune' : 'report'));
  }
  return out;
}

function realPagesCases(labels: RealPagesLabels, name: string): Map<string, Case[]> {
  const topics = loadTaxonomy();
  const splits = realPageSplits(labels.pages);
  const byLang = new Map<string, Case[]>();
  let missing = 0;
  for (const page of labels.pages) {
    const file = join(REAL_PAGES_DIR, `${page.id}.txt`);
    if (!existsSync(file)) {
      missing++;
      continue;
    }
    const all = readFileSync(file, 'utf8').split('\n');
    // A search excerpt often opens with the lede, not a headline: a first line longer than a headline is body text.
    const headline = (all[0] ?? '').split(/\s+/u).filter(Boolean).length <= HEADLINE_WORDS;
    const [title, ...rest] = headline ? all : ['', ...all];
    const lines = all;
    const enrichment = enrichArticle({ title: title ?? '', text: rest.join('\n'), languageHint: page.lang, publishedAt: page.published ?? null }, topics);
    const countriesAndIgos = new Set(page.reactions.filter((g) => g.kind === 'country' || g.kind === 'igo').map((g) => actorKey(g.actor)));
    const split = splits.get(`${page.lang}|${page.event}`) ?? 'tune';
    const list = byLang.get(page.lang) ?? [];
    list.push({ corpus: `real-pages[${name}] ${page.lang}`, split, id: page.id, title: title ?? '', lines, gold: page.reactions, enrichment, scope: null, topicGold: countriesAndIgos.size >= 2 });
    byLang.set(page.lang, list);
  }
  if (missing > 0) console.log(`real-pages[${name}]: ${missing} labelled pages are not in ${REAL_PAGES_DIR} and were skipped`);
  return byLang;
}

async function main(): Promise<void> {
  if (!wantCorpus || wantCorpus === 'ecbplus') report('ecbplus', ecbplusCases());
  if (wantCorpus === 'ecbplus') return;
  if (!wantCorpus || wantCorpus === 'real-pages') {
    const langs = [...new Set(readdirSync(LABELS_DIR).flatMap((f) => /^real-pages\.([a-z]{2})\.(?:gold|pass1|pass2)\.json$/.exec(f)?.[1] ?? []))].sort();
    if (langs.length === 0) console.log('real-pages: no labels yet in scripts/eval/labels/ (real-pages.<lang>.gold.json or .pass1/.pass2.json)');
    for (const lang of langs) {
      if (wantLang && lang !== wantLang) continue;
      for (const { name, labels } of labelSets<RealPagesLabels>(`real-pages.${lang}`)) for (const [l, cases] of realPagesCases(labels, name)) report(`real-pages[${name}] ${l}`, cases);
    }
    if (wantCorpus === 'real-pages') return;
  }
  if (!existsSync(SHARED)) {
    console.log(`reactions eval: world-news and real-news skipped, no shared datasets at ${SHARED} (set SHARED_DIR to point at them)`);
    return;
  }
  if (!wantCorpus || wantCorpus === 'world-news') report('world-news', await worldNewsCases());
  if (!wantCorpus || wantCorpus === 'real-news') {
    const sets = labelSets<RealNewsLabels>('real-news');
    if (sets.length === 0) console.log('real-news: no labels yet in scripts/eval/labels/ (real-news.gold.json or .pass1/.pass2.json)');
    for (const { name, labels } of sets) report(`real-news[${name}]`, realNewsCases(labels, name));
  }
}

await main();

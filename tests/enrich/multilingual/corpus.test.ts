/**
 * The multilingual corpus itself (tests/fixtures/multilingual): labels and sources agree, the feeds are the ones the
 * builder renders from the sources, and the corpus has the shape the team is measured on (six languages, stories in
 * three or more languages, hard negatives, a tune/report split covering every language).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCorpusFeeds } from '../../support/render-corpus-feeds.ts';
import { loadCorpusArticles, loadMultilingualLabels, loadOutlets, MULTILINGUAL_DIR } from '../../support/multilingual-corpus.ts';

const labels = loadMultilingualLabels();
const sources = loadCorpusArticles();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** UN and EU bodies (organizations.json parents): the label rules key their reactions as org:un or org:eu, the body in `via`. */
const speaksForParent = new Map<string, string>(
  (JSON.parse(readFileSync(new URL('../../../src/enrich/entities/data/organizations.json', import.meta.url), 'utf8')) as { organizations: { id: string; parent?: string }[] }).organizations
    .filter((o) => o.parent === 'org:un' || o.parent === 'org:eu')
    .map((o) => [`org:${o.id}`, o.parent!] as const),
);

describe('multilingual corpus', () => {
  it('has a label for every article source and a source for every label', () => {
    expect(new Set(labels.articles.map((a) => a.id))).toEqual(new Set(sources.keys()));
    expect(labels.articles.length).toBeGreaterThanOrEqual(55);
  });

  it('covers six languages, with stories reported in three or more of them', () => {
    const languages = new Set(labels.articles.map((a) => a.language));
    expect([...languages].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ru']);
    const byStory = new Map<string, Set<string>>();
    for (const a of labels.articles) byStory.set(a.story, (byStory.get(a.story) ?? new Set()).add(a.language));
    const multilingual = [...byStory.values()].filter((l) => l.size >= 3);
    expect(multilingual.length).toBeGreaterThanOrEqual(8);
    for (const [story, langs] of byStory) if (langs.size > 1) expect(langs.size, story).toBeGreaterThanOrEqual(3);
  });

  it('splits by story into tune and report halves that both hold every language', () => {
    for (const a of labels.articles) expect(labels.stories[a.story], a.id).toBeDefined();
    for (const half of ['tune', 'report'] as const) {
      const langs = new Set(labels.articles.filter((a) => labels.stories[a.story]!.split === half).map((a) => a.language));
      expect([...langs].sort(), half).toEqual(['de', 'en', 'es', 'fr', 'it', 'ru']);
    }
  });

  it('holds a second held-out half (report2) of four or more events, each in four or more of the non-English languages', () => {
    const byStory = new Map<string, Set<string>>();
    for (const a of labels.articles.filter((x) => labels.stories[x.story]!.split === 'report2')) byStory.set(a.story, (byStory.get(a.story) ?? new Set()).add(a.language));
    expect(byStory.size).toBeGreaterThanOrEqual(4);
    for (const [story, langs] of byStory) expect(langs.size, story).toBeGreaterThanOrEqual(4);
    expect([...new Set([...byStory.values()].flatMap((l) => [...l]))].sort()).toEqual(['de', 'es', 'fr', 'it', 'ru']);
    expect(labels.hard_negatives.filter((h) => h.stories.some((s) => labels.stories[s]!.split === 'report2')).length).toBeGreaterThanOrEqual(2);
  });

  it('names hard negatives between stories it holds', () => {
    expect(labels.hard_negatives.length).toBeGreaterThanOrEqual(3);
    for (const h of labels.hard_negatives) for (const s of h.stories) expect(labels.stories[s], s).toBeDefined();
    expect(labels.hard_negatives.map((h) => h.kind)).toEqual(expect.arrayContaining(['same two countries, same week', 'follow-up vs original', 'two events of one kind']));
  });

  it.each(labels.articles.map((a) => [a.id, a] as const))('%s: text, evidence, entities, vocabularies', (_id, a) => {
    const source = sources.get(a.id)!;
    const body = squash(source.paragraphs.join(' '));
    const n = words(body);
    expect(n, 'body words').toBeGreaterThanOrEqual(150);
    expect(n, 'body words').toBeLessThanOrEqual(500);
    for (const r of [...a.reactions, ...a.non_reactions]) expect(body).toContain(squash(r.evidence));
    for (const k of [...a.entities, ...a.reactions.map((r) => r.actor), ...a.non_reactions.map((r) => r.actor)]) expect(labels.entities[k], k).toBeDefined();
    for (const r of a.reactions) {
      expect(labels.stance_vocabulary).toContain(r.stance);
      expect(r.kind).toBe(labels.entities[r.actor]!.kind);
      expect(speaksForParent.get(r.actor), `${r.actor} reacts as its parent, with via`).toBeUndefined();
    }
    for (const t of a.topics) expect(labels.topic_vocabulary).toContain(t);
    const states = new Set(a.reactions.filter((r) => r.kind !== 'non-state').map((r) => r.actor));
    expect(a.topics.includes('international-reactions')).toBe(states.size >= 2);
    expect(new Set(a.reactions.map((r) => `${r.actor}|${r.stance}`)).size).toBe(a.reactions.length);
  });

  it('ships the feeds its builder renders from the sources (re-run scripts/fixtures/build-multilingual-feeds.ts)', () => {
    const rendered = renderCorpusFeeds(loadOutlets(), [...sources.values()]);
    expect(rendered.size).toBe(7);
    for (const [file, body] of rendered) expect(readFileSync(`${MULTILINGUAL_DIR}feeds/${file}`, 'utf8'), file).toBe(body);
  });

  it('declares a wrong language in some feeds, so detection is what decides', () => {
    const outlets = loadOutlets();
    const wrong = labels.articles.filter((a) => !outlets[sources.get(a.id)!.outlet]!.declaredLanguage.startsWith(a.language));
    expect(wrong.length).toBeGreaterThanOrEqual(15);
  });
});

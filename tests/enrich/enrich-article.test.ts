import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { loadWorldNewsArticles } from './world-news-corpus.ts';

// The whole enrichment as ingestion runs it (language, entities, reactions, topics from extracted reactions), scored
// on the labelled world-news corpus. The per-module tests measure each part on gold inputs; this one chains them.
describe('enrichArticle on the world-news corpus', async () => {
  const articles = await loadWorldNewsArticles();
  const taxonomy = loadTaxonomy();
  const results = articles.map((a) => ({ a, e: enrichArticle({ title: a.title, text: a.text, languageHint: a.language }, taxonomy) }));

  it('tags international-reactions from extracted reactions with F1 >= 0.9', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { a, e } of results) {
      const gold = a.label.topics.includes('international-reactions');
      const got = e.topics.some((t) => t.slug === 'international-reactions');
      if (gold && got) tp++;
      else if (got) fp++;
      else if (gold) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    console.log(`international-reactions (extracted reactions): tp ${tp} fp ${fp} fn ${fn} F1 ${f1.toFixed(3)}`);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it('detects the language of every article and is deterministic', () => {
    for (const { a, e } of results) expect(e.language, a.title).toBe('en');
    const again = enrichArticle({ title: articles[0]!.title, text: articles[0]!.text, languageHint: articles[0]!.language }, taxonomy);
    expect(again).toEqual(results[0]!.e);
  });

  it('gives every topic its evidence and keeps reactions to known actors', () => {
    for (const { e } of results) {
      for (const t of e.topics) expect(t.evidence.length).toBeGreaterThan(0);
      for (const r of e.reactions) expect(['country', 'organization']).toContain(r.actor.kind);
    }
  });
});

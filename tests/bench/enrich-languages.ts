import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { extractReactions } from '../../src/enrich/reactions/extract-reactions.ts';
import { extractLanguageReactions } from '../../src/enrich/reactions/languages/extract-language-reactions.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { loadCorpusArticles, loadMultilingualLabels } from '../support/multilingual-corpus.ts';

export interface LanguageEnrichRow {
  language: string;
  articles: number;
  /** Whole enrichment (language, entities, reactions, topics) per second, one core. */
  enrichPerSecond: number;
  /** The reaction extractor alone (the English one for English, the multilingual engine for the others). */
  reactionsPerSecond: number;
  words: number;
}

function perSecond(n: number, fn: () => void): number {
  const t0 = performance.now();
  fn();
  return n / ((performance.now() - t0) / 1000);
}

/**
 * Enrichment throughput per language on the multilingual corpus (150–500-word articles in six languages), each
 * language's articles repeated `rounds` times after a warm-up, with the reaction extractor measured alone beside it.
 */
export function benchEnrichLanguages(rounds = 10): LanguageEnrichRow[] {
  const taxonomy = loadTaxonomy();
  const sources = loadCorpusArticles();
  const labels = loadMultilingualLabels();
  const rows: LanguageEnrichRow[] = [];
  for (const language of ['en', 'de', 'fr', 'es', 'it', 'ru']) {
    const inputs = labels.articles
      .filter((a) => a.language === language)
      .map((a) => sources.get(a.id)!)
      .map((s) => ({ title: s.title, text: s.paragraphs.join('\n\n'), languageHint: null, publishedAt: s.published }));
    for (const i of inputs) enrichArticle(i, taxonomy);
    const items = Array.from({ length: rounds }, () => inputs).flat();
    const reactions = language === 'en' ? (i: (typeof inputs)[number]) => extractReactions(i) : (i: (typeof inputs)[number]) => extractLanguageReactions(i, language);
    rows.push({
      language,
      articles: inputs.length,
      words: Math.round(inputs.reduce((n, i) => n + i.text.split(/\s+/).length, 0) / inputs.length),
      enrichPerSecond: perSecond(items.length, () => items.forEach((i) => enrichArticle(i, taxonomy))),
      reactionsPerSecond: perSecond(items.length, () => items.forEach(reactions)),
    });
  }
  return rows;
}

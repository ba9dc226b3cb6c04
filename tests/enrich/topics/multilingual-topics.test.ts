/**
 * Built-in topics beyond English: each language's keywords (topic-keywords.json) join the taxonomy's phrases, and
 * international-reactions stands on named states and organizations plus evaluative verbs where reactions are not
 * extracted yet. Scored on the multilingual corpus's report half (the keywords were written as general vocabulary
 * and checked on the tune half only), and on sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../../src/enrich/enrich-article.ts';
import { keywordLanguages, topicsForLanguage } from '../../../src/enrich/topics/localized-topics.ts';
import { loadTaxonomy } from '../../../src/enrich/topics/taxonomy.ts';
import { prf, round3 } from '../../support/corpus-scoring.ts';
import { loadCorpusArticles, loadMultilingualLabels, loadOutlets } from '../../support/multilingual-corpus.ts';

const taxonomy = loadTaxonomy();
const SLUGS = ['international-reactions', 'diplomacy', 'armed-conflict', 'sanctions', 'climate', 'disasters'];
const topicsOf = (title: string, text: string, hint: string) => enrichArticle({ title, text, languageHint: hint }, taxonomy).topics.map((t) => t.slug);

describe('topics in other languages', () => {
  it('has keywords for the five languages beyond English, and leaves English definitions as they are', () => {
    expect(keywordLanguages()).toEqual(['de', 'es', 'fr', 'it', 'ru']);
    expect(topicsForLanguage(taxonomy, 'en')).toBe(taxonomy);
    expect(topicsForLanguage(taxonomy, null)).toBe(taxonomy);
    expect(topicsForLanguage(taxonomy, 'de')).toBe(topicsForLanguage(taxonomy, 'de'));
  });

  it('scores the six topics on the report half of the multilingual corpus, every language at micro-F1 >= 0.85', () => {
    const labels = loadMultilingualLabels();
    const sources = loadCorpusArticles();
    const outlets = loadOutlets();
    const counts = new Map<string, { tp: number; fp: number; fn: number }>();
    const bump = (k: string, f: 'tp' | 'fp' | 'fn') => {
      const c = counts.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      c[f]++;
      counts.set(k, c);
    };
    for (const a of labels.articles.filter((x) => labels.stories[x.story]!.split === 'report')) {
      const s = sources.get(a.id)!;
      const got = new Set(topicsOf(s.title, s.paragraphs.join('\n\n'), outlets[s.outlet]!.declaredLanguage));
      for (const slug of SLUGS) {
        const gold = a.topics.includes(slug);
        const predicted = got.has(slug);
        for (const key of [a.language, `${a.language} ${slug}`, slug]) {
          if (gold && predicted) bump(key, 'tp');
          else if (predicted) bump(key, 'fp');
          else if (gold) bump(key, 'fn');
        }
      }
    }
    for (const [key, c] of [...counts].sort()) {
      const r = prf(c.tp, c.tp + c.fp, c.tp + c.fn);
      console.log(`topics (report half) ${key}: P ${round3(r.precision)} R ${round3(r.recall)} F1 ${round3(r.f1)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
    }
    for (const language of ['en', 'de', 'fr', 'es', 'ru', 'it']) {
      const c = counts.get(language)!;
      expect(prf(c.tp, c.tp + c.fp, c.tp + c.fn).f1, language).toBeGreaterThanOrEqual(0.85);
    }
  });

  it.each([
    ['de', 'Schweres Erdbeben erschüttert Küste', 'Ein Erdbeben der Stärke 6,5 hat die Küstenregion erschüttert. Rettungskräfte suchen in den Trümmern nach Überlebenden, die Zahl der Todesopfer stieg auf 20. Die Behörden riefen den Notstand aus.', 'disasters'],
    ['fr', 'Les négociations de paix reprennent à Genève', "Les délégations se retrouvent lundi pour une nouvelle session de pourparlers sous médiation de l'émissaire spécial. Le chef de la diplomatie a évoqué un possible sommet avant l'été et la signature d'un traité.", 'diplomacy'],
    ['es', 'Nuevas sanciones contra la flota petrolera', 'El bloque aprobó un nuevo paquete de sanciones que incluye la congelación de activos de doce empresas navieras y un embargo sobre los repuestos. Las medidas restrictivas entrarán en vigor el lunes.', 'sanctions'],
    ['it', 'Clima, le emissioni di metano salgono ancora', "Le emissioni di gas serra legate al metano sono cresciute del 3% nell'ultimo anno, secondo un rapporto sul cambiamento climatico. Gli scienziati chiedono di accelerare la decarbonizzazione.", 'climate'],
    ['ru', 'На востоке возобновились бои', 'Войска продолжают обстрелы позиций противника, сообщили военные. Перемирие, объявленное на прошлой неделе, фактически сорвано: на фронте идут ожесточенные бои, есть погибшие среди мирных жителей.', 'armed-conflict'],
    ['de', 'Reaktionen auf das Abkommen', 'Frankreich begrüßte die Einigung ausdrücklich. Polen äußerte sich skeptisch und kritisierte die fehlenden Garantien, während die Vereinten Nationen beide Seiten zur Umsetzung aufriefen.', 'international-reactions'],
    ['fr', "Le plan salué à l'étranger", "L'Allemagne a salué un plan « ambitieux ». Le Japon s'est montré plus prudent, tandis que l'Union européenne a réclamé des garanties supplémentaires.", 'international-reactions'],
  ])('%s: "%s" is tagged %s', (language, title, text, slug) => {
    expect(topicsOf(title, text, language)).toContain(slug);
  });

  it.each([
    ['de', 'Fußball: Bayern gewinnt das Spitzenspiel', 'Der FC Bayern hat das Spitzenspiel gegen Dortmund mit 3:1 gewonnen. Nach der Pause drehte die Mannschaft die Partie, der Trainer lobte die Moral seiner Spieler.'],
    ['it', 'Mostra di Caravaggio a Napoli', "Apre sabato a Napoli una mostra dedicata a Caravaggio con trenta opere provenienti da musei europei. I curatori prevedono oltre centomila visitatori nei primi tre mesi."],
  ])('%s: "%s" gets none of the six', (language, title, text) => {
    const got = topicsOf(title, text, language);
    for (const slug of SLUGS) expect(got).not.toContain(slug);
  });
});

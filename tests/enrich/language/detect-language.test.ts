import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/enrich/language/detect-language.ts';
import { loadWorldNewsArticles } from '../world-news-corpus.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Russia and Ukraine trade prisoners', 'The exchange took place on the border with Belarus after weeks of talks mediated by the United Arab Emirates.'],
    ['de', 'Bundestag verlängert Sanktionen', 'Der Bundestag hat am Donnerstag beschlossen, die Sanktionen gegen Russland um weitere sechs Monate zu verlängern.'],
    ['fr', 'Le gouvernement salue l’accord', 'Le ministre des Affaires étrangères a salué jeudi un accord qui, selon lui, ouvre la voie à une paix durable.'],
    ['es', 'Terremoto en Perú', 'El gobierno peruano anunció ayuda de emergencia para las víctimas del terremoto en la región de Arequipa.'],
    ['fi', 'Museo avautuu uudelleen', 'Helsingin taidemuseo avaa ovensa neljän vuoden remontin jälkeen, kertoo museon johtaja tiistaina.'],
  ])('detects %s from the text', (language, title, text) => {
    const guess = detectLanguage({ title, text, hint: null });
    expect(guess.language).toBe(language);
    expect(guess.confidence).toBeGreaterThan(0.4);
  });

  it('believes a long text over a wrong feed hint', () => {
    const guess = detectLanguage({
      title: 'Der Bundestag stimmt zu',
      text: 'Die Abgeordneten haben am Donnerstag mit großer Mehrheit für das neue Gesetz gestimmt, das im Herbst in Kraft treten soll.',
      hint: 'en-US',
    });
    expect(guess.language).toBe('de');
  });

  it.each([
    ['short text falls back to the hint, primary tag only', { title: 'Ok', text: '', hint: 'fr-CA' }, 'fr'],
    ['hint normalization (underscore, case)', { title: '', text: '', hint: 'EN_gb' }, 'en'],
    ['no text and no hint', { title: '', text: '', hint: null }, null],
    ['junk hint', { title: '', text: '', hint: 'und' }, null],
  ])('%s', (_name, input, expected) => {
    expect(detectLanguage(input).language).toBe(expected);
  });

  it('agrees with the hint on the world-news corpus (all English) and is fast', async () => {
    const articles = await loadWorldNewsArticles();
    const started = performance.now();
    const guesses = articles.map((a) => detectLanguage({ title: a.title, text: a.text, hint: a.language }));
    const perSecond = articles.length / ((performance.now() - started) / 1000);
    const english = guesses.filter((g) => g.language === 'en').length;
    console.log(`detectLanguage: ${english}/${articles.length} English, ${Math.round(perSecond)} articles/s`);
    expect(english).toBe(articles.length);
    // Same again with no hint: the text alone must say English.
    expect(articles.every((a) => detectLanguage({ title: a.title, text: a.text, hint: null }).language === 'en')).toBe(true);
  });

  it('is deterministic', () => {
    const input = { title: 'Peace talks', text: 'Delegations met in Istanbul to discuss a ceasefire and prisoner exchanges.', hint: 'en' };
    expect(detectLanguage(input)).toEqual(detectLanguage(input));
  });
});

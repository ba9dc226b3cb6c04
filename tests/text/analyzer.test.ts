import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../src/text/analyzer.ts';
import { baseLanguage, part3 } from '../../src/text/language-tags.ts';

describe('language tags', () => {
  it.each([
    ['en-GB', 'en'],
    ['zh-Hant-TW', 'zh'],
    ['nb', 'no'],
    ['deu', 'de'],
    ['', null],
    ['not a tag!', null],
  ])('baseLanguage(%j) = %j', (tag, base) => expect(baseLanguage(tag)).toBe(base));

  it.each([
    ['de', 'deu'],
    ['ru', 'rus'],
    ['pt-BR', 'por'],
  ])('part3(%s) = %s', (tag, code) => expect(part3(tag)).toBe(code));
});

describe('analyzerFor: stems', () => {
  // Inflected forms of one word meet; a different word stays apart.
  it.each([
    ['en', ['sanctions', 'sanctioned', 'sanctioning'], 'general', 'generally'],
    ['de', ['Verhandlungen', 'Verhandlung'], 'Regierung', 'Krieg'],
    ['fr', ['négociations', 'négociation'], 'gouvernement', 'guerre'],
    ['es', ['negociaciones', 'negociación'], 'gobierno', 'guerra'],
    ['it', ['negoziati', 'negoziato'], 'governo', 'guerra'],
    ['ru', ['переговоры', 'переговоров', 'переговорах'], 'правительство', 'война'],
  ])('%s', (lang, same, a, b) => {
    const { stem } = analyzerFor(lang);
    const stems = new Set(same.map((w) => stem(w)));
    expect(stems.size).toBe(1);
    expect(stem(a)).not.toBe(stem(b));
  });

  it('English folds inflections only: derivations stay apart for topic rules', () => {
    const { stem } = analyzerFor('en');
    expect(stem('Countries')).toBe(stem('country'));
    expect(stem('national')).not.toBe(stem('nation'));
  });

  it('stems the word as written, so accented suffixes are seen, and returns it folded', () => {
    expect(analyzerFor('es').stem('Negociación')).toBe(analyzerFor('es').stem('negociaciones'));
    expect(analyzerFor('pt').stem('negociação')).toBe(analyzerFor('pt').stem('negociações'));
    expect(analyzerFor('fr').stem('Négociations')).toMatch(/^[a-z]+$/);
  });

  it('leaves words of a language without a stemmer as they are', () => {
    expect(analyzerFor('zh').stem('谈判')).toBe('谈判');
    expect(analyzerFor(null).stem('talks')).toBe('talks');
  });
});

describe('analyzerFor: stopwords', () => {
  it.each([
    ['en', ['the', 'said', 'according', 'monday'], ['sanctions', 'war', 'government']],
    ['de', ['und', 'der', 'nicht'], ['krieg', 'regierung']],
    ['fr', ['le', 'et', 'des'], ['guerre', 'gouvernement']],
    ['ru', ['и', 'не', 'что'], ['война', 'россия']],
    ['es', ['el', 'y', 'que'], ['guerra', 'gobierno']],
  ])('%s', (lang, stops, content) => {
    const a = analyzerFor(lang);
    for (const w of stops) expect(a.isStopword(w), w).toBe(true);
    for (const w of content) expect(a.isStopword(w), w).toBe(false);
  });
});

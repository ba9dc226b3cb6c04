import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrase, indexText } from '../../../src/enrich/topics/phrase-match.ts';

describe('findPhrase', () => {
  it.each([
    // phrase, text, matches
    ['sanction', 'New sanctions were sanctioned; sanctioning continues.', 3],
    ['peace talk', 'Peace talks resumed. The peace talk was short.', 2],
    ['Peace Talks', 'peace talks', 1],
    ['war', 'The war, the wars, and the warring sides', 3],
    ['war', 'software and warfare are not war', 1],
    ['war crimes', 'They went to war. Crimes followed.', 0], // not across a sentence break
    ['U.S.', 'the U.S. said', 1],
    ['negotiat*', 'negotiators negotiated the negotiation', 3],
    ['negotiat*', 'negotiable? no: renegotiate', 0],
    // Prefixes shorter than the head index's key, and words sharing a prefix's head but not the prefix.
    ['wa*', 'war wars wax a want swap', 4],
    ['n*', 'no new Nation; an owl', 3],
    ['negotiat*', 'negotiable negation negotiate', 1],
    ['WHO', 'The WHO said who knows', 1], // acronyms only in capitals
    ['NGO', 'NGOs and ngo', 1],
    ['accord', 'According to the accord', 1],
    ['Türkiye', 'Turkiye and TÜRKIYE', 2], // diacritics folded
    ['Russia', "Russia's offer", 1],
    ['cease-fire', 'a cease-fire, a cease fire', 2],
  ])('%s in %j: %i', (phrase, text, count) => {
    const compiled = compilePhrase(phrase)!;
    expect(findPhrase(indexText(text), compiled).count).toBe(count);
  });

  it('reports the surface forms found, once each', () => {
    const hits = findPhrase(indexText('Sanctions, sanctions and more sanctioned firms'), compilePhrase('sanction')!);
    expect(hits.forms).toEqual(['Sanctions', 'sanctions', 'sanctioned']);
  });

  it.each([
    // a starred phrase finds its words in text order, whatever order they sort in
    ['negotiat*', 'Talks: negotiators, then negotiations, then the negotiated text and Negotiating.', [1, 3, 6, 9], ['negotiators', 'negotiations', 'negotiated', 'Negotiating']],
    ['peace negotiat*', 'peace negotiations and peace negotiators; peace negotiations', [0, 3, 5], ['peace negotiations', 'peace negotiators']],
    ['negotiat*', 'negotiat negotiating', [0, 1], ['negotiat', 'negotiating']],
  ])('%s in %j starts at %j', (phrase, text, starts, forms) => {
    const hits = findPhrase(indexText(text), compilePhrase(phrase)!);
    expect(hits.starts).toEqual(starts);
    expect(hits.forms).toEqual(forms);
  });

  it('skips matches on blocked words', () => {
    const doc = indexText('trade war and real war');
    expect(findPhrase(doc, compilePhrase('war')!, (i) => i === 1).count).toBe(1);
  });

  it('compiles nothing from a phrase without words', () => {
    expect(compilePhrase(' — ')).toBeNull();
    expect(compilePhrase('*')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/enrich/reactions/split-sentences.ts';
import { loadWorldNewsArticles } from '../world-news-corpus.ts';

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith said no. The U.S. State Department agreed.', ['Mr. Smith said no.', 'The U.S. State Department agreed.']],
    ['Dr. Katrin Müller led it. She cautioned.', ['Dr. Katrin Müller led it.', 'She cautioned.']],
    ['Peace must be “just and lasting.” Kyiv has not reacted.', ['Peace must be “just and lasting.”', 'Kyiv has not reacted.']],
    ['Who objects? Hungary. Budapest argues.', ['Who objects?', 'Hungary.', 'Budapest argues.']],
    ['It hit at 11:14 p.m. on Sunday. J. Smith saw it.', ['It hit at 11:14 p.m. on Sunday.', 'J. Smith saw it.']],
    ['He paid $2.5 million. It was 3.85 per cent.', ['He paid $2.5 million.', 'It was 3.85 per cent.']],
    ['United States: Washington doubted it.\nChina: Beijing backed it.', ['United States: Washington doubted it.', 'China: Beijing backed it.']],
    // Abbreviations far into a long line, and a dotted word longer than the stretch searched before each dot.
    ['Ministers from across the region met on Monday with officials of the U.S. State Department.', ['Ministers from across the region met on Monday with officials of the U.S. State Department.']],
    [`See a.${'b'.repeat(60)}. Next one.`, [`See a.${'b'.repeat(60)}. Next one.`]],
    [`See ${'b'.repeat(60)}. Next one.`, [`See ${'b'.repeat(60)}.`, 'Next one.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets, lines and the first sentence of each line', () => {
    const text = 'First one. Second one.\n\nThird: yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.line, s.opensLine])).toEqual([[0, true], [0, false], [2, true]]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('every labelled evidence sentence of the world-news corpus is one sentence (or a round-up line minus its label)', async () => {
    const articles = await loadWorldNewsArticles();
    const missing: string[] = [];
    let total = 0;
    for (const article of articles) {
      const sentences = splitSentences(article.text).map((s) => s.text);
      const evidence = [...article.label.reactions, ...article.label.non_reactions].map((r) => r.evidence);
      for (const e of new Set(evidence)) {
        total++;
        if (!sentences.some((s) => s === e || s.endsWith(`: ${e}`))) missing.push(e);
      }
    }
    console.log(`sentence splitter: ${total - missing.length}/${total} evidence sentences split exactly`);
    expect(missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { attitudeCues, mayReadAttitude } from '../../../src/enrich/reactions/attitude-predicates.ts';
import { mayReportSpeech, reportedSpeechCues } from '../../../src/enrich/reactions/attributed-speech.ts';
import { cameoCandidates, findCameoCues, mayReadCameoCue } from '../../../src/enrich/reactions/cameo-cues.ts';
import { tagTokens } from '../../../src/enrich/reactions/pos-tags.ts';
import { loadReactionGrammar } from '../../../src/enrich/reactions/reaction-grammar.ts';
import { viewSentence } from '../../../src/enrich/reactions/sentence-view.ts';
import { splitSentences } from '../../../src/enrich/reactions/split-sentences.ts';
import { loadWorldNewsArticles } from '../world-news-corpus.ts';

const g = loadReactionGrammar();

/** The word tests that let the extractor leave a sentence untagged, and what tagging would have found. */
function readings(text: string) {
  const view = viewSentence(text, null);
  const candidates = cameoCandidates(view, g.reportingVerbs);
  const pos = tagTokens(view.text, view.tokens);
  return {
    bounds: { cameo: mayReadCameoCue(view, candidates), attitude: mayReadAttitude(view), speech: mayReportSpeech(view, g) },
    found: {
      cameo: findCameoCues(view, pos, candidates, true).length > 0,
      attitude: attitudeCues(view, pos, []).length > 0,
      speech: reportedSpeechCues(view, pos, g).length > 0,
    },
  };
}

describe('sentences left untagged', () => {
  it('the word tests say "maybe" wherever tagging finds a cue (world-news sentences)', async () => {
    let checked = 0;
    let excluded = 0;
    for (const article of await loadWorldNewsArticles()) {
      for (const sentence of splitSentences(article.text)) {
        const { bounds, found } = readings(sentence.text);
        for (const kind of ['cameo', 'attitude', 'speech'] as const) {
          if (found[kind]) expect(bounds[kind], `${kind}: ${sentence.text}`).toBe(true);
          if (!bounds[kind]) excluded++;
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    // The tests must also rule sentences out, or they save nothing.
    expect(excluded).toBeGreaterThan(checked / 3);
  });

  it('rules out what only a tagger could not make a cue of, and keeps what it could', () => {
    expect(readings('Japan denounced the strikes on Friday.').bounds.cameo).toBe(true);
    expect(readings('Kyiv has so far not issued an official reaction to the proposal.').bounds.cameo).toBe(false);
    expect(readings('Earlier rounds took place in Belarus and in Istanbul before collapsing.').bounds.cameo).toBe(false);
    expect(readings('Berlin remained deeply and openly unhappy about the vote.').bounds.attitude).toBe(true);
    expect(readings('Berlin remained silent.').bounds.attitude).toBe(false);
    expect(readings('Diplomats said the Commission would try to address concerns before the summit.').bounds.speech).toBe(false);
    expect(readings('The minister said the plan looked sensible.').bounds.speech).toBe(true);
    expect(readings('The minister said "this is a sham" on Friday.').bounds.speech).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/domain/errors.ts';
import { loadCueLexicon, parseCueLexicon } from '../../../src/enrich/reactions/cue-lexicon.ts';
import { cameoLexicon } from '../../../src/enrich/reactions/cameo-lexicon.ts';
import { compileCuePattern, verbForms } from '../../../src/enrich/reactions/cue-pattern.ts';
import { findCues } from '../../../src/enrich/reactions/find-cues.ts';
import { viewSentence } from '../../../src/enrich/reactions/sentence-view.ts';
import { loadReactionGrammar, parseReactionGrammar } from '../../../src/enrich/reactions/reaction-grammar.ts';
import { readJson } from '../../../src/enrich/reactions/cue-lexicon.ts';
import { DEFAULT_GRAMMAR_PATH } from '../../../src/enrich/reactions/reaction-grammar.ts';

/** Every match starting at a word of `text` (words separated by single spaces, as the extractor joins tokens). */
function matches(pattern: string, text: string): string[] {
  const compiled = compileCuePattern(pattern);
  if (typeof compiled === 'string') throw new Error(compiled);
  const found: string[] = [];
  for (let at = 0; at < text.length; at = text.indexOf(' ', at) + 1 || text.length) {
    compiled.regex.lastIndex = at;
    const m = compiled.regex.exec(text);
    if (m) found.push(m[0]);
  }
  return found;
}

describe('cue patterns', () => {
  it.each([
    ['~welcome', 'china welcomed the pledge', ['welcomed']],
    ['~welcome', 'china is welcoming it', ['welcoming']],
    ['~welcome', 'a welcomed step', ['welcomed']],
    ['called|calls on', 'recalled on', []],
    ['~welcome', 'the welcomer', []],
    ['called|calls on|upon', 'the un called on both parties', ['called on']],
    ['called|calls on|upon', 'the un called both parties', []],
    ['expressed _2 skepticism', 'washington expressed deep skepticism', ['expressed deep skepticism']],
    ['expressed _2 skepticism', 'expressed , once again , skepticism', []],
    ['a? more? guarded line', 'took a more guarded line', ['a more guarded line', 'more guarded line', 'guarded line']],
    ['a? more? guarded line', 'a guarded line', ['a guarded line', 'guarded line']],
    ['announced _3 #money', 'the eu announced € 2.5 million in aid', ['announced € 2.5 million']],
    ['announced _3 #money', 'announced 2.5 million euros', ['announced 2.5 million euros']],
    ['announced _3 #money', 'announced new rules', []],
  ])('%s in "%s"', (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });

  it.each([
    ['welcome', ['welcome', 'welcomes', 'welcomed', 'welcoming']],
    ['urge', ['urge', 'urges', 'urged', 'urging']],
    ['dismiss', ['dismiss', 'dismisses', 'dismissed', 'dismissing']],
    ['criticise', ['criticise', 'criticises', 'criticised', 'criticising']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['veto', ['veto', 'vetoes', 'vetoed', 'vetoing']],
  ])('verb forms of %s', (base, forms) => {
    expect(verbForms(base)).toEqual(forms);
  });

  it('knows the words a match can start with', () => {
    const compiled = compileCuePattern('cautiously? ~welcome|hailed');
    expect(typeof compiled === 'string' ? compiled : compiled.firstWords).toEqual(['cautiously', 'welcome', 'welcomes', 'welcomed', 'welcoming', 'hailed']);
    const money = compileCuePattern('#money for aid');
    expect(typeof money === 'string' ? money : money.firstWords).toEqual(['#money']);
  });

  it.each([
    ['the EU pledged € 2 million for aid.', ['€ 2 million for aid', '€ 2 million for aid']],
    ['It gave 2.5 million euros in relief to the region.', ['2.5 million euros in relief']],
    ['Aid: about 3 million dollars for emergency aid.', ['about 3 million dollars for emergency aid']],
    ['Ministers met for talks on aid.', []],
  ])('a cue that may open with an amount of money, in "%s"', (text, expected) => {
    const cues = parseCueLexicon({ cues: [{ pattern: '#money in|for _3 aid|relief', stance: 'supportive' }, { pattern: 'about? #money for _2 aid', stance: 'supportive' }] }, 'test');
    expect(findCues(viewSentence(text, null), cues).map((m) => m.text)).toEqual(expected);
  });

  it.each([['welcomed _2'], ['welcomed?'], ['welcomed _13 x'], ['a||b']])('rejects %s', (pattern) => {
    expect(typeof compileCuePattern(pattern)).toBe('string');
  });
});

describe('cue lexicon and grammar files', () => {
  it('the built-in lexicon loads, with every stance represented', () => {
    const cues = loadCueLexicon();
    expect(cues.length).toBeGreaterThan(50);
    expect(new Set(cues.map((c) => c.stance))).toEqual(new Set(['supportive', 'cautious', 'skeptical', 'opposed', 'neutral']));
  });

  it('the CAMEO verb forms converted from PETRARCH2 are all words (a stray "," among one verb\'s forms made every comma a verb)', () => {
    const forms = [...cameoLexicon().forms.keys()];
    expect(forms.length).toBeGreaterThan(5000);
    expect(forms.filter((f) => !/\p{L}/u.test(f))).toEqual([]);
  });

  it('the built-in grammar loads', () => {
    const g = loadReactionGrammar();
    expect(g.speakerNouns.has('spokesperson')).toBe(true);
    expect(g.reportingVerbs.has('said')).toBe(true);
  });

  it.each([
    [{ cues: [{ pattern: 'welcomed', stance: 'happy' }] }, /cues\.0\.stance/],
    [{ cues: [{ pattern: 'welcomed _2', stance: 'supportive' }] }, /cues\.0 "welcomed _2": a pattern must end with a required word/],
    [{ cues: [] }, /cues/],
    [{ cues: [{ pattern: 'x', stance: 'neutral', extra: 1 }] }, /cues\.0/],
  ])('an invalid lexicon fails with a ConfigError naming the field (%#)', (json, message) => {
    expect(() => parseCueLexicon(json, 'test.json')).toThrow(ConfigError);
    expect(() => parseCueLexicon(json, 'test.json')).toThrow(message);
  });

  it('an invalid grammar fails with a ConfigError naming the field', () => {
    const json = readJson(DEFAULT_GRAMMAR_PATH, 'grammar') as Record<string, unknown>;
    expect(() => parseReactionGrammar({ ...json, speakerNouns: { words: [] } }, 'g.json')).toThrow(/speakerNouns\.words/);
  });

  it('a missing file fails with a ConfigError naming it', () => {
    expect(() => loadCueLexicon('/nonexistent/cues.json')).toThrow(/Cannot read reaction cue lexicon \/nonexistent\/cues\.json/);
  });
});

import { describe, expect, it } from 'vitest';
import type { ExtractedReaction } from '../../../src/domain/enrichment.ts';
import { loadCueLexicon, parseCueLexicon } from '../../../src/enrich/reactions/cue-lexicon.ts';
import { distinctActorStances } from '../../../src/enrich/reactions/distinct-actor-stances.ts';
import { createReactionExtractor, extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';
import { findGazetteerActors } from '../../../src/enrich/reactions/gazetteer-actors.ts';
import { loadReactionGrammar } from '../../../src/enrich/reactions/reaction-grammar.ts';

/** "Actor:stance" for each reaction, in text order. */
function read(text: string, title = ''): string[] {
  return extractReactions({ title, text }).map((r) => `${r.actor.name}:${r.stance}`);
}

describe('extractReactions', () => {
  describe('reaction cues map to stances', () => {
    it.each([
      ['France condemned the attack.', ['France:opposed']],
      ['The Kremlin rejected the proposal as a provocation.', ['Russia:opposed']],
      ['Canada and Mexico praised the agreement.', ['Canada:supportive', 'Mexico:supportive']],
      ['Beijing reiterated its support for negotiations.', ['China:supportive']],
      ['The African Union urged both sides to return to the table.', ['African Union:supportive']],
      ['The UN called on both parties to seize this opportunity.', ['United Nations:supportive']],
      ['Washington expressed skepticism about the offer.', ['United States:skeptical']],
      ['South Africa questioned whether the plan was workable.', ['South Africa:skeptical']],
      ["Latvia's foreign ministry dismissed the proposal as a public-relations exercise.", ['Latvia:skeptical']],
      ["China's foreign ministry expressed concern over the move.", ['China:cautious']],
      ['The UN took note of the announcement.', ['United Nations:neutral']],
      ['Saudi Arabia said it would not support the resolution.', ['Saudi Arabia:opposed']],
      ['The Alliance of Small Island States said the money was insufficient.', ['Alliance of Small Island States:skeptical']],
      ['Japan said it would send tents and provide $1.5 million in emergency grant aid.', ['Japan:supportive']],
      ['China said it "firmly opposes" the restrictions.', ['China:opposed']],
      ['Earlier on Thursday, China condemned the rules.', ['China:opposed']],
      ['Britain said it was disappointed by the decision.', ['United Kingdom:opposed']],
    ])('%s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });

  describe('modifiers shift the stance', () => {
    it.each([
      ['EU officials cautiously welcomed any move toward dialogue.', ['European Union:cautious']],
      ['EU officials welcomed the plan but stressed that peace must be just and lasting.', ['European Union:cautious']],
      ['Peru welcomed the pledge but would wait to see how quickly the money flowed.', ['Peru:cautious']],
      ['Canberra said it would keep supporting Ukraine and that any talks must treat Kyiv as an equal.', ['Australia:cautious']],
      ['The United States said it backed the aims but was not yet ready to put forward new money.', ['United States:cautious']],
      ["Ukraine's foreign ministry responded cautiously to the offer.", ['Ukraine:cautious']],
      ['Washington was more reserved.', ['United States:cautious']],
      ['Washington expressed skepticism, urging Moscow to demonstrate sincerity.', ['United States:skeptical']],
      ['Hungary said it would not support the steps and warned that it was prepared to veto the package.', ['Hungary:opposed']],
      ['Turkey welcomed the talks, not only as a step but also as a sign of goodwill.', ['Turkey:supportive']],
    ])('%s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });

  describe('negated, hypothetical and past statements are not reactions', () => {
    it.each([
      'Kyiv has so far not issued an official reaction to the proposal.',
      'India has not yet reacted.',
      'Germany could object to the plan.',
      'Brussels may reject the proposal.',
      'Japan is expected to respond later this week.',
      'Tokyo would welcome any steps toward peace.',
      'Pakistan has yet to respond.',
      'China did not welcome the decision.',
      "China's embassy said it would respond after studying the details.",
      "Zelenskyy's administration has previously called Moscow's peace gestures “performative” or “insincere.”",
      'Ukraine has long rejected any deal that cedes land.',
      'Slovakia, which has raised similar objections in the past, did not comment publicly on Thursday.',
      'Finnish officials in Helsinki declined to comment on the exchange.',
      'He recalled that Kyiv had described earlier Russian peace gestures as performative.',
      'If Kyiv agrees to preliminary talks, it could mark a new chapter.',
      'In the past, China has condemned such steps.',
    ])('%s', (text) => {
      expect(read(text)).toEqual([]);
    });
  });

  describe('places, non-state voices and modifiers are not actors', () => {
    it.each([
      'Talks in Moscow ended without agreement.',
      'Aid arrived in Lima on Tuesday and was welcomed by residents.',
      'A Washington-based analyst criticised the offer.',
      'Diplomats in Geneva noted that Switzerland had offered its good offices earlier in the year.',
      'Industry groups in Tokyo said they would comply, while warning that suppliers could lose customers.',
      'In Moscow, relatives of Russian soldiers told state television they were grateful to the mediators.',
      'Egyptian refiners welcomed the move.',
      'Analysts in Beijing welcomed the move.',
      'Swedish centre-back Jonas Ek protested the decision.',
      "Putin's rare gesture was welcomed cautiously by markets.",
    ])('%s', (text) => {
      expect(read(text)).toEqual([]);
    });
  });

  describe('speakers count for their state or organization', () => {
    it.each([
      ["Zelenskyy's office welcomed the decision.", ['Ukraine:supportive']],
      ['A Kremlin spokesman dismissed the report.', ['Russia:skeptical']],
      ['The Russian president praised the summit.', ['Russia:supportive']],
      ['President Emmanuel Macron hailed the agreement as a breakthrough.', ['France:supportive']],
      ['Volodymyr Zelenskyy on Tuesday cast doubt on the invitation.', ['Ukraine:skeptical']],
      ['Canada said it had "serious doubts" that the vote was free.', ['Canada:skeptical']],
      ['Foreign Ministry spokeswoman Maria Zakharova condemned the decision.', ['Russia:opposed']],
      ['The Dutch foreign ministry has grave doubts about the count.', ['Netherlands:skeptical']],
      ['The Turkish presidency said it backed an early resumption of talks.', ['Turkey:supportive']],
      ['A Vatican spokesman said the Church supported every effort to end the bloodshed.', ['Holy See:supportive']],
      ['The chair of the Alliance of Small Island States said the sum was insufficient.', ['Alliance of Small Island States:skeptical']],
      ['The spokesperson for the UN secretary-general urged Russia and Ukraine to seize the opportunity.', ['United Nations:supportive']],
      ['The European Commission said it had taken note of the decision.', ['European Union:neutral']],
      ['A State Department official said Washington supported the goal but would not commit funds.', ['United States:cautious']],
      ['The foreign ministry in Tokyo voiced skepticism.', ['Japan:skeptical']],
      ['Officials in Kyiv said they welcomed the offer.', ['Ukraine:supportive']],
      ['Ukrainian officials welcomed the news.', ['Ukraine:supportive']],
      ['“This is a historic step,” said Kenya’s foreign minister.', ['Kenya:supportive']],
    ])('%s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });

  describe('people behind titles, passives and seats', () => {
    it.each([
      ['Mr. Putin welcomed the idea.', ['Russia:supportive']],
      ["Brazil's President Luiz Inácio Lula da Silva praised the agreement.", ['Brazil:supportive']],
      ['Australia’s foreign minister Penny Wong said Canberra welcomed the decision.', ['Australia:supportive']],
      ['A spokesman for the Chinese foreign ministry, Lin Jian, said Beijing opposed the move.', ['China:opposed']],
      ["Russia's invasion was condemned by the UN.", ['United Nations:opposed']],
      ['The move was welcomed by Washington and Brussels.', ['United States:supportive', 'European Union:supportive']],
      ['The move would be welcomed by Washington.', []],
      ['The move was not welcomed by Beijing.', []],
      ['Germany and France, backed by the Nordic states, say the package is needed.', ['Germany:supportive', 'France:supportive']],
    ])('%s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });

  describe('names that only modify another noun, and non-state speakers', () => {
    it.each([
      'The Athens protest march drew thousands.',
      'Beijing residents welcomed the decision.',
      'German opposition leaders slammed the deal.',
      'Democratic leaders in Congress applauded the decision.',
      'Critics of Vladimir Putin welcomed the ruling.',
      'The only candidate in the capital, Ashgabat, supports the president.',
      'Residents of Kyiv welcomed the news.',
      'Chinese state media criticised the move.',
    ])('%s', (text) => {
      expect(read(text)).toEqual([]);
    });
    // A country's name opening an organization's: the organization speaks, not the state.
    it.each([
      ['The US Chamber of Commerce welcomed the rule change.', ['US Chamber of Commerce:supportive']],
      ['The Peru Coffee Growers Association criticised the duty.', ['Peru Coffee Growers Association:opposed']],
    ])('%s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });

  describe('context names the actor of an unattributed official', () => {
    it.each([
      ['In Moscow, a foreign ministry spokeswoman said the restrictions were illegal.', ['Russia:opposed']],
      ['In Cairo, the foreign ministry said Egypt had taken note of the proposal.', ['Egypt:neutral']],
      ['At the United Nations, a spokesperson for the secretary-general called on both parties to talk.', ['United Nations:supportive']],
      ['Kyiv has signalled interest, though officials there were cautious.', ['Ukraine:cautious']],
      ['The United States announced $2 million for shelter, and its embassy in Lima said Washington stood ready to do more.', ['United States:supportive']],
    ])('%s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });

  describe('clauses and lists', () => {
    it.each([
      ['Britain welcomed the deal, while Iran condemned it.', ['United Kingdom:supportive', 'Iran:opposed']],
      ['Latvia, Lithuania and Estonia said they backed the package.', ['Latvia:supportive', 'Lithuania:supportive', 'Estonia:supportive']],
      ['Kenya, which hosted the summit, and the African Union both praised the agreement.', ['Kenya:supportive', 'African Union:supportive']],
      ['Washington, which has long opposed the pipeline, welcomed the decision.', ['United States:supportive']],
      ['Ministers failed to agree on sanctions, after Hungary refused to back the measures.', ['Hungary:opposed']],
      ['Washington was the most sceptical, with a US official saying Moscow should prove it was serious.', ['United States:skeptical']],
      ['China praised the outcome, while the United States said it backed the aims but was not yet ready to pay.', ['China:supportive', 'United States:cautious']],
    ])('%s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });

  describe('round-ups', () => {
    it('reads "Actor: statement" lines, with the statement as evidence', () => {
      const text = [
        'The announcement has drawn immediate responses worldwide:',
        '',
        'United States: Washington expressed skepticism, urging Moscow to act.',
        'European Union: EU officials cautiously welcomed any move toward dialogue.',
        'Indonesia: called for restraint.',
        'India: no comment yet.',
      ].join('\n');
      const reactions = extractReactions({ title: '', text });
      expect(reactions.map((r) => [r.actor.name, r.stance, r.evidence])).toEqual([
        ['United States', 'skeptical', 'Washington expressed skepticism, urging Moscow to act.'],
        ['European Union', 'cautious', 'EU officials cautiously welcomed any move toward dialogue.'],
        ['Indonesia', 'cautious', 'called for restraint.'],
      ]);
    });

    it('reads paragraphs that open with the actor\'s name, for their unattributed speakers', () => {
      const text = [
        'United States. The State Department said it doubted that the offer was sincere. A spokesperson said the offer was hollow.',
        '',
        'China. A foreign ministry spokesperson said China supported all efforts conducive to peace talks.',
      ].join('\n');
      expect(read(text)).toEqual(['United States:skeptical', 'United States:skeptical', 'China:supportive']);
    });

    it('a label that is not an actor does not make one', () => {
      expect(read('Strategic Timing: analysts caution it could also be a tactical move.')).toEqual([]);
    });
  });

  describe('the headline’s own actors', () => {
    it('a weak cue defending the reported move is not a reaction', () => {
      const title = 'Netherlands and Japan tighten curbs on chipmaking equipment exports';
      expect(read('Dutch officials said the changes were needed to protect national security.', title)).toEqual([]);
      expect(read('Dutch officials said the changes were needed to protect national security.', 'Chip rules take effect')).toEqual([
        'Netherlands:supportive',
      ]);
    });

    it('a strong cue still counts', () => {
      expect(read("Turkey's foreign ministry said it welcomed any step toward talks.", 'Turkey and the Vatican offer neutral ground')).toEqual([
        'Turkey:supportive',
      ]);
    });

    it.each([
      ['Earthquake kills dozens in Bolivia and Peru', 'Peru sent rescuers and tents to the region.', []],
      ['Earthquake kills dozens in Bolivia and Peru', 'Chile sent rescuers and tents to the region.', ['Chile:supportive']],
      ['Earthquake kills dozens near the border', 'Peru sent rescuers and tents to the region.', ['Peru:supportive']],
    ])('a state the headline puts the event in gives no aid to itself: %s / %s', (title, text, expected) => {
      expect(read(text, title)).toEqual(expected);
    });

    it('a headline whose verb is a reaction names no agent', () => {
      expect(read('Hungary said the measures were needed.', 'Hungary rejects new sanctions')).toEqual(['Hungary:supportive']);
    });
  });

  it('gives one reaction per actor and sentence, with evidence and cue', () => {
    const reactions = extractReactions({ title: '', text: 'China welcomed the pledge and praised the outcome. China later condemned the delay.' });
    expect(reactions.map((r) => [r.actor.key, r.stance, r.cue, r.evidence])).toEqual([
      ['country:CN', 'supportive', 'welcomed', 'China welcomed the pledge and praised the outcome.'],
      ['country:CN', 'opposed', 'condemned', 'China later condemned the delay.'],
    ]);
  });

  it('distinctActorStances keeps one row per (actor, stance)', () => {
    const reactions = extractReactions({ title: '', text: 'China welcomed it. Beijing praised it. China condemned the delay. Japan backed it.' });
    expect(reactions).toHaveLength(4);
    expect(distinctActorStances(reactions).map((p) => `${p.actor.name}:${p.stance}`)).toEqual(['China:supportive', 'China:opposed', 'Japan:supportive']);
  });

  it('is deterministic', () => {
    const text = 'Britain welcomed the deal, while Iran condemned it. The UN took note.';
    expect(extractReactions({ title: 't', text })).toEqual(extractReactions({ title: 't', text }));
  });

  it('the lexicon is data: a new cue changes what is found', () => {
    const grammar = loadReactionGrammar();
    const base = createReactionExtractor({ cues: loadCueLexicon(), grammar, findActors: findGazetteerActors });
    const text = 'Norway applauded loudly. Norway frowned upon the plan.';
    const stances = (rs: ExtractedReaction[]) => rs.map((r) => `${r.actor.name}:${r.stance}`);
    expect(stances(base({ title: '', text }))).toEqual(['Norway:supportive']);
    const extra = parseCueLexicon({ cues: [{ pattern: '~frown upon', stance: 'opposed' }] }, 'extra');
    const extended = createReactionExtractor({ cues: [...loadCueLexicon(), ...extra], grammar, findActors: findGazetteerActors });
    expect(stances(extended({ title: '', text }))).toEqual(['Norway:supportive', 'Norway:opposed']);
  });
});

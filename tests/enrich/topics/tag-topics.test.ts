import { describe, expect, it } from 'vitest';
import type { ActorKind, ArticleEntity, EntityKind, ExtractedReaction } from '../../../src/domain/enrichment.ts';
import { loadTaxonomy, parseTaxonomy } from '../../../src/enrich/topics/taxonomy.ts';
import { scoreAllTopics, tagTopics } from '../../../src/enrich/topics/tag-topics.ts';

const taxonomy = loadTaxonomy();
const entity = (key: string, name: string, kind: EntityKind, salience = 0.5): ArticleEntity => ({
  entity: { key, kind, name, country: null, origin: 'gazetteer' },
  aliases: [name],
  mentions: 2,
  salience,
});
const reaction = (key: string, name: string, kind: EntityKind, actorKind: ActorKind = kind === 'country' ? 'country' : 'igo'): ExtractedReaction => ({
  actor: { key, kind, name, country: null, origin: 'gazetteer' },
  actorKind,
  stance: 'supportive',
  cameo: '051',
  goldstein: 3.4,
  evidence: `${name} welcomed it.`,
  cue: 'welcomed',
});
const slugs = (title: string, text: string, extra: { entities?: ArticleEntity[]; reactions?: ExtractedReaction[] } = {}) =>
  tagTopics({ title, text, entities: extra.entities ?? [], reactions: extra.reactions ?? [] }, taxonomy).map((t) => t.slug);

/** Short general-news items, written for these tests; each names topics it must get and topics it must not. */
const CASES: { title: string; text: string; has: string[]; not: string[] }[] = [
  {
    title: 'Parliament passes budget after coalition talks collapse twice',
    text: 'Lawmakers approved the spending bill late on Tuesday after the ruling party struck a deal with two opposition parties. The prime minister said the coalition government would now turn to pension reform, while opposition leaders called for a no-confidence vote next month.',
    has: ['politics'], not: ['sport', 'armed-conflict'],
  },
  {
    title: 'Voters head to the polls in tight presidential runoff',
    text: 'Polling stations opened at 7 a.m. and turnout was high by midday, the electoral commission said. Both candidates ended their campaigns with rallies on Saturday; the incumbent is seeking re-election after a first round decided by fewer than 100,000 votes.',
    has: ['elections'], not: ['sport', 'health'],
  },
  {
    title: 'Court jails former mayor for bribery',
    text: 'A judge sentenced the former mayor to six years in prison after a jury found him guilty of taking bribes from construction firms. Prosecutors said the corruption scheme ran for a decade; police arrested two contractors last year.',
    has: ['crime-justice'], not: ['sport', 'elections'],
  },
  {
    title: 'Boat carrying 80 migrants capsizes off the coast',
    text: 'Coast guards rescued 42 people after the boat overturned. The migrants had set out two days earlier; the asylum seekers were taken to a reception centre, and police arrested two suspected people smugglers. Arrivals have doubled this year, straining the asylum system.',
    has: ['migration'], not: ['sport', 'economy'],
  },
  {
    title: 'NATO allies agree to raise defence spending',
    text: 'Defence ministers agreed in Brussels to lift military spending to 3.5% of GDP over a decade, citing deterrence and air defence needs. The alliance will also expand joint drills on its eastern flank.',
    has: ['defense-security'], not: ['sport', 'culture'],
  },
  {
    title: 'Central bank raises interest rates to curb inflation',
    text: 'The central bank lifted its key interest rate by half a point, its third hike this year, as consumer prices rose 6% in the year to May. Economists expect the economy to slow and unemployment to edge up.',
    has: ['economy'], not: ['sport', 'armed-conflict'],
  },
  {
    title: 'Striker scores twice as City win the league title',
    text: 'A second-half header and a penalty in stoppage time sealed the championship for the home team. The coach praised his players and the fans who filled the stadium all season.',
    has: ['sport'], not: ['crime-justice', 'politics'],
  },
  {
    title: 'WHO declares end of cholera outbreak',
    text: 'The World Health Organization said no new infections had been reported for 42 days. Health workers vaccinated 2 million people and hospitals treated more than 9,000 patients during the epidemic.',
    has: ['health'], not: ['sport', 'elections'],
  },
];

describe('tagTopics on general news items', () => {
  it.each(CASES)('$title', ({ title, text, has, not }) => {
    const found = slugs(title, text);
    for (const s of has) expect(found, `should be ${s}`).toContain(s);
    for (const s of not) expect(found, `should not be ${s}`).not.toContain(s);
  });

  it('does not tag a topic for one passing mention in a long article', () => {
    const filler = 'The delegations met again in the afternoon and agreed to continue their work on the draft text. '.repeat(40);
    expect(slugs('Talks resume on fishing quotas', `${filler} Sanctions were mentioned once.`)).not.toContain('sanctions');
    expect(slugs('Sanctions talks resume', `${filler} New sanctions on the sector, and a sanctions package, were discussed.`)).toContain('sanctions');
  });

  it('keeps exception phrases out: a trade war is not a war', () => {
    expect(slugs('Trade war deepens', 'The trade war escalated as tariffs on steel doubled. Exporters fear the trade war will last.')).not.toContain(
      'armed-conflict',
    );
  });

  it('counts the title more than the body', () => {
    const [inTitle] = scoreAllTopics({ title: 'Earthquake strikes', text: 'Officials gave no details.', entities: [], reactions: [] }, taxonomy).filter((t) => t.slug === 'disasters');
    const [inBody] = scoreAllTopics({ title: 'Officials give no details', text: 'Earthquake strikes.', entities: [], reactions: [] }, taxonomy).filter((t) => t.slug === 'disasters');
    expect(inTitle!.score).toBeGreaterThan(inBody!.score);
  });
});

describe('evidence', () => {
  it('records every rule that matched and what it matched, heaviest first', () => {
    const topics = tagTopics(
      { title: 'EU adopts new sanctions', text: 'The sanctions package includes an oil embargo and asset freezes; sanctioned banks lose access.', entities: [], reactions: [] },
      taxonomy,
    );
    const sanctions = topics.find((t) => t.slug === 'sanctions')!;
    expect(sanctions.evidence.map((e) => e.rule)).toEqual(
      expect.arrayContaining(['title-phrase:sanction', 'phrase:sanctions package', 'phrase:embargo', 'phrase:asset freeze']),
    );
    expect(sanctions.evidence.find((e) => e.rule === 'phrase:sanction')?.match).toBe('"sanctioned"'); // the package claimed its "sanctions"
    const weights = sanctions.evidence.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(sanctions.score).toBeGreaterThan(0);
    expect(sanctions.score).toBeLessThanOrEqual(1);
  });

  it('counts specific entities (org:NATO -> defense-security, org:IMF -> economy), more when salient', () => {
    const text = 'Officials met on Tuesday.';
    const score = (e: ArticleEntity[]) => Object.fromEntries(scoreAllTopics({ title: 'Meeting', text, entities: e, reactions: [] }, taxonomy).map((t) => [t.slug, t]));
    const low = score([entity('org:NATO', 'NATO', 'organization', 0.1), entity('org:IMF', 'International Monetary Fund', 'organization', 0.1)]);
    const high = score([entity('org:NATO', 'NATO', 'organization', 0.9), entity('org:IMF', 'International Monetary Fund', 'organization', 0.9)]);
    expect(low['defense-security']!.evidence.map((e) => e.rule)).toEqual(['entity:org:NATO']);
    expect(low.economy!.evidence.map((e) => e.rule)).toEqual(['entity:org:IMF']);
    expect(high['defense-security']!.score).toBeGreaterThan(low['defense-security']!.score);
  });
});

describe('international-reactions', () => {
  const tag = (reactions: ExtractedReaction[]) => tagTopics({ title: 'Reactions', text: '', entities: [], reactions }, taxonomy).find((t) => t.slug === 'international-reactions');
  const us = reaction('country:US', 'United States', 'country');
  const eu = reaction('org:EU', 'European Union', 'organization');
  const cn = reaction('country:CN', 'China', 'country');

  it.each([
    ['two countries', [us, cn], true],
    ['a country and an organization', [us, eu], true],
    ['one actor', [us], false],
    ['one actor twice', [us, { ...us, stance: 'skeptical' as const }], false],
    ['no reactions', [], false],
    ['a country and a non-state organization', [us, reaction('org:greenpeace', 'Greenpeace', 'organization', 'non-state')], false],
    ['two non-state organizations', [reaction('org:greenpeace', 'Greenpeace', 'organization', 'non-state'), reaction('org:amnesty', 'Amnesty International', 'organization', 'non-state')], false],
  ])('%s -> %s', (_what, reactions, expected) => {
    expect(tag(reactions) !== undefined).toBe(expected);
  });

  it('names the reacting actors in its evidence and scores more actors higher', () => {
    const two = tag([us, cn])!;
    const three = tag([us, cn, eu])!;
    expect(two.evidence).toEqual([{ rule: 'reactions>=2', match: 'United States, China', weight: expect.any(Number) }]);
    expect(three.score).toBeGreaterThan(two.score);
  });
});

describe('determinism', () => {
  it('returns the same topics, scores, evidence and order every time, sorted by score then slug', () => {
    const input = { title: 'Earthquake hits coastal city as aid arrives', text: 'Rescuers pulled survivors from the rubble; the death toll rose to 40 and aid agencies flew in tents and clean water.', entities: [], reactions: [] };
    const first = tagTopics(input, taxonomy);
    expect(tagTopics(input, taxonomy)).toEqual(first);
    expect(tagTopics(input, [...taxonomy].reverse())).toEqual(first);
    for (let i = 1; i < first.length; i++) {
      expect(first[i - 1]!.score > first[i]!.score || (first[i - 1]!.score === first[i]!.score && first[i - 1]!.slug < first[i]!.slug)).toBe(true);
    }
  });

  it('runs required rules as gates', () => {
    const [t] = parseTaxonomy(
      { version: 1, topics: [{ slug: 'gated', name: 'G', threshold: 0.1, rules: [{ type: 'phrases', weight: 5, phrases: ['flood'] }, { type: 'phrases', weight: 0.1, phrases: ['river'], required: true }] }] },
      'test',
    );
    expect(tagTopics({ title: '', text: 'Flood warning.', entities: [], reactions: [] }, [t!])).toEqual([]);
    expect(tagTopics({ title: '', text: 'Flood warning on the river.', entities: [], reactions: [] }, [t!])).toHaveLength(1);
  });

  it('supports entity-kind rules', () => {
    const [t] = parseTaxonomy(
      { version: 1, topics: [{ slug: 'multi', name: 'M', threshold: 0.5, rules: [{ type: 'entity-kinds', weight: 1, kinds: ['country'], minDistinct: 2 }] }] },
      'test',
    );
    const fr = entity('country:FR', 'France', 'country');
    const de = entity('country:DE', 'Germany', 'country');
    expect(tagTopics({ title: '', text: '', entities: [fr], reactions: [] }, [t!])).toEqual([]);
    expect(tagTopics({ title: '', text: '', entities: [fr, de], reactions: [] }, [t!])[0]?.evidence[0]).toMatchObject({ rule: 'entity-kind:country>=2', match: 'France, Germany' });
  });
});

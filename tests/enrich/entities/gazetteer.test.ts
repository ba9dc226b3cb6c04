import { describe, expect, it } from 'vitest';
import { actorOf, gazetteer, lookupEntity, matchGazetteer } from '../../../src/enrich/entities/gazetteer.ts';

/** "surface->key/via" for each mention, in text order */
const found = (text: string): string[] => matchGazetteer(text).map((m) => `${m.surface}->${m.entity.key}/${m.via}`);

describe('gazetteer data', () => {
  it('has every country, the main organizations and G20 leaders', () => {
    const { data, byKey } = gazetteer();
    expect(data.countries.length).toBeGreaterThanOrEqual(195);
    for (const key of ['org:un', 'org:eu', 'org:nato', 'org:au', 'org:asean', 'org:g7', 'org:g20', 'org:imf', 'org:world-bank', 'org:who', 'org:osce', 'org:icc', 'org:opec', 'org:arab-league', 'org:unhcr', 'org:iaea']) {
      expect(byKey.has(key), key).toBe(true);
    }
    const g20 = ['AR', 'AU', 'BR', 'CA', 'CN', 'FR', 'DE', 'IN', 'ID', 'IT', 'JP', 'MX', 'RU', 'SA', 'ZA', 'KR', 'TR', 'GB', 'US'];
    for (const code of g20) {
      const current = data.people.filter((p) => p.roles.some((r) => r.of === `country:${code}` && r.to === null));
      expect(current.some((p) => p.roles.some((r) => /minister|secretary of state|foreign secretary/.test(r.title))), `${code} foreign minister`).toBe(true);
      expect(current.some((p) => p.roles.some((r) => r.leader)), `${code} leader`).toBe(true);
    }
  });
});

describe('matchGazetteer', () => {
  it.each([
    // metonymy: a capital as an actor is its state; as a place it stays a place
    ['Washington expressed skepticism.', ['Washington->country:US/capital']],
    ['Beijing reiterated its support for negotiations.', ['Beijing->country:CN/capital']],
    ['Kyiv has so far not issued an official reaction.', ['Kyiv->country:UA/capital']],
    ['EU sanctions deadlock: Moscow scoffs, Kyiv urges swift approval', ['EU->org:eu/alias', 'Moscow->country:RU/capital', 'Kyiv->country:UA/capital']],
    ['Washington and Brussels said they would study it.', ['Washington->country:US/capital', 'Brussels->org:eu/capital']],
    ['Nuuk and Copenhagen rejected the idea.', ['Nuuk->country:GL/capital', 'Copenhagen->country:DK/capital']],
    // a self-governing territory speaks as a state; its capital's name, also a first name, is not glued to a surname
    ['The Falkland Islands government and the Falklands objected.', ['Falkland Islands->country:FK/name', 'Falklands->country:FK/alias']],
    ['Stanley objected.', ['Stanley->country:FK/capital']],
    ['Attorney Stanley Perlo objected.', []],
    ['The offer was welcomed by Beijing.', ['Beijing->country:CN/capital']],
    ['Moscow’s offer came late.', ['Moscow’s->country:RU/capital']],
    ['He proposed talks in Moscow next month.', ['Moscow->place:moscow/name']],
    ['Ministers met in Brussels on Monday.', ['Brussels->place:brussels/name']],
    ['A Washington-based analyst was unconvinced.', ['Washington->place:washington/name']],
    ['Putin’s Moscow talks offer', ['Putin’s->person:vladimir-putin/alias', 'Moscow->place:moscow/name']],
    ['Talks could be held in Geneva.', ['Geneva->place:geneva/name']],
    ['The Hague said the rules were needed.', ['The Hague->country:NL/capital']],
    // institutions
    ['the Kremlin said on Monday', ['the Kremlin->country:RU/institution']],
    ['The White House declined to comment.', ['The White House->country:US/institution']],
    ['Downing Street welcomed the move.', ['Downing Street->country:GB/institution']],
    // demonyms and plurals
    ['Russian and Ukrainian delegates', ['Russian->country:RU/demonym', 'Ukrainian->country:UA/demonym']],
    ['Chinese officials and Americans', ['Chinese->country:CN/demonym', 'Americans->country:US/demonym']],
    ['a Swedish centre-back', ['Swedish->country:SE/demonym']],
    // abbreviations and case
    ['the US and the UN', ['US->country:US/alias', 'the UN->org:un/alias']],
    ['Let us go, they told us.', []],
    ['The WHO said; who knows?', ['WHO->org:who/alias']],
    ['U.S. officials and the U.N.’s agencies', ['U.S.->country:US/alias', 'U.N.’s->org:un/alias']],
    ['NATO and Nato allies, the IMF and the World Bank', ['NATO->org:nato/name', 'Nato->org:nato/alias', 'IMF->org:imf/alias', 'World Bank->org:world-bank/name']],
    // longest match and word boundaries
    ['South Sudan and Sudan', ['South Sudan->country:SS/name', 'Sudan->country:SD/name']],
    ['EU officials cautiously welcomed', ['EU officials->org:eu/alias']],
    ['the UN Security Council met', ['UN Security Council->org:unsc/name']],
    // "UN" names written with points, as American papers do
    ['the U.N. refugee agency said', ['U.N. refugee agency->org:unhcr/alias']],
    ['Latin America and America', ['Latin America->place:latin-america/name', 'America->country:US/alias']],
    ['Guinea-Bissau and Papua New Guinea', ['Guinea-Bissau->country:GW/name', 'Papua New Guinea->country:PG/name']],
    ['Russianness is not Russia', ['Russia->country:RU/name']],
    ['the Vatican and Türkiye and Côte d’Ivoire', ['the Vatican->country:VA/alias', 'Türkiye->country:TR/alias', 'Côte d’Ivoire->country:CI/alias']],
    // ambiguous names glued to a person's name
    ['Jordan Henderson scored; Jordan protested.', ['Jordan->country:JO/name']],
    ['George Washington crossed the river.', []],
    ['In Riga, Latvia’s ministry', ['Riga->place:riga/name', 'Latvia’s->country:LV/name']],
    // people and role titles
    ['President Vladimir Putin and Putin’s aides', ['Vladimir Putin->person:vladimir-putin/name', 'Putin’s->person:vladimir-putin/alias']],
    ['the Russian president said', ['the Russian president->person:vladimir-putin/title']],
    ['the UN secretary-general urged calm', ['the UN secretary-general->person:antonio-guterres/title']],
    ['Zelensky and Zelenskyy', ['Zelensky->person:volodymyr-zelenskyy/alias', 'Zelenskyy->person:volodymyr-zelenskyy/alias']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports exact offsets', () => {
    const text = 'Talks in Moscow.';
    const [m] = matchGazetteer(text);
    expect(m && text.slice(m.start, m.end)).toBe('Moscow');
  });
});

describe('lookupEntity and actorOf', () => {
  it.each([
    ['United States', 'country:US'],
    ['US', 'country:US'],
    ['UAE', 'country:AE'],
    ['Vatican', 'country:VA'],
    ['european union', 'org:eu'],
    ['UNHCR', 'org:unhcr'],
    ['Putin', 'person:vladimir-putin'],
    ['Moscow', 'place:moscow'],
    ['country:FR', 'country:FR'],
  ])('%s -> %s', (name, key) => {
    expect(lookupEntity(name)?.key).toBe(key);
  });

  it('returns null for unknown names', () => {
    expect(lookupEntity('Sporting Valdoria')).toBeNull();
  });

  it.each([
    ['org:unhcr', 'org:un'],
    ['org:european-commission', 'org:eu'],
    ['org:us-state-department', 'country:US'],
    ['person:vladimir-putin', 'country:RU'],
    ['person:antonio-guterres', 'org:un'],
    ['place:kyiv', 'country:UA'],
    ['country:DE', 'country:DE'],
  ])('actorOf(%s) = %s', (key, actor) => {
    const entity = gazetteer().byKey.get(key);
    expect(entity && actorOf(entity)?.key).toBe(actor);
  });
});

describe('gazetteer matching over long texts', () => {
  // A phrase with a comma inside, a longest match over a shorter one, and a word that starts phrases but none here.
  const sentence = "Japan's Ministry of Economy, Trade and Industry met officials of South Sudan and Sudan; the South wind blew. ";
  const long = sentence.repeat(4);

  it('finds phrases with inner commas and the longest of nested names', () => {
    expect(found(sentence)).toEqual([
      "Japan's Ministry of Economy, Trade and Industry->org:meti/alias",
      'South Sudan->country:SS/name',
      'Sudan->country:SD/name',
    ]);
  });

  it('gives the same mentions for a long text however often and in whatever order it is read', () => {
    const first = found(long);
    expect(first).toHaveLength(12);
    expect(found(`${long} Kenya`)).toEqual([...first, 'Kenya->country:KE/name']);
    expect(found(long)).toEqual(first);
  });
});

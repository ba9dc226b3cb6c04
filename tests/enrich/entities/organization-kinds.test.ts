/**
 * Organizations are never typed as people: every few hundredth NGO, company and intergovernmental organization of
 * the converted PETRARCH2 dictionaries (src/enrich/entities/data/petrarch-actors.json), plus the curated
 * organizations, named as the subject of a plain sentence, comes out as an organization. Places named like
 * organizations stay places.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';

const data = JSON.parse(readFileSync(new URL('../../../src/enrich/entities/data/petrarch-actors.json', import.meta.url), 'utf8')) as {
  organizations: Array<{ names: string[]; kind: string; cameo: string }>;
};
const curated = JSON.parse(readFileSync(new URL('../../../src/enrich/entities/data/organizations.json', import.meta.url), 'utf8')) as {
  organizations: Array<{ name: string }>;
};

const STEP = 25;
const sampled = data.organizations.filter((_, i) => i % STEP === 0).map((o) => [o.names[0] as string, o.cameo.slice(0, 3)] as const);
const named = ['Greenpeace', 'Amnesty International', 'Human Rights Watch', 'Doctors Without Borders', 'International Crisis Group', "Community of Sant'Egidio"].map((n) => [n, 'NGO'] as const);
const cases = [...named, ...sampled, ...curated.organizations.map((o) => [o.name, 'IGO'] as const)];

function kindsOf(name: string): string[] {
  const text = `${name} said on Monday that the plan was flawed. Later, ${name} repeated its view.`;
  return extractEntities({ title: 'Reactions', text })
    .filter((e) => e.aliases.some((a) => a.replace(/['’]s$/, '').includes(name) || name.includes(a)))
    .map((e) => e.entity.kind);
}

describe('organizations are never typed as people', () => {
  it('samples hundreds of dictionary organizations', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it.each(cases)('%s (%s) is an organization', (name) => {
    const kinds = kindsOf(name);
    expect(kinds).not.toContain('person');
    expect(kinds).toContain('organization');
  });

  // Organizations no dictionary lists, typed by their head noun: every head noun of name-cues.json after two
  // invented capitalized words, and the head noun after a place the gazetteer takes for itself ("Arctic Council").
  const heads = (JSON.parse(readFileSync(new URL('../../../src/enrich/entities/data/name-cues.json', import.meta.url), 'utf8')) as { orgWords: string[] }).orgWords;
  const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  it.each(heads.map((h) => [`Valdorian Grain ${title(h)}`]))('%s is no person', (name) => {
    expect(kindsOf(name)).not.toContain('person');
    expect(extractEntities({ title: 'Reactions', text: `The Arctic ${name.split(' ')[2]} said on Monday that the plan was flawed.` }).map((e) => e.entity.kind)).not.toContain('person');
  });

  // A plural possessive before the head noun ("Kurdistan Workers' Party"): every such dictionary organization.
  const possessives = data.organizations
    .map((o) => o.names[0] as string)
    .filter((n) => /s' \p{Lu}/u.test(n) && heads.some((h) => n.toLowerCase().includes(`s' ${h}`)));
  it('finds the dictionary organizations with a plural possessive inside', () => expect(possessives.length).toBeGreaterThan(5));
  it.each(possessives.map((n) => [n]))('%s is no person', (name) => expect(kindsOf(name)).not.toContain('person'));

  it('a lone unknown word that speaks is no person ("Oceana said")', () => {
    const found = extractEntities({ title: 'Shipping', text: 'Oceana said on Monday that the plan was flawed.' });
    expect(found.map((e) => e.entity.kind)).not.toContain('person');
  });

  // An acronym that speaks, after the name it stands for or alone in mid-sentence, is no person.
  it.each([
    ['The Valdorian Office for Free Elections (VOFE) said the vote was fair.', 'VOFE'],
    ['On Monday, KRTZ said the vote was fair.', 'KRTZ'],
  ])('%s: %s is no person', (text, acronym) => {
    const found = extractEntities({ title: 'Elections', text });
    expect(found.filter((e) => e.aliases.includes(acronym)).map((e) => e.entity.kind)).not.toContain('person');
  });

  // People for a cause name an organization, though every word of the name is a common one.
  it.each([
    ['On Monday, Valdorian Lawyers for Human Rights condemned the bill.', 'Lawyers for Human Rights'],
    ['On Monday, the Citizens for Clean Air group condemned the bill.', 'Citizens for Clean Air'],
  ])('%s: %s is an organization', (text, name) => {
    const found = extractEntities({ title: 'Bill', text });
    expect(found.filter((e) => e.aliases.some((a) => a.includes(name))).map((e) => e.entity.kind)).toContain('organization');
  });

  // What a person heads, runs or chairs ("…, who heads Border Angels, …") is an organization; what someone leads in
  // a race is not.
  it.each([
    ['Maria Lopez, who heads Border Angels, condemned the bill.', 'Border Angels', 'organization'],
    ['Ana Ruiz, who runs the Caminos Abiertos, said the shelters were full.', 'Caminos Abiertos', 'organization'],
    ['Tom Green, who chairs Valdorian Futures, welcomed the bill.', 'Valdorian Futures', 'organization'],
    ['Maria Lopez leads Ana Ruiz in the polls.', 'Ana Ruiz', 'person'],
    ['Maria Lopez, who beat Ana Ruiz in the primary, condemned the bill.', 'Ana Ruiz', 'person'],
  ])('%s: %s is typed %s', (text, name, kind) => {
    const found = extractEntities({ title: 'Bill', text });
    expect(found.filter((e) => e.aliases.some((a) => a.includes(name))).map((e) => e.entity.kind)).toEqual([kind]);
  });

  it.each([
    ['the Northwest Passage', 'Northwest Passage'],
    ['the Strait of Hormuz', 'Strait of Hormuz'],
  ])('%s is a place', (phrase, name) => {
    const found = extractEntities({ title: 'Shipping', text: `Ships crossed ${phrase} on Monday, officials said.` });
    expect(found.find((e) => e.entity.name === name)?.entity.kind).toBe('place');
  });
});

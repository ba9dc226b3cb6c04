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
const named = ['Greenpeace', 'Amnesty International', 'Human Rights Watch', 'Doctors Without Borders', 'International Crisis Group'].map((n) => [n, 'NGO'] as const);
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

  it.each([
    ['the Northwest Passage', 'Northwest Passage'],
    ['the Strait of Hormuz', 'Strait of Hormuz'],
  ])('%s is a place', (phrase, name) => {
    const found = extractEntities({ title: 'Shipping', text: `Ships crossed ${phrase} on Monday, officials said.` });
    expect(found.find((e) => e.entity.name === name)?.entity.kind).toBe('place');
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../../../src/domain/enrichment.ts';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';

const byKey = (entities: ArticleEntity[], key: string): ArticleEntity | undefined => entities.find((e) => e.entity.key === key);
const keys = (entities: ArticleEntity[]): string[] => entities.map((e) => e.entity.key);

describe('extractEntities', () => {
  it('merges variants of one person: honorifics, possessives, surname alone', () => {
    const entities = extractEntities({
      title: 'Putin invites Ukraine to talks',
      text: 'Russian President Vladimir Putin said on Monday that talks could start. Putin’s offer was met with doubt. Critics of Putin were unmoved.',
    });
    const putin = byKey(entities, 'person:vladimir-putin');
    expect(putin?.mentions).toBe(4);
    expect(putin?.aliases).toEqual(expect.arrayContaining(['Putin', 'Vladimir Putin', 'Putin’s']));
    expect(keys(entities).filter((k) => k.startsWith('person:'))).toEqual(['person:vladimir-putin']);
  });

  it.each([
    // a surname alone resolves to the full name seen in the article, before or after
    ['Huamán sets up opener', 'Peruvian winger Renzo Huamán crossed for the first goal. Huamán later hit the post.', 'person:renzo-huaman', 3],
    ['Sow’s winner settles the final', 'Striker Ibrahim Sow scored in extra time. Sow said it was his best night.', 'person:ibrahim-sow', 3],
    ['Valdoria lift the cup', 'Sporting Valdoria beat Northport Athletic 2-1. Valdoria had lost two finals before.', 'org:sporting-valdoria', 3],
    ['Doctor praises trial', 'Dr. Katrin Müller, who led the study, said results were promising. Müller cautioned that more work is needed.', 'person:katrin-muller', 2],
  ])('%s', (title, text, key, mentions) => {
    const entities = extractEntities({ title, text });
    expect(byKey(entities, key)?.mentions, JSON.stringify(keys(entities))).toBe(mentions);
  });

  it.each([
    ['Aid reached the town of Chuquibamba on Tuesday.', 'place:chuquibamba', 'place'],
    ['The trial was run by the Delta Institute for Tropical Diseases in Tanta.', 'org:delta-institute-for-tropical-diseases', 'organization'],
    ['Shares in Tanaka Kiko, a maker of cleaning systems, fell.', 'org:tanaka-kiko', 'organization'],
    ['Finnish company Saimaa Vacuum makes components.', 'org:saimaa-vacuum', 'organization'],
    ['Crowds gathered in Plaza San Martín in Lima.', 'place:plaza-san-martin', 'place'],
    ['Flooding hit the Nile Delta again.', 'place:nile-delta', 'place'],
    ['"We are ready," said Valeria Montoya, an economist.', 'person:valeria-montoya', 'person'],
  ])('classifies names outside the gazetteer: %s', (text, key, kind) => {
    const entities = extractEntities({ title: 'News', text });
    expect(byKey(entities, key)?.entity).toMatchObject({ kind, origin: 'nlp' });
  });

  it('does not take headings, labels and sentence-initial words for names', () => {
    const entities = extractEntities({
      title: 'Analysis',
      text: 'What the Offer Means\n\nStrategic Timing: With the war dragging on, experts doubt it. However, Experts note the risks.\n\nThe Roadblocks Ahead\n\nRelated News: Read More',
    });
    expect(entities.filter((e) => e.entity.origin === 'nlp').map((e) => e.entity.name)).toEqual([]);
  });

  it('reads a capital as its city and its state, whether it speaks ("Washington expressed") or places ("in Moscow")', () => {
    const entities = extractEntities({ title: 'Talks', text: 'Washington expressed skepticism about talks in Moscow. The Kremlin said little.' });
    expect(byKey(entities, 'country:US')?.aliases).toEqual(['Washington']);
    expect(byKey(entities, 'place:washington')?.mentions).toBe(1);
    expect(byKey(entities, 'place:moscow')?.mentions).toBe(1);
    expect(byKey(entities, 'country:RU')?.aliases).toEqual(['Moscow', 'The Kremlin']);
    expect(byKey(entities, 'country:RU')?.mentions).toBe(2);
  });

  it('weighs title and lead mentions more: salience is 1 for the most central entity', () => {
    const entities = extractEntities({
      title: 'Kenya hosts climate summit',
      text: 'Kenya opened the summit in Nairobi on Monday.\n\nDelegates from Peru attended. Peru asked for more money. Peru also wants a fund.',
    });
    const kenya = byKey(entities, 'country:KE');
    const peru = byKey(entities, 'country:PE');
    expect(kenya?.salience).toBe(1);
    expect(peru?.mentions).toBe(3);
    expect(peru?.salience).toBeLessThan(1);
    expect(entities[0]?.entity.key).toBe('country:KE');
  });

  it.each([
    ['The Helsinki Commission (HELCOM) convened a meeting.', 'org:helcom', 'Helsinki Commission'],
    ['HELCOM convened a meeting of coastal states.', 'org:helcom', 'Helsinki Commission'],
  ])('gives a name the multilingual names know one entity and one name: %s', (text, key, name) => {
    expect(byKey(extractEntities({ title: '', text }), key)?.entity.name).toBe(name);
  });

  it('returns nothing for empty text', () => {
    expect(extractEntities({ title: '', text: '' })).toEqual([]);
  });
});

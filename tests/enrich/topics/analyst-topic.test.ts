import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../../../src/domain/enrichment.ts';
import { InvalidInputError } from '../../../src/domain/errors.ts';
import { analystTopicDefinition, slugify } from '../../../src/enrich/topics/analyst-topic.ts';
import { tagTopics } from '../../../src/enrich/topics/tag-topics.ts';

const article = (title: string, text: string, entities: ArticleEntity[] = []) => ({ title, text, entities, reactions: [] });
const russia: ArticleEntity = {
  entity: { key: 'country:RU', kind: 'country', name: 'Russia', country: 'RU', origin: 'gazetteer' },
  aliases: ['the Kremlin'],
  mentions: 1,
  salience: 0.1,
};
const tagged = (def: ReturnType<typeof analystTopicDefinition>, a: ReturnType<typeof article>) => tagTopics(a, [def]).map((t) => t.slug);

describe('analystTopicDefinition', () => {
  it('builds a non-built-in definition with a slug from the name', () => {
    const def = analystTopicDefinition({ name: '  Arctic shipping & Routes ', keywords: ['Northern Sea Route'], entities: [] });
    expect(def).toMatchObject({ slug: 'arctic-shipping-routes', name: 'Arctic shipping & Routes', description: '', builtIn: false });
    expect(analystTopicDefinition({ slug: 'arctic', name: 'Arctic', keywords: ['ice'], entities: [] }).slug).toBe('arctic');
  });

  it.each([
    ['Grain corridor', 'grain-corridor'],
    ['Côte d’Ivoire cocoa', 'cote-d-ivoire-cocoa'],
    ['  --COP30--  ', 'cop30'],
  ])('slugify(%j) = %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it.each([
    ['no name', { name: ' ', keywords: ['x'], entities: [] }, /needs a name/],
    ['nothing to match', { name: 'Empty', keywords: [' '], entities: [], query: '  ' }, /at least one keyword, entity or search query/],
    ['a name without letters and no slug', { name: '—', keywords: ['x'], entities: [] }, /Cannot make a slug/],
    ['a bad slug', { slug: 'Not A Slug', name: 'X', keywords: ['x'], entities: [] }, /slug: a slug is lower-case/],
    ['a keyword without words', { name: 'X', keywords: ['&&'], entities: [] }, /Keyword "&&" has no letters or digits/],
    ['a broken query', { name: 'X', keywords: [], entities: [], query: 'oil OR' }, /Invalid search query: OR needs a search term/],
  ])('rejects %s with a clear InvalidInputError', (_what, input, message) => {
    expect(() => analystTopicDefinition(input)).toThrow(InvalidInputError);
    expect(() => analystTopicDefinition(input)).toThrow(message);
  });

  it('keywords: matched like taxonomy phrases (inflections, prefixes), one mention is enough in a short item', () => {
    const def = analystTopicDefinition({ name: 'Grain', keywords: ['grain corridor', 'export*'], entities: [] });
    expect(tagged(def, article('Ships wait', 'The grain corridors reopened on Monday.'))).toEqual(['grain']);
    expect(tagged(def, article('Ships wait', 'Exporters are relieved.'))).toEqual(['grain']);
    expect(tagged(def, article('Ships wait', 'Nothing moved today.'))).toEqual([]);
    const [topic] = tagTopics(article('Grain corridor reopens', 'Grain corridor traffic resumed.'), [def]);
    expect(topic!.evidence.map((e) => e.rule)).toEqual(['title-phrase:grain corridor', 'phrase:grain corridor']);
  });

  it('entities: by key or by canonical name, whenever the article mentions them', () => {
    for (const ref of ['country:RU', 'russia']) {
      const def = analystTopicDefinition({ name: 'Russia watch', keywords: [], entities: [ref] });
      expect(tagged(def, article('Talks', 'The Kremlin said nothing.', [russia]))).toEqual(['russia-watch']);
      expect(tagged(def, article('Talks', 'The Kremlin said nothing.'))).toEqual([]);
    }
  });

  it('query alone: the article must match it', () => {
    const def = analystTopicDefinition({ name: 'Oil not sport', keywords: [], entities: [], query: '(oil OR gas) -football' });
    expect(tagged(def, article('Prices', 'Oil prices rose.'))).toEqual(['oil-not-sport']);
    expect(tagged(def, article('Prices', 'Oil money buys football clubs.'))).toEqual([]);
    expect(tagged(def, article('Prices', 'Wheat prices rose.'))).toEqual([]);
  });

  it('query with keywords: a filter the keywords must also pass', () => {
    const def = analystTopicDefinition({ name: 'Price cap', keywords: ['price cap'], entities: [], query: 'oil' });
    expect(tagged(def, article('Oil price cap lowered', 'The price cap on oil falls.'))).toEqual(['price-cap']);
    expect(tagged(def, article('Rents', 'A price cap on rents.'))).toEqual([]); // keyword but no query match
    expect(tagged(def, article('Oil', 'Oil prices rose.'))).toEqual([]); // query but no keyword
  });

  it('runs beside the built-in taxonomy in one call', async () => {
    const { loadTaxonomy } = await import('../../../src/enrich/topics/taxonomy.ts');
    const def = analystTopicDefinition({ name: 'Quake watch', keywords: ['earthquake'], entities: [] });
    const slugs = tagTopics(article('Earthquake hits city', 'The earthquake killed 12; rescuers searched the rubble.'), [...loadTaxonomy(), def]).map((t) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining(['quake-watch', 'disasters']));
  });
});

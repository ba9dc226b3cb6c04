/**
 * Capital-city metonymy for every UN member state, over the roll of members and capitals that
 * scripts/data/convert-capitals.ts derives from the world-countries package (src/enrich/entities/data/capitals.json):
 * each capital, acting as the subject of a statement, resolves to its state, both for the reaction extractor and for
 * entity lookup. Capitals named like their state (Singapore, Djibouti) and ambiguous ones (Victoria, Kingston,
 * Georgetown, Washington) are in the roll like any other. "Brussels" is the European Union's seat and stands for the EU.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorOf, lookupEntity } from '../../../src/enrich/entities/gazetteer.ts';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const roll = JSON.parse(readFileSync(new URL('../../../src/enrich/entities/data/capitals.json', import.meta.url), 'utf8')) as {
  capitals: Record<string, string[]>;
};

const SEATS_OF_ORGANIZATIONS: Record<string, string> = { Brussels: 'org:eu' };

const cases = Object.entries(roll.capitals).flatMap(([code, capitals]) => capitals.map((capital) => [capital, code] as const));

/** Statements in the shapes news writes them, each with the stance it carries. */
const STATEMENTS: Array<[string, string]> = [
  ['{C} said on Tuesday that it welcomed the agreement.', 'supportive'],
  ['{C} said on Monday it welcomed the deal.', 'supportive'],
  ['{C} condemned the attack.', 'opposed'],
];

describe('capital metonymy for every UN member', () => {
  it('covers all 193 UN member states', () => {
    expect(new Set(cases.map(([, code]) => code)).size).toBeGreaterThanOrEqual(193);
  });

  it.each(cases)('%s speaks for %s in a reaction', (capital, code) => {
    const expected = SEATS_OF_ORGANIZATIONS[capital] ?? `country:${code}`;
    for (const [template, stance] of STATEMENTS) {
      const text = template.replace('{C}', capital);
      const reactions = extractReactions({ title: 'Reactions to the talks', text });
      expect(reactions.map((r) => [r.actor.key, r.stance]), text).toEqual([[expected, stance]]);
    }
  });

  it.each(cases)('%s as a name resolves to %s', (capital, code) => {
    const entity = lookupEntity(capital);
    expect(entity).not.toBeNull();
    // As a place, the EU's seat is still a Belgian city.
    expect(actorOf(entity!)?.key).toBe(`country:${code}`);
  });

  it('a capital that is only a place ("talks in Lima") reacts for no one', () => {
    expect(extractReactions({ title: 'Talks', text: 'Ministers welcomed the talks in Lima, an analyst said.' }).map((r) => r.actor.key)).toEqual([]);
  });
});

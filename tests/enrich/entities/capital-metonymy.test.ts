/**
 * Capital-city metonymy for every UN member state, generated from the world-countries package (the same data
 * scripts/data/convert-capitals.ts converts): each capital, acting as a subject, resolves to its state, both for the
 * reaction extractor and for entity lookup. "Brussels" is the European Union's seat and stands for the EU.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { actorOf, lookupEntity } from '../../../src/enrich/entities/gazetteer.ts';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

/** world-countries is CommonJS: loaded through require so its JSON is the array itself. */
const countries = createRequire(import.meta.url)('world-countries') as Countries;

const SEATS_OF_ORGANIZATIONS: Record<string, string> = { Brussels: 'org:eu' };

const cases = countries
  .filter((c) => c.unMember)
  .flatMap((c) => c.capital.filter((capital) => capital.toLowerCase() !== c.name.common.toLowerCase()).map((capital) => [capital, c.cca2] as const));

describe('capital metonymy for every UN member', () => {
  it('covers every UN member state with a capital of its own name', () => {
    expect(new Set(cases.map(([, code]) => code)).size).toBeGreaterThanOrEqual(185);
  });

  it.each(cases)('%s speaks for %s in a reaction', (capital, code) => {
    const reactions = extractReactions({ title: 'Talks end with an agreement', text: `${capital} said on Tuesday that it welcomed the agreement.` });
    const expected = SEATS_OF_ORGANIZATIONS[capital] ?? `country:${code}`;
    expect(reactions.map((r) => [r.actor.key, r.stance])).toEqual([[expected, 'supportive']]);
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

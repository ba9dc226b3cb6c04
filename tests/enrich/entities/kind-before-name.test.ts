/**
 * English names an organization after its kind in lower case ("the conservation group Green Salvation", "the charity
 * Open Hands"): the kind makes it an organization even where every word of the name is a common one. A role in a
 * contest ("the visitors Real Madrid") or a kind set off by a comma ("to the council, President …") does not.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';

const CASES: [string, string, string | null][] = [
  ['The conservation group Green Salvation criticised the decision.', 'Green Salvation', 'organization'],
  ['The charity Open Hands sent blankets.', 'Open Hands', 'organization'],
  ['The Almaty-based movement Clean Steppe said it doubted the plan.', 'Clean Steppe', 'organization'],
  ['In a letter to the council, President Amadou Kalebe wrote that the mission had failed.', 'Amadou Kalebe', 'person'],
];

describe('a kind of organization before a name', () => {
  it.each(CASES)('%s', (text, name, kind) => {
    const found = extractEntities({ title: '', text }).find((e) => e.aliases.some((a) => a.includes(name)));
    expect(found?.entity.kind ?? null).toBe(kind);
  });
});

/**
 * A person named with an organization or place and a title in one capitalized run ("Qualys CTO Wolfgang Kandek",
 * "City Council Member Jumaane Williams", "Oregon State Police Lt. Gregg Hastings") is a person, not an organization
 * named after the whole run; the organization before the title stays one, and one named after an executive's "of"
 * ("CEO of Acme Holdings") is named without the office. An acronym after a verb of telling ("told
 * IRNA") is an organization. Sentences written for this test, with invented names where a real one is not needed.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';

const entities = (text: string) =>
  extractEntities({ title: 'Statement', text })
    .map((e) => `${e.entity.kind}:${e.entity.name}`)
    .sort();

describe('titles inside a run of capitalized words', () => {
  it.each([
    // A lone word before the title that no cue classifies is left out, as it would be on its own.
    ['On Monday, Qualys CTO Wolfgang Kandek said the patch was late.', ['person:Wolfgang Kandek']],
    ['On Monday, City Council Member Jumaane Williams lamented the decision.', ['organization:City Council', 'person:Jumaane Williams']],
    ['"It is dangerous," said Oregon State Police Lt. Gregg Hastings.', ['organization:Oregon State Police', 'person:Gregg Hastings']],
    ['After the game, Saints Head Coach Sean Payton spoke to reporters.', ['person:Sean Payton']],
    ['On Monday, Acme Robotics CEO Rob Friedman said the plant would close.', ['organization:Acme Robotics', 'person:Rob Friedman']],
    // A state's office whose portfolio ends in a company noun ("Resources") is the state's, no company's name.
    ["On Monday, Kenya's Water Resources Minister Jane Roe spoke.", ['person:Jane Roe']],
    // An office names the person after it even where the name lexicon knows none of the name's words; a minister's
    // portfolio is no organization.
    ['On Monday, Home Affairs Minister Haziq Rahmatullah spoke.', ['person:Haziq Rahmatullah']],
    ['On Monday, Turkish Energy Minister Oguz Karatepe spoke.', ['person:Oguz Karatepe']],
    ['On Monday, Acme Robotics CEO Tunde Bakare spoke.', ['organization:Acme Robotics', 'person:Tunde Bakare']],
    // Titles alone before the name: the person, as before.
    ['On Monday, Vice President Kamala Harris spoke.', ['person:Kamala Harris']],
    // An organization's executive joined by "of" to its name: the organization is named after "of".
    ['"It is a disgrace," said Jane Roe, CEO of Acme Holdings.', ['organization:Acme Holdings', 'person:Jane Roe']],
    ['"It is a disgrace," said John Roe, executive director and chairman of The Wildlife Society.', ['organization:The Wildlife Society', 'person:John Roe']],
    // A state's office joined by "of" is an office, no organization.
    ['On Monday, Minister of Foreign Affairs Sergei Lavrov spoke.', ['person:Sergey Lavrov']],
    // A kind word inside the quotation before a name does not describe the name after it.
    ['“We are a totally different team,” Greg Roe said when asked.', ['person:Greg Roe']],
    ['The state company, Faso Rail, will take over the line.', ['organization:Faso Rail']],
    // People for a cause opening a sentence are an organization, its cause opening with an article or joined by "and".
    ['Lawyers for Human Rights doubted the company would pay.', ['organization:Lawyers for Human Rights']],
    ['Citizens for a Better Environment doubted the company would pay.', ['organization:Citizens for a Better Environment']],
    ['Friends for Conservation and Development praised the rangers.', ['organization:Friends for Conservation and Development']],
    ['Thanks for All the Fish was released.', []],
  ])('%s', (text, expected) => {
    expect(entities(text).filter((e) => !e.startsWith('country:'))).toEqual(expected);
  });

  it.each([
    ['The governor told IRNA on Monday that ten houses had collapsed.', 'organization:IRNA'],
    ['The minister told AFP that talks would resume.', 'organization:AFP'],
    ['Later, striker JJ scored twice.', 'person:JJ'],
  ])('an acronym after a verb of telling is an organization: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

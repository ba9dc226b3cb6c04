import { describe, expect, it } from 'vitest';
import { rememberTail, tokenize } from '../../../src/enrich/entities/text-tokens.ts';

const filler = ' The talks went on for hours and ended without an agreement on the main points.'.repeat(4);

/** Tokenizes other long texts so the memo forgets `text` and the next tokenize reads it afresh. */
function forget(): void {
  for (let i = 0; i < 5; i++) tokenize(`unrelated text number ${i}. `.repeat(20));
}

describe('rememberTail', () => {
  it.each([
    ['a plain title and body', 'Leaders meet', `France welcomed the deal.${filler}`],
    ['a body opening with a hyphen', 'Talks with Mr.', `-Putin said the plan was fair.${filler}`],
    ['a title ending in an abbreviation', 'Statement by U.S.', `Officials said it was fine.${filler}`],
    ['a body opening with a possessive', 'Hello', `’s world, said the U.N. envoy.${filler}`],
    ['a body opening with spaces and a quote', 'Title', `  “A welcome step,” the ministry said.${filler}`],
  ])('gives the body the tokens it would have on its own: %s', (_case, title, body) => {
    forget();
    const alone = structuredClone(tokenize(body));
    forget();
    const doc = `${title}\n\n${body}`;
    rememberTail(doc, tokenize(doc), title.length + 2);
    expect(tokenize(body)).toEqual(alone);
  });

  it('remembers nothing when a token straddles the cut', () => {
    forget();
    const body = `ance welcomed the deal.${filler}`;
    const alone = structuredClone(tokenize(body));
    forget();
    const doc = `Fr${body}`;
    rememberTail(doc, tokenize(doc), 2);
    expect(tokenize(body)).toEqual(alone);
  });
});

import { describe, expect, it } from 'vitest';
import { matchTokens, rememberTailMatches } from '../../../src/enrich/entities/gazetteer.ts';
import { rememberTail, tokenize } from '../../../src/enrich/entities/text-tokens.ts';

const filler = ' The talks went on for hours and ended without an agreement on the main points.'.repeat(4);

/** Matches other long texts so both memos forget what came before. */
function forget(): void {
  for (let i = 0; i < 5; i++) {
    const text = `unrelated text number ${i}. `.repeat(20);
    matchTokens(text, tokenize(text));
  }
}

/** "surface@start->key/via" of each match of a text read on its own. */
const read = (text: string): string[] => matchTokens(text, tokenize(text)).map(({ mention: m, first, last }) => `${m.surface}@${m.start}[${first},${last}]->${m.entity.key}/${m.via}`);

describe('rememberTailMatches', () => {
  it.each([
    ['a name split by the title break', 'Talks in South', `Africa welcomed it. Moscow said it was a good step.${filler} Beijing agreed.`],
    ['a capital after an abbreviated title', 'Statement by Mr.', `Moscow said no, and Washington expressed skepticism.${filler}`],
    ['a name glued to the title', 'George', `Washington said yes while Kyiv urged swift approval.${filler}`],
    ['a body opening with a possessive capital', 'Putin', `Moscow's response was firm; the UN Security Council met.${filler} The EU and NATO said so.`],
  ])('gives the body the matches it has on its own: %s', (_case, title, body) => {
    forget();
    const alone = read(body);
    expect(alone.length).toBeGreaterThan(0);
    forget();
    const doc = `${title}\n\n${body}`;
    const tokens = tokenize(doc);
    rememberTail(doc, tokens, title.length + 2);
    matchTokens(doc, tokens);
    rememberTailMatches(doc, tokens, title.length + 2, tokenize(body));
    expect(read(body)).toEqual(alone);
  });
});

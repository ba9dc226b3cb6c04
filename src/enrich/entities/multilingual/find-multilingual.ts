/**
 * Gazetteer mentions in a text of any language: the multilingual names of that language (countries, adjectives,
 * organizations and acronyms, seats of power, capitals with metonymy) and people or capitals written in another
 * script or spelling. The English gazetteer runs beside it (extract-entities.ts): names that every Latin-script
 * language writes alike ("Putin", "Chile", "NATO") come from there.
 */
import type { EntityRef } from '../../../domain/enrichment.ts';
import { isActorUse, matchNames } from './match-names.ts';
import { multilingualNames } from './names-data.ts';
import { entityOfKey, matchTransliterated } from './match-transliterated.ts';
import { wordTokens } from './word-tokens.ts';

export interface MultilingualMention {
  entity: EntityRef;
  start: number;
  surface: string;
}

/**
 * The last texts matched: the multilingual reaction reader looks up a sentence's names for its speakers and again for
 * its place speakers (and the sentence before for a pronoun), so most sentences come back at once. Bounded, so it
 * holds one article's recent sentences, never a corpus.
 */
const MEMO_SIZE = 8;
const memo = new Map<string, readonly MultilingualMention[]>();

/** The mentions in a text; the same text and language again get the same array back: callers must not modify it. */
export function findMultilingualMentions(text: string, language: string): readonly MultilingualMention[] {
  const key = `${language}|${text}`;
  let found = memo.get(key);
  if (!found) {
    found = search(text, language);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(key, found);
  }
  return found;
}

function search(text: string, language: string): MultilingualMention[] {
  const tokens = wordTokens(text, language);
  const claimed = new Array<boolean>(tokens.length).fill(false);
  const out: MultilingualMention[] = [];
  const push = (key: string, start: number, surface: string) => {
    const entity = entityOfKey(key);
    if (entity) out.push({ entity, start, surface });
  };
  for (const m of matchNames(text, language, tokens)) {
    for (let k = m.first; k <= m.last; k++) claimed[k] = true;
    push(m.key, m.start, m.surface);
  }
  for (const m of matchTransliterated(tokens, claimed)) {
    const t = tokens[m.token]!;
    push(m.key, t.start, t.text);
    const actor = m.via === 'capital' ? multilingualNames().capitalActors.get(m.key) : undefined;
    if (actor && isActorUse(tokens, m.token, m.token, language)) push(actor, t.start, t.text);
  }
  return out;
}

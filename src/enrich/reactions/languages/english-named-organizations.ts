/**
 * Organizations that keep their English name in another language's text: "das Bolivia Bondholder Committee", "la
 * Internet Freedom Foundation", "Human Rights Foundation". A run of capitalised words in Latin letters, ending in an
 * English head noun of an organization (the entity layer's cue words that are both a name's head and a kind:
 * committee, foundation, association …, and a company's: airways, logistics …), is one organization's name; a
 * country's name inside it describes it.
 */
import type { EntityRef } from '../../../domain/enrichment.ts';
import { slugify } from '../../entities/fold.ts';
import { gazetteer } from '../../entities/gazetteer.ts';
import type { WordToken } from '../../../text/index.ts';

/** The most words such a name runs to. */
const NAME_WORDS = 6;
/** English words joining a name's parts ("Federation of Indian Chambers", "Doctors for Peace"). */
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the']);
const ENGLISH_WORD = /^[A-Z][A-Za-z'-]*$/;

/**
 * Cue words of the entity layer that are no role noun there ("the society", "a forum" are common words in English
 * text) but head a name in another language's text, where an English word capitalised in a run is a name's
 * ("die Malawi Law Society", "la Tanganyika Law Society").
 */
const FOREIGN_TEXT_HEADS = ['society', 'trust', 'forum', 'observatory', 'endowment', 'roundtable', 'academy', 'institution'];
/**
 * English nouns that head a name in another language's text though the entity layer has no cue for them, a field of
 * work naming the group that does it ("l'association Falklands Conservation").
 */
const FIELD_HEADS = ['conservation'];

let heads: ReadonlySet<string> | null = null;
function englishHeads(): ReadonlySet<string> {
  if (!heads) {
    const cues = gazetteer().data.cues;
    const roles = new Set(cues.orgRoles);
    // A company's head nouns too ("Qatar Airways", "Africa Global Logistics").
    heads = new Set([...cues.orgWords.filter((w) => roles.has(w) || FOREIGN_TEXT_HEADS.includes(w)), ...cues.companyWords, ...FIELD_HEADS]);
  }
  return heads;
}

export interface EnglishNamedOrganization {
  /** Character offsets of the name. */
  start: number;
  end: number;
  actor: EntityRef;
}

/** English-named organizations in a sentence of another language. `taken` says whether a known name lies there. */
export function englishNamedOrganizations(
  text: string,
  tokens: readonly WordToken[],
  /** The language's function words: a capitalised article opening the sentence ("Das", "La") is none of the name. */
  common: ReadonlySet<string>,
  taken: (start: number, end: number) => boolean,
  /** Whether a capitalised word is the language's own noun describing the name after it ("der Bergbauverband …"). */
  describing: (token: WordToken) => boolean = () => false,
): EnglishNamedOrganization[] {
  const out: EnglishNamedOrganization[] = [];
  const joined = (a: number, b: number) => /^ $/u.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  for (let k = 0; k < tokens.length; k++) {
    if (!ENGLISH_WORD.test(tokens[k]!.surface) || common.has(tokens[k]!.folded) || describing(tokens[k]!)) continue;
    let last = k;
    let head = -1;
    // After the head, only words an English connector joins belong to the name ("Coalition for Change").
    let end = -1;
    for (let j = k + 1; j < Math.min(tokens.length, k + NAME_WORDS); j++) {
      const w = tokens[j]!;
      if (!joined(j - 1, j) || w.breakBefore) break;
      if (CONNECTORS.has(w.surface) && tokens[j + 1] && ENGLISH_WORD.test(tokens[j + 1]!.surface) && joined(j, j + 1)) {
        if (head >= 0) end = j + 1;
        continue;
      }
      if (!ENGLISH_WORD.test(w.surface)) break;
      last = j;
      if (englishHeads().has(w.folded)) head = j;
      if (end >= 0 && j > end) end = j;
    }
    // The name ends at its head, or at the words joined after it: "Bolivia Bondholder Committee" (a verb or a noun
    // of the clause may follow), "Citizens Coalition for Change".
    if (head < 0 || head === k) {
      k = last;
      continue;
    }
    const lastWord = Math.max(head, Math.min(end, last));
    const start = tokens[k]!.start;
    const stop = tokens[lastWord]!.end;
    if (!taken(start, stop)) {
      const name = text.slice(start, stop);
      out.push({ start, end: stop, actor: { key: `org:${slugify(name)}`, kind: 'organization', name, country: null, origin: 'nlp' } });
    }
    k = lastWord;
  }
  return out;
}

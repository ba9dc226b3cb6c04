/**
 * What a single word usually is, from compromise's English lexicon (≈25k words with tags): a given name, a place,
 * an organization, or a common word. We use the lexicon only: running compromise's full tagger over every article
 * costs ≈35 ms per 200-word item (≈9 ms on the lead alone), an order of magnitude more than ingest itself.
 */
import nlp from 'compromise';

export type WordClass = 'given-name' | 'surname' | 'place' | 'organization' | 'common' | 'unknown';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const SURNAME_TAGS = new Set(['LastName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const PROPER_TAGS = new Set(['Person', 'ProperNoun', 'Demonym', 'Honorific', ...NAME_TAGS, ...SURNAME_TAGS, ...PLACE_TAGS, ...ORG_TAGS]);
/** Derivational endings that proper names rarely have: such a capitalized word is a common word in a heading. */
const COMMON_SUFFIX = /(tion|sion|ment|ness|ity|ing|ance|ence|ous|ive|ed|ly|ship|ies|ism|ists?|ible|able|ful|less|ward)$/;

const lexicon = readLexicon();

function readLexicon(): Map<string, WordClass> {
  const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } };
  const entries = model.one?.lexicon;
  if (!entries) throw new Error('compromise: no lexicon in nlp.model().one');
  const map = new Map<string, WordClass>();
  for (const [word, tagOrTags] of Object.entries(entries)) {
    if (word.includes(' ')) continue;
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    map.set(word, classify(tags));
  }
  return map;
}

function classify(tags: string[]): WordClass {
  if (tags.some((t) => NAME_TAGS.has(t))) return 'given-name';
  if (tags.some((t) => SURNAME_TAGS.has(t))) return 'surname';
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (tags.some((t) => ORG_TAGS.has(t))) return 'organization';
  return tags.some((t) => PROPER_TAGS.has(t)) ? 'unknown' : 'common';
}

/** `norm` is a folded, lower-case word. */
export function wordClass(norm: string): WordClass {
  const known = lexicon.get(norm);
  if (known) return known;
  return COMMON_SUFFIX.test(norm) && norm.length > 5 ? 'common' : 'unknown';
}

/**
 * Gazetteer mentions in a text of any language: the multilingual names of that language (countries, adjectives,
 * organizations and acronyms, seats of power, capitals with metonymy) and people or capitals written in another
 * script or spelling. The English gazetteer runs beside it (extract-entities.ts): names that every Latin-script
 * language writes alike ("Putin", "Chile", "NATO") come from there.
 */
import { firstIndex } from '../../../text/first-index.ts';
import type { EntityRef } from '../../../domain/enrichment.ts';
import { dropOwnedInstitutions, isActorUse, scanNames } from './match-names.ts';
import { multilingualNames } from './names-data.ts';
import { entityOfKey, matchTransliterated } from './match-transliterated.ts';
import { wordTokens, type WordToken } from './word-tokens.ts';

export interface MultilingualMention {
  entity: EntityRef;
  start: number;
  surface: string;
  /** Found by a demonym ("turcomana", "туркменская"), not by a name. */
  demonym?: true;
}

/** A text's mentions with what a piece of it needs to reuse them (see fromArticle). */
interface Scan {
  text: string;
  language: string;
  tokens: WordToken[];
  /** Everything the scan matched, names an owner took included: what fromArticle must check at a piece's edges. */
  spans: Span[];
  mentions: MultilingualMention[];
  /** The token each mention starts at. */
  tokenOf: number[];
}

interface Span {
  first: number;
  last: number;
  /** A capital, whose actor depends on the words around it (isActorUse). */
  capital: boolean;
  /** A seat of power or ministry, which a country right after it or a demonym right before it may own. */
  institution: boolean;
}

/**
 * The last texts matched: the multilingual reaction reader looks up a sentence's names for its speakers and again for
 * its place speakers (and the sentence before for a pronoun), so most sentences come back at once. Bounded, so it
 * holds one article's recent sentences, never a corpus.
 */
const MEMO_SIZE = 8;
const memo = new Map<string, readonly MultilingualMention[]>();

/** Texts at least this long are kept whole (an article, matched by the entity pass) for their sentences to reuse. */
const ARTICLE_CHARS = 200;
let article: Scan | null = null;

/** The mentions in a text; the same text and language again get the same array back: callers must not modify it. */
export function findMultilingualMentions(text: string, language: string): readonly MultilingualMention[] {
  const key = `${language}|${text}`;
  let found = memo.get(key);
  if (!found) {
    found = fromArticle(text, language) ?? scanAlone(text, language);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(key, found);
  }
  return found;
}

function scanAlone(text: string, language: string): MultilingualMention[] {
  const scan = search(text, language);
  if (text.length >= ARTICLE_CHARS) article = scan;
  return scan.mentions;
}

function search(text: string, language: string): Scan {
  const tokens = wordTokens(text, language);
  const claimed = new Array<boolean>(tokens.length).fill(false);
  const scan: Scan = { text, language, tokens, spans: [], mentions: [], tokenOf: [] };
  const push = (key: string, start: number, surface: string, token: number, demonym = false) => {
    const entity = entityOfKey(key);
    if (!entity) return;
    scan.mentions.push({ entity, start, surface, ...(demonym ? { demonym: true as const } : {}) });
    scan.tokenOf.push(token);
  };
  const names = scanNames(text, language, tokens);
  for (const m of names) scan.spans.push({ first: m.first, last: m.last, capital: m.via === 'capital', institution: m.via === 'institution' });
  for (const m of dropOwnedInstitutions(names)) {
    for (let k = m.first; k <= m.last; k++) claimed[k] = true;
    push(m.key, m.start, m.surface, m.first, m.via === 'demonym');
  }
  for (const m of matchTransliterated(tokens, claimed)) {
    const t = tokens[m.token]!;
    const surface = text.slice(t.start, tokens[m.last]!.end);
    scan.spans.push({ first: m.token, last: m.last, capital: m.via === 'capital', institution: false });
    push(m.key, t.start, surface, m.token);
    const actor = m.via === 'capital' ? multilingualNames().capitalActors.get(m.key) : undefined;
    if (actor && isActorUse(tokens, m.token, m.last, language)) push(actor, t.start, surface, m.token);
  }
  return scan;
}

/**
 * A piece of the last article (a sentence) read from the article's own scan, or null where that could differ from
 * scanning the piece alone. Alone, the piece's first token opens a paragraph and a sentence and has nothing before
 * it, and its last token has nothing after it; every other token is the article's, with the same gap, case and
 * breaks. So the scan of the piece meets the same words from the same state and makes the same matches, and the
 * checks around a match read the same tokens, except at the edges (edgesAgree), and where a paragraph opens inside
 * the piece (a dateline test could read past its end). Then its mentions are the article's inside it, shifted.
 */
function fromArticle(text: string, language: string): MultilingualMention[] | null {
  const scan = article;
  if (!scan || scan.language !== language || text.length >= scan.text.length) return null;
  const offset = scan.text.indexOf(text);
  if (offset < 0) return null;
  const end = offset + text.length;
  const { tokens } = scan;
  const first = firstIndex(0, tokens.length, (i) => tokens[i]!.start < offset);
  const after = firstIndex(0, tokens.length, (i) => tokens[i]!.start < end);
  // A token across either edge would be another token alone.
  if ((first > 0 && tokens[first - 1]!.end > offset) || (after > first && tokens[after - 1]!.end > end)) return null;
  const last = after - 1;
  for (let k = first + 1; k <= last; k++) if (tokens[k]!.paragraphStart) return null;
  if (!edgesAgree(scan, first, last)) return null;
  const out: MultilingualMention[] = [];
  scan.mentions.forEach((m, k) => {
    const token = scan.tokenOf[k]!;
    if (token >= first && token <= last) out.push({ ...m, start: m.start - offset });
  });
  return out;
}

/**
 * Whether the matches at the piece's edges read nothing that differs alone:
 * - none crosses an edge;
 * - one at the first token needs that token to open a sentence in the article too (a title-case acronym and the word
 *   before a capital are read only inside a sentence); a capital there needs it to open a paragraph too, and not to
 *   end at the last token (a dateline reads both); a ministry there could be owned by a demonym before the piece;
 * - one ending at the last token: a ministry could be owned by a country after the piece; a capital's actor reads the
 *   gap after it (a hyphen, or one space before a capitalized word).
 * No match at an edge token in the article means none alone: alone, the scan there has fewer tokens and at the first
 * token a stricter case test.
 */
function edgesAgree(scan: Scan, first: number, last: number): boolean {
  const { tokens } = scan;
  const opening = tokens[first];
  const next = tokens[last + 1];
  for (const s of scan.spans) {
    if (s.last < first || s.first > last) continue;
    if (s.first < first || s.last > last) return false;
    if (s.first === first && (!opening!.sentenceStart || s.institution || (s.capital && (!opening!.paragraphStart || s.last === last)))) return false;
    if (s.last === last && (s.institution || (s.capital && next !== undefined && (next.gap === '-' || /^[ \u00a0]$/u.test(next.gap))))) return false;
  }
  return true;
}


/**
 * Finds the multilingual gazetteer's names in a text of a given language: leftmost-longest matches over word tokens,
 * each token compared through its inflected forms (inflections.ts), acronyms exactly or Title-cased, names only when
 * capitalized. A capital is always a place; it also stands for its state (or the EU for Brussels) when used as an
 * actor: not after a locative preposition, not as a dateline (dateline.ts), not as the first half of a compound ("Moskau-treu").
 * A seat of power or ministry followed at once by a country names that country's institution ("МИД Франции",
 * "Госдеп США"), or right after another state's adjective ("Японский МИД"): it then stands for that country only,
 * not for the state whose own it is when written bare.
 */
import { isDateline } from './dateline.ts';
import { locatives } from './locatives.ts';
import { languageIndex, type IndexedName, type TokenSpec } from './name-index.ts';
import { multilingualNames, type NameVia } from './names-data.ts';
import { joins, wordTokens, type WordToken } from './word-tokens.ts';

export interface NameMention {
  key: string;
  via: NameVia;
  start: number;
  end: number;
  surface: string;
  first: number;
  last: number;
}

const MAX_NAME_TOKENS = 16;
/** Languages that capitalize every noun: a capitalized word after a name tells nothing there. */
const NOUN_CAPITALS = new Set(['de', 'lb']);

export function matchNames(text: string, language: string, tokens: readonly WordToken[] = wordTokens(text, language)): NameMention[] {
  return dropOwnedInstitutions(scanNames(text, language, tokens));
}

/**
 * The leftmost-longest names of a text before dropOwnedInstitutions, a capital's actor after the capital itself: what
 * find-multilingual.ts needs to tell which tokens a scan matched at all.
 */
export function scanNames(text: string, language: string, tokens: readonly WordToken[]): NameMention[] {
  const index = languageIndex(language);
  const out: NameMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const best = bestAt(tokens, i, index.byFirst.get((tokens[i] as WordToken).norm) ?? []);
    if (!best) {
      i++;
      continue;
    }
    const last = i + best.tokens.length - 1;
    const start = (tokens[i] as WordToken).start;
    const end = (tokens[last] as WordToken).end;
    const mention = { key: best.key, via: best.via, start, end, surface: text.slice(start, end), first: i, last };
    out.push(mention);
    if (best.via === 'capital') {
      const actor = multilingualNames().capitalActors.get(best.key);
      if (actor && isActorUse(tokens, i, last, language)) out.push({ ...mention, key: actor });
    }
    i = last + 1;
  }
  return out;
}

/** A seat of power or ministry the country after it or the demonym before it owns names that country's, not its own. */
export function dropOwnedInstitutions(found: readonly NameMention[]): NameMention[] {
  return found.filter((m, k) => !(m.via === 'institution' && (ownedByNext(m, found[k + 1]) || ownedByDemonym(m, found[k - 1]))));
}

function ownedByNext(m: NameMention, next: NameMention | undefined): boolean {
  return next !== undefined && next.first === m.last + 1 && next.key.startsWith('country:') && next.key !== m.key;
}

/** Another state's adjective right before a bare ministry owns it ("Японский МИД" is Japan's, not Russia's). */
function ownedByDemonym(m: NameMention, previous: NameMention | undefined): boolean {
  return previous !== undefined && previous.via === 'demonym' && previous.last === m.first - 1 && previous.key !== m.key;
}

function bestAt(tokens: readonly WordToken[], i: number, candidates: readonly IndexedName[]): IndexedName | null {
  let best: IndexedName | null = null;
  for (const c of candidates) {
    if (c.tokens.length > MAX_NAME_TOKENS || !fits(tokens, i, c.tokens)) continue;
    if (!best || c.tokens.length > best.tokens.length || (c.tokens.length === best.tokens.length && c.priority < best.priority)) best = c;
  }
  return best;
}

function fits(tokens: readonly WordToken[], i: number, specs: readonly TokenSpec[]): boolean {
  for (let k = 0; k < specs.length; k++) {
    const t = tokens[i + k];
    const spec = specs[k] as TokenSpec;
    if (!t || !spec.forms.has(t.norm)) return false;
    if (k > 0 && !joins(tokens[i + k - 1] as WordToken, t)) return false;
    if (spec.acronym ? !acronymCase(t) : k === 0 && spec.cap && !t.cap) return false;
  }
  return true;
}

/** "ONU", and "Onu" / "Opec" inside a sentence, as Italian and Spanish style write acronyms; never "onu". */
function acronymCase(t: WordToken): boolean {
  if (t.allCaps || /\d/.test(t.text)) return true;
  return t.cap && !t.sentenceStart && t.text.slice(1) === t.text.slice(1).toLowerCase();
}

export function isActorUse(tokens: readonly WordToken[], first: number, last: number, language: string): boolean {
  const head = tokens[first] as WordToken;
  const next = tokens[last + 1];
  if (next && next.gap === '-') return false;
  if (isDateline(tokens, first, last, language)) return false;
  // A capital's name before a capitalized word is a first name ("Santiago Peña", "Victoria Nuland"), where nouns are
  // written in lower case.
  if (next && !NOUN_CAPITALS.has(language) && next.cap && !next.allCaps && /^[ \u00a0]$/u.test(next.gap)) return false;
  const prev = head.sentenceStart ? undefined : tokens[first - 1];
  if (!(prev && locatives(language).has(prev.norm))) return true;
  // A capital opening a sentence whose subject is impersonal is who spoke there, as the labelling guide lists it ("В
  // Пекине от комментариев воздержались", "In Warschau zeigte man sich besorgt", "À Paris, on a salué …").
  return prev.sentenceStart && impersonalAfter(tokens, last, language);
}

/** The impersonal subject or verb form of a language, within a few words after a place: Russian "-ли" and "-лись", "man", "on". */
const IMPERSONAL_REACH = 5;
const IMPERSONAL_PRONOUNS: Record<string, string> = { de: 'man', fr: 'on' };
const MIN_IMPERSONAL_VERB = 5;
function impersonalAfter(tokens: readonly WordToken[], last: number, language: string): boolean {
  for (let k = last + 1; k < Math.min(tokens.length, last + 1 + IMPERSONAL_REACH); k++) {
    const t = tokens[k] as WordToken;
    if (t.sentenceStart) return false;
    if (language === 'ru' ? t.norm.length >= MIN_IMPERSONAL_VERB && (t.norm.endsWith('ли') || t.norm.endsWith('лись')) : t.norm === IMPERSONAL_PRONOUNS[language]) return true;
  }
  return false;
}

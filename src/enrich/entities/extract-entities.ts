/**
 * An article's entities: gazetteer mentions (countries, organizations, leaders, capitals, seats of power) plus other
 * people, organizations and places found as proper names, merged within the article ("President Vladimir Putin",
 * "Putin's" and "Putin" are one person; "Huamán" is the "Renzo Huamán" named elsewhere; "Valdoria" is "Sporting
 * Valdoria"), each with its mention count and a salience where title and lead mentions weigh more.
 */
import type { ArticleEntity, EntityRef } from '../../domain/enrichment.ts';
import { slugify } from './fold.ts';
import { actorOf, gazetteer, lookupEntity, matchGazetteer, matchTokens, rememberTailMatches, type GazetteerMention, type TokenMention } from './gazetteer.ts';
import { findMultilingualMentions } from './multilingual/find-multilingual.ts';
import { entityOfKey } from './multilingual/match-transliterated.ts';
import { isRegionName } from './multilingual/names-data.ts';
import { findProperNames, nameCues, type ProperName } from './proper-names.ts';
import { rememberTail, tokenize, type Token } from './text-tokens.ts';

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
/**
 * The weight of the entity a capital or a state's body names besides the one read (pairedEntities), in English text:
 * none, so English story vectors stay as they were (with full weight ECB+ clustering fell from .931 to .922 B-cubed,
 * below its floor). In other languages it weighs as a mention (without it report10's cross-language B-cubed fell below
 * its floor, .863). A clustering choice measured on two corpora, not a rule of language.
 */
const PAIRED_WEIGHT = 0;
/** the lead: the first paragraph, at most this many characters */
const LEAD_CHARS = 600;
/** Bodies this long are remembered for the reaction extractor (shorter ones cost little to read again). */
const LONG_BODY = 200;

const index = gazetteer();
const cues = nameCues(index.data.cues);
const orgWords = new Set([...index.data.cues.orgWords, ...index.data.cues.orgPrefixes]);

interface Mention {
  entity: EntityRef;
  surface: string;
  start: number;
  weight: number;
}

/**
 * `language` is the article's detected language: other than English, the multilingual names of that language join
 * the English gazetteer, and the English proper-name finder (whose cues are English words) stays out.
 */
export function extractEntities(input: { title: string; text: string; language?: string | null }): ArticleEntity[] {
  const title = input.title.trim();
  const doc = `${title}\n\n${input.text}`;
  const bodyStart = title.length + 2;
  const paragraphEnd = doc.indexOf('\n\n', bodyStart);
  const leadEnd = Math.min(paragraphEnd < 0 ? doc.length : paragraphEnd, bodyStart + LEAD_CHARS);
  const weightAt = (offset: number): number => (offset < title.length ? TITLE_WEIGHT : offset < leadEnd ? LEAD_WEIGHT : BODY_WEIGHT);

  const tokens = tokenize(doc);
  // The reaction extractor reads the body on its own: it gets these tokens and matches instead of a second pass.
  rememberTail(doc, tokens, bodyStart);
  // In another language, an English alias written as that language's region name names the region ("América" in
  // Spanish is the continent, not the United States).
  const foreign = input.language && input.language !== 'en' ? input.language : null;
  const gazetteerMentions = matchTokens(doc, tokens).filter((m) => !foreign || m.mention.entity.kind !== 'country' || !isRegionName(m.mention.surface, foreign));
  if (input.text.length >= LONG_BODY) rememberTailMatches(doc, tokens, bodyStart, tokenize(input.text));
  const covered = new Array<boolean>(tokens.length).fill(false);
  const mentions: Mention[] = [];
  for (const m of gazetteerMentions) {
    for (let k = m.first; k <= m.last; k++) covered[k] = true;
    mentions.push({ entity: m.mention.entity, surface: m.mention.surface, start: m.mention.start, weight: weightAt(m.mention.start) });
    for (const other of pairedEntities(m.mention.entity, m.mention.surface)) mentions.push({ entity: other, surface: m.mention.surface, start: m.mention.start, weight: foreign ? weightAt(m.mention.start) : PAIRED_WEIGHT });
    // "Jamaica's Prime Minister Andrew Holness" names the person and, in the office before the name, the state.
    for (const inner of officeMentions(m.mention.entity, m.mention.surface)) mentions.push({ entity: inner.entity, surface: inner.surface, start: m.mention.start + inner.start, weight: weightAt(m.mention.start) });
  }

  if (input.language && input.language !== 'en') {
    const seen = new Set(mentions.map((m) => `${m.start}|${m.entity.key}`));
    for (const m of findMultilingualMentions(doc, input.language)) {
      if (seen.has(`${m.start}|${m.entity.key}`)) continue;
      seen.add(`${m.start}|${m.entity.key}`);
      mentions.push({ entity: m.entity, surface: m.surface, start: m.start, weight: weightAt(m.start) });
      for (const other of pairedEntities(m.entity, m.surface)) {
        if (seen.has(`${m.start}|${other.key}`)) continue;
        seen.add(`${m.start}|${other.key}`);
        mentions.push({ entity: other, surface: m.surface, start: m.start, weight: weightAt(m.start) });
      }
    }
    return aggregate(mentions);
  }
  const names = statesOpeningNames(tokens, findProperNames(doc, tokens, covered, cues, index), gazetteerMentions);
  mentions.push(...resolveNames(tokens, covered, names, weightAt));
  return aggregate(mentions);
}

/**
 * A capital names its state as well as the city ("Washington said …" speaks for the United States; "talks in
 * Washington" are in the United States): a capital's mention is both entities, whichever the gazetteer read it as.
 * So does a state's own body ("the U.S. State Department", "the Kremlin"): it names the state it speaks for. In
 * English text the entity so paired is mentioned but adds no salience (an entity named only so has salience 0; see
 * PAIRED_WEIGHT).
 */
function pairedEntities(entity: EntityRef, surface: string): EntityRef[] {
  if (entity.kind === 'place' || entity.kind === 'organization') {
    const state = actorOf(entity);
    return state?.kind === 'country' ? [state] : [];
  }
  if (entity.kind !== 'country') return [];
  const place = lookupEntity(surface);
  return place?.kind === 'place' && actorOf(place)?.key === entity.key ? [place] : [];
}

/**
 * "South African Council of Churches", "Kenya Human Rights Commission": a state's name or demonym opening an
 * organization's name of several words is part of that name (as the reaction reader's article actors read it). The
 * state keeps its mention: the entity layer cannot tell a state's own body ("Japan Coast Guard"), which names the
 * state, from a civil one.
 */
function statesOpeningNames(tokens: readonly Token[], names: ProperName[], hits: readonly TokenMention[]): ProperName[] {
  return names.map((name) => {
    const first = tokens[name.first] as Token;
    if (name.kind !== 'organization' || name.last === name.first || first.sentenceStart || first.hyphenBefore || !first.tightBefore) return name;
    const before = name.first - 1;
    const hit = hits.find((h) => h.last === before && h.first >= before - 1 && h.mention.entity.kind === 'country' && !POSSESSIVE_END.test(h.mention.surface) && tokens.slice(h.first, before + 1).every((t) => t.cap));
    if (!hit) return name;
    const words = tokens.slice(hit.first, before + 1).map((t) => t.text).join(' ');
    return { ...name, first: hit.first, name: `${words} ${name.name}`, surface: `${words} ${name.surface}` };
  });
}

/** A possessive closing a state's name ("Kenya's Human Rights Commission"): the state owns the body, it opens no name. */
const POSSESSIVE_END = /['’]s?$/u;

/**
 * The states named in the office before a person's name ("Jamaica's Prime Minister" of "Jamaica's
 * Prime Minister Andrew Holness"): the words before the first word of the person's name.
 */
function officeMentions(entity: EntityRef, surface: string): GazetteerMention[] {
  if (entity.kind !== 'person') return [];
  const nameWords = new Set(entity.name.split(/\s+/u));
  const words = surface.split(/\s+/u);
  const first = words.findIndex((w) => nameWords.has(w));
  if (first <= 0) return [];
  // The office phrase itself matches as a title (its holder, this person): the state is read on the words before its
  // last word ("Jamaica's Prime"), or fewer.
  for (let end = first - 1; end > 0; end--) {
    const found = matchGazetteer(words.slice(0, end).join(' ')).filter((m) => m.entity.kind === 'country');
    if (found.length > 0) return found;
  }
  return [];
}

/** Proper names -> mentions: multi-word names become entities, single words join the longer name they belong to. */
function resolveNames(tokens: readonly Token[], covered: boolean[], names: ProperName[], weightAt: (offset: number) => number): Mention[] {
  const mentions: Mention[] = [];
  const inName = new Array<boolean>(tokens.length).fill(false);
  const byWord = new Map<string, EntityRef | null>(); // a distinctive word -> the one entity it abbreviates (null: several)
  const remember = (word: string, entity: EntityRef): void => {
    const known = byWord.get(word);
    byWord.set(word, known === undefined || known?.key === entity.key ? entity : null);
  };

  const longNames = names.filter((n) => n.kind !== null && n.last > n.first);
  const wordsOf = (n: ProperName): string => ` ${tokens.slice(n.first, n.last + 1).map((t) => t.norm).join(' ')} `;
  for (const name of longNames) {
    // "the Museum of Northern Art" after "Harbour Museum of Northern Art": the shorter form is the same entity.
    const longer = longNames.find((n) => n.kind === name.kind && n.last - n.first > name.last - name.first && wordsOf(n).includes(wordsOf(name)));
    const entity = entityFor((longer ?? name).name, name.kind as 'person' | 'organization' | 'place');
    mentions.push({ entity, surface: name.surface, start: (tokens[name.first] as Token).start, weight: weightAt((tokens[name.first] as Token).start) });
    for (let k = name.first; k <= name.last; k++) inName[k] = true;
    if (entity.origin !== 'nlp') continue;
    const words = tokens.slice(name.first, name.last + 1);
    if (name.kind === 'person') remember((words[words.length - 1] as Token).norm, entity);
    else for (const w of words) if (w.cap && w.norm.length >= 4 && !orgWords.has(w.norm)) remember(w.norm, entity);
  }

  const singles = new Map<number, ProperName>();
  for (const name of names) if (name.first === name.last) singles.set(name.first, name);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || covered[k] || inName[k]) continue;
    const single = singles.get(k);
    const target = byWord.get(t.norm);
    const start = t.start;
    const surface = single?.surface ?? t.text;
    if (target) mentions.push({ entity: target, surface, start, weight: weightAt(start) });
    else if (single?.kind) mentions.push({ entity: entityFor(single.name, single.kind), surface, start, weight: weightAt(start) });
  }
  return mentions;
}

function entityFor(name: string, kind: 'person' | 'organization' | 'place'): EntityRef {
  const known = lookupEntity(name);
  if (known) return known;
  const prefix = kind === 'organization' ? 'org' : kind;
  const key = `${prefix}:${slugify(name)}`;
  // A name whose key the multilingual names know ("HELCOM" is the Helsinki Commission) takes that entity, name and
  // all: one key, one name, whichever article stored it first.
  return entityOfKey(key) ?? { key, kind, name, country: null, origin: 'nlp' };
}

function aggregate(mentions: Mention[]): ArticleEntity[] {
  const byKey = new Map<string, { entity: EntityRef; aliases: string[]; mentions: number; weight: number; first: number }>();
  for (const m of mentions) {
    const entry = byKey.get(m.entity.key) ?? { entity: m.entity, aliases: [], mentions: 0, weight: 0, first: m.start };
    entry.mentions++;
    entry.weight += m.weight;
    entry.first = Math.min(entry.first, m.start);
    if (!entry.aliases.includes(m.surface)) entry.aliases.push(m.surface);
    byKey.set(m.entity.key, entry);
  }
  const entries = [...byKey.values()];
  const top = Math.max(1, ...entries.map((e) => e.weight));
  return entries
    .map((e) => ({ entity: e.entity, aliases: e.aliases, mentions: e.mentions, salience: Math.round((e.weight / top) * 1000) / 1000, first: e.first }))
    .sort((a, b) => b.salience - a.salience || a.first - b.first || a.entity.key.localeCompare(b.entity.key))
    .map(({ first: _first, ...entity }) => entity);
}

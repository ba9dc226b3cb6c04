/**
 * The state an article's opening sentence names first, after its dateline, by its name or its adjective ("El Gobierno
 * filipino dio luz verde …", "Sudáfrica anunció este jueves …"): the party the news is about. What it says in support
 * or in appeal describes or defends its own move, or asks help for itself, as the labelling guide reads parties to
 * their own deal; its protest, as a struck party's, stays a reaction. (The reader keeps a state the opening sentence
 * itself shows reacting: "Le Tchad a condamné l'attaque …" is a reaction that is the news.)
 */
import { findMultilingualMentions } from '../../entities/multilingual/find-multilingual.ts';

/** How far into the opening sentence its dateline may end ("TALLIN, 3 mar (EDA) – "). */
const DATELINE_REACH = 80;
/** The dash that closes a dateline, with a space on either side. */
const DATELINE_END = /\s[–—-]\s/u;

/** How many sentences an article needs before its opening sentence names the party the news is about. */
const ARTICLE_SENTENCES = 3;

/** The key of that state in an article of `sentences`, or null (a short text, or no state named). */
export function ledeParty(sentences: readonly string[], language: string): string | null {
  const opening = sentences[0];
  if (opening === undefined || sentences.length < ARTICLE_SENTENCES) return null;
  const dash = opening.slice(0, DATELINE_REACH).search(DATELINE_END);
  const from = dash < 0 ? 0 : dash + 3;
  const first = findMultilingualMentions(opening, language).find((m) => m.start >= from && m.entity.kind === 'country');
  return first?.entity.key ?? null;
}

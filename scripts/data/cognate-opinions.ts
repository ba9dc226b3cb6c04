/**
 * Cognates of the English opinion lexicon in French, Spanish and Italian: much evaluative vocabulary is Latin in all
 * four ("imprudent", "imprudente"; "repression", "répression", "represión", "repressione"), and the bilingual
 * dictionaries miss much of it. An English word's ending is mapped to each language's ("-tion" to "-ción", "-ous" to
 * "-eux", "-oso"), and a candidate counts only where the language's spelling dictionary holds it: Hunspell's word lists
 * (Debian hunspell-fr, hunspell-es, hunspell-it; MPL-2.0, and MPL/GPL/LGPL), read with their prefixes
 * ("prudente" with its "im-" flag gives "imprudente") and compared without accents, then spelled as the dictionary
 * spells them. A language whose dictionary is not installed gives none.
 *
 *   apt-get install hunspell-fr hunspell-es hunspell-it
 */
import { existsSync, readFileSync } from 'node:fs';
import { fold } from '../../src/enrich/entities/fold.ts';
import { englishRankedWords } from '../../src/text/ranked-words.ts';

const HUNSPELL_DIR = '/usr/share/hunspell';
const DICTIONARIES: Record<string, string> = { fr: 'fr', es: 'es_ES', it: 'it_IT' };

/** English endings of Latin origin and theirs in each language, without accents (the dictionary puts them back). */
const ENDINGS: ReadonlyArray<[string, Record<string, readonly string[]>]> = [
  ['tion', { fr: ['tion'], es: ['cion'], it: ['zione'] }],
  ['sion', { fr: ['sion'], es: ['sion'], it: ['sione'] }],
  ['ible', { fr: ['ible'], es: ['ible'], it: ['ibile'] }],
  ['able', { fr: ['able'], es: ['able'], it: ['abile'] }],
  ['ence', { fr: ['ence'], es: ['encia'], it: ['enza'] }],
  ['ance', { fr: ['ance'], es: ['ancia'], it: ['anza'] }],
  ['ent', { fr: ['ent'], es: ['ente'], it: ['ente'] }],
  ['ant', { fr: ['ant'], es: ['ante'], it: ['ante'] }],
  ['ous', { fr: ['eux'], es: ['oso'], it: ['oso'] }],
  ['ive', { fr: ['if'], es: ['ivo'], it: ['ivo'] }],
  ['ity', { fr: ['ite'], es: ['idad'], it: ['ita'] }],
  ['ism', { fr: ['isme'], es: ['ismo'], it: ['ismo'] }],
  ['ist', { fr: ['iste'], es: ['ista'], it: ['ista'] }],
  ['ory', { fr: ['oire'], es: ['orio'], it: ['orio'] }],
  ['ure', { fr: ['ure'], es: ['ura'], it: ['ura'] }],
  ['ic', { fr: ['ique'], es: ['ico'], it: ['ico'] }],
  ['al', { fr: ['al'], es: ['al'], it: ['ale'] }],
];
/** Shorter English words share too little with their look-alikes to be taken for cognates. */
const MIN_LETTERS = 7;
/**
 * The most frequent English words are the most polysemous, and their look-alikes drift furthest ("sentence" and
 * "sentenza", a ruling; "liberal" and "libera", free): only rarer, evaluative words are taken.
 */
const COMMON_ENGLISH = 5000;

/** A dictionary's words by their folded spelling (no accents, lower case), with their own spelling. */
function readHunspell(name: string): Map<string, string> {
  const dic = readFileSync(`${HUNSPELL_DIR}/${name}.dic`, 'utf8').split('\n').slice(1);
  const aff = readFileSync(`${HUNSPELL_DIR}/${name}.aff`, 'utf8').split('\n');
  const long = aff.some((l) => /^FLAG\s+long/u.test(l));
  // Prefix rules by flag: what is added, and the condition on the word's start.
  const prefixes = new Map<string, { add: string; condition: RegExp }[]>();
  for (const line of aff) {
    const p = line.trim().split(/\s+/u);
    if (p[0] !== 'PFX' || p.length < 5 || p[2] !== '0') continue;
    const add = (p[3] ?? '').split('/')[0] ?? '';
    if (add === '0' || add === '') continue;
    const list = prefixes.get(p[1]!) ?? [];
    list.push({ add, condition: new RegExp(`^${p[4] === '.' ? '' : p[4]!}`, 'u') });
    prefixes.set(p[1]!, list);
  }
  const out = new Map<string, string>();
  const put = (word: string) => {
    const key = fold(word).toLowerCase();
    if (!out.has(key)) out.set(key, word.toLowerCase());
  };
  for (const line of dic) {
    const [entry = ''] = line.split(/\s/u);
    const [word = '', flagText = ''] = entry.split('/');
    if (!/^\p{Ll}+$/u.test(word)) continue;
    put(word);
    const flags = long ? (flagText.match(/../gu) ?? []) : [...flagText];
    for (const flag of flags) for (const p of prefixes.get(flag) ?? []) if (p.condition.test(word)) put(`${p.add}${word}`);
  }
  return out;
}

/** The spellings an English word's cognate may take in a language, folded. */
function candidates(english: string, language: string): string[] {
  const out: string[] = [];
  for (const [ending, theirs] of ENDINGS) {
    if (!english.endsWith(ending)) continue;
    const stem = english.slice(0, -ending.length);
    for (const end of theirs[language] ?? []) {
      const base = `${stem}${end}`;
      out.push(base);
      // Spanish and French write fewer double consonants ("agresivo", "agressif"); Spanish opens "s" + consonant with
      // "e" ("escandaloso").
      out.push(base.replace(/([bcdfglmnprstz])\1/gu, '$1'));
      if (language === 'es' && /^s[^aeiou]/u.test(base)) out.push(`e${base}`, `e${base.replace(/([bcdfglmnprstz])\1/gu, '$1')}`);
    }
    break;
  }
  return [...new Set(out)];
}

/** The cognates of rated English words in a language: its words with the stance and the English word they echo. */
export function cognateOpinions(language: string, rated: Readonly<Record<string, number>>, minWeight: number): Array<{ words: string; stance: 'opposed' | 'supportive'; from: string }> {
  const name = DICTIONARIES[language];
  if (!name || !existsSync(`${HUNSPELL_DIR}/${name}.dic`)) return [];
  const words = readHunspell(name);
  const common = new Set(englishRankedWords().slice(0, COMMON_ENGLISH));
  const out: Array<{ words: string; stance: 'opposed' | 'supportive'; from: string }> = [];
  for (const [english, weight] of Object.entries(rated)) {
    if (Math.abs(weight) < minWeight || english.length < MIN_LETTERS || common.has(english) || !/^[a-z]+$/u.test(english)) continue;
    for (const candidate of candidates(english, language)) {
      const word = words.get(candidate);
      if (word === undefined) continue;
      out.push({ words: word, stance: weight < 0 ? 'opposed' : 'supportive', from: english });
      break;
    }
  }
  return out;
}

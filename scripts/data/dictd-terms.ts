/**
 * Reading the public bilingual dictionaries the data scripts translate English words with (dictd format, Debian
 * packages; GPL / public domain data):
 *   de fr es it: FreeDict English-X (dict-freedict-eng-deu, -eng-fra, -eng-spa, -eng-ita)
 *   ru:          V. K. Mueller's English-Russian dictionary (mueller7-dict)
 * Only senses of the asked part of speech are kept, at most a few per entry, single words (or a reflexive verb).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type Pos = 'v' | 'a' | 'n';

/** The dictionary of each language, by its dictd name. */
export const DICTIONARIES: Record<string, string> = { de: 'freedict-eng-deu', fr: 'freedict-eng-fra', es: 'freedict-eng-spa', it: 'freedict-eng-ita', ru: 'mueller7' };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode = (s: string): number => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** A dictd dictionary: head word (lower case) -> its entries' text. */
export function readDictd(dir: string, name: string): Map<string, string[]> {
  const data = gunzipSync(readFileSync(`${dir}/${name}.dict.dz`));
  const out = new Map<string, string[]>();
  for (const line of readFileSync(`${dir}/${name}.index`, 'utf8').split('\n')) {
    const [word, offset, length] = line.split('\t');
    if (!word || !offset || !length) continue;
    const key = word.toLowerCase();
    const list = out.get(key) ?? [];
    list.push(data.subarray(decode(offset), decode(offset) + decode(length)).toString('utf8'));
    out.set(key, list);
  }
  return out;
}

export const INFINITIVE: Record<string, RegExp> = {
  de: /^(?:sich )?\p{Ll}+(?:en|ern|eln)$/u,
  fr: /^(?:se |s')?\p{Ll}+(?:er|ir|re)$/u,
  es: /^\p{Ll}+(?:ar|er|ir|arse|erse|irse)$/u,
  it: /^\p{Ll}+(?:are|ere|ire|arsi|ersi|irsi)$/u,
  ru: /^\p{Ll}+(?:ть|ться|чь|чься|ти)$/u,
};
/** Senses kept per dictionary entry: the first ones are the common ones. */
const SENSES_PER_ENTRY = 2;

function clean(term: string): string {
  return term.replace(/<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function fits(term: string, pos: Pos, language: string): boolean {
  if (!term || /[0-9/…]|\betw\b|\bjdm\b|\bsth\b/.test(term)) return false;
  const words = term.split(' ');
  if (pos === 'v') return INFINITIVE[language]!.test(term) && words.length <= 2;
  return words.length === 1 && /^\p{L}+$/u.test(term);
}

/** FreeDict entries: a head line ("welcome /…/ <v>"), then translations, numbered senses or a comma list. */
function freedictTerms(entries: readonly string[], pos: Pos, language: string): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const [head = '', ...rest] = entry.split('\n');
    // German FreeDict tags the head's part of speech; an untagged entry is a noun or phrase unless its line says so.
    if (language === 'de' && pos === 'v' && !head.includes('<v>') && !rest[0]?.includes('<v')) continue;
    let senses = 0;
    for (const line of rest) {
      if (/^\s*(?:Note|Synonyms?|see):/.test(line) || /^\s+"/.test(line) || line.trim() === '') continue;
      if (senses++ >= SENSES_PER_ENTRY) break;
      for (const raw of clean(line.replace(/^\s*\d+\.\s*/, '')).split(/[,;]/)) {
        const term = clean(raw);
        if (fits(term, pos, language)) out.push(term);
      }
    }
  }
  return out;
}

/** Mueller: sections by part of speech ("_v.", "_a.", "_n."), numbered senses "1)"; examples follow a ";" in Latin script. */
function muellerTerms(entries: readonly string[], pos: Pos): string[] {
  const out: string[] = [];
  const tag = pos === 'v' ? '_v.' : pos === 'a' ? '_a.' : '_n.';
  for (const entry of entries) {
    const at = entry.indexOf(tag);
    if (at < 0) continue;
    const section = entry.slice(at + tag.length).split(/\n\s*\d+\.\s/)[0] ?? '';
    const senses = section.split(/\n\s*\d+\)\s*/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, SENSES_PER_ENTRY);
    for (const sense of senses) {
      for (const raw of sense.split(/[;,]/)) {
        if (/[a-z]/i.test(raw)) break;
        const term = clean(raw.replace(/_\S+/g, ''));
        if (fits(term, pos, 'ru')) out.push(term);
      }
    }
  }
  return out;
}

/** The translations of a word's dictionary entries into `language`, of one part of speech. */
export function dictionaryTerms(entries: readonly string[], pos: Pos, language: string): string[] {
  return language === 'ru' ? muellerTerms(entries, pos) : freedictTerms(entries, pos, language);
}

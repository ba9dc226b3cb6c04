/**
 * People and capitals named in another script or spelling than the gazetteer's and the names data's: a capitalized word whose skeleton
 * (name-skeleton.ts) is a known person's surname or a capital's name, or two whose skeletons are a capital's two words. Inflected forms are tried without their case
 * ending (Зеленского -> Зеленск-, Путина -> Путин, Selenskyjs -> Selenskyj), so the skeletons meet. Surnames shorter
 * than four letters of skeleton, or shared by two people, are never matched on their own.
 */
import type { EntityRef } from '../../../domain/enrichment.ts';
import { gazetteer } from '../gazetteer.ts';
import { fold, slugify } from '../fold.ts';
import { isEverydayWord } from '../../../text/ranked-words.ts';
import { wordClass } from '../name-lexicon.ts';
import { transliterate } from 'transliteration';
import { nameSkeleton } from './name-skeleton.ts';
import { multilingualNames } from './names-data.ts';
import type { WordToken } from './word-tokens.ts';

export interface SkeletonMention {
  key: string;
  via: 'person' | 'capital';
  token: number;
  /** The last token of the name (a capital may take two words: "Abou Dhabi"). */
  last: number;
}

/** Case endings of Cyrillic nouns and adjectives, longest first; Latin names only lose a genitive -s. */
const CYRILLIC_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ой', 'ей', 'ую', 'ая', 'ий', 'ый', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];
const MIN_SKELETON = 4;
const MIN_LATIN_CAPITAL = 6;

interface SkeletonIndex {
  people: Map<string, string | null>;
  capitals: Map<string, string>;
  /** The capitals' own names, folded: a Latin word written so is the English gazetteer's to read, not a spelling variant. */
  written: Set<string>;
}

let cache: SkeletonIndex | null = null;

function skeletonIndex(): SkeletonIndex {
  if (cache) return cache;
  const people = new Map<string, string | null>();
  const note = (skeleton: string, key: string) => {
    if (skeleton.length < MIN_SKELETON) return;
    const known = people.get(skeleton);
    people.set(skeleton, known === undefined || known === key ? key : null);
  };
  const index = gazetteer();
  const givenNames = new Set(index.data.people.flatMap((p) => [p.name, ...p.aliases].filter((n) => /\s/u.test(n)).map((n) => fold(n.split(/\s+/)[0]!))));
  for (const p of index.data.people) {
    // The surname is a one-word alias where the data gives one; else the last word of a two-word name. A longer name's
    // last word may be a second surname or a particle's object ("Marrero Cruz", "Arévalo de León"), no name on its own.
    // A two-word name's last word that is an everyday word of a language read here ("Luc Frieden": German "Frieden",
    // peace), a common surname ("Xiomara Castro") or a given name that opens another known person's name ("Abdoulkader
    // Mohamed" of Djibouti against "Mohamed Ould Ghazouani") is no name to match alone.
    const surnames = p.aliases.filter((a) => !/\s/u.test(a));
    const alone = (word: string) => !isEverydayWord(word) && wordClass(fold(word)) !== 'surname' && !(givenNames.has(fold(word)) && wordClass(fold(word)) === 'given-name');
    const names = surnames.length > 0 ? surnames : [p.name, ...p.aliases].filter((n) => n.split(/\s+/).length === 2 && alone(n.split(/\s+/)[1]!));
    for (const name of names) {
      const words = name.split(/\s+/);
      note(nameSkeleton(words[words.length - 1] as string), `person:${p.id}`);
    }
  }
  const capitals = new Map<string, string>();
  const written = new Set<string>();
  for (const c of index.data.countries) {
    if (c.ambiguousCapital) continue;
    for (const city of [c.capital, ...(c.seats ?? [])]) {
      const s = city.split(/[\s-]+/).map(nameSkeleton).join(' ');
      if (s.replace(/ /g, '').length >= MIN_SKELETON) capitals.set(s, `place:${slugify(city)}`);
      written.add(fold(city));
    }
  }
  cache = { people, capitals, written };
  return cache;
}

function variants(word: string): string[] {
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const lower = word.toLowerCase();
    return [word, ...CYRILLIC_ENDINGS.filter((e) => lower.endsWith(e) && lower.length - e.length >= 3).map((e) => word.slice(0, -e.length))];
  }
  return word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
}

/** tokens[i] (capitalized, not already claimed) as a person or, in a non-Latin script, a capital. */
export function matchTransliterated(tokens: readonly WordToken[], claimed: readonly boolean[]): SkeletonMention[] {
  const { people, capitals, written } = skeletonIndex();
  const out: SkeletonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    if (claimed[i] || !t.cap || t.allCaps) continue;
    const latin = /^\p{Script=Latin}/u.test(t.text);
    // A capital of two words is spelled word by word ("Abou Dhabi" for Abu Dhabi): both skeletons together.
    const next = tokens[i + 1];
    if (next && !claimed[i + 1] && next.cap && !next.allCaps && /^[ -]$/u.test(next.gap)) {
      const pair = `${nameSkeleton(t.text)} ${nameSkeleton(next.text)}`;
      const capital = capitals.get(pair);
      if (capital && !written.has(`${t.norm} ${next.norm}`) && pair.replace(/ /g, '').length >= MIN_LATIN_CAPITAL) {
        out.push({ key: capital, via: 'capital', token: i, last: i + 1 });
        i++;
        continue;
      }
    }
    if (t.text.length < 4) continue;
    // A given name before another capitalised name opens someone else's name ("Pavel Durov", "Павел Дуров" is not Petr
    // Pavel); a name in another script is read in Latin letters.
    if (next && next.cap && next.gap === ' ' && wordClass(latin ? t.norm : fold(transliterate(t.text))) === 'given-name' && wordClass(next.norm) !== 'common') continue;
    for (const v of variants(t.text)) {
      const s = nameSkeleton(v);
      const person = people.get(s);
      if (person) {
        out.push({ key: person, via: 'person', token: i, last: i });
        break;
      }
      // A Latin spelling of a capital the names data lacks ("Pionyang") needs a longer skeleton: short ones are words.
      // (a capital's own name is no variant: "Santiago" is also a first name, read by the English gazetteer's rules).
      const capital = latin && (s.length < MIN_LATIN_CAPITAL || written.has(t.norm)) ? undefined : capitals.get(s);
      if (capital) {
        out.push({ key: capital, via: 'capital', token: i, last: i });
        break;
      }
    }
  }
  return out;
}

/** The entity of a key the gazetteer or the multilingual data knows. */
export function entityOfKey(key: string): EntityRef | null {
  const known = gazetteer().byKey.get(key);
  if (known) return known;
  const extra = multilingualNames().extraEntities.get(key);
  return extra ? { key, kind: 'organization', name: extra.name, country: null, origin: 'gazetteer' } : null;
}

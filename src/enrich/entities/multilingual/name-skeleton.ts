/**
 * A spelling-independent key for a personal or place name across scripts and transcription habits: the name is
 * transliterated to Latin (the `transliteration` package), folded, and the letters that transcriptions of one sound
 * disagree on are merged (z/s, w/v, kh/ch/h, y/j/i, ngy/ny, c/k, ts/tz/z, doubled letters), trailing vowels dropped.
 * Зеленский, Zelensky, Zelenskyy, Zelenskiy and Selenskyj all give "selensk"; Путин and Putin give "putin";
 * Захарова, Zakharova and Sacharowa give "saharov". Linear: a fixed chain of simple replacements.
 */
import { transliterate } from 'transliteration';
import { fold } from '../fold.ts';

const STEPS: Array<[RegExp, string]> = [
  [/tsch/g, 'ch'],
  [/shch/g, 'sh'],
  [/sch/g, 'sh'],
  [/dzh|dsch|dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh|ch/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/c(?=[eiy]|$)/g, 's'],
  [/c/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/tz|ts|z/g, 's'],
  [/[yj]/g, 'i'],
  // "ng" before a glide is written "ny" or "nj" by some transcriptions: Pyongyang, Pjöngjang, Pionyang.
  [/ngi/g, 'ni'],
  [/([a-z])\1+/g, '$1'],
  [/[aeiou]+$/, ''],
];

/**
 * Names recur, within an article and across a stream of them, and a skeleton costs a transliteration and eighteen
 * replacements: words are remembered, and the memo is emptied when full.
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 20_000;

export function nameSkeleton(word: string): string {
  let skeleton = memo.get(word);
  if (skeleton === undefined) {
    skeleton = skeletonOf(word);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(word, skeleton);
  }
  return skeleton;
}

function skeletonOf(word: string): string {
  let s = fold(transliterate(word)).replace(/[^a-z]/g, '');
  for (const [from, to] of STEPS) s = s.replace(from, to);
  return s;
}

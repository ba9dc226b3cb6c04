/**
 * The reaction cues of one language (data/multilingual-cues.json, built by scripts/data/build-multilingual-cues.ts
 * from bilingual dictionaries and a small supplement), stemmed once with the language's Snowball stemmer so every
 * inflection of a word matches ("begrüßte", "saluent", "rechazó", "приветствовала").
 */
import { readFileSync } from 'node:fs';
import type { Stance } from '../../../domain/enrichment.ts';
import { fold, stemmerFor } from '../../../text/index.ts';
import type { LanguageGrammar } from './language-grammar.ts';

export interface LanguageCue {
  /** The stems of its words, in order. */
  stems: string[];
  /** A separable particle that must follow the verb in its clause ("lehnte … ab"), or null. */
  particle: string | null;
  stance: Stance;
  cameo: string | null;
  words: string;
}

interface CueFile {
  languages: Record<string, { words: string; stance: Stance; cameo: string | null }[]>;
}

const DATA = new URL('../data/multilingual-cues.json', import.meta.url);
let file: CueFile | null = null;
const byLanguage = new Map<string, LanguageCue[]>();

/** Reflexive pronouns of an infinitive ("sich äußern", "se féliciter") stay out of the pattern. */
const REFLEXIVE = new Set(['sich', 'se', 's', 'si']);

export function cuesFor(grammar: LanguageGrammar): LanguageCue[] {
  let cues = byLanguage.get(grammar.language);
  if (cues) return cues;
  file ??= JSON.parse(readFileSync(DATA, 'utf8')) as CueFile;
  const stem = stemmerFor(grammar.language);
  cues = [];
  for (const entry of file.languages[grammar.language] ?? []) {
    const words = entry.words.split(/[\s']+/).filter((w) => w && !REFLEXIVE.has(fold(w)));
    if (words.length === 0) continue;
    const stems = words.map((w) => stem(w));
    cues.push({ stems, particle: null, stance: entry.stance, cameo: entry.cameo, words: entry.words });
    // A separable verb ("ablehnen", "anbieten") also matches split: its base verb with the particle later on.
    const first = fold(words[0]!);
    const particle = words.length === 1 ? grammar.separableParticles?.find((p) => first.startsWith(p) && first.length - p.length >= 5) : undefined;
    if (particle) cues.push({ stems: [stem(words[0]!.slice(particle.length))], particle, stance: entry.stance, cameo: entry.cameo, words: entry.words });
  }
  byLanguage.set(grammar.language, cues);
  return cues;
}

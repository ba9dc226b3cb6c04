/**
 * The CAMEO verb lexicon: every verb form of the PETRARCH2 verb dictionary with its CAMEO code, refined by the
 * dictionary's post-verb patterns ("express concern" 012, "express condolences" 018), and the documented mapping
 * from CAMEO codes to stances (data/cameo-stances.json). Data converted by scripts/data/convert-cameo-verbs.ts.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { STANCES, type Stance } from '../../domain/enrichment.ts';

const patternSchema = z.object({ slots: z.array(z.array(z.string())), code: z.string().nullable() });
const verbsSchema = z.object({
  forms: z.record(z.string(), z.string()),
  lemmas: z.record(z.string(), z.object({ code: z.string().nullable(), block: z.number().int() })),
  blocks: z.array(z.array(patternSchema)),
  goldstein: z.record(z.string(), z.number()),
});
const stancesSchema = z.object({
  codes: z.record(z.string(), z.enum(STANCES)),
  weak: z.array(z.string()),
  notReactions: z.array(z.string()),
  ignoredLemmas: z.array(z.string()),
  patternOnlyLemmas: z.array(z.string()),
  // 'none': with this object the code is no reaction ("expressed its condolences" is sympathy, no stance).
  objects: z.record(z.string(), z.record(z.string(), z.enum([...STANCES, 'none']))),
});

export interface CameoPattern {
  slots: string[][];
  code: string | null;
}

export interface CameoLexicon {
  /** verb form (possibly several words, space-joined) -> lemma */
  forms: Map<string, string>;
  /** the longest verb form, in words */
  maxFormWords: number;
  lemmas: Map<string, { code: string | null; patterns: readonly CameoPattern[] }>;
  goldstein: Map<string, number>;
  stances: z.infer<typeof stancesSchema>;
}

let cached: CameoLexicon | null = null;

function read<T>(name: string, schema: z.ZodType<T>): T {
  const url = new URL(`./data/${name}`, import.meta.url);
  const parsed = schema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) throw new Error(`reactions: invalid ${name}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function cameoLexicon(): CameoLexicon {
  if (cached) return cached;
  const verbs = read('cameo-verbs.json', verbsSchema);
  const stances = read('cameo-stances.json', stancesSchema);
  const lemmas = new Map<string, { code: string | null; patterns: readonly CameoPattern[] }>();
  const patternOnly = new Set(stances.patternOnlyLemmas);
  // A pattern-only verb's own code is not read: it reacts through its patterns alone ("expressed concern").
  for (const [lemma, { code, block }] of Object.entries(verbs.lemmas)) lemmas.set(lemma, { code: patternOnly.has(lemma) ? null : code, patterns: verbs.blocks[block] ?? [] });
  const forms = new Map(Object.entries(verbs.forms));
  let maxFormWords = 1;
  for (const form of forms.keys()) maxFormWords = Math.max(maxFormWords, form.split(' ').length);
  cached = { forms, maxFormWords, lemmas, goldstein: new Map(Object.entries(verbs.goldstein)), stances };
  return cached;
}

function longestPrefix<T>(code: string, table: Record<string, T>): T | undefined {
  for (let n = code.length; n >= 2; n--) {
    const hit = table[code.slice(0, n)];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** The stance a CAMEO code gives a reaction, refined by the pattern's object word; null: not a reaction. */
export function stanceOfCode(lexicon: CameoLexicon, code: string, object: string | null): Stance | null {
  const { stances } = lexicon;
  if (stances.notReactions.some((c) => code === c)) return null;
  const byObject = object ? (longestPrefix(code, stances.objects)?.[object] ?? stances.objects['*']?.[object]) : undefined;
  if (byObject === 'none') return null;
  return byObject ?? longestPrefix(code, stances.codes) ?? null;
}

/** Codes an actor also uses about its own move (pledges, appeals): not a reaction for the event's own actor. */
export function isWeakCode(lexicon: CameoLexicon, code: string): boolean {
  return lexicon.stances.weak.some((prefix) => code.startsWith(prefix));
}

/** CAMEO 07, provide aid: an act of giving, which the extractors keep beside what the same actor says. */
export function isAidCode(code: string | null | undefined): boolean {
  return code?.startsWith('07') === true;
}

/** CAMEO 02, appeal: asking others to act. */
export function isAppealCode(code: string | null | undefined): boolean {
  return code?.startsWith('02') === true;
}

/** The Goldstein score of a code, falling back to its parent code ("0311" -> "031" -> "03"). */
export function goldsteinOf(lexicon: CameoLexicon, code: string | null): number | null {
  if (!code) return null;
  for (let n = code.length; n >= 2; n--) {
    const score = lexicon.goldstein.get(code.slice(0, n));
    if (score !== undefined) return score;
  }
  return null;
}

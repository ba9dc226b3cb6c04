/**
 * The reaction cue lexicon (data/reaction-cues.json, editable by analysts): phrases with the stance each signals,
 * validated with zod and compiled once on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { STANCES, type Stance } from '../../domain/enrichment.ts';
import { ConfigError } from '../../domain/errors.ts';
import { compileCuePattern } from './cue-pattern.ts';

export const DEFAULT_CUES_PATH = fileURLToPath(new URL('./data/reaction-cues.json', import.meta.url));

const cueSchema = z.strictObject({
  pattern: z.string().trim().min(1),
  stance: z.enum(STANCES),
  /** Also said by an actor about its own move ("ready to", "needed"): ignored for the headline's actors. */
  weak: z.boolean().default(false),
  /** A reaction only in what its actor is reported to say ("said Chad had every right to …"), not in narration. */
  reported: z.boolean().default(false),
  /** The CAMEO code the cue stands for (a cue outside the verb dictionary: "skeptical" 012, "illegal" 111). */
  cameo: z.string().regex(/^\d{2,4}$/).nullable().default(null),
});

const lexiconSchema = z.strictObject({
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  cues: z.array(cueSchema).min(1),
});

export interface Cue {
  pattern: string;
  stance: Stance;
  weak: boolean;
  reported: boolean;
  cameo: string | null;
  /** Sticky: matches at a token start of the clause's joined normalized tokens. */
  regex: RegExp;
  firstWords: string[] | null;
}

/** Validates lexicon JSON already read; `source` names it in error messages. */
export function parseCueLexicon(json: unknown, source: string): Cue[] {
  const result = lexiconSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`Invalid reaction cue lexicon ${source}: ${issues.join('; ')}`);
  }
  return result.data.cues.map((cue, i) => {
    const compiled = compileCuePattern(cue.pattern);
    if (typeof compiled === 'string') {
      throw new ConfigError(`Invalid reaction cue lexicon ${source}: cues.${i} "${cue.pattern}": ${compiled}`);
    }
    return { ...cue, ...compiled };
  });
}

export function loadCueLexicon(path: string = DEFAULT_CUES_PATH): Cue[] {
  return parseCueLexicon(readJson(path, 'reaction cue lexicon'), path);
}

export function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`Cannot read ${what} ${path}: ${(e as Error).message}`, { cause: e });
  }
}

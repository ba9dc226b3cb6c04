/**
 * The command line the multilingual eval scripts share: --split (default tune), --errors, --lang. An unknown split
 * would score nothing and print perfect figures, so it is refused with the splits the labels hold.
 */
import type { MultilingualLabels } from '../../tests/support/multilingual-corpus.ts';

export interface MultilingualEvalOptions {
  split: string;
  errors: boolean;
  /** One language only, or null for all. */
  only: string | null;
}

export function readMultilingualEvalOptions(labels: MultilingualLabels, args = process.argv.slice(2)): MultilingualEvalOptions {
  const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] ?? null : null);
  const split = valueOf('--split') ?? 'tune';
  const splits = new Set(Object.values(labels.stories).map((s) => s.split));
  if (!splits.has(split)) {
    console.error(`unknown --split ${split}: one of ${[...splits].sort().join(', ')}`);
    process.exit(2);
  }
  return { split, errors: args.includes('--errors'), only: valueOf('--lang') };
}

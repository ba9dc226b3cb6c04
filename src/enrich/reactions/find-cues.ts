/**
 * Finds the lexicon's cues in a sentence, as token ranges. Only the cues that can start with a token are tried there.
 * A cue inside a longer cue is dropped ("welcomed" inside "cautiously welcomed").
 */
import { firstIndex } from '../../text/first-index.ts';
import type { Stance } from '../../domain/enrichment.ts';
import type { Cue } from './cue-lexicon.ts';
import { mayStartMoney, MONEY_START } from './cue-pattern.ts';
import type { SentenceView } from './sentence-view.ts';
import { joinTokens, type Token } from './tokenize.ts';

/** What a matched cue says: its stance, whether the event's own actor may say it too, its CAMEO code. */
export interface CueSense {
  stance: Stance;
  weak: boolean;
  /** A reaction only after a reporting verb or in a quotation (the lexicon's `reported`). */
  reported?: boolean;
  cameo: string | null;
}

export interface CueMatch {
  cue: CueSense;
  /** First token. */
  start: number;
  /** After the last token. */
  end: number;
  /** The words as written in the sentence. */
  text: string;
}

interface CueIndex {
  byFirstWord: Map<string, Cue[]>;
  /** Cues that can open with an amount of money: tried only where a token can start one. */
  money: Cue[];
  anywhere: Cue[];
}

const indexes = new WeakMap<readonly Cue[], CueIndex>();

function indexOf(cues: readonly Cue[]): CueIndex {
  let index = indexes.get(cues);
  if (index) return index;
  index = { byFirstWord: new Map(), money: [], anywhere: [] };
  for (const cue of cues) {
    if (cue.firstWords === null) {
      index.anywhere.push(cue);
      continue;
    }
    for (const word of new Set(cue.firstWords)) {
      if (word === MONEY_START) {
        index.money.push(cue);
        continue;
      }
      const list = index.byFirstWord.get(word) ?? [];
      list.push(cue);
      index.byFirstWord.set(word, list);
    }
  }
  indexes.set(cues, index);
  return index;
}

export function findCues(view: SentenceView, cues: readonly Cue[]): CueMatch[] {
  const index = indexOf(cues);
  const { tokens } = view;
  // Most sentences hold no cue word: the joined text and its offsets are built only once a cue can start somewhere.
  let joined: { joined: string; offsets: number[] } | null = null;
  const matches: CueMatch[] = [];
  const tryCue = (cue: Cue, start: number, token: Token): void => {
    joined ??= joinTokens(view.norms);
    cue.regex.lastIndex = joined.offsets[start] as number;
    const m = cue.regex.exec(joined.joined);
    if (!m) return;
    const end = tokenStartingAt(joined.offsets, m.index + m[0].length + 1, start) ?? tokens.length;
    const last = tokens[end - 1];
    if (end <= start || !last) return;
    matches.push({ cue, start, end, text: view.text.slice(token.start, last.end) });
  };
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start] as Token;
    const candidates = index.byFirstWord.get(token.norm);
    if (candidates) for (const cue of candidates) tryCue(cue, start, token);
    if (index.money.length > 0 && mayStartMoney(token.norm)) for (const cue of index.money) if (!candidates?.includes(cue)) tryCue(cue, start, token);
    for (const cue of index.anywhere) tryCue(cue, start, token);
  }
  if (matches.length < 2) return matches;
  return matches.filter((m) => !matches.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/**
 * The token whose joined form starts at `offset` (offsets ascend; the match began at token `from`), or undefined
 * when none does: a binary search, not a map of every offset built per sentence.
 */
function tokenStartingAt(offsets: readonly number[], offset: number, from: number): number | undefined {
  const at = firstIndex(from, offsets.length, (i) => (offsets[i] as number) < offset);
  return offsets[at] === offset ? at : undefined;
}

import { firstIndex } from '../../text/first-index.ts';
import type { ActorFinder, ActorMention } from './actor-mention.ts';
import { tokenize, type Token } from './tokenize.ts';

/** A sentence as the extractor reads it: tokens, their normalized forms, and actor mentions by token position. */
export interface SentenceView {
  text: string;
  tokens: Token[];
  norms: string[];
  /** Mention starting at a token index, with the index after its last token. */
  mentionAt: Map<number, { mention: ActorMention; end: number }>;
}

/** Tokens and, when a finder is given, actor mentions. */
export function viewSentence(text: string, findActors: ActorFinder | null): SentenceView {
  const tokens = tokenize(text);
  const view: SentenceView = { text, tokens, norms: tokens.map((t) => t.norm), mentionAt: new Map() };
  return findActors ? addMentions(view, findActors) : view;
}

export function addMentions(view: SentenceView, findActors: ActorFinder): SentenceView {
  const { tokens, mentionAt } = view;
  for (const mention of findActors(view.text)) {
    // The first token ending after the mention's start (token ends ascend): a binary search, not a scan per mention.
    const found = firstIndex(0, tokens.length, (i) => (tokens[i] as Token).end <= mention.start);
    const first = found < tokens.length ? found : -1;
    if (first < 0) continue;
    let end = first;
    while (end < tokens.length && (tokens[end]?.start ?? Infinity) < mention.end) end++;
    // The possessive is the sentence's grammar, not part of the name.
    if (end - 1 > first && tokens[end - 1]?.norm === "'s" && !mention.ownPossessive) end--;
    const existing = mentionAt.get(first);
    if (!existing || existing.end < end) mentionAt.set(first, { mention, end });
  }
  return view;
}


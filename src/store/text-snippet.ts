import { MATCH_END, MATCH_START } from './search-snippet.ts';
import type { SearchNode } from './search-query.ts';

/** A term to highlight: consecutive folded tokens; the last one a prefix when `prefix`. */
export interface HighlightTerm {
  tokens: string[];
  prefix: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

/** Folds a token as FTS5's unicode61 tokenizer with remove_diacritics does: no accents, lower case. */
export function foldToken(token: string): string {
  return token.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The terms a search highlights: every term it includes, at any depth; excluded terms never match a hit. */
export function highlightTerms(node: SearchNode): HighlightTerm[] {
  switch (node.kind) {
    case 'term':
      return [{ tokens: node.tokens.map(foldToken), prefix: node.prefix }];
    case 'or':
      return node.anyOf.flatMap(highlightTerms);
    case 'and':
      return node.include.flatMap(highlightTerms);
  }
}

interface Hit {
  term: number;
  first: number;
  last: number;
}

function tokenize(text: string): { start: number; end: number; folded: string }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldToken(m[0]) }));
}

function hitsIn(tokens: { folded: string }[], terms: readonly HighlightTerm[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    terms.forEach((t, term) => {
      const n = t.tokens.length;
      if (i + n > tokens.length) return;
      for (let k = 0; k < n; k++) {
        const have = tokens[i + k]!.folded;
        const want = t.tokens[k]!;
        if (k === n - 1 && t.prefix ? !have.startsWith(want) : have !== want) return;
      }
      hits.push({ term, first: i, last: i + n - 1 });
    });
  }
  return hits;
}

/** The window of `size` tokens holding the most distinct terms, then the most hits; the earliest of equals. */
function bestWindow(hits: Hit[], size: number): { start: number; distinct: number; count: number } {
  let best = { start: 0, distinct: 0, count: 0 };
  for (const h of hits) {
    // Start a little before the hit, as a reader wants some context ahead of the match.
    const start = Math.max(0, h.first - 2);
    const inside = hits.filter((o) => o.first >= start && o.last < start + size);
    const distinct = new Set(inside.map((o) => o.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count)) best = { start, distinct, count: inside.length };
  }
  return best;
}

/**
 * A snippet of at most `size` tokens around a hit's matches, from the title or the text (whichever window holds more
 * distinct terms; the title on a tie), matches wrapped in MATCH_START/MATCH_END and "…" where text was cut: the
 * format of FTS5's snippet(), built from the page's rows alone. FTS5's snippet() runs the MATCH again for each row,
 * which for a prefix or a common word costs more than ranking the page did.
 */
export function markedSnippet(columns: readonly string[], terms: readonly HighlightTerm[], size: number): string {
  let chosen: { text: string; tokens: ReturnType<typeof tokenize>; hits: Hit[]; start: number } | null = null;
  let bestDistinct = -1;
  let bestCount = -1;
  for (const text of columns) {
    const tokens = tokenize(text);
    const hits = hitsIn(tokens, terms);
    const w = bestWindow(hits, size);
    if (w.distinct > bestDistinct || (w.distinct === bestDistinct && w.count > bestCount)) {
      chosen = { text, tokens, hits, start: w.start };
      bestDistinct = w.distinct;
      bestCount = w.count;
    }
  }
  if (!chosen || chosen.tokens.length === 0) return '';
  const { text, tokens, hits } = chosen;
  const start = Math.min(chosen.start, Math.max(0, tokens.length - size));
  const end = Math.min(tokens.length, start + size) - 1;
  let out = start > 0 ? '…' : '';
  let at = start > 0 ? tokens[start]!.start : 0;
  // Overlapping hits (a prefix and a word on the same token) merge into one marked span.
  const spans = hits
    .filter((h) => h.first >= start && h.last <= end)
    .map((h) => [tokens[h.first]!.start, tokens[h.last]!.end] as const)
    .sort((a, b) => a[0] - b[0]);
  for (const [from, to] of spans) {
    if (from < at) continue;
    out += text.slice(at, from) + MATCH_START + text.slice(from, to) + MATCH_END;
    at = to;
  }
  // A snippet that reaches the end of the column keeps its closing punctuation, as FTS5's does.
  out += end < tokens.length - 1 ? `${text.slice(at, tokens[end]!.end)}…` : text.slice(at);
  return out;
}

/**
 * Evaluates a parsed search query (src/store/search-query.ts, the syntax users already type into `articles(query:)`)
 * against one article's text in memory, tokenized as the full-text engines do: letter/number runs, lower-cased,
 * diacritics folded, no stemming. A term is a word or phrase (consecutive words); a prefix term's last word may be
 * any word starting so.
 */
import type { SearchNode } from '../../store/search-query.ts';
import { fold } from './tokenize.ts';

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

export interface QueryText {
  words: string[];
  positions: Map<string, number[]>;
}

export function queryText(text: string): QueryText {
  const words = [...fold(text.normalize('NFKC')).matchAll(TOKEN)].map((m) => m[0]);
  const positions = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = positions.get(w);
    if (list) list.push(i);
    else positions.set(w, [i]);
  });
  return { words, positions };
}

export function matchesQuery(node: SearchNode, doc: QueryText): boolean {
  switch (node.kind) {
    case 'term':
      return termOccurs(node.tokens.map(fold), node.prefix, doc);
    case 'or':
      return node.anyOf.some((n) => matchesQuery(n, doc));
    case 'and':
      return node.include.every((n) => matchesQuery(n, doc)) && !node.exclude.some((n) => matchesQuery(n, doc));
  }
}

function termOccurs(tokens: string[], prefix: boolean, doc: QueryText): boolean {
  const last = tokens.length - 1;
  const wordAt = (k: number, w: string | undefined) => w !== undefined && (k === last && prefix ? w.startsWith(tokens[k]!) : w === tokens[k]);
  const starts = last === 0 && prefix ? doc.words.map((_, i) => i) : (doc.positions.get(tokens[0]!) ?? []);
  return starts.some((s) => tokens.every((_, k) => wordAt(k, doc.words[s + k])));
}

import type { ClusterVector } from '../domain/story.ts';
import { articleTerms, type ArticleTerms } from './terms.ts';
import { articleVector, entityTerm, idf, yearTerm } from './vector.ts';

/** An article as the clusterer reads it: its terms, and the keys it counts under in the document frequencies. */
export interface ArticleDocument {
  terms: ArticleTerms;
  /** Distinct document-frequency keys: words, names, numbers, lead terms, years and entities. */
  keys: string[];
}

export function articleDocument(a: { title: string; text: string; entities: readonly { key: string }[] }): ArticleDocument {
  const terms = articleTerms(a.title, a.text);
  const keys = [...terms.words.keys(), ...terms.specifics.keys(), ...terms.lead.keys(), ...[...terms.years].map(yearTerm), ...a.entities.map((e) => entityTerm(e.key))];
  return { terms, keys: [...new Set(keys)] };
}

/** The document's vector weighted by the document frequencies of a store holding `docs` documents. */
export function vectorize(
  doc: ArticleDocument,
  entities: readonly { key: string; name: string; salience: number }[],
  topics: readonly string[],
  df: ReadonlyMap<string, number>,
  docs: number,
): ClusterVector {
  const n = Math.max(docs, 1);
  return articleVector(doc.terms, entities, topics, (t) => idf(df.get(t) ?? 1, n), idf(1, n));
}

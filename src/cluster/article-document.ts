import type { ClusterVector } from '../domain/story.ts';
import { baseLanguage } from '../text/language-tags.ts';
import { backgroundWeight } from './background-weights.ts';
import { CLUSTER_PARAMS } from './params.ts';
import { articleTerms } from './terms.ts';
import { articleVector } from './vector.ts';

/** What the clusterer reads of an article to build its vector. */
export interface ArticleInput {
  title: string;
  text: string;
  /** The detected language (the feed's as a fallback); null when unknown. */
  language: string | null;
  entities: readonly { key: string; name: string; salience: number }[];
  topics: readonly string[];
}

/**
 * An article's vector: a pure function of the article alone. Words weigh by their rarity in a fixed background
 * (background-weights.ts), names and numbers fully, entities by salience (countries, named by many unrelated
 * stories, less): nothing depends on which other articles the store holds, so the vector, and every score built
 * on it, is the same whatever order articles arrive in.
 */
export function vectorOf(a: ArticleInput): ClusterVector {
  const language = baseLanguage(a.language);
  const terms = articleTerms(a.title, a.text, language);
  const p = CLUSTER_PARAMS;
  const weightOf = (term: string): number => {
    if (term.startsWith('@')) return term.startsWith('@country:') ? p.countryWeight : 1;
    if (term.startsWith('#') || term.startsWith('y:')) return 1;
    const word = term.startsWith('^') ? term.slice(1) : term;
    return backgroundWeight(word, language) ** p.backgroundExponent;
  };
  return { ...articleVector(terms, a.entities, a.topics, weightOf, 1), lang: language };
}

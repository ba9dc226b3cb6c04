/** A language's function words, folded: the `stopword` package's list, as src/text/stopwords.ts reads it at run time. */
import { createRequire } from 'node:module';
import { fold } from '../../src/enrich/entities/fold.ts';
import { part3 } from '../../src/text/language-tags.ts';

export function functionWords(language: string): Set<string> {
  const lists = createRequire(import.meta.url)('stopword') as Record<string, unknown>;
  const list = lists[part3(language) ?? ''];
  return new Set((Array.isArray(list) ? (list as string[]) : []).map((w) => fold(w)));
}

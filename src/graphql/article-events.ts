import type { Article } from '../domain/article.ts';

/**
 * Where "an article was stored" events travel. In process today; the interface is small so a PostgreSQL
 * LISTEN/NOTIFY implementation can carry the same events across processes.
 */
export interface ArticleEvents {
  publish(article: Article): void;
  subscribe(signal?: AbortSignal): AsyncIterable<Article>;
}

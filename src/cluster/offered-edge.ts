import type { ArticleEdge, EdgeReasons } from '../domain/story.ts';

/**
 * A related-article pair offered to both its articles' lists, its reasons worked out only when a list keeps it or
 * compares it with a stored row: a newcomer offers a pair to each related candidate, and most offers rank below the
 * lists' best few. Both directions share one reading.
 */
export function offeredEdges(articleId: string, relatedId: string, score: number, reasonsOf: () => EdgeReasons): [ArticleEdge, ArticleEdge] {
  let reasons: EdgeReasons | undefined;
  const read = () => (reasons ??= reasonsOf());
  return [new OfferedEdge(articleId, relatedId, score, read), new OfferedEdge(relatedId, articleId, score, read)];
}

class OfferedEdge implements ArticleEdge {
  constructor(
    readonly articleId: string,
    readonly relatedId: string,
    readonly score: number,
    private readonly read: () => EdgeReasons,
  ) {}
  get reasons(): EdgeReasons {
    return this.read();
  }
}

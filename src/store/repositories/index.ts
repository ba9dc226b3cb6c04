import type { Db } from '../db.ts';
import { ArticleRepository } from './article-repository.ts';
import { FeedRepository } from './feed-repository.ts';
import { FetchRepository } from './fetch-repository.ts';
import { SourceRepository } from './source-repository.ts';

export interface Repositories {
  sources: SourceRepository;
  feeds: FeedRepository;
  fetches: FetchRepository;
  articles: ArticleRepository;
}

export function createRepositories(db: Db): Repositories {
  return {
    sources: new SourceRepository(db),
    feeds: new FeedRepository(db),
    fetches: new FetchRepository(db),
    articles: new ArticleRepository(db),
  };
}

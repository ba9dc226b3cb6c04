/**
 * The entry of a search reader thread (run by search-pool.ts, never imported by the API's code): full-text searches on
 * SQLite run here, on a connection of the thread's own, so walking a long FTS5 doclist never holds the event loop
 * that answers every other request. The connection opens at the thread's first search.
 */
import { workerData } from 'piscina';
import type { Config } from '../config/config.ts';
import { createDb } from '../store/db.ts';
import type { ArticleQueryFilter } from '../store/repositories/article-filter-sql.ts';
import type { KeysetWindow } from '../store/repositories/keyset.ts';
import { SearchRepository, type ScoreKey, type SearchOptions, type SearchPage } from '../store/repositories/search-repository.ts';
import type { SearchQuery } from '../store/search-query.ts';

/** One search, as the API's resolvers ask SearchRepository for it (plain data: it crosses the thread boundary). */
export interface SearchTask {
  query: SearchQuery;
  filter: ArticleQueryFilter;
  window: KeysetWindow<ScoreKey>;
  options: SearchOptions;
}

const config = (workerData as { config: Config }).config;
let repository: SearchRepository | null = null;

export default async function runSearch(task: SearchTask): Promise<SearchPage> {
  repository ??= new SearchRepository(createDb(config));
  return repository.search(task.query, task.filter, task.window, task.options);
}

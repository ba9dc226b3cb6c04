/**
 * Profiling aid: the front page through GraphQL in process, many times, on a store of `--articles` synthetic articles,
 * so `node --cpu-prof --import tsx tests/bench/profile-front-page.ts --articles 20000` shows where its time goes.
 */
import { createTestStore } from '../support/databases.ts';
import { printFrontPage } from './api-load.ts';
import { compareFrontPage } from './front-page.ts';
import { seedArticles } from './seed-articles.ts';

const i = process.argv.indexOf('--articles');
const articles = i >= 0 ? Number(process.argv[i + 1]) : 20_000;
const j = process.argv.indexOf('--iterations');
const iterations = j >= 0 ? Number(process.argv[j + 1]) : 1000;
const store = await createTestStore('sqlite');
try {
  await seedArticles(store.db, articles, 40, { storySize: 5, text: 'zipf' });
  const rows = await compareFrontPage(store, iterations);
  printFrontPage(rows);
} finally {
  await store.cleanup();
}

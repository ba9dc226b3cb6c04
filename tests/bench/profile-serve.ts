/**
 * Profiling aid: `newsgraph serve` under the load generator with `--cpu-prof`, so the profile shows where a request's
 * CPU goes in the serving process. `node --import tsx tests/bench/profile-serve.ts --articles 20000 --scenario front
 * --cache-ms 5000 --dir /tmp/prof` writes a .cpuprofile into --dir (open it in Chrome DevTools or summarise it).
 */
import { createTestStore } from '../support/databases.ts';
import { FRONT_PAGE_QUERY } from './front-page.ts';
import { runLoad } from './load-generator.ts';
import { seedArticles } from './seed-articles.ts';
import { startServeProcess } from './serve-process.ts';
import { STORY_FRONT_PAGE_QUERY } from './story-front-page.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const articles = Number(option('--articles', '20000'));
const scenario = option('--scenario', 'front');
const dir = option('--dir', '/tmp/newsgraph-prof');
const seconds = Number(option('--seconds', '5'));
const query = scenario === 'hot' ? STORY_FRONT_PAGE_QUERY : FRONT_PAGE_QUERY;
const store = await createTestStore('sqlite');
try {
  await seedArticles(store.db, articles, 40, { storySize: 5, text: 'zipf' });
  const serve = await startServeProcess(store.databaseUrl, { API_RESPONSE_CACHE_TTL_MS: option('--cache-ms', '0') }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  try {
    const request = { method: 'POST' as const, path: '/graphql', body: JSON.stringify({ query }) };
    await runLoad(serve.origin, request, { connections: 1, durationMs: 500 });
    const cpu0 = serve.cpuMs();
    const r = await runLoad(serve.origin, request, { connections: 50, durationMs: seconds * 1000 });
    console.log('%s: %d req/s, p50 %s ms, p99 %s ms, %d errors, serve CPU %s ms/req', scenario, Math.round(r.rps), r.p50ms.toFixed(1), r.p99ms.toFixed(1), r.errors, ((serve.cpuMs() - cpu0) / r.requests).toFixed(2));
  } finally {
    await serve.stop();
  }
} finally {
  await store.cleanup();
}

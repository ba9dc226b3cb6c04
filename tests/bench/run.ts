// `npm run bench`: measures each stage in one run and reports ratios to a baseline measured in the same run.
import setup from '../support/global-setup.ts';

await setup();
const { benchIngest } = await import('./ingest-throughput.ts');
const { closeFetchDispatchers } = await import('../../src/ingest/fetch/dispatcher-pool.ts');

console.log('newsgraph benchmarks (node %s, %s)', process.version, new Date().toISOString());
console.log('\nIngest throughput, synthetic news feeds (20 feeds x 50 items x 3 rounds):');
const rows = await benchIngest();
console.table(rows.map((r) => ({ stage: r.stage, 'items/s': Math.round(r.itemsPerSecond), 'ratio to parse': r.ratioToParse.toFixed(2) })));
const { benchEnrich } = await import('./enrich-throughput.ts');
console.log('\nEnrichment throughput on typical news items (world-news corpus x 20), next to parsing in the same run:');
const enrich = await benchEnrich();
console.table(enrich.map((r) => ({ stage: r.stage, 'items/s': Math.round(r.itemsPerSecond), 'ratio to parse': r.ratioToParse.toFixed(2) })));

const { benchFrontPage } = await import('./front-page.ts');
console.log('\nFront page query (50 newest articles with source and feeds) at 100k articles on SQLite:');
const front = await benchFrontPage();
console.table(front.map((r) => ({ handler: r.handler, 'p50 ms': r.p50ms.toFixed(2), 'p95 ms': r.p95ms.toFixed(2), 'SQL statements': r.statements })));
console.log('GraphQL / hand-written p50 ratio: %s', (front[0]!.p50ms / front[1]!.p50ms).toFixed(2));
await closeFetchDispatchers();

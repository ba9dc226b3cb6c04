// `npm run bench`: measures each stage in one run and reports ratios to a baseline measured in the same run.
import type { Dialect } from '../../src/store/db.ts';
import setup from '../support/global-setup.ts';

await setup();
const { benchIngest } = await import('./ingest-throughput.ts');
const { closeFetchDispatchers } = await import('../../src/ingest/fetch/dispatcher-pool.ts');

console.log('newsgraph benchmarks (node %s, %s)', process.version, new Date().toISOString());
/** `--name value` from the command line. */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// `npm run bench -- --fetch-cost-only [--feeds 400]`: CPU per fetch by stage in one warm process (tests/bench/fetch-cost.ts).
if (process.argv.includes('--fetch-cost-only')) {
  const { benchFetchCost } = await import('./fetch-cost.ts');
  const r = await benchFetchCost(Number(option('--feeds') ?? 400));
  console.log(`\nCPU per first fetch of a fleet feed (${r.feeds} feeds, ${r.articlesPerFetch.toFixed(1)} new articles each), one warm process on PostgreSQL, ms:`);
  console.table([
    {
      'fetch (HTTP)': r.fetchMs.toFixed(2),
      'parse + normalise': r.parseNormalizeMs.toFixed(2),
      'whole ingest pass': r.passMs.toFixed(2),
      'one lease UPDATE': r.leaseStatementMs.toFixed(3),
      'ULID, CSPRNG per char (µs)': (r.idDefaultMs * 1000).toFixed(2),
      'ULID, pooled bytes (µs)': (r.idPooledMs * 1000).toFixed(2),
    },
  ]);
  process.exit(0);
}
// `npm run bench -- --health-only [--articles 20000] [--feeds 5000,100000] [--max-items 1000]`: only /health and the front page while
// serve ingests big feeds (its ingest runs on a worker thread; the API's event loop only serves).
const healthBench = async () => {
  const { benchHealthUnderIngest, printHealthUnderIngest } = await import('./health-under-ingest.ts');
  const feeds = option('--feeds')?.split(',').map(Number);
  printHealthUnderIngest(
    await benchHealthUnderIngest({
      articles: Number(option('--articles') ?? 20_000),
      ...(feeds ? { feeds } : {}),
      ...(option('--max-items') ? { maxItemsPerFeed: Number(option('--max-items')) } : {}),
      log: (m) => console.log(m),
    }),
  );
};
if (process.argv.includes('--health-only')) {
  await healthBench();
  process.exit(0);
}

// `npm run bench -- --search-only [--articles 1000000] [--dialect sqlite,postgres] [--seconds 10] [--sqlite-file f.db]
// [--pg-url postgres://…/db (an existing database, filled once and kept)] [--no-load] [--cache-ms 0,60000]`: search at scale (where each kind of search spends its time, then under load against serve, and serve RSS).
if (process.argv.includes('--search-only')) {
  const { benchSearchScale, printSearchScale } = await import('./search-scale.ts');
  for (const dialect of (option('--dialect') ?? 'sqlite').split(',') as ('sqlite' | 'postgres')[]) {
    for (const articles of (option('--articles') ?? '200000').split(',').map(Number)) {
      const sqliteFile = option('--sqlite-file');
      const postgresUrl = option('--pg-url');
      for (const cacheMs of (option('--cache-ms') ?? '0').split(',').map(Number)) {
        printSearchScale(
          await benchSearchScale({
            cacheMs,
            dialect,
            articles,
            connections: 50,
            durationMs: Number(option('--seconds') ?? 10) * 1000,
            noLoad: process.argv.includes('--no-load'),
            ...(sqliteFile ? { sqliteFile } : {}),
            ...(postgresUrl ? { postgresUrl } : {}),
            log: (m) => console.log(m),
          }),
        );
      }
    }
  }
  process.exit(0);
}

// `npm run bench -- --cluster-only [--cluster-sizes 10000,100000] [--dialect sqlite|postgres] [--sample 500]`: only the
// clustering cost (1000000 is accepted; filling a store of a million articles by real clustering takes hours on two
// cores, so the bench prints what a fill to a million would take at this fill's cost per article).
const clusterBench = async (keepStore: boolean) => {
  const { benchClusterCost } = await import('./cluster-cost.ts');
  const sizes = option('--cluster-sizes')?.split(',').map(Number) ?? [10_000, 100_000];
  const last = sizes.at(-1)!;
  const dialect = (option('--dialect') ?? 'sqlite') as 'sqlite' | 'postgres';
  const sample = Number(option('--sample') ?? 500);
  console.log(
    `\nClustering cost per new article at ${sizes.join(', ')} stored articles on ${dialect} (synthetic news, ~1000 a day, every article clustered; ${sample} new articles each):`,
  );
  const cluster = await benchClusterCost({ sizes, sample, dialect, keepStore, log: (m) => console.log(m) });
  console.table(
    cluster.rows.map((r) => ({
      'stored articles': r.stored,
      'ms / article': r.msPerArticle.toFixed(2),
      'CPU ms / article': r.cpuMsPerArticle.toFixed(2),
      'SQL statements / article': r.statementsPerArticle.toFixed(1),
      'ANALYZE ms / article': r.analyzeMsPerArticle.toFixed(2),
      'slowest call ms': r.slowestCallMs.toFixed(0),
      'slowest ANALYZE articles ms': r.slowestAnalyzeArticlesMs.toFixed(0),
      'joined a story': r.joined,
      'founded one': r.founded,
      merges: r.merges,
    })),
  );
  console.log('%d / %d cost ratio: %s in wall time, %s in CPU time (should stay under 2)', last, sizes[0], cluster.ratio.toFixed(2), cluster.cpuRatio.toFixed(2));
  const seeded = cluster.seeding;
  console.log(
    'store filled: %d articles stored with their enrichment (%s ms each), then clustered by the same clusterer, 500 a call (%s ms, %s CPU ms each)',
    seeded.articles,
    (seeded.storeMs / seeded.articles).toFixed(2),
    (seeded.clusterMs / seeded.articles).toFixed(2),
    (seeded.clusterCpuMs / seeded.articles).toFixed(2),
  );
  if (last < 1_000_000) {
    // Why a million is not filled here: the fill is real clustering, so it takes the cost per article times the articles.
    const perArticle = seeded.clusterCpuMs / seeded.articles;
    console.log('a fill to 1000000 articles at this fill\'s cost (%s CPU ms each) would take %s CPU hours on one core', perArticle.toFixed(2), ((perArticle * 1_000_000) / 3_600_000).toFixed(1));
  }
  return cluster;
};
if (process.argv.includes('--cluster-only')) {
  await clusterBench(false);
  process.exit(0);
}

// `npm run bench -- --cluster-digest-only [--articles 5000] [--per-call 25] [--batch 50] [--dialect sqlite|postgres]
// [--dump file]`: a digest of what clustering made of the synthetic stream, to compare two builds' output.
if (process.argv.includes('--cluster-digest-only')) {
  const { benchClusterDigest } = await import('./cluster-digest.ts');
  const dump = option('--dump');
  const batch = option('--batch');
  const r = await benchClusterDigest({
    articles: Number(option('--articles') ?? 5000),
    perCall: Number(option('--per-call') ?? 25),
    ...(batch ? { batchSize: Number(batch) } : {}),
    dialect: (option('--dialect') ?? 'sqlite') as Dialect,
    ...(dump ? { dump } : {}),
  });
  console.log(`\nClustering output of ${r.articles} synthetic articles (${r.cpuMsPerArticle.toFixed(2)} CPU ms per article): ${JSON.stringify(r.counts)}`);
  console.log(`digest ${r.digest}`);
  process.exit(0);
}

// `npm run bench -- --cluster-workers-only [--articles 3000] [--workers 1,2] [--dialect postgres|sqlite]`: clustering
// throughput with N worker processes draining one queue at once, and whether their stories equal one worker's.
if (process.argv.includes('--cluster-workers-only')) {
  const { benchClusterWorkers } = await import('./cluster-workers.ts');
  const articles = Number(option('--articles') ?? 3000);
  const workers = (option('--workers') ?? '1,2').split(',').map(Number);
  const dialect = (option('--dialect') ?? 'postgres') as Dialect;
  console.log(`\nClustering by ${workers.join(' / ')} worker processes on one ${dialect} store (${articles} synthetic articles, the real work queue):`);
  const rows = await benchClusterWorkers({ articles, workers, dialect, log: (m) => console.log(m) });
  console.table(
    rows.map((r) => ({
      workers: r.workers,
      clustered: r.articles,
      's': r.seconds.toFixed(1),
      'articles/s': r.articlesPerSecond.toFixed(1),
      'CPU ms / article': r.cpuMsPerArticle.toFixed(2),
      stories: r.stories,
      'same stories as 1 worker': r.sameAsOne ? 'yes' : 'NO',
    })),
  );
  const one = rows.find((r) => r.workers === 1);
  for (const r of rows) if (one && r !== one) console.log('%d workers / 1 worker throughput: %s', r.workers, (r.articlesPerSecond / one.articlesPerSecond).toFixed(2));
  process.exit(0);
}

// `npm run bench -- --cluster-story-only [--items 10000]`: one feed of near-identical items clustered into one story
// with the default work bounds: time per article slice by slice as the story grows, and the whole feed's time.
if (process.argv.includes('--cluster-story-only')) {
  const { benchOneStoryCost } = await import('./one-story-cost.ts');
  const items = Number(option('--items') ?? 10_000);
  console.log(`\nOne feed of ${items} near-identical items clustered into one story on SQLite (default work bounds, as ingestion clusters a fetch):`);
  const r = await benchOneStoryCost({ items, log: (m) => console.log(m) });
  console.table(
    r.slices.map((s) => ({
      'story size before': s.before,
      articles: s.articles,
      'ms / article': s.msPerArticle.toFixed(2),
      'CPU ms / article': s.cpuMsPerArticle.toFixed(2),
      'SQL statements / article': s.statementsPerArticle.toFixed(1),
    })),
  );
  const [first, last] = [r.slices[0]!, r.slices.at(-1)!];
  console.log('stories at the end: %d; last / first slice cost: %s in wall time, %s in CPU time', r.stories, (last.msPerArticle / first.msPerArticle).toFixed(2), (last.cpuMsPerArticle / first.cpuMsPerArticle).toFixed(2));
  console.log('whole feed: stored in %s s, clustered in %s s (%s CPU s)', (r.storeMs / 1000).toFixed(1), (r.clusterMs / 1000).toFixed(1), (r.clusterCpuMs / 1000).toFixed(1));
  process.exit(0);
}

const { benchCliStartup, printCliStartup } = await import('./cli-startup.ts');
console.log('\nCLI start-up, compiled (dist/), a fresh process each run (median of 7):');
printCliStartup(await benchCliStartup());
if (process.argv.includes('--startup-only')) process.exit(0);

// `npm run bench -- --api-only [--articles 20000,1000000] [--dialect sqlite,postgres] [--seconds 10] [--sqlite-file f.db]
// [--pg-url postgres://…/db (an existing database, filled once and kept; then one size)]`: only the API under load (pages,
// search, serve RSS), at each size on each dialect.
if (process.argv.includes('--api-only')) {
  const { benchApiLoad, printApiLoad, printApiSummary } = await import('./api-load.ts');
  const sizes = (option('--articles') ?? '20000').split(',').map(Number);
  const dialects = (option('--dialect') ?? 'sqlite').split(',') as ('sqlite' | 'postgres')[];
  const durationMs = Number(option('--seconds') ?? 10) * 1000;
  const only = option('--only')?.split(',');
  // Without and with the response cache for anonymous reads (API_RESPONSE_CACHE_TTL_MS).
  const caches = (option('--cache-ms') ?? '0,5000').split(',');
  const results = [];
  for (const dialect of dialects) {
    for (const articles of sizes) {
      const envs = caches.map((ttl) => ({ API_RESPONSE_CACHE_TTL_MS: ttl }));
      const kept = option(dialect === 'sqlite' ? '--sqlite-file' : '--pg-url');
      const r = await benchApiLoad({ dialect, articles, durationMs, connections: 50, envs, log: (m) => console.log(m), ...(only ? { only } : {}), ...(kept ? { kept } : {}) });
      printApiLoad(r, 50);
      results.push(r);
    }
  }
  printApiSummary(results, 50);
  process.exit(0);
}
// `npm run bench -- --fleet-only --feeds 75000 --seconds 120 [--speed 1] [--workers 4] [--drain-workers 2] [--concurrency 16]`: ingest at
// fleet scale on PostgreSQL (tests/bench/fleet-simulation.ts). Only when asked: it needs PostgreSQL and minutes.
if (process.argv.includes('--fleet-only')) {
  const { benchFleet, printFleet } = await import('./fleet-simulation.ts');
  printFleet(
    await benchFleet({
      feeds: Number(option('--feeds') ?? 75_000),
      seconds: Number(option('--seconds') ?? 120),
      speed: Number(option('--speed') ?? 1),
      workers: Number(option('--workers') ?? 4),
      drainWorkers: Number(option('--drain-workers') ?? 2),
      ...(option('--cpu-prof') ? { cpuProfDir: option('--cpu-prof')! } : {}),
      concurrency: Number(option('--concurrency') ?? 16),
      log: (m) => console.log(m),
    }),
  );
  process.exit(0);
}
// `npm run bench -- --enrich-only` stops after the 800-word enrichment figures.
const { benchLongArticles } = await import('./enrich-long-articles.ts');
const long = await benchLongArticles();
console.log(`\nEnrichment of ${long.articles} articles of ~${long.meanWords} words, per core (CPU time; target >= 300 articles/s):`);
console.table(long.rows.map((r) => ({ stage: r.stage, 'articles/s per core': Math.round(r.articlesPerCoreSecond), 'ms/article': r.msPerArticle.toFixed(2), 'share of all': `${Math.round(r.shareOfAll * 100)}%` })));
console.log('memory after enrichment: rss %s MiB, heap used %s MiB', long.rssMiB.toFixed(0), long.heapUsedMiB.toFixed(0));
console.log(
  'part-of-speech tagging (wink) within enrichment: %s ms/article over %s tagged sentences, %s% of that pass (the 300/s target allows 3.33 ms/article in all)',
  long.tagging.msPerArticle.toFixed(2),
  long.tagging.callsPerArticle.toFixed(1),
  Math.round(long.tagging.shareOfAll * 100),
);
const { benchEnrichLanguages } = await import('./enrich-languages.ts');
console.log('\nEnrichment and clustering per language, multilingual corpus (articles/s per core, CPU time; clustering: the real clusterer on SQLite, one article per call, all languages in one store):');
console.table(
  (await benchEnrichLanguages()).map((r) => ({
    language: r.language,
    articles: r.articles,
    'mean words': r.words,
    'enrichment/s': Math.round(r.enrichPerCoreSecond),
    'reactions/s': Math.round(r.reactionsPerCoreSecond),
    'clustering/s': Math.round(r.clusterPerCoreSecond),
  })),
);
if (process.argv.includes('--enrich-only')) process.exit(0);
console.log('\nIngest throughput, synthetic news feeds (20 feeds x 50 items x 3 rounds):');
const rows = await benchIngest();
console.table(rows.map((r) => ({ stage: r.stage, 'items/s': Math.round(r.itemsPerSecond), 'ratio to parse': r.ratioToParse.toFixed(2) })));
const { benchHostileParse, printHostileBench } = await import('./hostile-parse.ts');
printHostileBench(await benchHostileParse());
const { benchEnrich } = await import('./enrich-throughput.ts');
console.log('\nEnrichment throughput on typical news items (world-news corpus x 20), next to parsing in the same run (targets: entities >= 300 items/s, topics >= 100 items/s):');
const enrich = await benchEnrich();
console.table(enrich.map((r) => ({ stage: r.stage, 'items/s': Math.round(r.itemsPerSecond), 'ratio to parse': r.ratioToParse.toFixed(2) })));

const { benchFrontPage } = await import('./front-page.ts');
console.log('\nFront page query (50 newest articles with source and feeds) at 100k articles on SQLite:');
const front = await benchFrontPage();
console.table(front.map((r) => ({ handler: r.handler, 'p50 ms': r.p50ms.toFixed(2), 'p95 ms': r.p95ms.toFixed(2), 'SQL statements': r.statements })));
console.log('GraphQL / hand-written p50 ratio: %s', (front[0]!.p50ms / front[1]!.p50ms).toFixed(2));

const cluster = await clusterBench(true);

const { benchStoryFrontPage } = await import('./story-front-page.ts');
const stories = await benchStoryFrontPage({ news: cluster.news! });
console.log(`\nStory front page (20 HOT stories, each with 3 articles, sources and reactions) at ${stories.articles} articles / ${stories.stories} stories on SQLite, 200 requests:`);
console.table([{ 'p50 ms': stories.p50ms.toFixed(2), 'p95 ms': stories.p95ms.toFixed(2), 'SQL statements': stories.statements, ...stories.page }]);
await closeFetchDispatchers();

const { benchExtract, printExtractBench } = await import('./extract-throughput.ts');
console.log('\nPage extraction (24 readability test pages + 32 boilerplate pages, 3 rounds, one thread):');
printExtractBench(await benchExtract());

await healthBench();

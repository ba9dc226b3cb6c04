import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { z } from 'zod';
import { addFeed } from '../../ingest/add-feed.ts';
import type { IngestPassSummary } from '../../scheduler/ingest-pass.ts';
import { createIngestPool } from '../../work/ingest-pool.ts';
import { action } from '../output.ts';
import { openRuntime } from '../runtime.ts';
import { startService, stopOnSignals } from '../start-service.ts';

const corpusDir = new URL('../demo-corpus/', import.meta.url);

const manifestSchema = z.array(
  z.object({
    file: z.string(),
    path: z.string().startsWith('/'),
    contentType: z.string(),
    source: z.string(),
    homepage: z.string().nullable().optional(),
    country: z.string().nullable().optional(),
    language: z.string().nullable().optional(),
  }),
);

/** Serves the demo corpus files on a loopback port, as a publisher's web server would. */
async function serveCorpus(manifest: z.infer<typeof manifestSchema>): Promise<{ server: Server; base: string }> {
  const files = new Map(manifest.map((m) => [m.path, { body: readFileSync(new URL(m.file, corpusDir)), type: m.contentType }]));
  const server = createServer((req, res) => {
    const f = files.get((req.url ?? '/').split('?')[0]!);
    if (!f) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': f.type, 'cache-control': 'max-age=3600' }).end(f.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('serve a bundled sample corpus from a loopback server, ingest it into ./data/demo.db and serve the API (no network needed)')
    .option('--port <n>', 'API port (default PORT or 4000)')
    .option('--database <path>', 'SQLite file for the demo (recreated on each run)', './data/demo.db')
    .action(
      action(async (opts: { port?: string; database: string }) => {
        const manifest = manifestSchema.parse(JSON.parse(readFileSync(new URL('feeds.json', corpusDir), 'utf8')));
        const dbPath = opts.database;
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
        mkdirSync(dirname(resolve(dbPath)), { recursive: true });
        const corpus = await serveCorpus(manifest);
        // The demo's feeds live on loopback, so this process (only) may fetch private addresses; no default feeds.
        const rt = await openRuntime({
          overrides: {
            DATABASE_URL: dbPath,
            ALLOW_PRIVATE_NETWORKS: true,
            SEED_DEFAULT_FEEDS: false,
            ...(opts.port ? { PORT: opts.port } : {}),
          },
        });
        // The corpus is self-contained: its articles' links point to no page worth fetching.
        for (const m of manifest) {
          await addFeed(
            { repos: rt.repos, config: rt.config },
            { url: `${corpus.base}${m.path}`, sourceName: m.source, homepage: m.homepage ?? null, country: m.country ?? null, language: m.language ?? null, discover: false, fullText: 'NEVER' },
          );
        }
        // On the ingest workers' thread, as `serve` and `ingest` run it: this event loop only serves the corpus and,
        // after, the API. The pass waits for its articles' work, so the API opens on enriched, clustered stories.
        const workers = createIngestPool({ config: rt.config, logger: rt.logger, db: rt.db, repos: rt.repos }, { metrics: rt.metrics });
        let summary: IngestPassSummary;
        try {
          summary = await workers.runPass({ mode: { kind: 'all' }, trigger: 'cli', awaitWork: true });
        } finally {
          await workers.close();
        }
        rt.logger.info({ feeds: summary.feeds, articles: summary.itemsNew, errors: summary.errors }, 'demo corpus ingested');
        const s = rt.config.settings;
        // The corpus does not change, so the scheduler stays off: the API is the point of the demo.
        const service = await startService(rt, { scheduler: false, port: s.PORT, host: s.HOST });
        process.stdout.write(
          `newsgraph demo: ${summary.itemsNew} articles from ${summary.feeds} feeds in ${fileURLToPath(new URL(dbPath, `file://${process.cwd()}/`))}\n` +
            `serving on ${service.url} — Ctrl-C to stop\n`,
        );
        await stopOnSignals(rt, {
          ...service,
          stop: async () => {
            await service.stop();
            corpus.server.close();
          },
        });
      }),
    );
}

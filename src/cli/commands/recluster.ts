import type { Command } from 'commander';
import type { ReclusterSummary } from '../../cluster/recluster.ts';
import { clusterContext } from '../enriching-ingest-context.ts';
import { action, printJson } from '../output.ts';
import { parseBatch, parseSince } from '../parse-options.ts';
import { withStopSignal } from '../stop-signal.ts';
import { createProgress } from '../progress.ts';
import { openRuntime } from '../runtime.ts';

/** Kept in step with DEFAULT_CLUSTER_BATCH (cluster-articles.ts), which is not imported here: see the action. */
const DEFAULT_BATCH = 50;

function printSummary(s: ReclusterSummary): void {
  process.stdout.write(
    `recluster (clustering version ${s.version}): ${s.articles} articles in ${s.stories} stories in ${(s.durationMs / 1000).toFixed(1)} s` +
      ` — ${s.duplicates} near-identical copies, ${s.merges} merges` +
      `${s.failed ? `, ${s.failed} failed (see the log; they stay unclustered until the next recluster)` : ''}` +
      `${s.complete ? '' : ' — interrupted; run it again to rebuild the rest'}\n`,
  );
}

export function registerRecluster(program: Command): void {
  program
    .command('recluster')
    .description('rebuild stories from stored articles in publication order, as ingestion would have built them (after a clustering change)')
    .option('--since <date>', 'only rebuild the stories active at or after this date, and the articles published since')
    .option('--batch <n>', `articles per transaction (default ${DEFAULT_BATCH})`)
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nSame stored articles, same stories: a story keeps its id when the same article founds it again; an id that is\n' +
        'gone resolves to the story now holding its founding article. Every batch commits on its own; after an\n' +
        'interruption, run the same command again.',
    )
    .action(
      action(async (opts: { since?: string; batch?: string; json?: boolean }) => {
        const since = opts.since ? parseSince(opts.since) : undefined;
        const batchSize = opts.batch ? parseBatch(opts.batch) : DEFAULT_BATCH;
        // Loaded here, not at the top, like reindex: only this command and ingestion need the clusterer.
        const { recluster } = await import('../../cluster/recluster.ts');
        const rt = await openRuntime({ defaultLogLevel: opts.json ? 'warn' : 'info' });
        try {
          return await withStopSignal(async (signal) => {
            const progress = createProgress('recluster');
            const summary = await recluster(clusterContext(rt), {
              ...(since ? { since } : {}),
              batchSize,
              signal,
              onProgress: ({ done, total, stories }) => progress.update(done, total, `(${stories} stories)`),
          });
          progress.done();
          if (opts.json) printJson(summary);
          else printSummary(summary);
          return summary.complete ? 0 : 130;
          });
        } finally {
          await rt.close();
        }
      }),
    );
}

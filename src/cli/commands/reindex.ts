import type { Command } from 'commander';
import type { ReindexSummary } from '../../enrich/run-enrichment.ts';
import { action, printJson } from '../output.ts';
import { parseBatch, parseSince } from '../parse-options.ts';
import { withStopSignal } from '../stop-signal.ts';
import { createProgress } from '../progress.ts';
import { openRuntime } from '../runtime.ts';

/** Kept in step with DEFAULT_BATCH (run-enrichment.ts), which is not imported here: see the action. */
const DEFAULT_BATCH = 50;

function printSummary(s: ReindexSummary): void {
  process.stdout.write(
    `reindex (enrichment version ${s.version}): ${s.enriched} articles enriched in ${(s.durationMs / 1000).toFixed(1)} s` +
      `${s.failed ? `, ${s.failed} failed (see the log; a later reindex retries them)` : ''}` +
      `${s.complete ? '' : ' — interrupted; run it again to continue'}\n`,
  );
}

export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('enrich stored articles again (language, entities, topics, reactions): those not at the current rules version, or all')
    .option('--all', 'redo every article, not only those behind the current enrichment version')
    .option('--since <date>', 'only articles published at or after this date')
    .option('--batch <n>', `articles per transaction (default ${DEFAULT_BATCH})`)
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nResumable: every batch commits on its own. After an interruption (even of --all), run `newsgraph reindex`\n' +
        'again and it continues with the articles not yet done.',
    )
    .action(
      action(async (opts: { all?: boolean; since?: string; batch?: string; json?: boolean }) => {
        const since = opts.since ? parseSince(opts.since) : undefined;
        const batchSize = opts.batch ? parseBatch(opts.batch) : DEFAULT_BATCH;
        // Loaded here, not at the top: the NLP models take seconds to load, and every other command would pay for it.
        const { reindex } = await import('../../enrich/run-enrichment.ts');
        const rt = await openRuntime({ defaultLogLevel: opts.json ? 'warn' : 'info' });
        try {
          return await withStopSignal(async (signal) => {
            const progress = createProgress('reindex');
            const summary = await reindex(
              { db: rt.db, repos: rt.repos, logger: rt.logger.child({ subsystem: 'enrich' }) },
              {
                ...(since ? { since } : {}),
                all: !!opts.all,
                batchSize,
                signal,
                onProgress: ({ done, total, failed }) => progress.update(done, total, failed ? `(${failed} failed)` : ''),
              },
            );
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

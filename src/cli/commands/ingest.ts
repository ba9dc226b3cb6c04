import type { Command } from 'commander';
import { NotFoundError } from '../../domain/errors.ts';
import { publishChangedStories } from '../../graphql/publish-changed-stories.ts';
import { publishStoredArticles } from '../../graphql/publish-stored-articles.ts';
import { hasDueWork } from '../../scheduler/due-work.ts';
import { emptyPassSummary, type IngestMode, type IngestPassSummary } from '../../scheduler/ingest-pass.ts';
import { newLeaseOwner } from '../../scheduler/lease-owner.ts';
import { createIngestPool } from '../../work/ingest-pool.ts';
import { action, printJson } from '../output.ts';
import { createProgress } from '../progress.ts';
import { openRuntime } from '../runtime.ts';
import { openEventTransport } from '../event-transport.ts';

function printSummary(s: IngestPassSummary): void {
  const out = process.stdout;
  out.write(
    `ingest pass: ${s.feeds} feeds in ${(s.durationMs / 1000).toFixed(1)} s — ${s.ok} updated, ${s.notModified} not modified, ` +
      `${s.unchanged} unchanged, ${s.errors} failed; ${s.itemsNew} new articles, ${s.itemsUpdated} updated\n`,
  );
  if (s.skippedLeased) out.write(`${s.skippedLeased} feeds skipped: another worker holds them\n`);
  for (const r of s.results.filter((x) => x.status === 'error')) {
    out.write(`  failed  ${r.feedUrl}  [${r.errorCode}] ${r.errorMessage}  (next try ${r.nextFetchAt}${r.disabled ? ', feed disabled' : ''})\n`);
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('run one ingest pass over due feeds, then exit (for cron, systemd timers, Kubernetes CronJobs)')
    .option('--all', 'fetch every enabled feed now, due or not')
    .option('--feed <url...>', 'fetch these feeds now (by URL or id), due or not')
    .option('--json', 'print the pass summary as JSON')
    .addHelpText(
      'after',
      '\nExit status: 0 when the pass ran (per-feed failures are in the summary), 1 when it could not run\n' +
        '(database unreachable, invalid configuration).',
    )
    .action(
      action(async (opts: { all?: boolean; feed?: string[]; json?: boolean }) => {
        const rt = await openRuntime({ defaultLogLevel: opts.json ? 'warn' : 'info' });
        // On PostgreSQL, what this pass stores and clusters reaches the subscribers of every API replica.
        const transport = await openEventTransport(rt, { listen: false });
        try {
          let mode: IngestMode = { kind: 'due' };
          if (opts.feed?.length) {
            // Loaded only here (it brings feed discovery and fetching): a cron pass over due feeds does not need it.
            const { validateFeedUrl } = await import('../../ingest/add-feed.ts');
            const ids: string[] = [];
            for (const ref of opts.feed) {
              const feed = (await rt.repos.feeds.getById(ref)) ?? (await rt.repos.feeds.getByUrl(validateFeedUrl(ref)));
              if (!feed) throw new NotFoundError(`feed ${ref}`);
              ids.push(feed.id);
            }
            mode = { kind: 'feeds', feedIds: ids };
          } else if (opts.all) {
            mode = { kind: 'all' };
          }
          const progress = createProgress('ingest');
          // The same workers as `serve`: the pass and the queue's drain on a worker thread with its own store
          // connection. On PostgreSQL what it stores and clusters reaches the subscribers of every API replica.
          const publish = transport.crossProcess ? transport : null;
          const workers = createIngestPool(
            { config: rt.config, logger: rt.logger, db: rt.db, repos: rt.repos },
            publish
              ? { onStored: publishStoredArticles(publish.articles, rt.repos), onStoriesChanged: publishChangedStories(publish.stories, rt.repos), metrics: rt.metrics }
              : { metrics: rt.metrics },
          );
          let summary: IngestPassSummary;
          try {
            // Cron runs of a pass over due feeds mostly find nothing: answered here, without starting a worker.
            const now = new Date();
            summary =
              mode.kind === 'due' && !(await hasDueWork(rt.repos, now))
                ? emptyPassSummary(now, newLeaseOwner())
                : await workers.runPass({
                    mode,
                    trigger: 'cli',
                    // Feeds keep being fetched while their articles' work runs; the pass waits for the queue at its end.
                    awaitWork: false,
                    onProgress: ({ done, claimed, result }) => progress.update(done, claimed, result.feedUrl),
                  });
          } finally {
            await workers.close();
          }
          progress.done();
          if (opts.json) printJson(summary);
          else printSummary(summary);
        } finally {
          await transport.close();
          await rt.close();
        }
      }),
    );
}

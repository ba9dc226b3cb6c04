import type { Command } from 'commander';
import { InvalidInputError } from '../../domain/errors.ts';
import { publishChangedStories } from '../../graphql/publish-changed-stories.ts';
import { openEventTransport } from '../event-transport.ts';
import { action, printJson } from '../output.ts';
import { openRuntime } from '../runtime.ts';
import { withStopSignal } from '../stop-signal.ts';

const DEFAULT_IDLE_MS = 1000;

function parseIdleMs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10 || n > 600_000) throw new InvalidInputError(`--idle-ms must be a whole number from 10 to 600000, not "${value}"`);
  return n;
}

export function registerWork(program: Command): void {
  program
    .command('work')
    .description('drain the work queue (page extraction, enrichment, clustering) continuously, apart from ingest, until stopped')
    .option('--idle-ms <ms>', `wait between looks at an empty queue (default ${DEFAULT_IDLE_MS})`)
    .option('--until-empty', 'exit once no job is due instead of waiting for more')
    .option('--json', 'print the summary as JSON at exit')
    .addHelpText(
      'after',
      '\nRun as many as the jobs need, on any number of machines sharing one PostgreSQL: each claims its own jobs\n' +
        '(SKIP LOCKED) under a lease it renews. SIGINT or SIGTERM stops it after the batch in hand; jobs it has not\n' +
        'claimed stay queued, and those of a killed worker come back when its lease ends. On PostgreSQL the stories it\n' +
        'changes reach the storyUpdated subscribers of every API replica.',
    )
    .action(
      action(async (opts: { idleMs?: string; untilEmpty?: boolean; json?: boolean }) => {
        const idleMs = opts.idleMs ? parseIdleMs(opts.idleMs) : DEFAULT_IDLE_MS;
        // Loaded here, not at the top: the NLP models take seconds to load, and every other command would pay for it.
        const [{ createWorkQueue }, { runWorkLoop }] = await Promise.all([import('../../work/work-queue.ts'), import('../../work/work-loop.ts')]);
        const rt = await openRuntime({ defaultLogLevel: opts.json ? 'warn' : 'info' });
        const transport = await openEventTransport(rt, { listen: false });
        try {
          return await withStopSignal(async (signal) => {
            // Only another process can hear what this one publishes: on SQLite no API replica shares its events.
            const stories = transport.crossProcess ? publishChangedStories(transport.stories, rt.repos) : undefined;
            const queue = await createWorkQueue(
              { db: rt.db, repos: rt.repos, config: rt.config, logger: rt.logger, ...(stories ? { onStoriesChanged: stories } : {}) },
              { signal },
            );
            rt.logger.info({ worker: queue.owner, idle_ms: idleMs }, 'draining the work queue');
            const summary = await runWorkLoop(queue, { signal, idleMs, untilEmpty: !!opts.untilEmpty });
            await transport.flush();
            if (opts.json) printJson({ worker: queue.owner, ...summary });
            else rt.logger.info({ worker: queue.owner, done: summary.done, failed: summary.failed, dead: summary.dead }, 'work stopped');
            return 0;
          });
        } finally {
          await transport.close();
          await rt.close();
        }
      }),
    );
}

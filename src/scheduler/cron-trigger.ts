import { Cron } from 'croner';
import { ConfigError } from '../domain/errors.ts';
import type { Logger } from '../log/logger.ts';

export interface CronTrigger {
  /** Resolves when a pass in progress (if any) has finished. */
  stop(): Promise<void>;
  nextRun(): Date | null;
}

/**
 * Runs `pass` on the cron expression. A pass still running when the next tick comes is not doubled: the tick is
 * skipped (the running pass will pick up whatever became due).
 */
export function startCronTrigger(expression: string, pass: () => Promise<unknown>, logger: Logger, runAtStart = true): CronTrigger {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) {
      logger.debug('previous ingest pass still running; tick skipped');
      return;
    }
    running = pass()
      .catch((e) => logger.error({ err: e }, 'ingest pass failed'))
      .finally(() => {
        running = null;
      });
  };
  let job: Cron;
  try {
    job = new Cron(expression, { catch: (e) => logger.error({ err: e }, 'scheduler tick failed') }, tick);
  } catch (e) {
    throw new ConfigError(`INGEST_CRON "${expression}" is not a valid cron expression: ${(e as Error).message}`, { cause: e });
  }
  if (runAtStart) tick();
  return {
    nextRun: () => job.nextRun(),
    stop: async () => {
      job.stop();
      if (running) await running;
    },
  };
}

import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * One root logger; subsystems take children (`logger.child({ subsystem: 'fetch' })`).
 * Field names are the same everywhere: feed_id, feed_url, article_id, source_id, fetch_id, error_code.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'newsgraph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 2, sync: false }),
  );
}

/** A logger that writes nothing, for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });

import type { Command } from 'commander';

/**
 * Every `newsgraph` command, listed without loading it. `main.ts` imports only the module of the command being run
 * (its store, ingest and NLP code with it); `newsgraph --help` reads the usage and summary from here and loads none.
 * Each entry's `usage` and `summary` repeat the command's own `.command()` and `.description()`; a test keeps them equal.
 */
export interface CommandEntry {
  /** The command's name, the first word of `usage`. */
  name: string;
  /** As given to commander's `.command()`: name and arguments. */
  usage: string;
  summary: string;
  load(): Promise<(program: Command) => void>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'serve',
    usage: 'serve',
    summary: 'serve the HTTP API and run the ingest scheduler in process',
    load: async () => (await import('./commands/serve.ts')).registerServe,
  },
  {
    name: 'ingest',
    usage: 'ingest',
    summary: 'run one ingest pass over due feeds, then exit (for cron, systemd timers, Kubernetes CronJobs)',
    load: async () => (await import('./commands/ingest.ts')).registerIngest,
  },
  {
    name: 'work',
    usage: 'work',
    summary: 'drain the work queue (page extraction, enrichment, clustering) continuously, apart from ingest, until stopped',
    load: async () => (await import('./commands/work.ts')).registerWork,
  },
  {
    name: 'migrate',
    usage: 'migrate',
    summary: 'apply pending database migrations (serve, ingest and demo also do this on start)',
    load: async () => (await import('./commands/migrate.ts')).registerMigrate,
  },
  {
    name: 'feeds',
    usage: 'feeds',
    summary: 'manage feeds: add, list, remove, enable, disable',
    load: async () => (await import('./commands/feeds.ts')).registerFeeds,
  },
  {
    name: 'opml',
    usage: 'opml',
    summary: 'import and export OPML subscription lists',
    load: async () => (await import('./commands/opml.ts')).registerOpml,
  },
  {
    name: 'reindex',
    usage: 'reindex',
    summary: 'enrich stored articles again (language, entities, topics, reactions): those not at the current rules version, or all',
    load: async () => (await import('./commands/reindex.ts')).registerReindex,
  },
  {
    name: 'recluster',
    usage: 'recluster',
    summary:
      'rebuild stories from stored articles in publication order, as ingestion would have built them (after a clustering change)',
    load: async () => (await import('./commands/recluster.ts')).registerRecluster,
  },
  {
    name: 'demo',
    usage: 'demo',
    summary:
      'serve a bundled sample corpus from a loopback server, ingest it into ./data/demo.db and serve the API (no network needed)',
    load: async () => (await import('./commands/demo.ts')).registerDemo,
  },
  {
    name: 'extract',
    usage: 'extract <inputs...>',
    summary: 'extract the article from web pages (URLs) or saved HTML files; prints one result per input',
    load: async () => (await import('./commands/extract.ts')).registerExtract,
  },
];

/**
 * The command an argument list runs: its first word that is not an option (`newsgraph ingest --all` -> ingest), or
 * the one named after `help` (`newsgraph help feeds`). Null for `newsgraph`, `--help`, `--version` or an unknown word.
 */
export function commandToLoad(args: readonly string[]): CommandEntry | null {
  const words = args.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.find((c) => c.name === name) ?? null;
}

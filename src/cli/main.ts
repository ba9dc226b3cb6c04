#!/usr/bin/env node
import { Command } from 'commander';
import { COMMANDS, commandToLoad } from './command-table.ts';

const program = new Command('newsgraph')
  .description('GraphQL news aggregation: feeds in, deduplicated articles, stories and reactions out')
  .version('0.1.0')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nConfiguration comes from the environment (DATABASE_URL, PORT, LOG_LEVEL, …) and an optional JSON file\n' +
      '(NEWSGRAPH_CONFIG, or ./newsgraph.config.json); the environment wins. See README.md.',
  );

// Only the command being run is loaded (with its store, ingest or NLP code); the others are listed for --help by
// name and summary alone, so `newsgraph --help` and a cron `newsgraph ingest` start in a fraction of a second.
const args = process.argv.slice(2);
const chosen = commandToLoad(args);
for (const entry of COMMANDS) {
  if (entry === chosen) (await entry.load())(program);
  else program.command(entry.usage).description(entry.summary);
}

await program.parseAsync(process.argv);

import { Command } from 'commander';
import { registerDemo } from './commands/demo.ts';
import { registerExtract } from './commands/extract.ts';
import { registerFeeds } from './commands/feeds.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerOpml } from './commands/opml.ts';
import { registerRecluster } from './commands/recluster.ts';
import { registerReindex } from './commands/reindex.ts';
import { registerServe } from './commands/serve.ts';

const program = new Command('newsgraph')
  .description('GraphQL news aggregation: feeds in, deduplicated articles, stories and reactions out')
  .version('0.1.0')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nConfiguration comes from the environment (DATABASE_URL, PORT, LOG_LEVEL, …) and an optional JSON file\n' +
      '(NEWSGRAPH_CONFIG, or ./newsgraph.config.json); the environment wins. See README.md.',
  );

registerServe(program);
registerIngest(program);
registerMigrate(program);
registerFeeds(program);
registerOpml(program);
registerReindex(program);
registerRecluster(program);
registerDemo(program);
registerExtract(program);

await program.parseAsync(process.argv);

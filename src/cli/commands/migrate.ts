import type { Command } from 'commander';
import { migrateToLatest, migrationStatus } from '../../store/migrate.ts';
import { action, printJson } from '../output.ts';
import { openRuntime } from '../runtime.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (serve, ingest and demo also do this on start)')
    .option('--status', 'list migrations and whether each is applied, without applying')
    .option('--json', 'machine-readable output')
    .action(
      action(async (opts: { status?: boolean; json?: boolean }) => {
        const rt = await openRuntime({ migrate: false, defaultLogLevel: 'warn' });
        try {
          if (opts.status) {
            const status = await migrationStatus(rt.db);
            if (opts.json) printJson(status);
            else for (const m of status) process.stdout.write(`${m.executedAt ? 'applied' : 'pending'}  ${m.name}${m.executedAt ? `  ${m.executedAt}` : ''}\n`);
            return;
          }
          const result = await migrateToLatest(rt.db);
          if (opts.json) printJson({ database: rt.db.location, ...result });
          else process.stdout.write(`${rt.db.location}: ${result.applied.length ? `applied ${result.applied.join(', ')}` : 'up to date'} (${result.total} migrations)\n`);
        } finally {
          await rt.close();
        }
      }),
    );
}

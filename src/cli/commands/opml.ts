import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.ts';
import { importOpml } from '../../ingest/import-opml.ts';
import { exportOpml } from '../../ingest/opml/export-opml.ts';
import { action, printJson } from '../output.ts';
import { openRuntime } from '../runtime.ts';

export function registerOpml(program: Command): void {
  const opml = program.command('opml').description('import and export OPML subscription lists');

  opml
    .command('import <file>')
    .description('add every feed of an OPML file (nested outlines; duplicates skipped), with a per-outline report')
    .option('--source <name>', 'attribute all imported feeds to this source (default: each site host)')
    .option('--json', 'machine-readable report')
    .action(
      action(async (file: string, opts: { source?: string; json?: boolean }) => {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (e) {
          throw new AppError('invalid_input', `cannot read ${file}: ${(e as Error).message}`);
        }
        const rt = await openRuntime({ defaultLogLevel: 'warn' });
        try {
          const report = await importOpml({ repos: rt.repos, config: rt.config }, text, { sourceName: opts.source ?? null });
          if (opts.json) return printJson(report);
          for (const l of report.lines) process.stdout.write(`${l.status.padEnd(9)} ${l.outline}${l.reason ? `  (${l.reason})` : ''}\n`);
          process.stdout.write(`${report.added} added, ${report.duplicates} duplicates, ${report.invalid} invalid\n`);
        } finally {
          await rt.close();
        }
      }),
    );

  opml
    .command('export')
    .description('print all feeds as OPML 2.0, grouped by source')
    .action(
      action(async () => {
        const rt = await openRuntime({ defaultLogLevel: 'warn' });
        try {
          const sources = new Map((await rt.repos.sources.list()).map((s) => [s.id, s]));
          const feeds = await rt.repos.feeds.list();
          const xml = exportOpml(
            feeds.map((f) => ({
              title: f.title,
              xmlUrl: f.url,
              htmlUrl: f.siteUrl ?? sources.get(f.sourceId)?.homepage ?? null,
              category: sources.get(f.sourceId)?.name ?? null,
              fullText: f.fullText,
            })),
            { title: 'newsgraph subscriptions', now: new Date() },
          );
          process.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
        } finally {
          await rt.close();
        }
      }),
    );
}

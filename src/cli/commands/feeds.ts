import type { Command } from 'commander';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { FULL_TEXT_POLICIES, isFullTextPolicy, type FullTextPolicy } from '../../domain/extraction.ts';
import { FeedAdminRepository } from '../../store/repositories/feed-admin-repository.ts';
import type { Feed } from '../../domain/feed.ts';
import { addFeed, validateFeedUrl } from '../../ingest/add-feed.ts';
import type { Repositories } from '../../store/repositories/index.ts';
import { action, printJson, printTable } from '../output.ts';
import { openRuntime } from '../runtime.ts';

async function findFeed(repos: Repositories, ref: string): Promise<Feed> {
  const byId = await repos.feeds.getById(ref);
  if (byId) return byId;
  let url: string | null = null;
  try {
    url = validateFeedUrl(ref);
  } catch {
    /* not a URL: fall through to not found */
  }
  const byUrl = url ? await repos.feeds.getByUrl(url) : null;
  if (!byUrl) throw new NotFoundError(`feed ${ref}`);
  return byUrl;
}

function feedView(f: Feed, sourceName: string | undefined) {
  return {
    id: f.id,
    url: f.url,
    effectiveUrl: f.effectiveUrl,
    source: sourceName ?? null,
    title: f.title,
    format: f.format,
    fullText: f.fullText,
    enabled: f.enabled,
    disabledReason: f.disabledReason,
    lastFetchedAt: f.health.lastFetchedAt,
    lastSuccessAt: f.health.lastSuccessAt,
    nextFetchAt: f.health.nextFetchAt,
    nextFetchReason: f.health.nextFetchReason,
    errorCount: f.health.errorCount,
    lastError: f.health.lastError,
  };
}

export function registerFeeds(program: Command): void {
  const feeds = program.command('feeds').description('manage feeds: add, list, remove, enable, disable');

  feeds
    .command('add <url>')
    .description('add a feed; a web page URL is resolved to its feed by autodiscovery')
    .option('--source <name>', 'publisher name (default: the site host)')
    .option('--country <code>', 'ISO 3166-1 alpha-2 country of the source')
    .option('--language <tag>', 'language of the feed (BCP 47)')
    .option('--no-discover', 'store the URL as given, without fetching it')
    .option('--full-text <policy>', `complete articles from their web pages: ${FULL_TEXT_POLICIES.join(', ')} (default: FULL_TEXT_DEFAULT)`)
    .option('--json', 'machine-readable output')
    .action(
      action(async (url: string, opts: { source?: string; country?: string; language?: string; discover: boolean; fullText?: string; json?: boolean }) => {
        const fullText = opts.fullText === undefined ? undefined : parseFullText(opts.fullText);
        const rt = await openRuntime({ defaultLogLevel: 'warn' });
        try {
          const r = await addFeed(
            { repos: rt.repos, config: rt.config },
            {
              url,
              sourceName: opts.source ?? null,
              country: opts.country ?? null,
              language: opts.language ?? null,
              discover: opts.discover,
              ...(fullText ? { fullText } : {}),
            },
          );
          if (opts.json) printJson({ feed: feedView(r.feed, r.source.name), source: r.source, discoveredFrom: r.discoveredFrom });
          else {
            process.stdout.write(`added ${r.feed.url} (source ${r.source.name}, id ${r.feed.id})\n`);
            if (r.discoveredFrom) process.stdout.write(`  discovered on ${r.discoveredFrom}\n`);
          }
        } finally {
          await rt.close();
        }
      }),
    );

  feeds
    .command('update <feed>')
    .description('change a feed (by id or URL): its title or its full-text policy')
    .option('--full-text <policy>', `complete articles from their web pages: ${FULL_TEXT_POLICIES.join(', ')}`)
    .option('--title <title>', 'the title shown for the feed (a successful fetch replaces it with the declared one)')
    .option('--json', 'machine-readable output')
    .action(
      action(async (ref: string, opts: { fullText?: string; title?: string; json?: boolean }) => {
        const fullText = opts.fullText === undefined ? undefined : parseFullText(opts.fullText);
        if (fullText === undefined && opts.title === undefined) throw new InvalidInputError('nothing to update: give --full-text or --title');
        const rt = await openRuntime({ defaultLogLevel: 'warn' });
        try {
          const feed = await findFeed(rt.repos, ref);
          const updated = await new FeedAdminRepository(rt.db).update(
            feed.id,
            { ...(fullText ? { fullText } : {}), ...(opts.title !== undefined ? { title: opts.title.trim() || null } : {}) },
            new Date().toISOString(),
          );
          if (opts.json) printJson(feedView(updated, undefined));
          else process.stdout.write(`updated ${updated.url} (full text ${updated.fullText})\n`);
        } finally {
          await rt.close();
        }
      }),
    );

  feeds
    .command('list')
    .description('list feeds with their health: last fetch, next fetch and why, errors')
    .option('--json', 'machine-readable output')
    .option('--failing', 'only feeds whose last fetch failed')
    .action(
      action(async (opts: { json?: boolean; failing?: boolean }) => {
        const rt = await openRuntime({ defaultLogLevel: 'warn' });
        try {
          const sources = new Map((await rt.repos.sources.list()).map((s) => [s.id, s.name]));
          let list = await rt.repos.feeds.list();
          if (opts.failing) list = list.filter((f) => f.health.errorCount > 0);
          const views = list.map((f) => feedView(f, sources.get(f.sourceId)));
          if (opts.json) return printJson(views);
          printTable(
            views.map((v) => ({
              id: v.id,
              source: v.source,
              url: v.url,
              state: v.enabled ? (v.errorCount ? `failing x${v.errorCount}` : 'ok') : 'disabled',
              'last fetch': v.lastFetchedAt,
              'next fetch': v.enabled ? `${v.nextFetchAt} (${v.nextFetchReason})` : '-',
              'last error': v.lastError ? `[${v.lastError.code}] ${v.lastError.message}`.slice(0, 80) : v.disabledReason,
            })),
            ['id', 'source', 'url', 'state', 'last fetch', 'next fetch', 'last error'],
          );
        } finally {
          await rt.close();
        }
      }),
    );

  feeds
    .command('remove <feed>')
    .description('remove a feed (by id or URL); its articles stay, attributed to their source')
    .option('--json', 'machine-readable output')
    .action(
      action(async (ref: string, opts: { json?: boolean }) => {
        const rt = await openRuntime({ defaultLogLevel: 'warn' });
        try {
          const feed = await findFeed(rt.repos, ref);
          await rt.repos.feeds.remove(feed.id);
          if (opts.json) printJson({ removed: feed.id, url: feed.url });
          else process.stdout.write(`removed ${feed.url}\n`);
        } finally {
          await rt.close();
        }
      }),
    );

  for (const [name, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    feeds
      .command(`${name} <feed>`)
      .description(enabled ? 'enable a feed (by id or URL); it becomes due at once' : 'disable a feed (by id or URL)')
      .option('--reason <text>', 'why (shown by feeds list)')
      .option('--json', 'machine-readable output')
      .action(
        action(async (ref: string, opts: { json?: boolean; reason?: string }) => {
          const rt = await openRuntime({ defaultLogLevel: 'warn' });
          try {
            const feed = await findFeed(rt.repos, ref);
            const updated = await rt.repos.feeds.setEnabled(feed.id, enabled, new Date().toISOString(), opts.reason ?? null);
            if (opts.json) printJson(feedView(updated, undefined));
            else process.stdout.write(`${enabled ? 'enabled' : 'disabled'} ${feed.url}\n`);
          } finally {
            await rt.close();
          }
        }),
      );
  }
}

function parseFullText(value: string): FullTextPolicy {
  const upper = value.trim().toUpperCase();
  if (!isFullTextPolicy(upper)) throw new InvalidInputError(`--full-text must be one of ${FULL_TEXT_POLICIES.join(', ')}, got "${value}"`);
  return upper;
}

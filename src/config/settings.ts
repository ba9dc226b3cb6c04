import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The shipped feed list, found beside the code (src/ or dist/src/) whatever the working directory. */
const SHIPPED_DEFAULT_FEEDS = fileURLToPath(new URL('../ingest/default-feeds.json', import.meta.url));

/**
 * Every setting newsgraph reads, with its default. The README's configuration table mirrors this list.
 * Keys are the environment variable names; a JSON config file uses the same keys.
 */
const bool = z
  .union([z.boolean(), z.string()])
  .transform((v, ctx) => {
    if (typeof v === 'boolean') return v;
    const s = v.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(s)) return true;
    if (['0', 'false', 'no', 'off', ''].includes(s)) return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return z.NEVER;
  });

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const settingsSchema = z.object({
  DATABASE_URL: z.string().min(1).default('./data/newsgraph.db'), // DEFAULT_DATABASE_URL in config.ts
  PORT: int(0, 65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ALLOW_PRIVATE_NETWORKS: bool.default(false),
  NEWSGRAPH_ADMIN_KEYS: z.string().default(''),
  /** Keys that may read (admin keys may too); only consulted when API_REQUIRE_KEY is true. */
  NEWSGRAPH_READ_KEYS: z.string().default(''),
  API_REQUIRE_KEY: bool.default(false),
  /** Largest request body the API reads; larger ones are refused (413) before they are read. */
  HTTP_MAX_BODY_BYTES: int(1024, 1024 * 1024 * 1024).default(1024 * 1024),
  /** Origins browsers may call the API from (comma-separated); none by default: same-origin only. */
  CORS_ORIGINS: z.string().default(''),
  GRAPHQL_TIMEOUT_MS: int(100, 600_000).default(10_000),
  GRAPHQL_MAX_DEPTH: int(2, 100).default(12),
  GRAPHQL_MAX_ALIASES: int(1, 1000).default(30),
  GRAPHQL_MAX_TOKENS: int(100, 1_000_000).default(5000),
  GRAPHQL_MAX_COST: int(10, 10_000_000).default(20_000),
  /**
   * Anonymous query responses are cached this long (0 = no cache); ingest events and mutations empty the cache. On by
   * default: it is what carries a front page past 1,500 req/s, and 2 s bounds what a separate SQLite ingest process leaves stale.
   */
  API_RESPONSE_CACHE_TTL_MS: int(0, 86_400_000).default(2000),
  GRAPHQL_JIT: bool.default(true),
  INGEST_CRON: z.string().min(1).default('*/5 * * * *'),
  SCHEDULER_ENABLED: bool.default(true),
  SEED_DEFAULT_FEEDS: bool.default(true),
  DEFAULT_FEEDS_FILE: z.string().min(1).default(SHIPPED_DEFAULT_FEEDS),
  INGEST_CONCURRENCY: int(1, 256).default(8),
  INGEST_PER_HOST_CONCURRENCY: int(1, 64).default(2),
  /** Items stored from one fetch of a feed: the newest ones; the rest are dropped with a warning. */
  INGEST_MAX_ITEMS_PER_FEED: int(1, 1_000_000).default(1000),
  /** Wall time one feed's items may take to normalise (sanitise, resolve, date); the items left unread are dropped with a warning. */
  INGEST_PARSE_BUDGET_MS: int(100, 600_000).default(10_000),
  FETCH_TIMEOUT_MS: int(100, 600_000).default(20_000),
  FETCH_MAX_BYTES: int(1024, 1024 * 1024 * 1024).default(15 * 1024 * 1024),
  FETCH_MAX_REDIRECTS: int(0, 20).default(5),
  FETCH_USER_AGENT: z.string().min(1).default('newsgraph/0.1 (+https://github.com/newsgraph/newsgraph; feed aggregator)'),
  SCHEDULE_MIN_INTERVAL_SECONDS: int(10, 7 * 86400).default(300),
  SCHEDULE_MAX_INTERVAL_SECONDS: int(60, 30 * 86400).default(86400),
  BACKOFF_MAX_SECONDS: int(60, 30 * 86400).default(86400),
  LEASE_SECONDS: int(10, 86400).default(300),
  SQLITE_BUSY_TIMEOUT_MS: int(0, 600_000).default(5000),
  PG_POOL_SIZE: int(1, 200).default(10),
  /** SQLite file stores: threads that run full-text searches off the API's event loop; 0 searches on the event loop. */
  SEARCH_THREADS: int(0, 64).default(2),
  /** Stories an arriving article may join: those with an article in this many days before it. */
  CLUSTER_WINDOW_DAYS: int(1, 365).default(7),
  /** Related articles stored per clustered article. */
  CLUSTER_RELATED_ARTICLES: int(0, 100).default(10),
  /** Full-text policy given to new feeds: AUTO fetches the page when the feed's content is short. */
  FULL_TEXT_DEFAULT: z.enum(['AUTO', 'ALWAYS', 'NEVER']).default('AUTO'),
  /** AUTO fetches the article page when the feed's own content has fewer words than this. */
  FULL_TEXT_MIN_WORDS: int(0, 100_000).default(150),
  /** Article pages fetched at once from one host. */
  PAGE_FETCH_PER_HOST_CONCURRENCY: int(1, 16).default(1),
  /** Least time between the starts of two page fetches from one host. */
  PAGE_FETCH_HOST_DELAY_MS: int(0, 600_000).default(1000),
  /**
   * A queued page fetch whose host would make it wait longer than this (its politeness spacing, behind the others
   * queued for it) is put back in the queue for later, so one busy outlet never holds a worker's batch.
   */
  EXTRACT_MAX_HOST_WAIT_MS: int(0, 600_000).default(2000),
  /** How long a host's robots.txt is trusted before it is fetched again. */
  ROBOTS_CACHE_SECONDS: int(0, 30 * 86400).default(3600),
  /** Page fetches tried per article before its extraction is given up (the feed's content stays). */
  EXTRACT_MAX_ATTEMPTS: int(1, 50).default(5),
  /** First wait after a failed page fetch; it doubles with each attempt. */
  EXTRACT_BACKOFF_SECONDS: int(1, 86400).default(300),
  /** Tries of a queued job (enrich, cluster, extract) before it is dead-lettered. */
  JOB_MAX_ATTEMPTS: int(1, 100).default(5),
  /** First wait after a failed job; it doubles with each attempt. */
  JOB_BACKOFF_SECONDS: int(1, 86400).default(30),
  /** How long a worker's claim on queued jobs lasts; renewed while the work runs. */
  JOB_LEASE_SECONDS: int(5, 86400).default(120),
});

export type Settings = z.output<typeof settingsSchema>;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as (keyof Settings)[];

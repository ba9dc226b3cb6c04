import type { Migration } from 'kysely';
import * as m0001 from './0001_ingest_store.ts';
import * as m0002 from './0002_enrichment.ts';
import * as m0003 from './0003_stories.ts';
import * as m0004 from './0004_work_queue.ts';
import * as m0005 from './0005_feed_conformance.ts';
import * as m0006 from './0006_reaction_codes.ts';
import * as m0007 from './0007_article_extraction.ts';
import * as m0008 from './0008_languages.ts';
import * as m0009 from './0009_article_links.ts';
import * as m0012 from './0012_search_prefix_index.ts';
import * as m0013 from './0013_story_source_index.ts';
import * as m0014 from './0014_search_common_grams.ts';
import * as m0016 from './0016_simhash_band_window.ts';
import * as m0017 from './0017_waiting_jobs.ts';
import * as m0018 from './0018_cluster_reads.ts';
import * as m0019 from './0019_nearest_postings.ts';
import * as m0020 from './0020_common_grams_statistics.ts';

/** Every migration, in order. Listed statically so they load the same under tsx, vitest and a bundler. */
export const migrations: Record<string, Migration> = {
  '0001_ingest_store': m0001,
  '0002_enrichment': m0002,
  '0003_stories': m0003,
  '0004_work_queue': m0004,
  '0005_feed_conformance': m0005,
  '0006_reaction_codes': m0006,
  '0007_article_extraction': m0007,
  '0008_languages': m0008,
  '0009_article_links': m0009,
  '0012_search_prefix_index': m0012,
  '0013_story_source_index': m0013,
  '0014_search_common_grams': m0014,
  '0016_simhash_band_window': m0016,
  '0017_waiting_jobs': m0017,
  '0018_cluster_reads': m0018,
  '0019_nearest_postings': m0019,
  '0020_common_grams_statistics': m0020,
};

import type { Db } from '../db.ts';
import { ArticleQueryRepository } from './article-query-repository.ts';
import { ArticleRepository } from './article-repository.ts';
import { FeedRepository } from './feed-repository.ts';
import { FetchRepository } from './fetch-repository.ts';
import { SearchRepository } from './search-repository.ts';
import { SourceRepository } from './source-repository.ts';
import { EnrichmentRepository } from './enrichment-repository.ts';
import { EntityRepository } from './entity-repository.ts';
import { ReactionRepository } from './reaction-repository.ts';
import { TopicRepository } from './topic-repository.ts';
import { CandidateIndexRepository } from './candidate-index-repository.ts';
import { ClusterInputRepository } from './cluster-input-repository.ts';
import { EdgeWriterRepository } from './edge-writer-repository.ts';
import { StoryWriterRepository } from './story-writer-repository.ts';
import { RelatedGraphRepository } from './related-graph-repository.ts';
import { StoryRepository } from './story-repository.ts';
import { StoryMemberRepository } from './story-member-repository.ts';
import { StoryTagRepository } from './story-tag-repository.ts';
import { StoryReactionRepository } from './story-reaction-repository.ts';
import { EdgeRepository } from './edge-repository.ts';
import { ExtractionRepository } from './extraction-repository.ts';
import { JobRepository } from './job-repository.ts';
import { PlannerStatisticsRepository } from './planner-statistics-repository.ts';

export interface Repositories {
  sources: SourceRepository;
  feeds: FeedRepository;
  fetches: FetchRepository;
  articles: ArticleRepository;
  /** The API's keyset-paginated article lists. */
  articleQueries: ArticleQueryRepository;
  /** Full-text search with ranks and snippets. */
  search: SearchRepository;
  /** Writes what enrichment found; reindex's cursor reads. */
  enrichment: EnrichmentRepository;
  entities: EntityRepository;
  topics: TopicRepository;
  reactions: ReactionRepository;
  /** The clusterer's reads of articles. */
  clusterInput: ClusterInputRepository;
  /** Article vectors, SimHash bands and index keys: how an article finds its candidates. */
  candidateIndex: CandidateIndexRepository;
  /** Story membership, merges and aggregates. */
  storyWriter: StoryWriterRepository;
  /** Same-event links, related-article and related-story edges. */
  edgeWriter: EdgeWriterRepository;
  /** The API's story reads: by id (merged ids resolved), keyset lists, the story of each article. */
  stories: StoryRepository;
  /** A story's articles and their timeline. */
  storyMembers: StoryMemberRepository;
  /** A story's topics and entities, summed over its articles. */
  storyTags: StoryTagRepository;
  /** A story's international reactions and each actor's reaction history. */
  storyReactions: StoryReactionRepository;
  /** Related-article and related-story edges. */
  edges: EdgeRepository;
  /** Neighbourhoods of any node for Query.relatedGraph. */
  relatedGraph: RelatedGraphRepository;
  /** Completing articles from their web pages: state, bodies, the feed's own content. */
  extractions: ExtractionRepository;
  /** The durable work queue: per-article extract, enrich and cluster jobs. */
  jobs: JobRepository;
  /** The planner's statistics of the clusterer's tables, gathered again when stale (PostgreSQL). */
  plannerStatistics: PlannerStatisticsRepository;
}

export function createRepositories(db: Db): Repositories {
  return {
    sources: new SourceRepository(db),
    feeds: new FeedRepository(db),
    fetches: new FetchRepository(db),
    articles: new ArticleRepository(db),
    articleQueries: new ArticleQueryRepository(db),
    search: new SearchRepository(db),
    enrichment: new EnrichmentRepository(db),
    entities: new EntityRepository(db),
    topics: new TopicRepository(db),
    reactions: new ReactionRepository(db),
    clusterInput: new ClusterInputRepository(db),
    candidateIndex: new CandidateIndexRepository(db),
    storyWriter: new StoryWriterRepository(db),
    edgeWriter: new EdgeWriterRepository(db),
    stories: new StoryRepository(db),
    storyMembers: new StoryMemberRepository(db),
    storyTags: new StoryTagRepository(db),
    storyReactions: new StoryReactionRepository(db),
    edges: new EdgeRepository(db),
    relatedGraph: new RelatedGraphRepository(db),
    extractions: new ExtractionRepository(db),
    jobs: new JobRepository(db),
    plannerStatistics: new PlannerStatisticsRepository(db),
  };
}

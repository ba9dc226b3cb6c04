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
import { ExtractionRepository } from './extraction-repository.ts';

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
  /** The API's story reads: lists, aggregates, members, edges, merged-id resolution. */
  stories: StoryRepository;
  /** Neighbourhoods of any node for Query.relatedGraph. */
  relatedGraph: RelatedGraphRepository;
  /** Completing articles from their web pages: state, bodies, the feed's own content. */
  extractions: ExtractionRepository;
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
    candidateIndex: new CandidateIndexRepository(),
    storyWriter: new StoryWriterRepository(db),
    edgeWriter: new EdgeWriterRepository(db),
    stories: new StoryRepository(db),
    relatedGraph: new RelatedGraphRepository(db),
    extractions: new ExtractionRepository(db),
  };
}

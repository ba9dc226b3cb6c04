import { hotScore } from '../domain/story.ts';
import type { Executor } from '../store/executor.ts';
import type { StoryAggregateInput, StoryAggregates, StoryWriterRepository } from '../store/repositories/story-writer-repository.ts';
import { leadSummary } from './lead-summary.ts';

/**
 * A story's aggregates from its members (in published order): the first is the first reporter; sources in order of
 * first appearance; countries and languages of coverage; HOT from each source's latest article; title and summary
 * from the central article. A pure function: the store only reads its input and writes its output.
 */
export function storyAggregates(input: StoryAggregateInput): StoryAggregates {
  const list = input.members;
  const last = new Map<string, string>();
  for (const m of list) last.set(m.sourceId, m.publishedAt);
  const first = list[0]!;
  const text = input.central;
  return {
    storyId: input.storyId,
    ...(text ? { title: text.title, summary: leadSummary(text.text) } : {}),
    centralArticleId: text ? text.id : input.stored.centralArticleId,
    firstArticleId: first.id,
    firstSourceId: first.sourceId,
    firstSeenAt: first.publishedAt,
    lastUpdatedAt: list.at(-1)!.publishedAt,
    articleCount: list.length,
    sourceCount: last.size,
    reactionCount: input.reactionCount,
    sources: [...last.keys()],
    countries: [...new Set(list.flatMap((m) => (m.country ? [m.country] : [])))].sort(),
    languages: [...new Set(list.flatMap((m) => (m.language ? [m.language] : [])))].sort(),
    hot: hotScore([...last.values()]),
  };
}

/**
 * Recomputes and stores the aggregates of these stories (`central`: a new central article per story, else the
 * stored one stays). Returns the ids of stories whose article or reaction count changed.
 */
export async function refreshStories(writer: StoryWriterRepository, ex: Executor, storyIds: readonly string[], now: string, central?: ReadonlyMap<string, string>): Promise<string[]> {
  const inputs = await writer.aggregateInputs(ex, storyIds, central);
  return writer.writeAggregates(ex, inputs.map(storyAggregates), now);
}

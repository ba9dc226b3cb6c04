import { hotScore } from '../domain/story.ts';
import type { Executor } from '../store/executor.ts';
import type { StoryAggregateInput, StoryAggregates, StoryJoinInput, StoryWriterRepository } from '../store/repositories/story-writer-repository.ts';
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

/**
 * A story's aggregates after articles only joined it, from what it stored and what joined (see
 * StoryWriterRepository.joinInputs): the same values storyAggregates computes from all the members, because joining
 * only adds to counts, countries and languages, and each source's first and latest article are read as they are now.
 * The central article, title and summary stay.
 */
export function joinedAggregates(input: StoryJoinInput): StoryAggregates {
  const sources = [...input.perSource].sort((a, b) => (a.firstAt < b.firstAt ? -1 : a.firstAt > b.firstAt ? 1 : a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : 0));
  const first = sources[0]!;
  const lastUpdatedAt = sources.reduce((m, s) => (s.lastAt > m ? s.lastAt : m), first.lastAt);
  const { stored, joined } = input;
  return {
    storyId: input.storyId,
    centralArticleId: stored.centralArticleId,
    firstArticleId: first.firstId,
    firstSourceId: first.sourceId,
    firstSeenAt: first.firstAt,
    lastUpdatedAt,
    articleCount: stored.articleCount + joined.length,
    sourceCount: sources.length,
    reactionCount: stored.reactionCount + joined.reduce((n, j) => n + j.reactions, 0),
    sources: sources.map((s) => s.sourceId),
    countries: [...new Set([...stored.countries, ...joined.flatMap((j) => (j.country ? [j.country] : []))])].sort(),
    languages: [...new Set([...stored.languages, ...joined.flatMap((j) => (j.language ? [j.language] : []))])].sort(),
    // In order of first appearance, as storyAggregates sums them: the same float.
    hot: hotScore(sources.map((s) => s.lastAt)),
  };
}

/**
 * Updates the aggregates of stories that these articles (by story) only joined, reading no other member. Returns the
 * ids of stories whose article or reaction count changed.
 */
export async function refreshJoinedStories(writer: StoryWriterRepository, ex: Executor, joins: ReadonlyMap<string, readonly string[]>, now: string): Promise<string[]> {
  const inputs = (await writer.joinInputs(ex, joins)).filter((i) => i.perSource.length > 0);
  return writer.writeAggregates(ex, inputs.map(joinedAggregates), now);
}

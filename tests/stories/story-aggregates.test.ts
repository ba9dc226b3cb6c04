/**
 * A story's aggregates as a pure function of its members: first reporter, sources in order of appearance, countries
 * and languages of coverage, HOT, title and summary from the central article.
 */
import { describe, expect, it } from 'vitest';
import { hotScore } from '../../src/domain/story.ts';
import { leadSummary } from '../../src/stories/lead-summary.ts';
import { storyAggregates } from '../../src/stories/story-aggregates.ts';
import type { StoryAggregateInput } from '../../src/store/repositories/story-writer-repository.ts';

const member = (id: string, sourceId: string, publishedAt: string, country: string | null, language: string | null) => ({ id, sourceId, publishedAt, country, language });

const base: StoryAggregateInput = {
  storyId: 'a1',
  members: [
    member('a1', 's1', '2026-03-03T10:00:00.000Z', 'GB', 'en'),
    member('a2', 's2', '2026-03-03T11:00:00.000Z', 'DE', 'de'),
    member('a3', 's1', '2026-03-03T12:00:00.000Z', 'GB', 'en'),
    member('a4', 's3', '2026-03-03T13:00:00.000Z', null, null),
  ],
  reactionCount: 4,
  central: { id: 'a2', title: 'Getreidekorridor wieder offen', text: 'Erster Satz. Zweiter Satz! Dritter Satz.' },
  stored: { articleCount: 1, reactionCount: 0, centralArticleId: 'a1' },
};

describe('storyAggregates', () => {
  it('reads the first reporter, sources in order of appearance, coverage, counts and HOT off the members', () => {
    const a = storyAggregates(base);
    expect(a).toMatchObject({
      storyId: 'a1',
      firstArticleId: 'a1',
      firstSourceId: 's1',
      firstSeenAt: '2026-03-03T10:00:00.000Z',
      lastUpdatedAt: '2026-03-03T13:00:00.000Z',
      articleCount: 4,
      sourceCount: 3,
      reactionCount: 4,
      sources: ['s1', 's2', 's3'],
      countries: ['DE', 'GB'],
      languages: ['de', 'en'],
    });
    // HOT counts each source once, at its latest article.
    expect(a.hot).toBe(hotScore(['2026-03-03T12:00:00.000Z', '2026-03-03T11:00:00.000Z', '2026-03-03T13:00:00.000Z']));
  });

  it.each([
    { name: 'a central article gives title, summary and central id', central: base.central, title: 'Getreidekorridor wieder offen', summary: 'Erster Satz. Zweiter Satz!', centralArticleId: 'a2' },
    { name: 'no central article keeps what is stored', central: null, title: undefined, summary: undefined, centralArticleId: 'a1' },
  ])('$name', ({ central, title, summary, centralArticleId }) => {
    const a = storyAggregates({ ...base, central });
    expect(a.title).toBe(title);
    expect(a.summary).toBe(summary);
    expect(a.centralArticleId).toBe(centralArticleId);
  });

  it('a summary is the first two sentences, cut at a word under 400 characters', () => {
    const long = `${'word '.repeat(120)}end.`;
    const s = leadSummary(long);
    expect(s.length).toBeLessThanOrEqual(401);
    expect(s.endsWith('…')).toBe(true);
    expect(leadSummary('One. Two? Three.')).toBe('One. Two?');
  });
});

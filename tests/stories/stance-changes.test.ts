import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/domain/enrichment.ts';
import type { StoredReaction } from '../../src/store/repositories/reaction-repository.ts';
import { stanceChanges } from '../../src/stories/stance-changes.ts';

const reaction = (id: string, stance: Stance): StoredReaction => ({
  id,
  articleId: `a-${id}`,
  actor: { id: 'e1', key: 'country:fr', kind: 'country', name: 'France', aliases: [], country: 'FR', origin: 'gazetteer', createdAt: '2026-11-01T00:00:00.000Z' },
  stance,
  evidence: '',
  cue: '',
  cameoCode: null,
  goldstein: null,
  actorKind: 'country',
  publishedAt: `2026-11-0${id}T00:00:00.000Z`,
  createdAt: `2026-11-0${id}T00:00:00.000Z`,
});

describe('stanceChanges', () => {
  // [stances oldest first, ids of the reactions kept]
  const cases: [Stance[], string[]][] = [
    [[], []],
    [['opposed'], ['1']],
    [['opposed', 'opposed', 'opposed'], ['1']],
    [['cautious', 'opposed', 'opposed', 'supportive'], ['1', '2', '4']],
    [['supportive', 'opposed', 'supportive'], ['1', '2', '3']],
    [['neutral', 'neutral', 'skeptical', 'skeptical', 'neutral'], ['1', '3', '5']],
  ];
  it.each(cases)('%j keeps the first reaction of each run: %j', (stances, kept) => {
    const reactions = stances.map((s, i) => reaction(String(i + 1), s));
    const changes = stanceChanges(reactions);
    expect(changes.map((c) => c.reaction.id)).toEqual(kept);
    expect(changes.map((c) => c.stance)).toEqual(kept.map((id) => stances[Number(id) - 1]));
  });
});

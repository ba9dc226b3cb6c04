import type { EdgeReasons } from '../../domain/story.ts';
import { builder } from '../builder.ts';
import { EntityRef } from './enrichment-refs.ts';

interface SharedEntity {
  key: string;
  name: string;
}

const SharedEntityRef = builder.objectRef<SharedEntity>('SharedEntity').implement({
  description: 'An entity both ends of an edge mention.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The entity key, e.g. "country:UA"' }),
    name: t.exposeString('name'),
    entity: t.loadable({
      type: EntityRef,
      nullable: true,
      description: 'The entity itself; null if it is no longer stored',
      load: async (keys: string[], ctx) => ctx.services.repos.entities.getByKeys(keys),
      resolve: (e) => e.key,
    }),
  }),
});

/** Why two articles or two stories are linked, as the clusterer recorded it. */
export const EdgeReasonsRef = builder.objectRef<EdgeReasons>('EdgeReasons').implement({
  description: 'Why two articles or two stories are linked. Every field is present; empty (or false, or 0) when it does not apply.',
  fields: (t) => ({
    sharedEntities: t.field({ type: [SharedEntityRef], description: 'Entities both ends mention, most salient first', resolve: (r) => r.sharedEntities }),
    sharedTerms: t.exposeStringList('sharedTerms', { description: 'Content terms (stemmed) that weigh most in both ends' }),
    sharedTopics: t.exposeStringList('sharedTopics', { description: 'Slugs of topics both ends carry (story edges)' }),
    sameStory: t.exposeBoolean('sameStory', { description: 'Both articles are in one story (article edges)' }),
    timeGapHours: t.exposeFloat('timeGapHours', {
      description: "Hours between the two ends' publication (articles) or last updates (stories)",
    }),
    crossLingual: t.exposeBoolean('crossLingual', {
      description: 'The two ends are in different languages (for stories: the pair of articles that links them), so the link rests on language-independent evidence: shared entities, numbers, names, topics and time',
    }),
  }),
});

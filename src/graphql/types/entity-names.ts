import type { StoredEntity } from '../../store/repositories/entity-repository.ts';
import { namesOf, type NameEntry } from '../../enrich/entities/multilingual/names-data.ts';
import { builder } from '../builder.ts';
import { EntityRef } from './enrichment-refs.ts';

/*
 * Entity.names: what an entity is called in other languages and scripts, from the multilingual gazetteer data
 * (generated from CLDR and other packages; see scripts/data/build-multilingual-names.ts). No database read.
 */

const EntityNameRef = builder.objectRef<NameEntry>('EntityName').implement({
  description: 'One name of an entity in one language.',
  fields: (t) => ({
    language: t.exposeString('language', { description: 'ISO 639-1 code' }),
    name: t.exposeString('name', { description: 'As that language writes it ("Россия", "Pékin", "ONU")' }),
    kind: t.exposeString('via', {
      description: 'name, alias (a short or official form, an acronym), demonym (the adjective: "russisch"), capital or institution (a seat of power speaking for it)',
    }),
  }),
});

builder.objectFields(EntityRef, (t) => ({
  names: t.field({
    type: [EntityNameRef],
    description: "The entity's names in other languages and scripts, by language; empty for entities the gazetteer does not know.",
    args: { languages: t.arg.stringList({ description: 'Only these languages (ISO 639-1)' }) },
    resolve: (entity: StoredEntity, args) => {
      const wanted = args.languages?.length ? new Set(args.languages.map((l) => l.trim().toLowerCase())) : null;
      return namesOf(entity.key).filter((n) => !wanted || wanted.has(n.language));
    },
  }),
}));

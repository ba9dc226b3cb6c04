/**
 * An organization's national chapter: a non-state organization's name followed, one space apart, by a country's name
 * as written ("Transparency International Georgia", "Transparency International Géorgie") is an organization of its
 * own, keyed by both. Read as two names, the parent would speak and the country would be taken for a second actor.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { slugify } from '../entities/fold.ts';
import { actorKindOf } from './actor-kind.ts';

/** Whether the country named at `countryStart` closes the name of the organization ending at `orgEnd`. */
export function closesChapter(text: string, org: EntityRef, orgEnd: number, country: EntityRef, countryStart: number): boolean {
  return org.kind === 'organization' && actorKindOf(org) === 'non-state' && country.kind === 'country' && text.slice(orgEnd, countryStart) === ' ' && /^\p{Lu}/u.test(text.charAt(countryStart));
}

/** The chapter of an organization in a country. */
export function chapterOf(org: EntityRef, country: EntityRef): EntityRef {
  return { key: `${org.key}-${slugify(country.name)}`, kind: 'organization', name: `${org.name} ${country.name}`, country: null, origin: 'nlp' };
}

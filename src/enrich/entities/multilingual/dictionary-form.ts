/**
 * Whether a name is written in its dictionary form (the nominative, in a language with cases) rather than inflected:
 * "Москва", "Анкара", "Вашингтон", not "Москвы", "Анкарой", "Вашингтону". A name the multilingual data holds in the
 * language is compared with those names; a capital matched by transliteration only (the data leaves out Cyrillic forms
 * that just transliterate the English name) is in its dictionary form when its transliteration ends as the English
 * name does: a case ending changes or adds the last letter.
 */
import { transliterate } from 'transliteration';
import type { EntityRef } from '../../../domain/enrichment.ts';
import { fold } from '../fold.ts';
import { namesOf } from './names-data.ts';

export function isDictionaryForm(surface: string, entity: EntityRef, language: string): boolean {
  const folded = fold(surface);
  const own = namesOf(entity.key).filter((n) => n.language === language);
  if (own.some((n) => fold(n.name) === folded)) return true;
  if (own.length > 0 || entity.kind !== 'place') return false;
  const written = fold(transliterate(surface)).replace(/[^a-z]/g, '');
  const english = fold(entity.name).replace(/[^a-z]/g, '');
  return written.length > 0 && written.slice(-1) === english.slice(-1);
}

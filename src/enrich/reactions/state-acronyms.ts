/**
 * Acronyms of state bodies the gazetteer names only in full: "CBP" is US Customs and Border Protection, a body of the
 * United States. Built once from the gazetteer's institutions (offices and agencies that speak for a state): the
 * initials of each name's capitalized words, with and without a leading state name ("US", "United States").
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { gazetteer } from '../entities/gazetteer.ts';

let acronyms: Map<string, EntityRef | null> | null = null;

/** The state whose body an all-capitals acronym names, or null when it names none or several. */
export function stateOfAcronym(acronym: string): EntityRef | null {
  if (!/^[A-Z]{3,6}$/.test(acronym)) return null;
  acronyms ??= buildAcronyms();
  return acronyms.get(acronym) ?? null;
}

function buildAcronyms(): Map<string, EntityRef | null> {
  const index = gazetteer();
  const out = new Map<string, EntityRef | null>();
  const add = (acronym: string, state: EntityRef): void => {
    if (acronym.length < 3) return;
    const existing = out.get(acronym);
    out.set(acronym, existing === undefined || existing?.key === state.key ? state : null);
  };
  for (const candidates of index.phrases.values()) {
    for (const c of candidates) {
      if (c.via !== 'institution' || c.entity.kind !== 'country') continue;
      // Only the capitalized words of the name as written make its initials ("of", "and", "the" do not).
      const words = c.written.filter((w) => /^\p{Lu}/u.test(w));
      if (words.length < 3 || words.length !== c.written.filter((w) => /^\p{L}/u.test(w) && !/^(of|and|the|for|on)$/i.test(w)).length) continue;
      const initials = words.map((w) => (w[0] as string).toUpperCase()).join('');
      add(initials, c.entity);
      // Without the state's own name in front: "US Customs and Border Protection" -> CBP.
      const lead = words[0] === 'US' ? 1 : words[0] === 'United' && words[1] === 'States' ? 2 : 0;
      if (lead > 0) add(initials.slice(lead), c.entity);
    }
  }
  // An acronym the gazetteer already knows as a name of its own keeps that reading.
  for (const key of [...out.keys()]) if (index.phrases.has(key.toLowerCase())) out.delete(key);
  return out;
}

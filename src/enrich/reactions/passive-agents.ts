/**
 * Passive reactions: "the move was welcomed by Washington and Brussels", "the attack was condemned by the UN". The
 * actors after "by" reacted, whoever the sentence's subject is. Negated or hypothetical passives ("was not welcomed
 * by", "would be welcomed by") are not reactions.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import type { CueMatch } from './find-cues.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';

const BE = new Set(['was', 'were', 'been', 'is', 'are', 'being', 'be']);

/** How many lower-case words may describe a listed agent before its name ("former colonial power France"). */
const DESCRIPTION_WORDS = 4;

/** How many common-noun words may name a group of agents before "including" lists them. */
const GROUP_WORDS = 7;

export function passiveAgents(view: SentenceView, match: CueMatch, g: ReactionGrammar): EntityRef[] {
  const { norms } = view;
  if (!/ed$/.test(norms[match.start] ?? '') || norms[match.end] !== 'by') return [];
  let be = match.start - 1;
  while (be >= 0 && /ly$/.test(norms[be] ?? '')) be--; // "was warmly welcomed by"
  if (!BE.has(norms[be] ?? '')) return [];
  for (let k = Math.max(0, be - 3); k < be; k++) {
    const norm = norms[k] ?? '';
    if (g.negations.matchAt(norms, k) > 0 || norm.endsWith("n't") || g.hypotheticals.matchAt(norms, k) > 0) return [];
  }
  const actors: EntityRef[] = [];
  let k = match.end + 1;
  // "condemned by neighbours and international partners including the United States, the UN and France": a group
  // named in common nouns, then its members.
  const including = norms.slice(k, k + GROUP_WORDS).indexOf('including');
  if (including > 0 && norms.slice(k, k + including).every((n, j) => /^[\p{Ll}-]+$/u.test(n) && !view.mentionAt.has(k + j))) k += including + 1;
  for (;;) {
    let hit = view.mentionAt.get(k);
    while (!hit && g.determiners.has(norms[k] ?? '')) hit = view.mentionAt.get(++k);
    // A description before a listed name ("and former colonial power France"): a few lower-case words.
    for (let d = k; !hit && d < k + DESCRIPTION_WORDS && /^[\p{Ll}-]+$/u.test(norms[d] ?? '') && norms[d] !== 'and' && norms[d] !== 'or'; d++) {
      const next = view.mentionAt.get(d + 1);
      if (next) {
        hit = next;
        k = d + 1;
      }
    }
    const actor = hit ? (hit.mention.actor ?? hit.mention.seatOf) : null;
    if (!hit || !actor || view.tokens[hit.end - 1]?.end !== hit.mention.end || norms[hit.end] === "'s") break;
    if (hit.mention.via === 'demonym') break;
    actors.push(actor);
    k = hit.end;
    if (norms[k] === ',') k++;
    if (norms[k] === 'and' || norms[k] === 'or') k++;
    else if (norms[k - 1] !== ',') break;
  }
  return actors;
}

/**
 * Solidarity with a side that objects joins its objection (the labelling guide's rule, which solidarity-under-attack.ts
 * applies to attacks in English): "La Unión Europea cerró filas con Grecia", "Cuba expresó su solidaridad con Caracas",
 * "Евросоюз встал на сторону Греции" oppose the move Greece, Venezuela or Moldova objects to. Solidarity with a side
 * that objects to nothing (a struck country after an earthquake) stays support, and so does standing by the side the
 * headline names first, mostly the one whose move it reports, whatever that side objects to in turn ("stands fully
 * behind Estonia" under "Estonia expels three Russian diplomats", Estonia blaming Moscow).
 * Backing a side's claim, right, or position joins its objection the same way ("firmly supports Argentina's claim", "в
 * поддержку Аргентины"), but a word of backing is followed by much else than a side ("supported sanctions against
 * Russia"): the side must be named within a few words after it, before a comma and before a word of opposing.
 */
import type { ExtractedReaction } from '../../domain/enrichment.ts';

/** Words of backing, and the words that make what follows them a target, not a side ("against"). */
export interface BackingWords {
  isBacking: (cue: string) => boolean;
  /** Folded words after which a named actor is the target of what is backed ("against", "gegen", "против"). */
  opposing: ReadonlySet<string>;
}

/** How many words after a word of backing the side it backs may be named ("supports Argentina's claim"). */
const BACKING_REACH = 5;

/**
 * The reactions with each supportive one whose cue is a word of solidarity or of siding with someone (`isAlignment`),
 * and whose sentence names first after the cue (`namedIn`, given the words from the cue on, in text order) another actor
 * that objected in the same article, never supported and is not the headline's first-named actor (`headlined`, asked only when
 * needed), made opposed. The side's own reactions are read as found, before any is changed.
 */
export function alignedWithOpponents(
  reactions: readonly ExtractedReaction[],
  isAlignment: (cue: string) => boolean,
  namedIn: (evidence: string) => ReadonlySet<string>,
  headlined: () => string | null,
  backing?: BackingWords,
): ExtractedReaction[] {
  const backs = (cue: string) => backing !== undefined && backing.isBacking(cue);
  // Read only where some solidarity could join an objection: the headline's names cost a scan.
  if (!reactions.some((r) => r.stance === 'supportive' && (isAlignment(r.cue) || backs(r.cue))) || !reactions.some((r) => r.stance === 'opposed')) return [...reactions];
  const first = headlined();
  const opposed = new Set(reactions.filter((r) => r.stance === 'opposed' && r.actor.key !== first).map((r) => r.actor.key));
  if (opposed.size === 0) return [...reactions];
  for (const r of reactions) if (r.stance === 'supportive') opposed.delete(r.actor.key);
  return reactions.map((r) => {
    // The side is the first actor named after the cue ("sided with Maseru, saying … South Africa's mines"): names
    // further on are what the solidarity says, not whom it is with.
    // A capital's place key comes with its state's: the place is no side.
    if (r.stance !== 'supportive') return r;
    const aligns = isAlignment(r.cue);
    if (!aligns && !backs(r.cue)) return r;
    const named = aligns ? afterCue(r) : backedSpan(r, backing!.opposing);
    const side = [...namedIn(named)].find((key) => key !== r.actor.key && !key.startsWith('place:'));
    return side !== undefined && opposed.has(side) ? { ...r, stance: 'opposed' } : r;
  });
}

/** The few words right after a cue of backing, up to a comma or a word of opposing: where the side backed is named. */
function backedSpan(r: ExtractedReaction, opposing: ReadonlySet<string>): string {
  const at = r.evidence.indexOf(r.cue);
  if (at < 0) return '';
  const words: string[] = [];
  let counted = 0;
  for (const word of r.evidence.slice(at + r.cue.length).split(/\s+/u)) {
    const bare = word.replace(/[^\p{L}\p{N}'’-]+/gu, '').toLowerCase();
    // A quotation mark standing alone is no word ("soutien ferme » à la revendication argentine").
    if (bare !== '' && (opposing.has(bare) || ++counted > BACKING_REACH)) break;
    words.push(word);
    if (/[,;:.]$/u.test(word)) break;
  }
  return words.join(' ');
}

/** The words of a reaction's sentence from its cue on, where whom the solidarity is with is named ("… con Grecia"). */
function afterCue(r: ExtractedReaction): string {
  const at = r.evidence.indexOf(r.cue);
  return at < 0 ? r.evidence : r.evidence.slice(at);
}

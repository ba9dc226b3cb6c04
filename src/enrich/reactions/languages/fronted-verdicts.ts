/**
 * A verdict fronted before whose it is, in a verbless sentence: "Durissimo il Wwf, che parla di …", "Contraria
 * l'Indonesia, che teme …", "Netto il no del Tplf, …", "Dura la reazione di Taipei: …", "Contrari invece gli
 * ambientalisti di Greenpeace, …". Italian news writes a reaction so: the opening word judges, the name after it (or
 * after a noun of verdict or of those judging and "di") is the one judging.
 */
import type { Stance } from '../../../domain/enrichment.ts';
import type { WordToken } from '../../../text/index.ts';

export interface FrontedVerdictWords {
  /** Adjectives that only strengthen the verdict noun after them ("Netto il no", "Secco il rifiuto"), folded. */
  intensifiers: readonly string[];
  /** Nouns of a verdict, folded, with the stance of those that carry one ("no": opposed), null for the others ("giudizio"). */
  verdictNouns: Readonly<Record<string, Stance | null>>;
  /** Prepositions tying a verdict noun to whose it is ("di", "del", "dell'"), folded. */
  of: readonly string[];
  /** The base form a superlative stands for ("durissimo" → "duro"), or null: the lexicon holds the base. */
  superlativeBase?: (folded: string) => string | null;
  /** Adverbs that may stand right after the opening word ("Contrari invece …", "Scettica anche …"), folded. */
  adverbs?: readonly string[];
  /**
   * A comparative word and the copulas after its adjective, folded, where the language fronts the verdict so: "Más dura
   * fue Yibuti, que …", "Más matizada fue la Cámara …": the adjective judges, the name after the copula is whose.
   */
  comparative?: { words: readonly string[]; copulas: readonly string[]; /** Only after the comparative, as in Spanish. */ only?: boolean };
}

/** A name the sentence holds: where it starts and ends (its last token). */
export interface FrontedName<A> {
  actor: A;
  token: number;
  last?: number;
}

/**
 * The name a fronted verdict belongs to and its stance, or null. `openerStance` is the opening word's stance in the
 * lexicon (adjectives and nouns of judgement), null if it has none; `articles` are the language's articles, folded;
 * `breakAfter(k)` tells whether punctuation follows token k.
 */
export function frontedVerdict<A>(
  tokens: readonly WordToken[],
  names: readonly FrontedName<A>[],
  w: FrontedVerdictWords,
  articles: ReadonlySet<string>,
  openerStance: Stance | null,
  breakAfter: (k: number) => boolean,
): { actor: A; stance: Stance } | null {
  const opener = tokens[0];
  if (!opener || tokens.length < 2 || breakAfter(0)) return null;
  const strengthens = w.intensifiers.includes(opener.folded);
  let stance: Stance | null = strengthens ? null : openerStance;
  if (!strengthens && stance === null) return null;
  let j = 1;
  if (w.adverbs?.includes(tokens[j]?.folded ?? '') && !breakAfter(j)) j++;
  if (articles.has(tokens[j]?.folded ?? '')) j++;
  const noun = tokens[j]?.folded ?? '';
  // A noun of verdict ("Netto il no del Tplf") or of those who judge ("Contrari gli ambientalisti di Greenpeace"), then
  // "di" and whose it is.
  const ofAfter = w.of.includes(tokens[j + 1]?.folded ?? '') && !breakAfter(j);
  if (ofAfter && (Object.hasOwn(w.verdictNouns, noun) || /^\p{Ll}/u.test(tokens[j]?.surface ?? ''))) {
    stance ??= Object.hasOwn(w.verdictNouns, noun) ? (w.verdictNouns[noun] ?? null) : null;
    j += 2;
    if (articles.has(tokens[j]?.folded ?? '')) j++;
  }
  if (stance === null || stance === 'neutral') return null;
  const name = names.find((n) => n.token === j);
  if (!name) return null;
  // The verdict is the sentence's own clause: the name closes it ("…, che parla di …", "…: lanciare razzi …").
  const last = name.last ?? name.token;
  if (last < tokens.length - 1 && !breakAfter(last)) return null;
  return { actor: name.actor, stance };
}

/**
 * A clause that recalls an earlier event as background: "The dispute comes five days after New Delhi blamed …", "la
 * semana pasada, cuando Nueva Delhi culpó …", "с прошлой недели, когда Индия обвинила …", "depuis 2017, lorsque …".
 * A temporal subordinator right after a noun of time or a year opens it; what its subject did then is no reaction to this article's event.
 */

/** How many words before the subordinator its noun of time may stand ("five days after", "la semaine dernière, où"). */
const TIME_REACH = 3;
/** A year written out ("depuis 2017, lorsque …", "in 2019, when …") dates the clause as a noun of time does. */
const YEAR = /^(?:19|20)\d\d$/;

export interface PastBackgroundWords {
  /** Nouns of a span of time, folded: "days", "semana", "недели". */
  timeNouns: ReadonlySet<string>;
  /** Temporal subordinators, each a sequence of folded words: ["when"], ["despues", "de", "que"]. */
  subordinators: readonly (readonly string[])[];
  /** Prepositions of time before a noun phrase ("quatre jours après la mort de …", "через три дня после гибели …"). */
  prepositions?: readonly (readonly string[])[];
  /** Prepositions of a starting point, folded: "since", "depuis", "seit", "dal", "с". */
  since?: ReadonlySet<string>;
  /** Prepositions dating what follows by a year, folded: "in" ("in 2023"), "en", "im" ("im Jahr 2023"), "nel", "в". */
  dating?: ReadonlySet<string>;
  /** Phrases placing a clause at an earlier time, folded words: ["at", "the", "time"], ["back", "then"], ["damals"]. */
  then?: readonly (readonly string[])[];
  /**
   * Words opening a complement of the cue's object or another clause, folded ("for", "of", "that", "and"): a year
   * closing the clause after one dates that complement or clause; with none between, the year dates the cue, however
   * far after it.
   */
  objectWords?: ReadonlySet<string>;
  /**
   * The language sets every subordinate clause off with a comma (German): a subordinator without one is another word
   * ("im Mai 2025 als erstes Land", as, not when).
   */
  commaBeforeClause?: boolean;
}

/**
 * The fewest words before the noun of time for the phrase to follow a clause of its own ("La catastrophe survient
 * quatre jours après …") rather than open the sentence ("Deux jours après l'attaque, Paris a condamné …").
 */
const TRAILING_FROM = 3;

/**
 * The subordinator or preposition that opens a background phrase at `at`, with where its noun of time stands, or null.
 * `words` are folded, punctuation apart.
 */
function backgroundOpening(words: readonly string[], at: number, w: PastBackgroundWords): { length: number; time: number; clause: boolean } | null {
  return openingOf(words, at, w, w.subordinators, true) ?? (w.prepositions ? openingOf(words, at, w, w.prepositions, false) : null);
}

function openingOf(words: readonly string[], at: number, w: PastBackgroundWords, phrases: readonly (readonly string[])[], clause: boolean): { length: number; time: number; clause: boolean } | null {
  for (const phrase of phrases) {
    if (words[at] !== phrase[0] || !phrase.every((p, j) => words[at + j] === p)) continue;
    for (let k = Math.max(0, at - TIME_REACH); k < at; k++) if (w.timeNouns.has(words[k] ?? '') || YEAR.test(words[k] ?? '')) return { length: phrase.length, time: k, clause };
  }
  return null;
}

/**
 * The word ranges [from, to) of background clauses: from the subordinator to the next clause break (`breaksBefore(k)`:
 * a comma, semicolon or sentence end lies before word k). A phrase of time after the sentence's own clause ("El pacto
 * llega cuatro días después de que …, un incidente que Estados Unidos calificó …") runs to the sentence's end: what
 * follows it describes the earlier event. A preposition ("après la mort de …") opens a phrase only there.
 */
export function pastBackgroundSpans(words: readonly string[], w: PastBackgroundWords, breaksBefore: (k: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 1; k < words.length; k++) {
    const opening = backgroundOpening(words, k, w);
    if (opening === null) continue;
    const trailing = opening.time >= TRAILING_FROM;
    if (!opening.clause && !trailing) continue;
    if (opening.clause && w.commaBeforeClause === true && !breaksBefore(k)) continue;
    let end = k + opening.length;
    while (end < words.length && (trailing || !breaksBefore(end))) end++;
    out.push([k, end]);
    k = end;
  }
  return out;
}

/** How many words an opening phrase of time may take before its comma ("Déjà en 2019,", "Bereits im Jahr 2019,"). */
const OPENER_REACH = 5;

/**
 * Whether a sentence opens with a phrase naming a year before the article's ("Déjà en 2019, les Gardiens avaient
 * retenu …", "En 2017, Jammeh rechazó …"): it tells what happened then. `words` are folded, punctuation apart;
 * `commaBefore(k)` tells whether a comma stands before word k.
 */
export function opensInEarlierYear(words: readonly string[], published: string | null, commaBefore: (k: number) => boolean): boolean {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return false;
  for (let k = 0; k < Math.min(words.length, OPENER_REACH); k++) {
    if (k > 0 && commaBefore(k)) return false;
    if (YEAR.test(words[k] ?? '') && Number(words[k]) < year) return words.slice(k + 1, k + OPENER_REACH).some((_, j) => commaBefore(k + 1 + j));
  }
  return false;
}

/** How many words after a cue its "since <year>" may stand ("respalda la moratoria desde 2023"). */
const STANDING_REACH = 4;

/**
 * Whether the cue at `at` states a standing position: "since" and a year follow it in its own clause ("Paris défend
 * depuis 2022 l'interdiction …", "Brasil, que respalda la moratoria desde 2023"). Held since then, it answers no
 * event of this week. `words` are folded, punctuation apart; `breaksBefore(k)`: a clause break lies before word k.
 */
export function standsSince(words: readonly string[], at: number, w: PastBackgroundWords, breaksBefore: (k: number) => boolean): boolean {
  if (!w.since) return false;
  for (let k = at + 1; k <= at + STANDING_REACH && k + 1 < words.length; k++) {
    if (breaksBefore(k)) return false;
    if (w.since.has(words[k]!) && YEAR.test(words[k + 1]!)) return true;
  }
  return false;
}

/** How many words after a cue its dating phrase may start ("protested the ruling in 2023"). */
const DATED_AFTER = 4;

/**
 * Whether the cue at `at` is dated before the article: the sentence opens with a dating preposition and an earlier
 * year ("In 2023 Iraq's court struck down …, a ruling Kuwait protested"), or the cue's own clause holds one ("Kuwait
 * protested the ruling in 2023") or a phrase of then ("a step Zambian officials criticised at the time"). What was said
 * then answers no event of this week. `words` are folded; `breaksBefore(k)`: a clause break lies before word k.
 */
export function datedEarlier(words: readonly string[], at: number, published: string | null, w: PastBackgroundWords, breaksBefore: (k: number) => boolean): boolean {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  // The year right after the preposition, or after a noun of time ("im Jahr 2023"): not a year qualifying a noun ("in
  // the 2023 elections").
  const earlier = (j: number) => YEAR.test(words[j] ?? '') && Number(words[j]) < year;
  const earlierYearAfter = (k: number): boolean => earlier(k + 1) || (w.timeNouns.has(words[k + 1] ?? '') && earlier(k + 2));
  const dating = w.dating;
  if (dating && Number.isFinite(year) && dating.has(words[0] ?? '') && earlierYearAfter(0)) return true;
  let from = at;
  while (from > 0 && !breaksBefore(from)) from--;
  // After the cue, only a few words on: further, the year dates the object's own noun ("blames Russia for breaches of
  // its computer systems in 2015").
  let end = at + 1;
  while (end < words.length && !breaksBefore(end)) end++;
  const to = Math.min(end, at + 1 + DATED_AFTER);
  for (let k = from; k < to; k++) {
    if (dating && Number.isFinite(year) && dating.has(words[k] ?? '') && earlierYearAfter(k)) return true;
    if (w.then?.some((phrase) => phrase.every((p, j) => words[k + j] === p) && k + phrase.length <= end)) return true;
  }
  // A dating phrase closing the clause further on ("refused to join the missile shield in 2005") dates the cue when
  // nothing between opens a complement of its object.
  const closing = end - 2;
  if (w.objectWords && dating && Number.isFinite(year) && closing >= to && dating.has(words[closing] ?? '') && earlier(closing + 1)) {
    return !words.slice(at + 1, closing).some((word) => w.objectWords!.has(word));
  }
  return false;
}

/**
 * Prepositions that put a capital in the place role ("in Moskau", "à Pékin", "a Roma", "в Москве"): after them the
 * city is where something happened, not the state speaking. General grammar of each language; prepositions that
 * also introduce a source ("aus Peking hieß es", "desde Pekín", "из Москвы") are left out on purpose.
 */
const BY_LANGUAGE: Record<string, readonly string[]> = {
  de: ['in', 'im', 'nach', 'bei', 'beim', 'nahe', 'um', 'vor', 'zwischen', 'uber', 'ab'],
  fr: ['a', 'au', 'en', 'vers', 'pres', 'dans', 'entre', 'sur'],
  es: ['en', 'hacia', 'cerca', 'entre', 'hasta'],
  it: ['a', 'in', 'verso', 'presso', 'tra', 'fra', 'nei', 'nel'],
  pt: ['em', 'no', 'na', 'para', 'entre'],
  nl: ['in', 'naar', 'bij'],
  ru: ['в', 'во', 'на', 'под', 'около', 'возле', 'близ', 'у', 'к', 'ко', 'между', 'над'],
  uk: ['в', 'у', 'на', 'під', 'біля', 'до'],
};

const sets = new Map<string, ReadonlySet<string>>();

export function locatives(language: string): ReadonlySet<string> {
  let set = sets.get(language);
  if (!set) {
    set = new Set(BY_LANGUAGE[language] ?? []);
    sets.set(language, set);
  }
  return set;
}

/**
 * Abbreviations that end in a dot without ending a sentence, per language (titles, ranks, "No.", months, Latin and
 * company forms). General words of each language's typography, not phrases of any corpus. Keys are folded.
 */
const BY_LANGUAGE: Readonly<Record<string, string>> = {
  en: 'mr mrs ms dr prof st sr jr gen lt col capt cmdr sgt maj adm gov sen rep pres rev hon amb sec vs v etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx est fig mt ft no nos art p pp',
  de: 'dr prof st nr bzw usw vgl ca abs art bd hr fr str jh mio mrd evtl ggf inkl zb z b u a o d.h s',
  fr: 'm mm mme mlle dr pr st ste me mgr no art p av bd env etc cf',
  es: 'sr sra srta dr dra d dña ud uds lic prof gral no art p pág etc av',
  it: 'sig sigg dott prof ing avv on sen gen no art p pag ecc',
  pt: 'sr sra dr dra prof gen no art p pág etc av',
  nl: 'dhr mevr dr prof ir mr nr art blz enz bijv',
  ru: 'г гг ул им т тт стр см напр тыс млн млрд руб д',
};

const cache = new Map<string, ReadonlySet<string>>();

export function abbreviations(language: string | null): ReadonlySet<string> {
  const key = language && BY_LANGUAGE[language] ? language : 'en';
  let set = cache.get(key);
  if (!set) {
    // English titles appear in every language's wire copy ("Mr. Trump"); the language's own come on top.
    set = new Set(`${BY_LANGUAGE.en} ${key === 'en' ? '' : BY_LANGUAGE[key]}`.split(/\s+/).filter(Boolean));
    cache.set(key, set);
  }
  return set;
}

/** Languages that write ordinals as a number and a dot ("am 3. Juni"), so "3." does not end a sentence. */
export const ORDINAL_DOT_LANGUAGES: ReadonlySet<string> = new Set(['de', 'da', 'no', 'fi', 'cs', 'sk', 'pl', 'hu', 'hr', 'sl', 'sr', 'is', 'et', 'lv', 'tr']);

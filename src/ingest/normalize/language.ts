/**
 * Feed language tags ("en-us", "EN_GB", "fr, en", "english") to canonical BCP 47 casing ("en-US"), or null for junk.
 */
const FIRST_TAG = /^[^,;\s]+/;
const PRIMARY_SUBTAG = /^[a-z]{2,3}$/i;
const UNDETERMINED = 'und';
const UNDERSCORES = /_/g;

export function normalizeLanguage(value: string | null | undefined): string | null {
  const first = value?.trim().match(FIRST_TAG)?.[0].replace(UNDERSCORES, '-');
  if (!first) return null;
  // Intl accepts 5-8 letter "languages" ("english"); real feeds use ISO 639-1/2 codes.
  if (!PRIMARY_SUBTAG.test(first.split('-')[0] ?? '')) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(first);
    return canonical === undefined || canonical === UNDETERMINED ? null : canonical;
  } catch {
    return null;
  }
}

/**
 * Compiles one cue pattern (syntax in data/reaction-cues.json) to a regular expression over a clause's normalized
 * tokens joined by single spaces. Returns an error message instead when the pattern is malformed.
 */
export interface CompiledCuePattern {
  /** Anchored at a token start (sticky). */
  regex: RegExp;
  /** The words a match can start with, MONEY_START where an amount of money can open it; null when any token can. */
  firstWords: string[] | null;
}

export function compileCuePattern(pattern: string): CompiledCuePattern | string {
  const elements = pattern.trim().split(/\s+/);
  if (elements.length === 0 || elements[0] === '') return 'a pattern needs at least one word';
  const last = elements[elements.length - 1] ?? '';
  if (isGap(last) || last.endsWith('?')) return 'a pattern must end with a required word';
  let source = '';
  for (const [i, element] of elements.entries()) {
    const separator = i < elements.length - 1 ? ' ' : '';
    if (isGap(element)) {
      const n = Number(element.slice(1));
      if (!Number.isInteger(n) || n < 1 || n > 12) return `gap "${element}" must be _1 … _12`;
      // A gap does not pass a word of negation: "offered no aid" is no offer of aid.
      source += `(?:(?!(?:no|not|never|nor|without) )\\S+ ){0,${n}}`;
      continue;
    }
    const optional = element.endsWith('?');
    const body = optional ? element.slice(0, -1) : element;
    const alternatives = body.split('|');
    if (alternatives.some((a) => a === '')) return `empty alternative in "${element}"`;
    const group = `(?:${alternatives.map(alternativeSource).join('|')})`;
    source += optional ? `(?:${group}${separator})?` : `${group}${separator}`;
  }
  return { regex: new RegExp(`${source}(?![^ ])`, 'y'), firstWords: firstWords(elements) };
}

function firstWords(elements: readonly string[]): string[] | null {
  const words: string[] = [];
  for (const element of elements) {
    const optional = element.endsWith('?');
    for (const alt of (optional ? element.slice(0, -1) : element).split('|')) {
      if (alt === '#money') words.push(MONEY_START);
      else words.push(...(alt.startsWith('~') ? verbForms(alt.slice(1)) : [alt]));
    }
    if (!optional) return words;
  }
  return words;
}

function isGap(element: string): boolean {
  return /^_\d+$/.test(element);
}

/** In firstWords: a match can open with an amount of money, whose first token starts with a currency sign or a digit. */
export const MONEY_START = '#money';

/** The first characters MONEY can start with: a currency sign or an ASCII digit (the pattern has no u flag). */
export function mayStartMoney(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}

/**
 * The units of the world's currencies, read from ICU's English currency names (the last word: "Chinese Yuan" -> yuan,
 * "Russian Ruble" -> ruble), so an amount in any currency is money ("20 million yuan", "5 billion rupees"). "Special
 * Drawing Rights" and "Gold" are no units one pledges in.
 */
function currencyUnits(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  const units = new Set<string>();
  for (const code of Intl.supportedValuesOf('currency')) {
    const unit = names.of(code)?.split(' ').pop()?.toLowerCase();
    if (unit && /^[a-z]{3,}$/.test(unit) && unit !== 'rights' && unit !== 'gold') units.add(unit);
  }
  return [...units].sort((a, b) => b.length - a.length);
}

const MONEY = `(?:[$€£¥] \\d\\S*(?: (?:million|billion|trillion|bn|m))?|\\d\\S*(?: (?:million|billion|trillion|bn))? (?:${currencyUnits().join('|')})s?)`;

function alternativeSource(alternative: string): string {
  if (alternative === '#money') return MONEY;
  if (alternative.startsWith('~')) return `(?:${verbForms(alternative.slice(1)).map(escape).join('|')})`;
  return escape(alternative);
}

/** A regular English verb's forms: base, -s, -ed, -ing ("welcome" -> welcomes, welcomed, welcoming). */
export function verbForms(base: string): string[] {
  const third = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, third, past, ing];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The spelled-out cardinal numbers of the languages the reaction reader covers, from CLDR's rule-based number format
 * (the cldr-rbnf package), into src/text/data/number-words.json: the words a count is written with ("two", "quattro",
 * "zwei", "две", "двух"), in every gender and case CLDR spells, folded. Each count is spelled by the rules themselves
 * (a small evaluator of ICU's rule syntax for whole numbers), so nothing is typed per language. Re-run after upgrading
 * cldr-rbnf (`npm --prefix scripts/data ci` first):
 *
 *   node --import tsx scripts/data/build-number-words.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fold } from '../../src/text/fold.ts';

const OUT = fileURLToPath(new URL('../../src/text/data/number-words.json', import.meta.url));
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ru'];
/** The counts spelled: every number to a hundred, the hundreds, and the first two thousands, millions and billions. */
const COUNTS = [...Array.from({ length: 100 }, (_, i) => i + 1), ...Array.from({ length: 9 }, (_, i) => (i + 1) * 100), 1000, 2000, 1e6, 2e6, 1e9, 2e9];
const require = createRequire(import.meta.url);
const version = (JSON.parse(readFileSync(require.resolve('cldr-rbnf/package.json'), 'utf8')) as { version: string }).version;

type Rules = Record<string, [string, string][]>;
interface Rule { base: number; divisor: number; body: string }

/** A rule set's whole-number rules in ascending order, each with the power of its radix that divides what it spells. */
function wholeRules(list: [string, string][]): Rule[] {
  const out: Rule[] = [];
  for (const [key, body] of list) {
    const [b, r] = key.split('/');
    if (!/^\d+$/u.test(b ?? '')) continue;
    const base = Number(b);
    const radix = r ? Number(r) : 10;
    const divisor = base === 0 ? 1 : radix ** Math.floor(Math.log(base) / Math.log(radix) + 1e-9);
    out.push({ base, divisor, body: body.replace(/;$/u, '') });
  }
  return out.sort((a, b) => a.base - b.base);
}

/**
 * Spells `n` with one of a language's rule sets, as ICU's rule-based number format does for whole numbers: the rule
 * with the largest base not above `n`; "←…←" spells the quotient by the rule's divisor, "→…→" the remainder, "=…="
 * the number itself (by the named set, or the same set when unnamed); an optional "[…]" part only when the remainder
 * is not zero; "$(cardinal,…)$" the plural form the quotient takes. Null where a rule asks for a decimal format.
 */
function spell(sets: Map<string, Rule[]>, name: string, n: number, plural: Intl.PluralRules): string | null {
  const rules = sets.get(name);
  let rule: Rule | undefined;
  for (const r of rules ?? []) if (r.base <= n) rule = r;
  if (!rule) return null;
  const quotient = Math.floor(n / rule.divisor);
  const remainder = n % rule.divisor;
  let failed = false;
  const sub = (target: string, value: number): string => {
    if (!target.startsWith('%') && target !== '') return ((failed = true), '');
    const spelled = spell(sets, target === '' ? name : target, value, plural);
    if (spelled === null) failed = true;
    return spelled ?? '';
  };
  let text = rule.body.replace(/\[([^\]]*)\]/gu, (_, inner: string) => (remainder === 0 ? '' : inner));
  text = text.replace(/\$\(cardinal,([^)]*)\)\$/gu, (_, forms: string) => {
    const category = plural.select(quotient);
    const found = [...forms.matchAll(/(\w+)\{([^}]*)\}/gu)];
    return (found.find((m) => m[1] === category) ?? found.find((m) => m[1] === 'other'))?.[2] ?? '';
  });
  text = text
    .replace(/←([^←]*)←/gu, (_, t: string) => sub(t, quotient))
    .replace(/→([^→]*)→/gu, (_, t: string) => sub(t, remainder))
    .replace(/=([^=]*)=/gu, (_, t: string) => sub(t, n));
  return failed ? null : text.replace(/\u00AD/gu, '');
}

const languages: Record<string, string[]> = {};
for (const language of LANGUAGES) {
  const rules = (require(`cldr-rbnf/rbnf/${language}.json`) as { rbnf: { rbnf: { SpelloutRules: Rules } } }).rbnf.rbnf.SpelloutRules;
  const sets = new Map(Object.entries(rules).map(([name, list]) => [name, wholeRules(list)]));
  const plural = new Intl.PluralRules(language);
  const spelled: string[][] = [];
  for (const name of sets.keys()) {
    if (!name.startsWith('%spellout-cardinal') && name !== '%spellout-numbering') continue;
    for (const n of COUNTS) {
      const s = spell(sets, name, n, plural)?.trim();
      if (s) spelled.push(s.split(/[\s-]+/u).map((w) => fold(w)));
    }
  }
  // One-word counts ("quattro", "двух", "vingt"), and the last word of a count of thousands or more ("milioni",
  // "тысячи"); not the joiners inside a longer count ("y" of "treinta y dos", "et" of "vingt et un").
  const whole = new Set(spelled.filter((p) => p.length === 1).map((p) => p[0]!));
  const words = new Set(whole);
  for (const parts of spelled) {
    for (const p of parts) if (whole.has(p)) words.add(p);
    if (parts.length > 1 && !whole.has(parts[parts.length - 1]!) && parts.some((p) => whole.has(p))) words.add(parts[parts.length - 1]!);
  }
  languages[language] = [...words].filter((w) => /^\p{L}{2,}$/u.test(w)).sort();
}
const out = {
  $source: { package: 'cldr-rbnf', version, licence: 'Unicode-3.0 (Unicode CLDR)', generatedBy: 'scripts/data/build-number-words.ts' },
  languages,
};
writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${OUT}: ${LANGUAGES.map((l) => `${l} ${languages[l]!.length}`).join(', ')}`);

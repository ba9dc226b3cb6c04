// Builds real-pages.<lang>.gold.json from the two independent passes real-pages.<lang>.pass1.json and .pass2.json:
// labels both passes agree on, plus the disagreements decided below (each with its reason). Prints the agreement F1
// on (page, actor, stance) and on (page, actor). Re-run after editing a pass: node scripts/eval/labels/adjudicate-real-pages.mjs de
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const read = (f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const lang = process.argv[2];
if (!lang) throw new Error('usage: adjudicate-real-pages.mjs <lang>');
const pass1 = read(`real-pages.${lang}.pass1.json`);
const pass2 = read(`real-pages.${lang}.pass2.json`);

/** Labels only one pass has: kept (true) or dropped (false), and why. */
const DECISIONS_BY_LANG = {
  de: {
    'de-putsch-niger-2023-2|European Union|opposed': [false, 'suspending security cooperation is an action taken, not an evaluation stated'],
    'de-putsch-niger-2023-2|France|opposed': [false, 'stopping development aid is an action taken, not an evaluation stated'],
    'de-putsch-niger-2023-3|African Union|cautious': [true, 'the council "reserved" its view and will examine the consequences: reservation, more than taking note'],
    'de-putsch-niger-2023-3|African Union|neutral': [false, 'the same statement as the cautious label; one reading is enough'],
    'de-wahl-venezuela-2024-1|European Union|skeptical': [true, 'the EU says delays put the results\' credibility in question: the conditional is about the event, the doubt is stated'],
    'de-wahl-venezuela-2024-2|European Union|skeptical': [true, 'same as de-wahl-venezuela-2024-1'],
    'de-wahl-venezuela-2024-3|European Union|skeptical': [true, 'same as de-wahl-venezuela-2024-1'],
  },
};
const DECISIONS = DECISIONS_BY_LANG[lang] ?? {};

const key = (id, r) => `${id}|${r.actor}|${r.stance}`;
function index(pass) {
  const m = new Map();
  for (const p of pass.pages) for (const r of p.reactions) m.set(key(p.id, r), r);
  return m;
}
const f1 = (a, b) => {
  const both = [...a].filter((k) => b.has(k)).length;
  return a.size + b.size === 0 ? 1 : (2 * both) / (a.size + b.size);
};
const one = index(pass1);
const two = index(pass2);
const actorsOf = (m) => new Set([...m.keys()].map((k) => k.split('|').slice(0, 2).join('|')));
console.log(`${lang}: pass1 ${one.size} labels, pass2 ${two.size}; agreement F1 (actor, stance) ${f1(new Set(one.keys()), new Set(two.keys())).toFixed(3)}, actors ${f1(actorsOf(one), actorsOf(two)).toFixed(3)}`);

const undecided = [];
const gold = {
  pages: pass1.pages.map((p) => {
    const p2 = pass2.pages.find((q) => q.id === p.id);
    if (!p2) throw new Error(`${p.id} missing from pass 2`);
    const all = new Map([...p.reactions, ...p2.reactions].map((r) => [key(p.id, r), r]));
    const reactions = [...all].flatMap(([k, r]) => {
      if (one.has(k) && two.has(k)) return [r];
      const d = DECISIONS[k];
      if (!d) undecided.push(k);
      return d?.[0] ? [r] : [];
    });
    return { ...p, reactions };
  }),
};
if (undecided.length > 0) throw new Error(`undecided disagreements:\n${undecided.join('\n')}`);
writeFileSync(new URL(`real-pages.${lang}.gold.json`, dir), `${JSON.stringify(gold, null, 1)}\n`);
console.log(`${lang}: gold ${gold.pages.length} pages, ${gold.pages.reduce((n, p) => n + p.reactions.length, 0)} labels`);

// Builds real-pages.<lang>.gold.json from the two independent passes real-pages.<lang>.pass1.json and .pass2.json:
// labels both passes agree on, plus the disagreements decided below (each with its reason). Prints the agreement
// between the passes on (page, actor, stance) and on (page, actor).
// Re-run after editing a pass: node scripts/eval/labels/adjudicate-real-pages.mjs [lang ...] (default: every language
// with both passes).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const read = (f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const withPass2 = readdirSync(dir).flatMap((f) => /^real-pages\.([a-z]{2})\.pass2\.json$/.exec(f)?.[1] ?? []);
const langs = process.argv.length > 2 ? process.argv.slice(2) : withPass2.sort();

/** Labels only one pass has, keyed page|actor|stance: kept (true) or dropped (false), and why. */
const DECISIONS = {
  'de-putsch-niger-2023-2|European Union|opposed': [false, 'suspending security cooperation is an action taken, not an evaluation stated'],
  'de-putsch-niger-2023-2|France|opposed': [false, 'stopping development aid is an action taken, not an evaluation stated'],
  'de-putsch-niger-2023-3|African Union|cautious': [true, 'the council "reserved" its view and will examine the consequences: reservation, more than taking note'],
  'de-putsch-niger-2023-3|African Union|neutral': [false, 'the same statement as the cautious label; one reading is enough'],
  'de-wahl-venezuela-2024-1|European Union|skeptical': [true, 'the EU says delays put the results\' credibility in question: the conditional is about the event, the doubt is stated'],
  'de-wahl-venezuela-2024-2|European Union|skeptical': [true, 'same as de-wahl-venezuela-2024-1'],
  'de-wahl-venezuela-2024-3|European Union|skeptical': [true, 'same as de-wahl-venezuela-2024-1'],
  'es-condenas-muerte-egipto-2014-1|United Nations|opposed': [false, 'alarm, concern and disappointment at the sentences, without condemnation: concern, which the cautious label already holds'],
  'es-condena-jodorkovski-2010-1|European Union|neutral': [true, 'the EU saying it will follow the trial closely: a neutral acknowledgement without evaluation'],
  'es-ataque-israel-iran-2024-2|European Union|opposed': [false, "only the outlet's headline says the EU repudiated the strike; the EU statement the page quotes calls for restraint"],
  'it-mandato-cpi-netanyahu-2024-1|Germany|skeptical': [false, 'the spokesman will examine the warrants carefully and finds arrests hard to imagine: reluctance, not doubt about the court; cautious'],
  'it-mandato-cpi-netanyahu-2024-1|Germany|cautious': [true, 'same page: careful examination, reluctance to act'],
  'ru-peremirie-minsk-2014-2|European Union|cautious': [true, 'the EU welcomes the ceasefire but warns it will watch events closely and names conditions: reservations beside the welcome'],
  'ru-peremirie-donbass-2017-1|United Nations|cautious': [false, 'calling on the parties to keep a ceasefire one welcomes is part of the welcome, as on the other ceasefire pages'],
};

const key = (id, r) => `${id}|${r.actor}|${r.stance}`;

function index(pass) {
  const m = new Map();
  for (const page of pass.pages) for (const r of page.reactions) m.set(key(page.id, r), { id: page.id, ...r });
  return m;
}

/** F1 between the passes on what `project` keeps of each label: 2|A∩B| / (|A| + |B|). */
function agreement(one, two, project) {
  const a = new Set([...one.values()].map(project));
  const b = new Set([...two.values()].map(project));
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const f1 = a.size + b.size > 0 ? (2 * both) / (a.size + b.size) : 1;
  return { pass1: a.size, pass2: b.size, both, f1: Number(f1.toFixed(3)) };
}

/** Whether a label goes into the gold: both passes have it, or a decision keeps it (an undecided one is reported). */
function keeps(k, one, two, used, undecided) {
  if (one.has(k) && two.has(k)) return true;
  const d = DECISIONS[k];
  if (!d) {
    undecided.push(k);
    return false;
  }
  used[k] = `${d[0] ? 'kept' : 'dropped'}: ${d[1]}`;
  return d[0];
}

for (const lang of langs) {
  const base = `real-pages.${lang}`;
  const pass1 = read(`${base}.pass1.json`);
  const pass2 = read(`${base}.pass2.json`);
  const one = index(pass1);
  const two = index(pass2);
  const byId = new Map(pass1.pages.map((p) => [p.id, { ...p, reactions: [] }]));
  const undecided = [];
  const used = {};
  for (const k of new Set([...one.keys(), ...two.keys()])) {
    if (!keeps(k, one, two, used, undecided)) continue;
    const r = one.get(k) ?? two.get(k);
    byId.get(r.id).reactions.push({ actor: r.actor, kind: r.kind, stance: r.stance });
  }
  if (undecided.length) throw new Error(`${lang}: undecided disagreements: ${undecided.join(', ')}`);
  const pages = [...byId.values()];
  for (const p of pages) p.reactions.sort((x, y) => (x.actor + x.stance).localeCompare(y.actor + y.stance));
  const gold = {
    built_by: `scripts/eval/labels/adjudicate-real-pages.mjs from ${base}.pass1.json and ${base}.pass2.json`,
    agreement: {
      actor_stance: agreement(one, two, (r) => `${r.id}|${r.actor}|${r.stance}`),
      actor: agreement(one, two, (r) => `${r.id}|${r.actor}`),
    },
    decisions: used,
    pages,
  };
  writeFileSync(new URL(`${base}.gold.json`, dir), `${JSON.stringify(gold, null, 1)}\n`);
  console.log(lang, JSON.stringify(gold.agreement), `pages: ${pages.length}, events: ${new Set(pages.map((p) => p.event)).size}, gold labels: ${pages.flatMap((p) => p.reactions).length}`);
}

// Builds <corpus>.gold.json from the two independent passes <corpus>.pass1.json and <corpus>.pass2.json: labels both
// passes agree on, plus the disagreements decided below (each with its reason). Prints the inter-annotator agreement.
// Re-run after editing a pass: node scripts/eval/labels/adjudicate.mjs [real-news|ecbplus] (default real-news).
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const read = (f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const corpus = process.argv[2] ?? 'real-news';
const pass1 = read(`${corpus}.pass1.json`);
const pass2 = read(`${corpus}.pass2.json`);

/** One name per actor where the passes wrote it differently. */
const CANONICAL = { 'Donald J. Trump for President': 'Trump campaign' };
const actorOf = (r) => CANONICAL[r.actor] ?? r.actor;
const key = (id, r) => `${id}|${actorOf(r)}|${r.stance}`;

/** Labels only one pass has: kept (true) or dropped (false), and why. */
const DECISIONS_BY_CORPUS = {
  'real-news': {
    '0_R|United States|neutral': [true, 'the president acknowledging the two Koreas negotiate, without evaluation: neutral acknowledgement'],
    '1_L|Russia|supportive': [true, 'a foreign leader phoning to congratulate on taking office, stated as fact: a background reaction'],
    '0_L|United States|cautious': [true, 'a blessing made conditional on a deal: conditional support is cautious by the guide'],
    '5_L|United States|opposed': [false, "the president criticising his predecessor's embassy decision: a domestic matter, as both passes treat the president's domestic remarks"],
    '5_M|United States|opposed': [false, 'same as 5_L'],
  },
  ecbplus: {
    '12_12ecb|India|opposed': [false, '"New Delhi had taken a serious view of piracy-related incidents": concern, not condemnation'],
    '12_12ecb|India|cautious': [true, 'concern about the incidents, stated as background: cautious by the guide'],
  },
};
const DECISIONS = DECISIONS_BY_CORPUS[corpus];
if (!DECISIONS) throw new Error(`unknown corpus ${corpus}`);

function index(pass) {
  const m = new Map();
  for (const [id, list] of Object.entries(pass.articles)) for (const r of list) m.set(key(id, r), { id, ...r, actor: actorOf(r) });
  return m;
}
const one = index(pass1);
const two = index(pass2);

function agreement(project) {
  const s1 = new Set([...one.values()].map(project));
  const s2 = new Set([...two.values()].map(project));
  const both = [...s1].filter((x) => s2.has(x)).length;
  const p = both / s2.size;
  const r = both / s1.size;
  return { pass1: s1.size, pass2: s2.size, both, f1: Number(((2 * p * r) / (p + r)).toFixed(3)) };
}

const articles = Object.fromEntries(Object.keys(pass1.articles).map((id) => [id, []]));
const undecided = [];
for (const k of new Set([...one.keys(), ...two.keys()])) {
  const a = one.get(k);
  const b = two.get(k);
  let keep = !!(a && b);
  if (!keep) {
    const d = DECISIONS[k];
    if (!d) undecided.push(k);
    keep = d?.[0] ?? false;
  }
  if (!keep) continue;
  const r = a ?? b;
  const lines = [...new Set([...(a?.lines ?? []), ...(b?.lines ?? [])])].sort((x, y) => x - y);
  articles[r.id].push({ actor: r.actor, kind: r.kind, stance: r.stance, lines });
}
if (undecided.length) throw new Error(`undecided disagreements: ${undecided.join(', ')}`);
for (const list of Object.values(articles)) list.sort((x, y) => (x.actor + x.stance).localeCompare(y.actor + y.stance));

const gold = {
  corpus: pass1.corpus,
  guide: pass1.guide,
  line_numbering: pass1.line_numbering,
  built_by: `scripts/eval/labels/adjudicate.mjs from ${corpus}.pass1.json and ${corpus}.pass2.json`,
  agreement: { actor_stance: agreement((r) => `${r.id}|${r.actor}|${r.stance}`), actor: agreement((r) => `${r.id}|${r.actor}`) },
  decisions: Object.fromEntries(Object.entries(DECISIONS).map(([k, [keep, why]]) => [k, `${keep ? 'kept' : 'dropped'}: ${why}`])),
  articles,
};
writeFileSync(new URL(`${corpus}.gold.json`, dir), `${JSON.stringify(gold, null, 2)}\n`);
console.log(JSON.stringify(gold.agreement), `gold labels: ${Object.values(articles).flat().length}`);

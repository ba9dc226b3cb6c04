/**
 * Entity recall on ECB+ (tests/fixtures/ecbplus, CC BY 3.0): of the annotated people (HUMAN_PART_PER),
 * organizations (HUMAN_PART_ORG) and locations (LOC_*), how many does extractEntities find? A mention counts as found
 * when a content word of its text appears in the name or a surface form of an entity extracted from its document.
 * Two views: all such mentions (pronouns and common nouns like "the actress" included, which a name extractor
 * cannot find) and named mentions (the mention has a capitalized word). The floors are ratchets: raise them when
 * recall improves, never lower them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';
import { fold } from '../../../src/enrich/entities/fold.ts';
import { fixturePath } from '../../support/fixtures.ts';

const DOCS = fixturePath('ecbplus', 'docs.jsonl');

interface EcbDoc {
  id: string;
  text: string;
  mentions: { type: string; text: string }[];
}

const FLOORS = { allPer: 0.41, allOrg: 0.55, allLoc: 0.61, namedAll: 0.87 };

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'on', 'and', 'for', 'to', 'her', 'his', 'their', 'its', 'he', 'she', 'they', 'it', 'who', 'him', 'them', 'we', 'i', 'you', 'me', 'us', 'our', 'my', 'your']);
const words = (s: string): string[] => fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !STOP.has(w));

/** A mention that names something: a capitalized word that is not a pronoun or a common word capitalized only
 * because it opens a sentence ("He", "Police", "Authorities"). */
function isNamed(mention: string, text: string): boolean {
  return mention.split(/[^\p{L}\p{N}'’]+/u).some((w) => /^\p{Lu}/u.test(w) && !STOP.has(fold(w)) && !new RegExp(`(^|[^\\p{L}])${escape(w.toLowerCase())}([^\\p{L}]|$)`, 'u').test(text));
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function group(type: string): 'per' | 'org' | 'loc' | null {
  if (type === 'HUMAN_PART_PER') return 'per';
  if (type === 'HUMAN_PART_ORG') return 'org';
  return type.startsWith('LOC_') ? 'loc' : null;
}

describe('entity recall on ECB+', () => {
  it('measures recall of people, organizations and places and holds the floor', () => {
    const docs = readFileSync(DOCS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EcbDoc);
    const tally = { per: [0, 0], org: [0, 0], loc: [0, 0], named: [0, 0] } as Record<string, [number, number]>;
    let elapsed = 0;
    for (const doc of docs) {
      const [title = '', ...rest] = doc.text.split('\n');
      const started = performance.now();
      const entities = extractEntities({ title, text: rest.join('\n') });
      elapsed += performance.now() - started;
      const known = new Set(entities.flatMap((e) => [e.entity.name, ...e.aliases]).flatMap(words));
      for (const m of doc.mentions) {
        const g = group(m.type);
        if (!g) continue;
        const hit = words(m.text).some((w) => known.has(w)) ? 1 : 0;
        (tally[g] as [number, number])[0] += hit;
        (tally[g] as [number, number])[1]++;
        if (isNamed(m.text, doc.text)) {
          (tally.named as [number, number])[0] += hit;
          (tally.named as [number, number])[1]++;
        }
      }
    }
    const rate = ([hit, total]: [number, number]): number => (total ? hit / total : 0);
    const rows = Object.entries(tally).map(([k, v]) => ({ mentions: k, found: v[0], total: v[1], recall: rate(v).toFixed(3) }));
    console.log(`ECB+ entity recall over ${docs.length} documents (${Math.round(docs.length / (elapsed / 1000))} docs/s):`);
    console.table(rows);
    expect(docs.length).toBeGreaterThan(700);
    expect(rate(tally.per as [number, number])).toBeGreaterThanOrEqual(FLOORS.allPer);
    expect(rate(tally.org as [number, number])).toBeGreaterThanOrEqual(FLOORS.allOrg);
    expect(rate(tally.loc as [number, number])).toBeGreaterThanOrEqual(FLOORS.allLoc);
    expect(rate(tally.named as [number, number])).toBeGreaterThanOrEqual(FLOORS.namedAll);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/domain/errors.ts';
import { compilePhrase } from '../../../src/enrich/topics/phrase-match.ts';
import { phraseSignature } from '../../../src/enrich/topics/phrase-rules.ts';
import { loadTaxonomy, parseTaxonomy } from '../../../src/enrich/topics/taxonomy.ts';

/** The built-in slugs DESIGN.md lists. */
const DESIGN_SLUGS = [
  'international-reactions', 'diplomacy', 'armed-conflict', 'sanctions', 'economy', 'energy', 'trade', 'humanitarian', 'human-rights',
  'elections', 'politics', 'climate', 'disasters', 'health', 'science', 'technology', 'business', 'sport', 'culture', 'crime-justice',
  'migration', 'defense-security',
];

describe('the built-in taxonomy', () => {
  const taxonomy = loadTaxonomy();

  it('defines exactly the slugs in DESIGN.md, each with a name, a description, rules and a threshold', () => {
    expect(taxonomy.map((t) => t.slug).sort()).toEqual([...DESIGN_SLUGS].sort());
    for (const t of taxonomy) {
      expect(t.name, t.slug).not.toBe('');
      expect(t.description.length, t.slug).toBeGreaterThan(20);
      expect(t.builtIn).toBe(true);
      expect(t.threshold).toBeGreaterThan(0);
      expect(t.rules.length).toBeGreaterThan(0);
    }
  });

  it('lists no phrase twice within a topic (same words after stemming)', () => {
    for (const t of taxonomy) {
      const seen = new Map<string, string>();
      for (const r of t.rules) {
        if (r.type !== 'phrases') continue;
        for (const p of r.phrases) {
          const sig = phraseSignature(compilePhrase(p)!);
          expect(seen.get(sig), `${t.slug}: "${p}" repeats "${seen.get(sig)}"`).toBeUndefined();
          seen.set(sig, p);
        }
      }
    }
  });

  it('gates international-reactions on two reacting countries or organizations', () => {
    const rule = taxonomy.find((t) => t.slug === 'international-reactions')!.rules.find((r) => r.type === 'reactions');
    expect(rule).toMatchObject({ minActors: 2, required: true });
    expect(rule?.type === 'reactions' && [...rule.actorKinds].sort()).toEqual(['country', 'igo']);
  });
});

describe('taxonomy validation: an editor learns what is wrong and where', () => {
  const topic = { slug: 'ok', name: 'OK', description: 'fine', threshold: 0.5, rules: [{ type: 'phrases', weight: 1, phrases: ['fine'] }] };
  const withTopic = (patch: Record<string, unknown>) => ({ version: 1, topics: [topic, { ...topic, slug: 'broken', ...patch }] });

  it.each([
    ['a bad slug', withTopic({ slug: 'Bad Slug' }), /topics\[1\] \(Bad Slug\)\.slug: a slug is lower-case/],
    ['a weight out of range', withTopic({ rules: [{ type: 'phrases', weight: -1, phrases: ['x'] }] }), /topics\[1\] \(broken\)\.rules\[0\]\.weight/],
    ['an unknown rule type', withTopic({ rules: [{ type: 'regex', weight: 1 }] }), /topics\[1\] \(broken\)\.rules\[0\]/],
    ['a phrase without words', withTopic({ rules: [{ type: 'phrases', weight: 1, phrases: ['—'] }] }), /rules\[0\]\.phrases\[0\]: a phrase must contain at least one word/],
    ['a broken query', withTopic({ rules: [{ type: 'query', weight: 1, query: '"unclosed' }] }), /rules\[0\]\.query: Invalid search query: unbalanced quote/],
    ['a misspelt field', withTopic({ treshold: 0.5 }), /treshold/],
    ['a missing threshold', withTopic({ threshold: undefined }), /topics\[1\] \(broken\)\.threshold/],
    ['a slug defined twice', withTopic({ slug: 'ok' }), /slug "ok" is defined twice/],
    ['a wrong version', { version: 2, topics: [topic] }, /version/],
  ])('rejects %s', (_what, json, message) => {
    expect(() => parseTaxonomy(json, 'test.json')).toThrow(ConfigError);
    expect(() => parseTaxonomy(json, 'test.json')).toThrow(message);
  });

  it('fills defaults: builtIn, no exceptions, not required', () => {
    const [t] = parseTaxonomy({ version: 1, topics: [topic] }, 'test.json');
    expect(t).toMatchObject({ builtIn: true, rules: [{ type: 'phrases', except: [], required: false }] });
  });

  it('loads another file, and names the file when it cannot be read or parsed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'taxonomy-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ version: 1, topics: [topic] }));
    writeFileSync(join(dir, 'bad.json'), '{ "version": 1, ');
    expect(loadTaxonomy(join(dir, 'good.json')).map((t) => t.slug)).toEqual(['ok']);
    expect(() => loadTaxonomy(join(dir, 'bad.json'))).toThrow(/Cannot read topic taxonomy .*bad\.json/);
    expect(() => loadTaxonomy(join(dir, 'missing.json'))).toThrow(/missing\.json/);
  });
});

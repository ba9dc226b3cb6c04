/**
 * Acceptance: reactions on the world-news corpus (tests/fixtures/world-news), ingested through the real
 * decode -> parse -> normalize code, scored against labels.json on (article, actor, stance) triples, micro-averaged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedReaction } from '../../../src/domain/enrichment.ts';
import { lookupEntity } from '../../../src/enrich/entities/gazetteer.ts';
import { distinctActorStances } from '../../../src/enrich/reactions/distinct-actor-stances.ts';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';
import { loadWorldNewsArticles, type WorldNewsArticle } from '../world-news-corpus.ts';

interface Scored {
  article: WorldNewsArticle;
  reactions: ExtractedReaction[];
}

/** A labelled actor's entity key, so "Holy See" and the extractor's entity compare by identity, not spelling. */
function actorKey(name: string): string {
  return lookupEntity(name)?.key ?? `unknown:${name}`;
}

function pairsOf(reactions: readonly ExtractedReaction[]): Set<string> {
  return new Set(distinctActorStances(reactions).map((p) => `${p.actor.key}|${p.stance}`));
}

function goldPairs(article: WorldNewsArticle): Set<string> {
  return new Set(article.label.reactions.map((r) => `${actorKey(r.actor)}|${r.stance}`));
}

describe('reactions on the world-news corpus', () => {
  let scored: Scored[] = [];

  beforeAll(async () => {
    const articles = await loadWorldNewsArticles();
    scored = articles.map((article) => ({ article, reactions: extractReactions({ title: article.title, text: article.text }) }));
  });

  it('has all 36 labelled articles and 85 labelled reactions', () => {
    expect(scored).toHaveLength(36);
    expect(scored.reduce((n, s) => n + s.article.label.reactions.length, 0)).toBe(85);
  });

  it('every labelled actor is known to the gazetteer', () => {
    const unknown = scored.flatMap((s) => s.article.label.reactions.map((r) => r.actor)).filter((a) => !lookupEntity(a));
    expect(unknown).toEqual([]);
  });

  it('(actor, stance) precision >= 0.9 and recall >= 0.85, micro-averaged over articles', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    const byStance = new Map<string, { tp: number; fp: number; fn: number }>();
    const bump = (stance: string, field: 'tp' | 'fp' | 'fn') => {
      const row = byStance.get(stance) ?? { tp: 0, fp: 0, fn: 0 };
      row[field]++;
      byStance.set(stance, row);
    };
    for (const { article, reactions } of scored) {
      const predicted = pairsOf(reactions);
      const gold = goldPairs(article);
      for (const pair of predicted) {
        const stance = pair.split('|')[1] as string;
        if (gold.has(pair)) {
          tp++;
          bump(stance, 'tp');
        } else {
          fp++;
          bump(stance, 'fp');
          const r = reactions.find((x) => `${x.actor.key}|${x.stance}` === pair);
          misses.push(`FP ${article.label.feed} "${article.title}": ${r?.actor.name} ${stance} [${r?.cue}] ${r?.evidence}`);
        }
      }
      for (const pair of gold) {
        if (predicted.has(pair)) continue;
        fn++;
        const stance = pair.split('|')[1] as string;
        bump(stance, 'fn');
        const label = article.label.reactions.find((r) => `${actorKey(r.actor)}|${r.stance}` === pair);
        misses.push(`FN ${article.label.feed} "${article.title}": ${label?.actor} ${stance} :: ${label?.evidence}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    const table = [...byStance].map(([stance, r]) => ({ stance, ...r }));
    table.push({ stance: 'ALL', tp, fp, fn });
    console.log(`reactions (actor, stance): precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`);
    console.table(table);
    console.log(misses.length ? `misses:\n${misses.join('\n')}` : 'misses: none');
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('no reaction comes from a non-reaction trap sentence', () => {
    const failures: string[] = [];
    let traps = 0;
    for (const { article, reactions } of scored) {
      for (const trap of article.label.non_reactions) {
        traps++;
        for (const r of reactions) {
          if (r.evidence === trap.evidence) failures.push(`${article.title}: ${r.actor.name} ${r.stance} from "${trap.evidence}"`);
        }
      }
      // Nor is a trap's actor reported with no labelled reaction of its own.
      const gold = new Set(article.label.reactions.map((r) => actorKey(r.actor)));
      for (const trap of article.label.non_reactions) {
        const key = actorKey(trap.actor);
        if (gold.has(key)) continue;
        for (const r of reactions) if (r.actor.key === key) failures.push(`${article.title}: trap actor ${trap.actor} reported (${r.evidence})`);
      }
    }
    console.log(`trap sentences: ${traps}, reactions from them: ${failures.length}`);
    expect(failures).toEqual([]);
  });

  it('the Moscow invitation round-up yields exactly US skeptical, EU cautious, China supportive, UN supportive', () => {
    const moscow = scored.find((s) => s.article.label.feed === 'meridian-wire.xml' && s.article.label.story === 'moscow-talks-invite' && s.article.title.startsWith('Putin invites'));
    expect(moscow).toBeDefined();
    const pairs = distinctActorStances(moscow?.reactions ?? []).map((p) => `${p.actor.name}:${p.stance}`);
    expect(pairs.sort()).toEqual(['China:supportive', 'European Union:cautious', 'United Nations:supportive', 'United States:skeptical']);
    // Each from the round-up line, one reaction per actor.
    expect(moscow?.reactions).toHaveLength(4);
    expect(moscow?.reactions.map((r) => r.evidence)).toEqual(moscow?.article.label.reactions.map((r) => r.evidence));
  });

  it('the evidence is a sentence of the article, as written', () => {
    for (const { article, reactions } of scored) for (const r of reactions) expect(article.text).toContain(r.evidence);
  });
});

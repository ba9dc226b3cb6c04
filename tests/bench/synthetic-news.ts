import { readFileSync } from 'node:fs';
import type { EntityRef, ExtractedReaction, Stance } from '../../src/domain/enrichment.ts';
import { fixturePath } from '../support/fixtures.ts';
import { seededRandom } from '../support/seeded-random.ts';

/** The seedable generator the synthetic streams use (tests/support/seeded-random.ts). */
export const rng = seededRandom;

/**
 * A deterministic stream of synthetic news for clustering benchmarks: stories (an event covered by 1 to ~15 articles
 * over hours to days, by different sources) in publication order, at a steady rate. Words are real: the background
 * vocabulary and its frequencies, and the pool of names, come from the ECB+ news documents (tests/fixtures/ecbplus, read
 * in place); entities come from the gazetteer. Stories of one theme share vocabulary (two earthquakes, two strikes)
 * and differ in their names, numbers and entities, as real look-alike stories do; a few articles are wire copies.
 */
const ECB_DOCS = fixturePath('ecbplus', 'docs.jsonl');
const GAZETTEER = new URL('../../src/enrich/entities/data/', import.meta.url);

export interface SyntheticEntity {
  ref: EntityRef;
  salience: number;
  mentions: number;
}

export interface SyntheticArticle {
  /** Position in publication order. */
  seq: number;
  story: number;
  source: number;
  publishedAt: string;
  title: string;
  text: string;
  entities: SyntheticEntity[];
  topics: string[];
  /** International reactions the text reports (their sentences are in it). */
  reactions: ExtractedReaction[];
  /** The article's language; English when absent. */
  language?: string;
}


/** Samples items by weight (cumulative table + binary search). */
export function weighted<T>(items: readonly T[], weights: readonly number[]): (r: number) => T {
  const cum: number[] = [];
  let total = 0;
  for (const w of weights) cum.push((total += w));
  return (r) => {
    const x = r * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

interface Lexicon {
  /** Lower-case words by corpus frequency, most frequent first. */
  words: string[];
  /** The most frequent words (function words, said, police…), by frequency: what most of any text is made of. */
  common: (r: number) => string;
  /** Capitalized words never written lower-case: surnames, places, teams, products. */
  names: string[];
  entities: { countries: EntityRef[]; people: EntityRef[]; orgs: EntityRef[]; places: EntityRef[] };
}

let lexicon: Lexicon | null = null;

export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const low = new Map<string, number>();
  const cap = new Map<string, number>();
  for (const line of readFileSync(ECB_DOCS, 'utf8').split('\n')) {
    if (!line) continue;
    const { text } = JSON.parse(line) as { text: string };
    for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
      const tokens = sentence.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
      tokens.forEach((t, i) => {
        if (t === t.toLowerCase()) low.set(t, (low.get(t) ?? 0) + 1);
        else if (i > 0 && /^[A-Z][a-z]{2,}$/.test(t)) cap.set(t, (cap.get(t) ?? 0) + 1);
      });
    }
  }
  const words = [...low].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const names = [...cap].filter(([n]) => !low.has(n.toLowerCase())).map(([n]) => n).sort();
  const json = (f: string) => JSON.parse(readFileSync(new URL(f, GAZETTEER), 'utf8'));
  const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const ref = (key: string, kind: EntityRef['kind'], name: string, country: string | null): EntityRef => ({ key, kind, name, country, origin: 'gazetteer' });
  lexicon = {
    words: words.map(([w]) => w),
    common: weighted(words.slice(0, 300).map(([w]) => w), words.slice(0, 300).map(([, n]) => n)),
    names,
    entities: {
      countries: (json('countries.json').countries as { code: string; name: string }[]).map((c) => ref(`country:${c.code}`, 'country', c.name, c.code)),
      people: (json('people.json').people as { id: string; name: string; country?: string }[]).map((p) => ref(`person:${p.id}`, 'person', p.name, p.country ?? null)),
      orgs: (json('organizations.json').organizations as { id: string; name: string; country?: string }[]).map((o) => ref(`org:${o.id}`, 'organization', o.name, o.country ?? null)),
      places: (json('places.json').places as { name: string; country: string | null }[]).map((p) => ref(`place:${slug(p.name)}`, 'place', p.name, p.country)),
    },
  };
  return lexicon;
}

/** Built-in topic slugs a story may carry (DESIGN.md). */
const TOPICS = ['diplomacy', 'armed-conflict', 'sanctions', 'economy', 'energy', 'trade', 'humanitarian', 'elections', 'politics', 'climate', 'disasters', 'health', 'science', 'technology', 'business', 'sport', 'culture', 'crime-justice', 'migration', 'defense-security'];

interface StoryPlan {
  id: number;
  /** Words of its kind of event, shared with look-alike stories. */
  themeWords: string[];
  /** Words of this event only. */
  ownWords: string[];
  names: string[];
  numbers: string[];
  entities: SyntheticEntity[];
  topics: string[];
  /** Countries and organizations that react to the event, each with its stance. */
  reactors: { actor: EntityRef; stance: Stance }[];
}

const CUES: Record<Stance, string> = { supportive: 'welcomed', cautious: 'urged caution over', skeptical: 'cast doubt on', opposed: 'condemned', neutral: 'took note of' };
const STANCES = Object.keys(CUES) as Stance[];

export interface StreamOptions {
  seed?: number;
  /** Articles published per day, all sources together. */
  articlesPerDay?: number;
  sources?: number;
  start?: string;
}

/**
 * The first `count` articles of the stream, in publication order. The stream is the same for the same options, so a
 * longer stream starts with the shorter one: seed 10k, then grow to 100k with the articles after them.
 */
export function syntheticNews(count: number, opts: StreamOptions = {}): SyntheticArticle[] {
  return [...syntheticNewsStream(count, opts)];
}

/**
 * The same articles one at a time: a million of them do not fit in memory at once, so a story's plan and its latest
 * article (what a wire copy repeats) are let go after its last article.
 */
export function* syntheticNewsStream(count: number, opts: StreamOptions = {}): Generator<SyntheticArticle> {
  const lex = loadLexicon();
  const seed = opts.seed ?? 20_251_127;
  const perDay = opts.articlesPerDay ?? 1000;
  const sources = opts.sources ?? 40;
  const t0 = Date.parse(opts.start ?? '2026-01-01T00:00:00Z');
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  const r = rng(seed);

  // Themes: 300 kinds of event, each with its own 30 words from the middle of the vocabulary (not "the", not hapaxes).
  const middle = lex.words.slice(150, 8000);
  const themes = Array.from({ length: 300 }, () => Array.from({ length: 30 }, () => middle[Math.floor(r() * middle.length)]!));
  // Some countries are in the news far more than others: Zipf over a fixed shuffle.
  const countries = [...lex.entities.countries];
  for (let i = countries.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [countries[i], countries[j]] = [countries[j]!, countries[i]!];
  }
  const country = weighted(countries, countries.map((_, i) => 1 / (i + 1)));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;

  // Stories start at a steady rate; each has 1 article (a third of them) or a few to ~15, spread over hours to days.
  const meanArticles = 3.36; // of the distribution below
  const storyGap = DAY / (perDay / meanArticles);
  const plans: StoryPlan[] = [];
  const slots: { story: number; at: number; copy: boolean }[] = [];
  const addStory = (s: number, start: number) => {
    const theme = themes[Math.floor(r() * themes.length)]!;
    const ents: SyntheticEntity[] = [{ ref: country(r()), salience: 0.9, mentions: 3 }];
    if (r() < 0.6) ents.push({ ref: country(r()), salience: 0.6, mentions: 2 });
    if (r() < 0.4) ents.push({ ref: pick(lex.entities.people), salience: 0.7, mentions: 2 });
    if (r() < 0.4) ents.push({ ref: pick(lex.entities.orgs), salience: 0.5, mentions: 1 });
    if (r() < 0.5) ents.push({ ref: pick(lex.entities.places), salience: 0.5, mentions: 1 });
    plans.push({
      id: s,
      themeWords: Array.from({ length: 8 }, () => pick(theme)),
      ownWords: Array.from({ length: 6 }, () => pick(middle)),
      names: Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(lex.names)),
      numbers: Array.from({ length: 1 + Math.floor(r() * 2) }, () => String(2 + Math.floor(r() * 5000))),
      entities: [...new Map(ents.map((e) => [e.ref.key, e])).values()],
      topics: [pick(TOPICS), ...(r() < 0.4 ? [pick(TOPICS)] : [])],
      // A third of the stories draw international reactions.
      reactors:
        r() < 0.35
          ? [
              ...new Map(
                Array.from({ length: 2 + Math.floor(r() * 4) }, () => ({ actor: r() < 0.75 ? country(r()) : pick(lex.entities.orgs), stance: pick(STANCES) })).map((x) => [x.actor.key, x]),
              ).values(),
            ]
          : [],
    });
    const n = r() < 0.33 ? 1 : 2 + Math.min(13, Math.floor(-Math.log(1 - r()) * 3));
    for (let k = 0; k < n; k++) {
      const at = k === 0 ? start : start + Math.min(4 * DAY, -Math.log(1 - r()) * 10 * HOUR);
      slots.push({ story: s, at, copy: k > 0 && r() < 0.05 });
    }
  };
  // Stories up to a horizon; a story starting after it publishes nothing before it, so once the count-th article is
  // before the horizon the first `count` articles are final (and the same for any longer stream).
  let horizon = t0 + (count / perDay) * DAY + 5 * DAY;
  for (let s = 0; ; ) {
    for (let start = t0 + s * storyGap; start <= horizon; start = t0 + s * storyGap) addStory(s++, start + r() * storyGap);
    slots.sort((a, b) => a.at - b.at || a.story - b.story);
    if (slots.length >= count && slots[count - 1]!.at <= horizon) break;
    horizon += 5 * DAY;
  }

  const lastOf = new Map<number, SyntheticArticle>();
  const taken = slots.slice(0, count);
  const left = new Map<number, number>();
  for (const slot of taken) left.set(slot.story, (left.get(slot.story) ?? 0) + 1);
  for (const [seq, slot] of taken.entries()) {
    const plan = plans[slot.story]!;
    const ar = rng(seed ^ (seq * 2_654_435_761));
    const src = Math.floor(ar() * sources);
    const prev = lastOf.get(slot.story);
    let article: SyntheticArticle;
    if (slot.copy && prev) {
      // A wire copy: the same text from another desk, one word changed.
      article = { ...prev, seq, source: (prev.source + 1 + Math.floor(ar() * (sources - 1))) % sources, publishedAt: new Date(slot.at).toISOString(), text: prev.text.replace(/ said /, ' added ') };
    } else {
      const apick = <T>(xs: readonly T[]) => xs[Math.floor(ar() * xs.length)]!;
      const special = () => {
        const x = ar();
        if (x < 0.25) return apick(plan.entities).ref.name;
        if (x < 0.8) return apick(plan.names);
        return apick(plan.numbers);
      };
      const titleWords = [apick(plan.ownWords), apick(plan.themeWords), special(), lex.common(ar()), apick(plan.ownWords), lex.common(ar())];
      const title = titleWords.join(' ').replace(/^./, (c) => c.toUpperCase());
      const sentences: string[] = [];
      const n = 6 + Math.floor(ar() * 5);
      for (let i = 0; i < n; i++) {
        const len = 14 + Math.floor(ar() * 10);
        const words: string[] = [];
        for (let j = 0; j < len; j++) {
          const x = ar();
          // Mostly common words; then the event's own words, its kind's words, its names and numbers, and some noise.
          if (x < 0.5 || (j === 0 && x < 0.85)) words.push(lex.common(ar()));
          else if (x < 0.65) words.push(apick(plan.ownWords));
          else if (x < 0.77) words.push(apick(plan.themeWords));
          else if (x < 0.85) words.push(special());
          else words.push(middle[Math.floor(ar() * middle.length)]!);
        }
        sentences.push(`${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
      }
      // Each article reports some of the story's reactions, after its lead.
      const reactions: ExtractedReaction[] = plan.reactors
        .filter(() => ar() < 0.6)
        .map(({ actor, stance }) => {
          const evidence = `${actor.name} ${CUES[stance]} the ${apick(plan.ownWords)} ${apick(plan.themeWords)}, a spokesperson said.`;
          return { actor, actorKind: actor.kind === 'country' ? 'country' : 'igo', stance, cameo: null, goldstein: null, evidence, cue: CUES[stance] };
        });
      sentences.splice(2, 0, ...reactions.map((x) => x.evidence));
      article = {
        seq,
        story: slot.story,
        source: src,
        publishedAt: new Date(slot.at).toISOString(),
        title,
        text: sentences.join(' '),
        entities: plan.entities.map((e) => ({ ...e, salience: Math.max(0.1, Math.min(1, e.salience + (ar() - 0.5) * 0.3)) })),
        topics: plan.topics,
        reactions,
      };
    }
    const n = left.get(slot.story)! - 1;
    left.set(slot.story, n);
    if (n > 0) lastOf.set(slot.story, article);
    else {
      lastOf.delete(slot.story);
      delete plans[slot.story];
    }
    yield article;
  }
}

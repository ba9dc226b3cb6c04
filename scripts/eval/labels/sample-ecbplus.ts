// Draws the ECB+ reaction-labelling sample: 40 documents from the train topics (tune) and 40 from the dev topics
// (report), the split fit-cluster.ts uses (each document's "split" field). Stratified by topic: topics are shuffled
// with a fixed seed and dealt one document each, round after round, so every topic is represented before any
// topic gives a second. Re-run: node --import tsx scripts/eval/labels/sample-ecbplus.ts (writes ecbplus.sample.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { seededRandom } from '../../../tests/support/seeded-random.ts';

const SEED = 20261202;
const PER_SPLIT = 40;

interface EcbDoc { id: string; topic: string; split: string }

function shuffle<T>(list: T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const docsUrl = new URL('../../../tests/fixtures/ecbplus/docs.jsonl', import.meta.url);
const docs = readFileSync(docsUrl, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EcbDoc);
const rand = seededRandom(SEED);

function sample(split: string): string[] {
  const byTopic = new Map<string, string[]>();
  for (const d of docs.filter((x) => x.split === split).sort((x, y) => x.id.localeCompare(y.id))) {
    if (!byTopic.has(d.topic)) byTopic.set(d.topic, []);
    byTopic.get(d.topic)!.push(d.id);
  }
  const topics = shuffle([...byTopic.keys()].sort(), rand);
  const queues = new Map(topics.map((t) => [t, shuffle(byTopic.get(t)!, rand)]));
  const picked: string[] = [];
  while (picked.length < PER_SPLIT && [...queues.values()].some((q) => q.length)) {
    for (const t of topics) {
      const q = queues.get(t)!;
      if (q.length && picked.length < PER_SPLIT) picked.push(q.shift()!);
    }
  }
  return picked.sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
}

const out = { seed: SEED, source: 'tests/fixtures/ecbplus/docs.jsonl', tune: sample('train'), report: sample('dev') };
writeFileSync(new URL('./ecbplus.sample.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(`tune ${out.tune.length}, report ${out.report.length}`);

import { readFileSync } from 'node:fs';
import { fixturePath } from '../support/fixtures.ts';

/**
 * ECB+ (tests/fixtures/ecbplus, CC BY 3.0) as news feeds: the documents are dealt round-robin to a few
 * fictional outlets and published evenly, one every few minutes in corpus order (ECB+ has no timestamps). A
 * document's first line is its title, every line a paragraph.
 */
const DIR = `${fixturePath('ecbplus')}/`;

export interface EcbDoc {
  id: string;
  topic: string;
  subtopic: string;
  /** 'train' (the clusterer's weights are fitted on these) or 'dev' (held out: report on these). */
  split: string;
  text: string;
}

export function loadEcbDocs(): EcbDoc[] {
  return readFileSync(`${DIR}docs.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EcbDoc);
}

/** doc id -> story (gold_subtopic.tsv). */
export function loadEcbGold(): Map<string, string> {
  return new Map(
    readFileSync(`${DIR}gold_subtopic.tsv`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t') as [string, string]),
  );
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function ecbFeeds(docs: readonly EcbDoc[], outlets: number, start = Date.UTC(2026, 0, 5, 6), stepMinutes = 5): { path: string; name: string; body: string }[] {
  return Array.from({ length: outlets }, (_, o) => {
    const items = docs
      .map((d, i) => ({ d, i }))
      .filter(({ i }) => i % outlets === o)
      .map(({ d, i }) => {
        const lines = d.text.split('\n').map((l) => l.trim()).filter(Boolean);
        const title = lines[0] ?? d.id;
        const date = new Date(start + i * stepMinutes * 60_000).toUTCString();
        const html = lines.map((l) => `<p>${esc(l)}</p>`).join('');
        return `<item><guid isPermaLink="false">${d.id}</guid><title>${esc(title)}</title><link>https://outlet${o}.example/${d.id}</link><pubDate>${date}</pubDate><description>${esc(html)}</description></item>`;
      });
    return {
      path: `/ecb-outlet-${o}.xml`,
      name: `ECB Outlet ${o}`,
      body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>ECB Outlet ${o}</title><link>https://outlet${o}.example/</link>${items.join('\n')}</channel></rss>`,
    };
  });
}

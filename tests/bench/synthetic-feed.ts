/**
 * Realistic synthetic RSS for benchmarks: news-sized items (title, link, guid, date, author, categories, a few
 * paragraphs of HTML with links and an image). `round` changes the guids so every round brings new items.
 */
const WORDS =
  'government minister talks ceasefire summit agreement economy markets energy climate election parliament court report officials said on Tuesday according to statement international security aid humanitarian region border trade sanctions inflation growth'.split(
    ' ',
  );

function sentence(seed: number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 31 + i * 17) % WORDS.length]!);
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

export function syntheticRss(feed: number, round: number, items = 50): string {
  const entries: string[] = [];
  for (let i = 0; i < items; i++) {
    const seed = feed * 1000 + i;
    const date = new Date(Date.UTC(2026, 10, 20, 0, 0, 0) + (round * items + i) * 60_000).toUTCString();
    const paragraphs = Array.from({ length: 5 }, (_, p) => `<p>${sentence(seed + p, 22)} <a href="/related/${seed}-${p}">More</a></p>`).join('');
    entries.push(`<item>
      <title>${sentence(seed, 9)}</title>
      <link>https://bench${feed}.example/news/${round}/${i}?utm_source=rss</link>
      <guid isPermaLink="false">bench-${feed}-${round}-${i}</guid>
      <pubDate>${date}</pubDate>
      <dc:creator>Reporter ${i % 7}</dc:creator>
      <category>World</category><category>Politics</category>
      <description>${sentence(seed, 30)}</description>
      <content:encoded><![CDATA[<figure><img src="/img/${seed}.jpg" alt=""></figure>${paragraphs}<script>track()</script>]]></content:encoded>
    </item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Bench desk ${feed}</title><link>https://bench${feed}.example/</link><language>en</language>
${entries.join('\n')}
</channel></rss>`;
}

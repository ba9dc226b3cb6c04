import type { Command } from 'commander';
import { action } from '../output.ts';

interface ExtractOpts {
  baseUrl?: string;
  json?: boolean;
  robots: boolean;
}

const URL_LIKE = /^https?:\/\//iu;

export function registerExtract(program: Command): void {
  program
    .command('extract <inputs...>')
    .description('extract the article from web pages (URLs) or saved HTML files; prints one result per input')
    .option('--base-url <url>', 'URL that relative links in FILE inputs resolve against (default: the page\'s canonical URL)')
    .option('--json', 'one JSON line per input: url, title, byline, publishedAt, language, text, html and more')
    .option('--no-robots', 'fetch URLs even where robots.txt forbids it (for debugging a page you were sent)')
    .addHelpText(
      'after',
      '\nFiles are read from disk without any network access. URLs are fetched like article pages during ingestion\n' +
        '(SSRF guard, size and time limits, robots.txt, the configured User-Agent). Exit status 1 if any input failed.',
    )
    .action(
      action(async (inputs: string[], opts: ExtractOpts) => {
        // Loaded here: the extractor (a DOM and readability) is needed by this command only.
        const { extractInput } = await import('./extract-input.ts');
        let failed = 0;
        for (const input of inputs) {
          const result = await extractInput(input, { baseUrl: opts.baseUrl ?? null, honourRobots: opts.robots, isUrl: URL_LIKE.test(input) });
          if ('error' in result) failed++;
          process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : `${humanView(result)}\n`);
        }
        return failed > 0 ? 1 : 0;
      }),
    );
}

function humanView(result: object): string {
  const r = result as Record<string, unknown>;
  if ('error' in r) {
    const e = r.error as { code: string; message: string };
    return `${String(r.input)}\n  error [${e.code}]: ${e.message}\n`;
  }
  const lines = [`${String(r.url)}`, `  title: ${String(r.title ?? '-')}`];
  for (const key of ['byline', 'publishedAt', 'language', 'siteName', 'section', 'canonicalUrl', 'wordCount']) {
    if (r[key] !== null && r[key] !== undefined) lines.push(`  ${key}: ${String(r[key])}`);
  }
  lines.push('', String(r.text ?? ''), '');
  return lines.join('\n');
}

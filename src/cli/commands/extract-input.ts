/**
 * One input of `newsgraph extract`: a URL fetched as an article page, or an HTML file read from disk (no network),
 * turned into the extractor's result or a typed error.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../config/config.ts';
import { InvalidInputError, toAppError } from '../../domain/errors.ts';
import { decodeBody } from '../../ingest/fetch/decode-body.ts';
import { extractArticle, type ExtractedArticle } from '../../ingest/extract/extract-article.ts';
import { pageFetcherFromSettings, type PageFetcher } from '../../ingest/extract/page-fetcher.ts';

export type ExtractResult =
  | ({ input: string; url: string } & ExtractedArticle)
  | { input: string; url: string | null; error: { code: string; message: string } };

let fetcher: PageFetcher | null = null;

export async function extractInput(input: string, opts: { baseUrl: string | null; honourRobots: boolean; isUrl: boolean }): Promise<ExtractResult> {
  try {
    if (opts.isUrl) {
      fetcher ??= pageFetcherFromSettings(loadConfig().settings, { honourRobots: opts.honourRobots });
      const page = await fetcher.fetchPage(input);
      return { input, url: page.finalUrl, ...extractArticle(page.text, page.finalUrl, { contentLanguage: page.contentLanguage }) };
    }
    const bytes = await readFile(input).catch((e: NodeJS.ErrnoException) => {
      throw new InvalidInputError(`cannot read ${input}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    });
    const { text } = decodeBody(bytes, 'text/html');
    // Without --base-url, relative links resolve against the page's own canonical URL when it names one.
    const article = extractArticle(text, opts.baseUrl ?? pathToFileURL(resolve(input)).href, { baseFromPage: opts.baseUrl === null });
    return { input, url: opts.baseUrl ?? article.canonicalUrl ?? pathToFileURL(resolve(input)).href, ...article };
  } catch (e) {
    const error = toAppError(e);
    return { input, url: opts.isUrl ? input : null, error: { code: error.code, message: error.message } };
  }
}

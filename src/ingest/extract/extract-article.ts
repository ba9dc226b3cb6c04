/**
 * The article in a web page: its body as sanitized HTML and plain text, plus what the page says about itself.
 * Steps: read metadata from the untouched page; remove what is plainly not the article; let readability find the
 * main container; prune what readability kept around the prose; sanitize; derive text the same way as for feed
 * content. A pure function of (html, url): no network, no store.
 */
import { htmlToText } from '../normalize/html-to-text.ts';
import { sanitizeHtml } from '../normalize/sanitize-html.ts';
import { cleanPage } from './clean-page.ts';
import { parseHtmlDocument } from './dom.ts';
import { runReadability } from './readability-pass.ts';
import { pruneContent } from './prune-content.ts';

export interface ExtractedArticle {
  title: string | null;
  html: string;
  text: string;
  wordCount: number;
}

export function extractArticle(html: string, url: string): ExtractedArticle {
  const doc = parseHtmlDocument(html);
  cleanPage(doc);
  const found = runReadability(doc, 500);
  const body = found ? pruneContent(found.html) : '';
  const safe = sanitizeHtml(body, url);
  const text = htmlToText(safe);
  return { title: found?.title ?? null, html: safe, text, wordCount: countWords(text) };
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

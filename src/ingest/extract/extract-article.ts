/**
 * The article in a web page: its body as sanitized HTML and plain text, plus what the page says about itself.
 * Steps: read metadata from the untouched page; remove what is plainly not the article; let readability find the
 * main container; prune what readability kept around the prose; sanitize; derive text the same way as for feed
 * content. When that leaves too little (the cleaning misjudged an unusual template), readability runs again on the
 * page as it came and the longer body wins. A pure function of (html, url): no network, no store.
 */
import { htmlToText } from '../normalize/html-to-text.ts';
import { sanitizeHtml } from '../normalize/sanitize-html.ts';
import { cleanPage } from './clean-page.ts';
import { parseHtmlDocument } from './dom.ts';
import { readPageMetadata, type PageMetadata } from './metadata/page-metadata.ts';
import { pruneContent } from './prune-content.ts';
import { runReadability, type ReadabilityResult } from './readability-pass.ts';
import { countWords } from './word-count.ts';
import { assertReasonableNesting } from './nesting-depth.ts';

export interface ExtractedArticle extends PageMetadata {
  /** Sanitized article HTML, URLs absolute. */
  html: string;
  /** Plain text derived from `html` as for feed content. */
  text: string;
  wordCount: number;
}

export interface ExtractOptions {
  /** HTTP Content-Language of the response, a language hint when the page declares none. */
  contentLanguage?: string | null;
  /** Resolve relative links against the page's canonical URL when it has one (a saved file has no URL of its own). */
  baseFromPage?: boolean;
}

/** Readability's own minimum article length, in characters. */
const CHAR_THRESHOLD = 500;
/** A cleaned body shorter than this many words is checked against a pass over the uncleaned page. */
const FALLBACK_WORDS = 80;

/** Throws AppError 'parse_error' for a page nested deeper than any real article page (see nesting-depth.ts). */
export function extractArticle(html: string, url: string, options: ExtractOptions = {}): ExtractedArticle {
  assertReasonableNesting(html);
  const doc = parseHtmlDocument(html);
  const metadata = readPageMetadata(doc, url, options.contentLanguage ?? null);
  const base = options.baseFromPage && metadata.canonicalUrl ? metadata.canonicalUrl : url;
  cleanPage(doc);
  const language = metadata.language;
  let best = bodyOf(runReadability(doc, CHAR_THRESHOLD), base, language);
  if (best.wordCount < FALLBACK_WORDS) {
    const plain = bodyOf(runReadability(parseHtmlDocument(html), CHAR_THRESHOLD), base, language);
    if (plain.wordCount > best.wordCount) best = plain;
  }
  return {
    ...metadata,
    title: metadata.title ?? best.title,
    byline: metadata.byline ?? best.byline,
    siteName: metadata.siteName ?? best.siteName,
    html: best.html,
    text: best.text,
    wordCount: best.wordCount,
  };
}

interface Body {
  html: string;
  text: string;
  wordCount: number;
  title: string | null;
  byline: string | null;
  siteName: string | null;
}

function bodyOf(found: ReadabilityResult | null, url: string, language: string | null): Body {
  const html = found ? sanitizeHtml(pruneContent(found.html), url) : '';
  const text = htmlToText(html);
  return {
    html,
    text,
    wordCount: countWords(text, language),
    title: found?.title?.trim() || null,
    byline: found?.byline?.trim() || null,
    siteName: found?.siteName?.trim() || null,
  };
}

/**
 * Search snippets are produced by the database with private-use sentinel characters around matches (FTS5 snippet(),
 * PostgreSQL ts_headline()), never with HTML: the text is HTML-escaped here first, then the sentinels become
 * <mark>…</mark>, so a snippet is safe to render whatever the article text holds.
 */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

const HTML_SPECIAL = /[&<>"']/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const MARKED = new RegExp(`${MATCH_START}([^${MATCH_START}${MATCH_END}]*)${MATCH_END}`, 'g');
const STRAY = new RegExp(`[${MATCH_START}${MATCH_END}]`, 'g');
const WHITESPACE_RUN = /\s+/g;

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ESCAPES[c]!);
}

/** Raw database snippet -> safe HTML with <mark> around the matched words. */
export function snippetToHtml(raw: string): string {
  return escapeHtml(raw.replace(WHITESPACE_RUN, ' ').trim())
    .replace(MARKED, '<mark>$1</mark>')
    .replace(STRAY, '');
}

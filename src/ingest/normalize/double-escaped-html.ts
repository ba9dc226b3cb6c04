import { htmlToText } from './html-to-text.ts';

/**
 * HTML escaped twice ("&amp;lt;p&amp;gt;Text&amp;lt;/p&amp;gt;" in the XML, so "&lt;p&gt;Text&lt;/p&gt;" once read):
 * a feed generator escaped content that was already escaped. Shown as it is, readers would see the tags as text.
 * Only content with no markup of its own whose escaped text opens with or holds common HTML elements is unescaped
 * once; anything with a real tag, or text that merely mentions "&lt;" ("5 &lt; 6"), is left alone.
 */
const REAL_TAG = /<[a-z!/]/i;
const ESCAPED_ELEMENT = /&lt;\/?(?:p|br|a|b|i|em|strong|div|span|img|ul|ol|li|h[1-6]|blockquote|figure|table|pre|code)(?:\s|\/|&gt;)/i;

export function unescapeDoubleEscapedHtml(html: string | null): string | null {
  if (html === null || REAL_TAG.test(html) || !ESCAPED_ELEMENT.test(html)) return html;
  return htmlToText(html);
}

import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { isWideCharset, normalizeCharset } from './charset-names.ts';

/**
 * Turns a feed body into text. Order of evidence:
 *  1. a byte-order mark (it cannot be accidental);
 *  2. the HTTP Content-Type charset;
 *  3. the document's own declaration: the XML prolog `encoding=`, or for HTML `<meta charset>`/http-equiv;
 *  4. UTF-8.
 * Real feeds lie, so: when UTF-8 is declared (or nothing is) but the bytes are not UTF-8, a different charset in
 * the document wins; when a Latin-1-ish header contradicts a document that declares UTF-8 and is valid non-ASCII
 * UTF-8, the document wins (servers add a default Latin-1 charset to everything); when nothing fits, windows-1252
 * is used rather than filling the text with U+FFFD. Unknown charset names are ignored, never thrown on.
 */
export function decodeBody(bytes: Buffer, contentType: string | null): { text: string; charset: string } {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset };
  const charset = chooseCharset(bytes, contentType);
  return { text: decodeWith(bytes, charset), charset };
}

// UTF-32 first: its little-endian mark begins with UTF-16's.
const BOMS: { bytes: number[]; charset: string }[] = [
  { bytes: [0x00, 0x00, 0xfe, 0xff], charset: 'utf-32be' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], charset: 'utf-32le' },
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

function sniffBom(bytes: Buffer): { length: number; charset: string } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { length: bom.bytes.length, charset: bom.charset };
  }
  return null;
}

/** UTF-32/16 without a BOM, recognised by how `<?` (or `<` followed by a letter) is laid out (XML 1.0 appendix F). */
function sniffUtf16WithoutBom(bytes: Buffer): string | null {
  if (bytes.length < 4) return null;
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0x3c) return 'utf-32be';
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return null;
}

function chooseCharset(bytes: Buffer, contentType: string | null): string {
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return utf16;
  let header = normalizeCharset(charsetFromContentType(contentType));
  // The bytes are ASCII-compatible, so a header announcing UTF-16/32 is wrong.
  if (header && isWideCharset(header)) header = null;
  const declared = documentCharset(bytes, contentType);

  if (header && header !== 'utf-8') {
    if (LATIN_DEFAULTS.has(header) && declared === 'utf-8' && isUtf8(bytes) && hasNonAscii(bytes)) return 'utf-8';
    return header;
  }
  if (!header && declared && declared !== 'utf-8') return declared;
  if (isUtf8(bytes)) return 'utf-8';
  if (declared && declared !== 'utf-8') return declared;
  return mostlyUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/** Charsets servers attach by default, the ones most often wrong. */
const LATIN_DEFAULTS = new Set(['windows-1252']);

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

const XML_PROLOG = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/;
const HTML_OPENING = /<(?:!doctype\s+html|html[\s>]|head[\s>]|meta\s)/iy;
const HTML_META_CHARSET = /<meta\b[^>]*?\bcharset\s*=["'\s]*([\w.:-]+)/i;

/** The charset the document declares about itself (XML prolog, or HTML meta), normalized; wide charsets ignored. */
function documentCharset(bytes: Buffer, contentType: string | null): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const prolog = XML_PROLOG.exec(head.slice(0, 1024));
  let label: string | undefined = prolog?.[1];
  if (!label && (/html/i.test(contentType ?? '') || startsLikeHtml(head))) label = HTML_META_CHARSET.exec(head)?.[1];
  const name = normalizeCharset(label);
  // Read through ASCII, a document cannot truthfully claim to be UTF-16/32.
  return name && !isWideCharset(name) ? name : null;
}

/**
 * Whether the text opens like an HTML page, after leading whitespace and comments. A scan rather than one regex:
 * `(?:<!--[\s\S]*?-->\s*)*` backtracks exponentially on a run of comments that is not followed by a tag.
 */
function startsLikeHtml(head: string): boolean {
  let i = skipSpace(head, 0);
  while (head.startsWith('<!--', i)) {
    const end = head.indexOf('-->', i + 4);
    if (end < 0) return false;
    i = skipSpace(head, end + 3);
  }
  HTML_OPENING.lastIndex = i;
  return HTML_OPENING.test(head);
}

function skipSpace(s: string, from: number): number {
  let i = from;
  while (i < s.length && /\s/.test(s[i] as string)) i++;
  return i;
}

function hasNonAscii(bytes: Buffer): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/**
 * Whether broken UTF-8 is still better read as UTF-8: true when valid multi-byte sequences outnumber the invalid
 * bytes (a UTF-8 feed with a few stray bytes), false for text that is really in a legacy single-byte charset.
 */
function mostlyUtf8(bytes: Buffer): boolean {
  const text = bytes.toString('utf8');
  let replaced = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80) valid++;
  }
  return valid > replaced;
}

function decodeWith(bytes: Buffer, charset: string): string {
  const text = charset === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, charset, { stripBOM: true });
  return repairC1Controls(text);
}

// windows-1252's printable characters at 0x80-0x9F (undefined positions stay as they are).
const WINDOWS_1252_C1 = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');
const C1_CONTROLS = /[\u0080-\u009F]/g;

/**
 * C1 control characters never belong in feed text; they are windows-1252 punctuation that went through a Latin-1
 * decoder before being stored as UTF-8 ("don\u0092t"). They are read as the windows-1252 characters they were.
 */
function repairC1Controls(text: string): string {
  C1_CONTROLS.lastIndex = 0;
  if (!C1_CONTROLS.test(text)) return text;
  return text.replace(C1_CONTROLS, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

// Characters XML 1.0 forbids: C0 controls except tab/LF/CR, U+FFFE/U+FFFF and (with the `u` flag, which pairs
// valid surrogates into one code point) lone surrogates.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Removes characters that are illegal in XML 1.0, so a strict parser does not reject a whole feed for one byte. */
export function stripInvalidXmlChars(text: string): string {
  INVALID_XML_CHARS.lastIndex = 0;
  if (!INVALID_XML_CHARS.test(text)) return text;
  INVALID_XML_CHARS.lastIndex = 0;
  return text.replace(INVALID_XML_CHARS, '');
}

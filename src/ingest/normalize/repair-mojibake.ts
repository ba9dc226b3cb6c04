import iconv from 'iconv-lite';

/**
 * Double-encoded UTF-8 ("donâ€™t" for "don’t"): UTF-8 bytes that were decoded as windows-1252 and encoded again.
 * A run of non-ASCII windows-1252 characters is turned back into its bytes and re-read as UTF-8, and replaced only
 * when those bytes are valid UTF-8 as a whole. Real Latin-1 text almost never survives that check ("é" alone, "Ã "
 * followed by a letter, "ü" before a space all fail), so correct text is left as it is.
 */

// Its five undefined positions (0x81, 0x8D, …) stay the C1 controls of the same value, as decode-body leaves them.
const WINDOWS_1252 = [...iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), 'windows-1252')]
  .map((c, i) => (c === '\uFFFD' ? String.fromCharCode(0x80 + i) : c))
  .join('');
const BYTE_OF = new Map<string, number>([...WINDOWS_1252].map((c, i) => [c, 0x80 + i]));

// A lead byte of a 2-4 byte UTF-8 sequence (0xC2-0xF4) followed by a continuation byte (0x80-0xBF), as windows-1252.
const CONTINUATION = [...WINDOWS_1252.slice(0, 0x40)].join('');
const SUSPECT = new RegExp(`[\\u00C2-\\u00F4][${escapeClass(CONTINUATION)}]`, 'u');
// Runs of non-ASCII characters that windows-1252 can encode.
const RUN = new RegExp(`[${escapeClass(WINDOWS_1252)}]+`, 'gu');

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string;
export function repairMojibake(text: string | null): string | null;
export function repairMojibake(text: string | null): string | null {
  if (text === null || !SUSPECT.test(text)) return text;
  return text.replace(RUN, (run) => {
    if (run.length < 2) return run;
    const bytes = Uint8Array.from([...run], (c) => BYTE_OF.get(c) ?? 0);
    try {
      const decoded = UTF8.decode(bytes);
      return decoded.length < run.length ? decoded : run;
    } catch {
      return run;
    }
  });
}

function escapeClass(chars: string): string {
  return [...chars].map((c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`).join('');
}

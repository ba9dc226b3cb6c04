import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/**
 * Decompression streams for Content-Encoding. Truncated streams are tolerated (flush what arrived, like browsers)
 * because a feed cut short is still mostly readable; corrupt data still fails.
 */

const LENIENT_ZLIB: zlib.ZlibOptions = { finishFlush: zlib.constants.Z_SYNC_FLUSH };

/** The decoders for a Content-Encoding header, in the order they must be applied. Unknown codings are skipped. */
export function decodersFor(contentEncoding: string | null | undefined): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  // Codings are listed in the order they were applied, so undo them from the last.
  return codings.reverse().flatMap((c) => {
    const d = decoderFor(c);
    return d ? [d] : [];
  });
}

function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(LENIENT_ZLIB);
    case 'deflate':
      return new AutoInflate();
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      // 'identity', and bogus values some servers send (e.g. "utf-8"): leave the bytes alone.
      return null;
  }
}

/** RFC 1950 zlib header: compression method 8 and a header checksum divisible by 31. */
function hasZlibHeader(chunk: Buffer): boolean {
  if (chunk.length < 2) return false;
  const cmf = chunk[0]!;
  const flg = chunk[1]!;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

/**
 * "deflate" is specified as zlib-wrapped, but many servers send raw DEFLATE. Decide from the first bytes and
 * delegate to the matching inflater.
 */
class AutoInflate extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      this.inner = hasZlibHeader(chunk) ? zlib.createInflate(LENIENT_ZLIB) : zlib.createInflateRaw(LENIENT_ZLIB);
      this.inner.on('data', (out: Buffer) => this.push(out));
      this.inner.on('error', (err) => this.destroy(err));
    }
    this.inner.write(chunk, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    const inner = this.inner;
    if (!inner) return callback();
    inner.once('end', () => callback());
    inner.end();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.inner?.destroy();
    callback(err);
  }
}

import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decodersFor } from './content-decoders.ts';

/** Thrown (inside the pipeline) when a size cap is hit; fetch-url turns it into a `too_large` FetchError. */
export class BodyTooLargeError extends Error {
  constructor(
    readonly limit: number,
    readonly stage: 'compressed' | 'decompressed',
  ) {
    super(`body exceeds ${limit} bytes (${stage})`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a response body, undoing Content-Encoding, and returns the decoded bytes. The cap applies while streaming
 * to both the bytes on the wire and the decoded bytes, so neither a huge body nor a decompression bomb is ever held
 * in memory: the moment one is exceeded the pipeline is destroyed, which aborts the request.
 */
export async function readBody(
  body: Readable,
  contentEncoding: string | null,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const collect = new Writable({
    write(chunk: Buffer, _enc, callback) {
      total += chunk.length;
      if (total > maxBytes) return callback(new BodyTooLargeError(maxBytes, 'decompressed'));
      chunks.push(chunk);
      callback();
    },
  });
  const decoders = decodersFor(contentEncoding);
  // Without a Content-Encoding the wire bytes are the decoded bytes, so the collector's cap covers both.
  const stages = decoders.length === 0 ? [body, collect] : [body, wireCap(maxBytes), ...decoders, collect];
  await pipeline(stages, { signal });
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function wireCap(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(new BodyTooLargeError(maxBytes, 'compressed'));
      else callback(null, chunk);
    },
  });
}

/**
 * Reads a GraphQL-over-SSE response (yoga's "distinct connections" mode: `event: next` / `event: complete`) as it
 * streams. `next(n)` waits for n `next` payloads in all; `close()` ends the request and returns every payload.
 */
export interface SseEvent {
  event: string;
  data: any;
}

export interface SseReader {
  /** The `next` payloads received so far. */
  nexts(): any[];
  next(count: number, ms?: number): Promise<any[]>;
  close(): Promise<any[]>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
}

export function readSse(res: Response, abort: AbortController): SseReader {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  let done = false;
  const ended = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) events.push({ event, data: data ? JSON.parse(data) : null });
        }
      }
    } catch {
      // the request was aborted
    } finally {
      done = true;
    }
  })();
  const nexts = () => events.filter((e) => e.event === 'next').map((e) => e.data);
  return {
    nexts,
    ended,
    async next(count, ms = 5000) {
      const deadline = Date.now() + ms;
      while (nexts().length < count && !done) {
        if (Date.now() > deadline) throw new Error(`only ${nexts().length} of ${count} events arrived: ${JSON.stringify(events)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return nexts();
    },
    async close() {
      abort.abort();
      await reader.cancel().catch(() => {});
      await ended;
      return nexts();
    },
  };
}

/** Opens a subscription with `fetchFn` (yoga.fetch in process, or global fetch over HTTP). */
export async function subscribe(
  fetchFn: (url: string, init: RequestInit) => Promise<Response>,
  url: string,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
): Promise<{ res: Response; sse: SseReader }> {
  const abort = new AbortController();
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal: abort.signal,
  });
  return { res, sse: readSse(res, abort) };
}

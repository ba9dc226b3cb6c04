import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { loadPg } from './dialects/load-pg.ts';
import { CHANNEL_NAME, MAX_PAYLOAD_BYTES, type Notifications } from './notifications.ts';
import type { Database } from './tables/index.ts';

const RECONNECT_MS = 1000;

function checkChannel(channel: string): void {
  if (!CHANNEL_NAME.test(channel)) throw new Error(`invalid notification channel name: ${channel}`);
}

/**
 * LISTEN/NOTIFY over PostgreSQL. Notifications go out through the pool (pg_notify, so the payload is a parameter);
 * listening holds one connection of its own, opened at the first listen() and reopened (re-LISTENing every channel)
 * when it is lost. Notifications sent while it was down are lost: PostgreSQL does not keep them.
 */
export function createPgNotifications(url: string, kysely: Kysely<Database>): Notifications {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const c = new (loadPg().Client)({ connectionString: url, connectionTimeoutMillis: 10_000 });
      c.on('notification', (n) => {
        for (const h of handlers.get(n.channel) ?? []) h(n.payload ?? '');
      });
      const lost = () => {
        if (client !== c) return;
        client = null;
        connecting = null;
        c.end().catch(() => {});
        if (!closed && handlers.size) retry = setTimeout(() => void connect().catch(() => lost()), RECONNECT_MS);
      };
      c.on('error', lost);
      c.on('end', lost);
      await c.connect();
      for (const channel of handlers.keys()) await c.query(`LISTEN "${channel}"`);
      client = c;
      return c;
    })().catch((e) => {
      connecting = null;
      throw e;
    });
    return connecting;
  };

  return {
    async notify(channel, payload) {
      checkChannel(channel);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`notification payload over ${MAX_PAYLOAD_BYTES} bytes on ${channel}`);
      await sql`select pg_notify(${channel}, ${payload})`.execute(kysely);
    },
    async listen(channel, onPayload) {
      checkChannel(channel);
      let set = handlers.get(channel);
      const first = !set;
      if (!set) handlers.set(channel, (set = new Set()));
      set.add(onPayload);
      const c = await connect();
      // A fresh connection LISTENs to every channel as it opens; an open one needs this channel added.
      if (first && client === c) await c.query(`LISTEN "${channel}"`);
      return async () => {
        set.delete(onPayload);
        if (set.size) return;
        handlers.delete(channel);
        await client?.query(`UNLISTEN "${channel}"`).catch(() => {});
      };
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      handlers.clear();
      const c = client ?? (connecting ? await connecting.catch(() => null) : null);
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

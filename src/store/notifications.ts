/**
 * Messages between processes sharing one database: PostgreSQL LISTEN/NOTIFY. SQLite has none (its worker threads
 * share their process's events), so a SQLite store offers no Notifications.
 */
export interface Notifications {
  /** Sends `payload` (at most 7,900 bytes) to every listener of `channel`, in every process, this one included. */
  notify(channel: string, payload: string): Promise<void>;
  /** Calls `onPayload` for each notification on `channel` until the returned function is called. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Stops listening and closes the listening connection. */
  close(): Promise<void>;
}

/** PostgreSQL's limit is 8,000 bytes; a little is kept for the channel name and framing. */
export const MAX_PAYLOAD_BYTES = 7900;

/** Channel names are fixed identifiers of the application, never user input. */
export const CHANNEL_NAME = /^[a-z][a-z0-9_]{0,62}$/;

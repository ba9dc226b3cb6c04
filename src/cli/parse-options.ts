import { InvalidInputError } from '../domain/errors.ts';

/** `--since DATE`: any date Date understands, as UTC ISO-8601; a clear error otherwise. */
export function parseSince(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new InvalidInputError(`--since "${value}" is not a date (use e.g. 2025-06-01 or 2025-06-01T12:00:00Z)`);
  return d.toISOString();
}

/** `--batch N`: articles per transaction, 1 to 1000. */
export function parseBatch(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidInputError(`--batch must be a whole number from 1 to 1000, not "${value}"`);
  return n;
}

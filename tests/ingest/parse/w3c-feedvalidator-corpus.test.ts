import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/domain/errors.ts';
import type { RawFeed } from '../../../src/domain/raw-feed.ts';
import { parseFeedDate } from '../../../src/ingest/normalize/parse-date.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { corpusPath } from './corpus.ts';

/**
 * rubys/feedvalidator test cases (1,728 small, often broken documents: feeds, OPML, HTML, junk).
 * - robustness: each file parses or fails with a ParseError; nothing else escapes, nothing hangs (all run in one
 *   sequential test under the test timeout);
 * - `valid-value` date cases: the date element's text yields a date, and the RawFeed carries it where we model it;
 * - dates never made up: for every date string in every RawFeed, and every date element of the date cases, a
 *   parsed date must agree with the calendar fields written in the string, and fields out of range must give null.
 */
interface Case {
  file: string;
  kind: string;
  eventClass: string;
  params: Record<string, string>;
}

const DIR = corpusPath('w3c-feedvalidator');
const manifest: Case[] = readFileSync(`${DIR}/manifest.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Case);

const DATE_CLASSES = /^(Valid|Invalid)(RFC2822Date|W3CDTFDate|RFC3339Date|ISO8601DateTime)$/;
const MODELED_DATE_ELEMENTS = new Set(['pubDate', 'lastBuildDate', 'dc:date', 'published', 'updated', 'issued', 'modified']);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Literal {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  second: number | null;
}

/** The calendar fields as written, read independently of the parser (ISO-like or RFC 822-like); null if unclear. */
function literalFields(s: string): Literal | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*[Tt ]\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?/.exec(s);
  if (iso) return fields(iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]);
  const rfc = /(?:^|[\s,])(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*[\s-]+(\d{2,4})(?:\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?/.exec(s);
  if (rfc) {
    const month = MONTHS.indexOf((rfc[2] as string).toLowerCase()) + 1;
    if (month === 0) return null;
    const y = Number(rfc[3]);
    const year = (rfc[3] as string).length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
    return fields(String(year), String(month), rfc[1], rfc[4], rfc[5], rfc[6]);
  }
  return null;
}

function fields(y?: string, mo?: string, d?: string, h?: string, mi?: string, s?: string): Literal {
  const n = (v?: string) => (v === undefined ? null : Number(v));
  return { year: Number(y), month: Number(mo), day: Number(d), hour: n(h), minute: n(mi), second: n(s) };
}

function inRange(l: Literal): boolean {
  const days = new Date(Date.UTC(2000, l.month, 0)).getUTCDate(); // month length in a leap year
  const leapOk = !(l.month === 2 && l.day === 29) || (l.year % 4 === 0 && (l.year % 100 !== 0 || l.year % 400 === 0));
  return (
    l.month >= 1 && l.month <= 12 && l.day >= 1 && l.day <= days && leapOk &&
    (l.hour === null || l.hour <= 23) && (l.minute === null || l.minute <= 59) && (l.second === null || l.second <= 60)
  );
}

/** Null, or a date whose calendar day (seen from some UTC offset within +-14h) is the day written. */
function notMadeUp(raw: string): string | null {
  const parsed = parseFeedDate(raw);
  if (parsed === null) return null;
  const literal = literalFields(raw);
  if (literal === null) return null;
  if (!inRange(literal)) return `"${raw}" has out-of-range fields but parsed as ${parsed.toISOString()}`;
  const target = `${String(literal.year).padStart(4, '0')}-${String(literal.month).padStart(2, '0')}-${String(literal.day).padStart(2, '0')}`;
  for (let h = -14; h <= 14; h++) {
    if (new Date(parsed.getTime() + h * 3_600_000).toISOString().startsWith(target)) return null;
  }
  return `"${raw}" parsed as ${parsed.toISOString()}, not on ${target}`;
}

function dateStrings(feed: RawFeed): string[] {
  return [feed.published, feed.updated, ...feed.items.flatMap((i) => [i.published, i.updated])].filter((s): s is string => s !== null);
}

/** Text of the case's date element, e.g. `<pubDate>...</pubDate>`, or of the Atom 0.3 names the validator maps. */
function elementText(text: string, element: string | undefined): string | null {
  if (!element) return null;
  for (const name of [element, ...(element === 'published' ? ['issued'] : element === 'updated' ? ['modified'] : [])]) {
    const escaped = name.replace(/[.:]/g, (c) => `\\${c}`);
    const m = new RegExp(`<${escaped}(?:\\s[^>]*)?>([^<]*)</${escaped}>`).exec(text);
    if (m) return (m[1] as string).trim();
  }
  return null;
}

describe('w3c feedvalidator corpus', () => {
  it('has 1,728 cases', () => expect(manifest.length).toBe(1728));

  it('parses every file or fails with a ParseError, and never makes up a date', async () => {
    const outcome = { parsed: 0, notAFeed: 0, parseError: 0 };
    const problems: string[] = [];
    const validDates = { total: 0, yielded: 0, carried: 0, modeled: 0 };
    for (const c of manifest) {
      const text = readFileSync(`${DIR}/${c.file}`, 'utf8');
      let feed: RawFeed | null = null;
      try {
        feed = await parseFeed(text);
        outcome.parsed++;
      } catch (e) {
        if (!(e instanceof ParseError)) {
          problems.push(`${c.file}: escaped ${String(e)}`);
          continue;
        }
        if (e.code === 'not_a_feed') outcome.notAFeed++;
        else outcome.parseError++;
      }
      for (const raw of feed ? dateStrings(feed) : []) {
        const why = notMadeUp(raw);
        if (why) problems.push(`${c.file}: ${why}`);
      }
      if (!DATE_CLASSES.test(c.eventClass)) continue;
      const value = elementText(text, c.params['element']);
      if (value !== null) {
        const why = notMadeUp(value);
        if (why) problems.push(`${c.file}: ${why}`);
      }
      if (c.kind !== 'valid-value') continue;
      validDates.total++;
      if (value === null || parseFeedDate(value) === null) {
        problems.push(`${c.file}: valid date ${JSON.stringify(value)} yields no date`);
        continue;
      }
      validDates.yielded++;
      if (MODELED_DATE_ELEMENTS.has(c.params['element'] ?? '')) {
        validDates.modeled++;
        if (feed && dateStrings(feed).some((s) => s.trim() === value && parseFeedDate(s) !== null)) validDates.carried++;
        else problems.push(`${c.file}: RawFeed does not carry the valid date ${value}`);
      }
    }
    console.log('w3c feedvalidator:', outcome, 'valid-value dates:', validDates);
    expect(problems).toEqual([]);
    expect(validDates.total).toBe(59);
  }, 120_000);
});

/**
 * Feed dates: RFC 822/1123/2822 (and the RFC 850 / asctime variants seen in the wild) and ISO 8601 / W3C-DTF.
 * Tolerant of the usual junk (comments, extra spaces, full month names, "GMT+2") but never invents a date:
 * anything out of range ("31 Feb", month 13, hour 25) or unrecognised yields null. JavaScript's Date.parse is
 * never used on the input because it silently rolls over or guesses.
 *
 * Conventions (documented choices):
 * - no zone given -> UTC;
 * - 2-digit years: 00-49 -> 20xx, 50-99 -> 19xx; 3-digit years + 1900 (RFC 2822 section 4.3);
 * - military single-letter zones other than Z are treated as UTC, as RFC 2822 advises (their sign is unreliable);
 * - ambiguous abbreviations use one documented meaning: CST = US Central, IST = India (+05:30),
 *   BST = British Summer Time, AST = Atlantic;
 * - a leap second (:60) is read as :59;
 * - the weekday, when present, is ignored (it is often wrong while the date is right).
 */

const MINUTES_PER_HOUR = 60;
const MAX_OFFSET_MINUTES = 14 * MINUTES_PER_HOUR;

/** Offsets in minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, WEZ: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  BRT: -180, ART: -180,
  BST: 60, IST: 330, CET: 60, CEST: 120, MET: 60, MEST: 120, MEZ: 60, MESZ: 120, WEST: 60, WESZ: 60,
  EET: 120, EEST: 180, OEZ: 120, OESZ: 180, MSK: 180, MSD: 240, SAST: 120, EAT: 180, TRT: 180,
  PKT: 300, NPT: 345, ICT: 420, WIB: 420, HKT: 480, SGT: 480, PHT: 480, AWST: 480, CCT: 480,
  JST: 540, KST: 540, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Languages whose month and weekday names are read; the names come from the runtime's CLDR data (Intl). */
const NAME_LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru'];

function nameVariants(name: string): string[] {
  const lower = name.toLocaleLowerCase('und').replace(/\.$/, '');
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return [...new Set([lower, plain])];
}

/** Every localized full and abbreviated month name (standalone and in-date forms, e.g. Russian "марта") -> 1-12. */
function localizedMonths(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const locale of NAME_LOCALES) {
    for (const month of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2021, m, 15));
        const names = [standalone.format(date), inDate.formatToParts(date).find((part) => part.type === 'month')?.value ?? ''];
        for (const name of names) for (const v of nameVariants(name)) if (v.length >= 3 && !map.has(v)) map.set(v, m + 1);
      }
    }
  }
  return map;
}

function localizedWeekdays(): ReadonlySet<string> {
  const set = new Set<string>();
  for (const locale of NAME_LOCALES) {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) for (const v of nameVariants(format.format(new Date(Date.UTC(2021, 0, 4 + d))))) set.add(v);
    }
  }
  return set;
}

const LOCALIZED_MONTHS = localizedMonths();
const LOCALIZED_WEEKDAYS = localizedWeekdays();

/** 1-12 for an English month name or 3+ letter abbreviation, or any localized full or abbreviated name. */
function monthOf(lower: string): number | null {
  const english = nameIndex(MONTHS, lower);
  if (english !== null) return english + 1;
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return LOCALIZED_MONTHS.get(lower) ?? LOCALIZED_MONTHS.get(plain) ?? null;
}

function isWeekday(lower: string): boolean {
  if (nameIndex(WEEKDAYS, lower) !== null) return true;
  return LOCALIZED_WEEKDAYS.has(lower) || LOCALIZED_WEEKDAYS.has(lower.normalize('NFD').replace(/\p{M}/gu, ''));
}

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  offsetMinutes: number;
  /** An IANA zone whose offset at that local time replaces offsetMinutes. */
  zone?: string;
}

/** What the feed says about how to read an ambiguous numeric date: its language (`en-US`, `fr`, ...). */
export interface DateHint {
  language?: string | null;
}

export function parseFeedDate(value: string | null | undefined, hint: DateHint = {}): Date | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/\s+/g, ' ').trim();
  if (cleaned === '' || cleaned.length > 200) return null;
  const unix = unixTimestamp(cleaned);
  if (unix !== undefined) return unix;
  const fields = parseIsoLike(cleaned) ?? parseNumericDate(cleaned, hint) ?? parseRfcLike(stripComments(cleaned));
  return fields ? toDate(fields) : null;
}

// ---------- Unix timestamps ----------

/** Seconds (9-10 digits) or milliseconds (12-13 digits) since 1970; undefined when the value is not one. */
function unixTimestamp(s: string): Date | null | undefined {
  if (!/^\d{9,13}$/.test(s) || s.length === 11) return undefined;
  const ms = s.length <= 10 ? Number(s) * 1000 : Number(s);
  return new Date(ms);
}

// ---------- numeric day/month/year ----------

const NUMERIC_DATE = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:,? (?:at )?(\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])?)?(?: (\S+))?$/;

/**
 * "03/30/2020", "30.10.23", "2020/03/30" handled by ISO. Dots mean day.month.year (the convention wherever they
 * are used); with slashes or dashes an order is taken only when it is certain: one part above 12, or the feed's
 * language says (US English month first, every other language day first). Otherwise null: never a guessed date.
 */
function parseNumericDate(s: string, hint: DateHint): Fields | null {
  const m = NUMERIC_DATE.exec(s);
  if (!m || (m[1] as string).length > 2) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  let order: 'dmy' | 'mdy' | null = null;
  if (m[2] === '.') order = 'dmy';
  else if (a > 12 && b <= 12) order = 'dmy';
  else if (b > 12 && a <= 12) order = 'mdy';
  else if (a === b) order = 'dmy';
  else order = numericOrderOf(hint.language);
  if (order === null) return null;
  let hour = m[5] === undefined ? 0 : Number(m[5]);
  if (m[8] !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[8].toLowerCase() === 'pm' ? 12 : 0);
  }
  const zone = m[9] === undefined ? 0 : zoneOffset(m[9]);
  if (zone === null) return null;
  return {
    year: expandYear(m[4] as string),
    month: order === 'dmy' ? b : a,
    day: order === 'dmy' ? a : b,
    hour,
    minute: m[6] === undefined ? 0 : Number(m[6]),
    second: m[7] === undefined ? 0 : Number(m[7]),
    millis: 0,
    offsetMinutes: typeof zone === 'number' ? zone : 0,
    ...(typeof zone === 'string' ? { zone } : {}),
  };
}

function numericOrderOf(language: string | null | undefined): 'dmy' | 'mdy' | null {
  if (!language) return null;
  const tag = language.trim().toLowerCase().replace('_', '-');
  if (tag === 'en-us' || tag === 'en' || tag.startsWith('en-us')) return 'mdy';
  return 'dmy';
}

// ---------- ISO 8601 / W3C-DTF ----------

const ISO =
  /^(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2})(?:(?: ?[Tt] ?| )(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)? ?(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

function parseIsoLike(s: string): Fields | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const offset = m[9] === undefined ? 0 : numericOrNamedOffset(m[9]);
  if (offset === null) return null;
  return {
    year: Number(m[1]),
    month: m[3] === undefined ? 1 : Number(m[3]),
    day: m[4] === undefined ? 1 : Number(m[4]),
    hour: m[5] === undefined ? 0 : Number(m[5]),
    minute: m[6] === undefined ? 0 : Number(m[6]),
    second: m[7] === undefined ? 0 : Number(m[7]),
    millis: m[8] === undefined ? 0 : Math.floor(Number(`0.${m[8]}`) * 1000),
    offsetMinutes: offset,
  };
}

// ---------- RFC 822 family (token based) ----------

/** RFC 822 comments are parenthesised: "Thu (hate thursdays), 16(th) Feb(ruary) 2006 ... (GMT)". */
function stripComments(s: string): string {
  let out = s;
  for (let i = 0; i < 3 && out.includes('('); i++) out = out.replace(/\([^()]*\)/g, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

interface Partial {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millis?: number;
  meridiem?: 'am' | 'pm';
  offsetMinutes?: number;
  zone?: string;
  /** A name that is a month in one language and a weekday in another ("mar"): a month only if no other is given. */
  ambiguousMonth?: number;
}

function parseRfcLike(s: string): Fields | null {
  const tokens = tokenize(s);
  if (tokens.length === 0) return null;
  const p: Partial = {};
  const numbers: string[] = [];
  for (const token of tokens) {
    if (!readToken(token, p, numbers)) return null;
  }
  p.month ??= p.ambiguousMonth;
  if (!assignNumbers(numbers, p)) return null;
  return complete(p);
}

function tokenize(s: string): string[] {
  return s
    .replace(/,/g, ' ')
    // RFC 850 "02-Nov-05" and "2-Jan-2006"
    .replace(/\b(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})\b/g, '$1 $2 $3')
    // "GMT +0200" / "UTC + 2" -> one zone token
    .replace(/\b(GMT|UTC|UT)\s*([+-])\s*/gi, '$1$2')
    .split(' ')
    .filter((t) => t !== '' && t !== '.');
}

/** Reads one token into p; returns false for a token that has no place in a date. */
function readToken(raw: string, p: Partial, numbers: string[]): boolean {
  const token = raw.replace(/\.$/, '');
  const lower = token.toLowerCase();
  if (/^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/.test(token)) return readTime(token, p);
  if (/^\d{1,4}$/.test(token)) return numbers.push(token) > 0;
  if (/^\d{1,2}(?:st|nd|rd|th)$/i.test(token)) return numbers.push(token.slice(0, -2)) > 0;
  if (lower === 'am' || lower === 'pm' || lower === 'a.m' || lower === 'p.m') return setOnce(p, 'meridiem', lower[0] === 'a' ? 'am' : 'pm');
  if (FILLER_WORDS.has(lower)) return true;
  const month = monthOf(lower);
  const weekday = isWeekday(lower);
  if (month !== null && weekday) {
    p.ambiguousMonth ??= month;
    return true;
  }
  if (month !== null) return setOnce(p, 'month', month);
  if (weekday) return true;
  const offset = zoneOffset(token);
  if (typeof offset === 'string') return setOnce(p, 'zone', offset);
  if (offset !== null) return setOnce(p, 'offsetMinutes', offset);
  return false;
}

/** Words that join the parts of a written date ("Monday, March 30, 2020 at 1:11 PM EDT", "9 de abril de 2018"). */
const FILLER_WORDS = new Set(['at', 'on', 'of', 'the', 'de', 'del', 'um', 'à', 'a', 'le', 'el', 'der', 'den', 'om', 'alle', 'às', 'в', 'г', 'года']);

function readTime(token: string, p: Partial): boolean {
  if (p.hour !== undefined) return false;
  const [h, m, s] = token.split(':');
  const [sec, frac] = (s ?? '0').split(/[.,]/);
  p.hour = Number(h);
  p.minute = Number(m);
  p.second = Number(sec);
  p.millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  return true;
}

function setOnce<K extends keyof Partial>(p: Partial, key: K, value: Partial[K]): boolean {
  if (p[key] !== undefined) return false;
  p[key] = value;
  return true;
}

/** Full names and their abbreviations of 3+ letters ("Sep", "Sept", "Thurs"). */
function nameIndex(names: readonly string[], lower: string): number | null {
  if (lower.length < 3 || !/^[a-z]+$/.test(lower)) return null;
  const i = names.findIndex((n) => n.startsWith(lower));
  return i < 0 ? null : i;
}

/** Day and year from the bare numbers: "10 Jun 2003", "Jun 10 2003", asctime "Jun 10 04:00:00 2003". */
function assignNumbers(numbers: string[], p: Partial): boolean {
  if (numbers.length !== 2 || p.month === undefined) return false;
  const [a, b] = numbers as [string, string];
  // A 3-4 digit number is the year; otherwise the day comes first (both RFC 822 and "June 10, 2003" orders).
  const [day, year] = a.length >= 3 && b.length <= 2 ? [b, a] : [a, b];
  if (day.length > 2) return false;
  p.day = Number(day);
  p.year = expandYear(year);
  return true;
}

function expandYear(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (y.length === 3) return 1900 + n;
  return n;
}

function complete(p: Partial): Fields | null {
  if (p.year === undefined || p.month === undefined || p.day === undefined) return null;
  let hour = p.hour ?? 0;
  if (p.meridiem !== undefined) {
    if (p.hour === undefined || hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (p.meridiem === 'pm' ? 12 : 0);
  }
  return {
    year: p.year,
    month: p.month,
    day: p.day,
    hour,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
    millis: p.millis ?? 0,
    offsetMinutes: p.offsetMinutes ?? 0,
    ...(p.zone !== undefined ? { zone: p.zone } : {}),
  };
}

// ---------- zones ----------

/** North-American zone names without a season: the offset depends on the date, so they go through the zone. */
const SEASONLESS_ZONES: Readonly<Record<string, string>> = {
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
  AKT: 'America/Anchorage', HT: 'Pacific/Honolulu',
};

/**
 * "+0200", "-05:00", "+02", "GMT+2", "UTC-05:30", "EST", "Z", military letters: minutes east of UTC. An IANA name
 * ("America/Los_Angeles", "Etc/GMT+5") or ET/CT/MT/PT: the zone's name, resolved at the date's local time.
 */
function zoneOffset(token: string): number | string | null {
  const upper = token.toUpperCase();
  const named = ZONES[upper];
  if (named !== undefined) return named;
  const seasonless = SEASONLESS_ZONES[upper];
  if (seasonless !== undefined) return seasonless;
  if (token.includes('/') && isTimeZone(token)) return token;
  if (/^[A-IK-Y]$/.test(upper)) return 0; // military zones, see header
  const prefixed = /^(?:GMT|UTC|UT)([+-].+)$/.exec(upper);
  if (prefixed) return signedOffset(prefixed[1] as string, true);
  return signedOffset(upper, false);
}

function numericOrNamedOffset(token: string): number | null {
  const named = ZONES[token.toUpperCase()];
  return named !== undefined ? named : signedOffset(token, false);
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `zone` at the instant `utcMs`. */
function zoneOffsetAt(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(utcMs));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!m) return 0;
  const total = Number(m[2]) * MINUTES_PER_HOUR + Number(m[3]);
  return m[1] === '-' ? -total : total;
}

const TRAILING_OFFSET = /[+-](\d{2}):?(\d{2})$/;

/**
 * Whether a date string ends in a UTC offset beyond +-14:00 ("+15:00"), which parseFeedDate clamps rather than
 * drops: the date is kept, but the feed is worth a parse warning.
 */
export function hasOutOfRangeOffset(value: string | null | undefined): boolean {
  if (typeof value !== 'string') return false;
  const m = TRAILING_OFFSET.exec(value.trim());
  if (!m) return false;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours <= 23 && minutes <= 59 && hours * MINUTES_PER_HOUR + minutes > MAX_OFFSET_MINUTES;
}

/** "+hhmm", "+hh:mm", "+hh"; with allowShortHours also "+h" (as in "GMT+2"). */
function signedOffset(token: string, allowShortHours: boolean): number | null {
  const m = (allowShortHours ? /^([+-])(\d{1,2})(?::?(\d{2}))?$/ : /^([+-])(\d{2})(?::?(\d{2}))?$/).exec(token);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  // Real offsets lie within +-14:00; a larger one ("+15:00") is a typo for a real zone, clamped so the date survives.
  const total = Math.min(hours * MINUTES_PER_HOUR + minutes, MAX_OFFSET_MINUTES);
  return m[1] === '-' ? -total : total;
}

// ---------- validation and assembly ----------

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function inRange(f: Fields): boolean {
  return (
    f.year >= 1 && f.year <= 9999 &&
    f.month >= 1 && f.month <= 12 &&
    f.day >= 1 && f.day <= daysInMonth(f.year, f.month) &&
    f.hour <= 23 && f.minute <= 59 && f.second <= 60
  );
}

function toDate(f: Fields): Date | null {
  if (!inRange(f)) return null;
  const d = new Date(0);
  // setUTCFullYear keeps years below 100 literal (Date.UTC would map 99 to 1999).
  d.setUTCFullYear(f.year, f.month - 1, f.day);
  d.setUTCHours(f.hour, f.minute, Math.min(f.second, 59), f.millis);
  const local = d.getTime();
  let offset = f.offsetMinutes;
  if (f.zone !== undefined) {
    // The offset at the local time read as UTC, then corrected once: right on both sides of a DST change.
    offset = zoneOffsetAt(f.zone, local - zoneOffsetAt(f.zone, local) * 60_000);
  }
  const ms = local - offset * 60_000;
  return Number.isFinite(ms) ? new Date(ms) : null;
}

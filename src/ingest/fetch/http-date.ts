/**
 * Parses an HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, the obsolete RFC 850 form and asctime. Returns epoch
 * milliseconds or null. Deliberately strict: `Date.parse` accepts things like "0" or "-1" (which servers send in
 * Expires to mean "already expired") and would turn them into real dates.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const IMF_FIXDATE = /^[a-z]{3},\s*(\d{1,2})[\s-]([a-z]{3})[\s-](\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(?:gmt|utc|ut|z|[+-]0000)?$/i;
const RFC850 = /^[a-z]{6,9},\s*(\d{1,2})-([a-z]{3})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2})\s*(?:gmt|utc)?$/i;
const ASCTIME = /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})$/i;

export function parseHttpDate(value: string | null | undefined): number | null {
  if (!value) return null;
  const s = value.trim();
  let m = IMF_FIXDATE.exec(s);
  if (m) return build(m[3]!, m[2]!, m[1]!, m[4]!, m[5]!, m[6]!);
  m = RFC850.exec(s);
  if (m) {
    // Two-digit years: RFC 9110 says interpret as within 50 years of now; for feeds "the 2000s" is right.
    const yy = Number(m[3]);
    return build(String(yy < 70 ? 2000 + yy : 1900 + yy), m[2]!, m[1]!, m[4]!, m[5]!, m[6]!);
  }
  m = ASCTIME.exec(s);
  if (m) return build(m[6]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!);
  return null;
}

function build(year: string, month: string, day: string, h: string, min: string, sec: string): number | null {
  const mi = MONTHS.indexOf(month.toLowerCase());
  const d = Number(day);
  const [H, M, S] = [Number(h), Number(min), Number(sec)];
  if (mi < 0 || d < 1 || d > 31 || H > 23 || M > 59 || S > 60) return null;
  const ms = Date.UTC(Number(year), mi, d, H, M, Math.min(S, 59));
  // Reject rollovers such as 31 Feb.
  return new Date(ms).getUTCDate() === d ? ms : null;
}

import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/ingest/normalize/parse-date.ts';

/** [input, expected ISO string or null]. */
const CASES: [string, string | null][] = [
  // RFC 822 / 1123 / 2822
  ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 +0000', '2003-06-10T04:00:00.000Z'],
  ['10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00 GMT', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 03 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
  ['31 Dec 99 23:59:59 +0000', '1999-12-31T23:59:59.000Z'],
  ['Mon, 21 Oct 2002 14:04:23 -0500', '2002-10-21T19:04:23.000Z'],
  ['Mon, 21 Oct 2002 14:04:23 -05:00', '2002-10-21T19:04:23.000Z'],
  ['1 Dec 2002 14:20:20 +0000', '2002-12-01T14:20:20.000Z'],
  ['Thu, 05 Sep 2002 0:00:01 GMT', '2002-09-05T00:00:01.000Z'],
  ['Sat,29 Jul 2006 00:03:02 +0000', '2006-07-29T00:03:02.000Z'],
  // named zones
  ['31 Dec 2002 14:20:20 UT', '2002-12-31T14:20:20.000Z'],
  ['31 Dec 2002 14:20:20 UTC', '2002-12-31T14:20:20.000Z'],
  ['31 Dec 2002 14:20:20 Z', '2002-12-31T14:20:20.000Z'],
  ['31 Dec 2002 14:20:20 EST', '2002-12-31T19:20:20.000Z'],
  ['31 Dec 2002 14:20:20 EDT', '2002-12-31T18:20:20.000Z'],
  ['31 Dec 2002 14:20:20 CST', '2002-12-31T20:20:20.000Z'],
  ['31 Dec 2002 14:20:20 CDT', '2002-12-31T19:20:20.000Z'],
  ['31 Dec 2002 14:20:20 MST', '2002-12-31T21:20:20.000Z'],
  ['31 Dec 2002 14:20:20 MDT', '2002-12-31T20:20:20.000Z'],
  ['31 Dec 2002 14:20:20 PST', '2002-12-31T22:20:20.000Z'],
  ['31 Dec 2002 14:20:20 PDT', '2002-12-31T21:20:20.000Z'],
  ['Wed, 11 Jun 2025 10:00:00 CET', '2025-06-11T09:00:00.000Z'],
  ['Wed, 11 Jun 2025 10:00:00 CEST', '2025-06-11T08:00:00.000Z'],
  ['Wed, 11 Jun 2025 10:00:00 BST', '2025-06-11T09:00:00.000Z'],
  ['Wed, 11 Jun 2025 10:00:00 IST', '2025-06-11T04:30:00.000Z'],
  ['Wed, 11 Jun 2025 10:00:00 JST', '2025-06-11T01:00:00.000Z'],
  ['Wed, 11 Jun 2025 10:00:00 AEST', '2025-06-11T00:00:00.000Z'],
  ['Wed, 11 Jun 2025 10:00:00 MSK', '2025-06-11T07:00:00.000Z'],
  ['31 Dec 2002 14:20:20 A', '2002-12-31T14:20:20.000Z'],
  // junk seen in feeds
  ['Tue, 10 Jun 2003 04:00:00 GMT+2', '2003-06-10T02:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 GMT-0530', '2003-06-10T09:30:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 UTC+05:30', '2003-06-09T22:30:00.000Z'],
  ['  Tue,   10 Jun 2003\n 04:00:00   GMT ', '2003-06-10T04:00:00.000Z'],
  ['Tuesday, 10 June 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
  ['Tues, 10 Sept 2003 04:00:00 GMT', '2003-09-10T04:00:00.000Z'],
  ['Wed, 02 Oct 2002 13:00:00 +0000 (GMT)', '2002-10-02T13:00:00.000Z'],
  ['Thu (oh how I hate thursdays), 16(th) Feb(ruary) 2006 01:39 +0000 (GMT r0x0rz)', '2006-02-16T01:39:00.000Z'],
  ['Wednesday, 02-Nov-05 01:23:45 GMT', '2005-11-02T01:23:45.000Z'],
  ['Mon Jan  2 15:04:05 2006', '2006-01-02T15:04:05.000Z'],
  ['Mon Jan 2 15:04:05 MST 2006', '2006-01-02T22:04:05.000Z'],
  ['June 10, 2003 4:00 PM', '2003-06-10T16:00:00.000Z'],
  ['10 June 2003', '2003-06-10T00:00:00.000Z'],
  ['Thu, 19 Jul 2006 23:08:26 +1000', '2006-07-19T13:08:26.000Z'], // wrong weekday: the date itself is kept
  // ISO 8601 / W3C-DTF
  ['2003-12-13T18:30:02Z', '2003-12-13T18:30:02.000Z'],
  ['2003-12-13T18:30:02.25Z', '2003-12-13T18:30:02.250Z'],
  ['2003-12-13t18:30:02.25z', '2003-12-13T18:30:02.250Z'],
  ['2002-12-31T19:20:30.45+01:00', '2002-12-31T18:20:30.450Z'],
  ['2002-12-31T19:20+01:00', '2002-12-31T18:20:00.000Z'],
  ['2003-07-01T01:55:07-0500', '2003-07-01T06:55:07.000Z'],
  ['2003-07-01T01:55:07+05', '2003-06-30T20:55:07.000Z'],
  ['2003-07-01 01:55:07-05:00', '2003-07-01T06:55:07.000Z'],
  ['2025-06-12 14:30:00 +0300', '2025-06-12T11:30:00.000Z'],
  ['2005-07-02T10:00:00', '2005-07-02T10:00:00.000Z'],
  ['2003-09-24', '2003-09-24T00:00:00.000Z'],
  ['2002-12', '2002-12-01T00:00:00.000Z'],
  ['2002', '2002-01-01T00:00:00.000Z'],
  ['2006/01/02 15:04:05', '2006-01-02T15:04:05.000Z'],
  ['2016-12-31T23:59:60Z', '2016-12-31T23:59:59.000Z'],
  ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  // invalid: never a made-up date
  ['Tue, 31 Feb 2003 04:00:00 GMT', null],
  ['Sat, 31 Jun 2006 23:08:26 +1000', null],
  ['2003-02-29T00:00:00Z', null],
  ['1900-02-29', null],
  ['2003-07-32T15:51:30-05:00', null],
  ['2003-06-31T15:51:30-05:00', null],
  ['2003-13-01T15:51:30-05:00', null],
  ['2003-07-01T25:51:30-05:00', null],
  ['2003-07-01T01:61:30-05:00', null],
  ['2003-07-01T01:55:61-05:00', null],
  ['Tue, 10 Jun 2003 24:00:00 GMT', null],
  ['Tue, 10 Foo 2003 04:00:00 GMT', null],
  ['Tue, 10 Jun 2003 04:00:00 XYZ', null],
  ['Tue, 10 Jun 2003 04:00:00 +2500', null],
  ['07-01T01:55:07-05:00', null],
  ['garbage', null],
  ['insert published date here', null],
  ['13 PM', null],
  ['Jun 2003', null],
  ['', null],
  ['   ', null],
];

describe('parseFeedDate', () => {
  it.each(CASES)('%j -> %s', (input, expected) => {
    expect(parseFeedDate(input)?.toISOString() ?? null).toBe(expected);
  });

  it('returns null for null and undefined', () => {
    expect(parseFeedDate(null)).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
  });

  it('keeps years below 100 literal instead of mapping them to 19xx', () => {
    expect(parseFeedDate('0103-12-13T18:30:02Z')?.getUTCFullYear()).toBe(103);
  });
});

/** [input, language hint or null, expected ISO string or null]: the forms peers' suites exercise. */
const WIDER_CASES: [string, string | null, string | null][] = [
  // IANA zones and seasonless North-American zones, resolved at the date (DST-aware)
  ['Wed, 15 Jul 2020 09:30:00 America/Los_Angeles', null, '2020-07-15T16:30:00.000Z'],
  ['Wed, 15 Jan 2020 09:30:00 America/Los_Angeles', null, '2020-01-15T17:30:00.000Z'],
  ['Fri, 03 Jul 2020 18:00:00 ET', null, '2020-07-03T22:00:00.000Z'],
  ['Fri, 04 Dec 2020 18:00:00 CT', null, '2020-12-05T00:00:00.000Z'],
  ['Wed, 15 Jul 2020 09:30:00 MT', null, '2020-07-15T15:30:00.000Z'],
  ['Wed, 15 Jan 2020 09:30:00 PT', null, '2020-01-15T17:30:00.000Z'],
  ['Mon, 02 Mar 2020 13:11:00 Europe/Berlin', null, '2020-03-02T12:11:00.000Z'],
  ['12 Aug 2021 07:00 Etc/GMT-3', null, '2021-08-12T04:00:00.000Z'],
  ['12 Aug 2021 07:00 Nowhere/Land', null, null],
  // Unix timestamps in seconds and milliseconds
  ['1600000000', null, '2020-09-13T12:26:40.000Z'],
  ['1600000000123', null, '2020-09-13T12:26:40.123Z'],
  ['16000000001', null, null],
  // numeric forms: dots are day-first; slashes only when certain or the language says
  ['21.11.24', null, '2024-11-21T00:00:00.000Z'],
  ['03/30/2020', null, '2020-03-30T00:00:00.000Z'],
  ['30.10.23', null, '2023-10-30T00:00:00.000Z'],
  ['07/28/2019', null, '2019-07-28T00:00:00.000Z'],
  ['28/07/2019 14:05', null, '2019-07-28T14:05:00.000Z'],
  ['06/07/2019', null, null],
  ['06/07/2019', 'en-US', '2019-06-07T00:00:00.000Z'],
  ['06/07/2019', 'de-DE', '2019-07-06T00:00:00.000Z'],
  ['13/13/2019', null, null],
  // localized month and weekday names
  ['jeu, 12 déc 2019 08:00:00 +0100', null, '2019-12-12T07:00:00.000Z'],
  ['Donnerstag, 12. Dezember 2019 08:00', null, '2019-12-12T08:00:00.000Z'],
  ['jueves, 12 de diciembre de 2019', null, '2019-12-12T00:00:00.000Z'],
  ['giovedì 12 dicembre 2019', null, '2019-12-12T00:00:00.000Z'],
  ['quinta-feira, 12 de dezembro de 2019', null, '2019-12-12T00:00:00.000Z'],
  ['donderdag 12 december 2019', null, '2019-12-12T00:00:00.000Z'],
  ['12 декабря 2019 08:00', null, '2019-12-12T08:00:00.000Z'],
  ['mar, 10 déc 2019', null, '2019-12-10T00:00:00.000Z'],
  ['mer, 11 avr 2018 10:00:00 +0200', null, '2018-04-11T08:00:00.000Z'],
  ['Mi, 11 Apr 2018 10:00:00 +0200', null, '2018-04-11T08:00:00.000Z'],
  ['mié, 11 abr 2018', null, '2018-04-11T00:00:00.000Z'],
  ['11 ott 2018', null, '2018-10-11T00:00:00.000Z'],
  ['11 mei 2018', null, '2018-05-11T00:00:00.000Z'],
  ['11 out 2018', null, '2018-10-11T00:00:00.000Z'],
  ['11 апр 2018', null, '2018-04-11T00:00:00.000Z'],
  // written-out forms with joining words
  ['Thursday, December 12, 2019 at 08:15 PM EST', null, '2019-12-13T01:15:00.000Z'],
  ['July 4, 2019 at 01:11 PM EDT', null, '2019-07-04T17:11:00.000Z'],
  // out-of-range offsets are clamped to +-14:00, keeping the date
  ['2019-12-12T10:00:00+15:00', null, '2019-12-11T20:00:00.000Z'],
  ['2019-12-12T10:00:00+16:00', null, '2019-12-11T20:00:00.000Z'],
  ['Thu, 12 Dec 2019 10:00:00 -1800', null, '2019-12-13T00:00:00.000Z'],
];

describe('parseFeedDate: zones, timestamps, numeric and localized forms', () => {
  it.each(WIDER_CASES)('%j (language %s) -> %s', (input, language, expected) => {
    expect(parseFeedDate(input, { language })?.toISOString() ?? null).toBe(expected);
  });
});

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody, stripInvalidXmlChars } from '../../../src/ingest/fetch/decode-body.ts';

const xml = (encoding: string | null, title: string): string =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?>\n<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

// [language, charset label, sample text, charset we expect to report]
const SAMPLES: [string, string, string, string][] = [
  ['Russian', 'KOI8-R', 'Москва: переговоры о мире', 'koi8-r'],
  ['Russian', 'windows-1251', 'Киев и Москва обменялись заявлениями', 'windows-1251'],
  ['Japanese', 'Shift_JIS', '東京で首脳会談が開かれた', 'shift_jis'],
  ['Japanese', 'EUC-JP', '日本政府は声明を発表した', 'euc-jp'],
  ['Korean', 'EUC-KR', '서울에서 정상회담이 열렸다', 'euc-kr'],
  ['Chinese (simplified)', 'GBK', '北京对此表示关切', 'gbk'],
  ['Chinese (simplified)', 'GB2312', '外交部发言人答记者问', 'gbk'],
  ['Chinese (simplified)', 'GB18030', '联合国安理会召开紧急会议', 'gb18030'],
  ['Chinese (traditional)', 'Big5', '臺北表示歡迎和平談判', 'big5'],
  ['German', 'ISO-8859-1', 'Außenministerin äußert Bedenken über Zölle', 'windows-1252'],
  ['French', 'windows-1252', '« Réaction prudente » – l’Élysée', 'windows-1252'],
  ['Polish', 'windows-1250', 'Łódź: żółć gęślą jaźń', 'windows-1250'],
  ['Polish', 'ISO-8859-2', 'Zażółć gęślą jaźń w Gdańsku', 'iso-8859-2'],
  ['Greek', 'ISO-8859-7', 'Η Αθήνα χαιρετίζει τις συνομιλίες', 'iso-8859-7'],
  ['Turkish', 'windows-1254', 'Ankara görüşmeleri memnuniyetle karşıladı', 'windows-1254'],
  ['Hebrew', 'windows-1255', 'ירושלים מגיבה להצהרה', 'windows-1255'],
  ['Arabic', 'windows-1256', 'القاهرة ترحب بالمحادثات', 'windows-1256'],
  ['Ukrainian', 'KOI8-U', 'Київ вітає перемовини', 'koi8-u'],
];

describe('decodeBody: real encoded samples', () => {
  it.each(SAMPLES)('%s in %s declared by the Content-Type header', (_lang, label, sample, reported) => {
    const bytes = iconv.encode(xml(null, sample), label);
    const { text, charset } = decodeBody(bytes, `application/rss+xml; charset=${label}`);
    expect(charset).toBe(reported);
    expect(text).toContain(`<title>${sample}</title>`);
  });

  it.each(SAMPLES)('%s in %s declared only by the XML prolog', (_lang, label, sample, reported) => {
    const bytes = iconv.encode(xml(label, sample), label);
    const { text, charset } = decodeBody(bytes, 'application/rss+xml');
    expect(charset).toBe(reported);
    expect(text).toContain(`<title>${sample}</title>`);
  });

  it.each(SAMPLES)('%s in %s declared by an HTML meta tag', (_lang, label, sample, reported) => {
    const html = `<!DOCTYPE html><html><head><meta charset="${label}"><title>${sample}</title></head></html>`;
    const { text, charset } = decodeBody(iconv.encode(html, label), 'text/html');
    expect(charset).toBe(reported);
    expect(text).toContain(`<title>${sample}</title>`);
  });

  it('reads an http-equiv Content-Type meta tag', () => {
    const sample = 'Москва';
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>${sample}</title>`;
    const { text, charset } = decodeBody(iconv.encode(html, 'windows-1251'), null);
    expect(charset).toBe('windows-1251');
    expect(text).toContain(sample);
  });
});

describe('decodeBody: precedence', () => {
  const sample = 'Grüße aus Köln – “Zitat”';

  it.each([
    ['UTF-8', 'utf-8', [0xef, 0xbb, 0xbf]],
    ['UTF-16LE', 'utf-16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf-16be', [0xfe, 0xff]],
  ])('a %s BOM beats a contradicting header and prolog, and is stripped', (_name, encoding, bom) => {
    const body = Buffer.concat([Buffer.from(bom), iconv.encode(xml('ISO-8859-1', sample), encoding)]);
    const { text, charset } = decodeBody(body, 'text/xml; charset=windows-1251');
    expect(charset).toBe(encoding);
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain(sample);
  });

  it('the header beats the prolog when the bytes agree with the header', () => {
    const body = iconv.encode(xml('UTF-8', 'Привет'), 'windows-1251');
    const { text, charset } = decodeBody(body, 'text/xml; charset=windows-1251');
    expect(charset).toBe('windows-1251');
    expect(text).toContain('Привет');
  });

  it('a UTF-8 header over non-UTF-8 bytes yields to the prolog', () => {
    const body = iconv.encode(xml('ISO-8859-7', 'Αθήνα'), 'iso-8859-7');
    const { text, charset } = decodeBody(body, 'application/xml; charset=utf-8');
    expect(charset).toBe('iso-8859-7');
    expect(text).toContain('Αθήνα');
  });

  it('a default Latin-1 header yields to a UTF-8 prolog when the bytes are valid UTF-8', () => {
    const body = Buffer.from(xml('utf-8', 'Zürich – 東京'), 'utf8');
    const { text, charset } = decodeBody(body, 'text/xml; charset=ISO-8859-1');
    expect(charset).toBe('utf-8');
    expect(text).toContain('Zürich – 東京');
  });

  it('UTF-8 bytes declared UTF-8 in the prolog but windows-1251 nowhere stay UTF-8', () => {
    const body = Buffer.from(xml('UTF-8', 'Привет'), 'utf8');
    expect(decodeBody(body, 'application/rss+xml; charset=utf-8')).toMatchObject({ charset: 'utf-8' });
  });

  it('undeclared legacy bytes fall back to windows-1252 instead of U+FFFD', () => {
    const body = iconv.encode(xml(null, sample), 'windows-1252');
    const { text, charset } = decodeBody(body, 'application/rss+xml');
    expect(charset).toBe('windows-1252');
    expect(text).toContain(sample);
    expect(text).not.toContain('\uFFFD');
  });

  it('mostly-UTF-8 text with one stray byte stays UTF-8', () => {
    const body = Buffer.concat([Buffer.from(xml(null, 'Köln, Zürich, Малмё, 東京'), 'utf8'), Buffer.from([0xe9])]);
    const { text, charset } = decodeBody(body, null);
    expect(charset).toBe('utf-8');
    expect(text).toContain('Köln, Zürich, Малмё, 東京');
  });

  it.each([
    ['an unknown header charset', 'text/xml; charset=x-made-up', 'UTF-8'],
    ['an unknown prolog charset', 'text/xml', 'klingon-1'],
    ['an empty header charset', 'text/xml; charset=', null],
  ])('%s is ignored, never thrown on', (_name, contentType, prolog) => {
    const body = Buffer.from(xml(prolog, 'Grüße'), 'utf8');
    expect(decodeBody(body, contentType)).toMatchObject({ charset: 'utf-8' });
    expect(decodeBody(body, contentType).text).toContain('Grüße');
  });

  it('a header claiming UTF-16 over ASCII-compatible bytes is ignored', () => {
    const body = iconv.encode(xml('windows-1251', 'Привет'), 'windows-1251');
    expect(decodeBody(body, 'text/xml; charset=utf-16')).toMatchObject({ charset: 'windows-1251' });
  });

  it.each([
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
  ])('BOM-less %s is recognised from the layout of "<?xml"', (encoding, expected) => {
    const body = iconv.encode(xml('UTF-16', 'Grüße'), encoding);
    const { text, charset } = decodeBody(body, 'application/xml');
    expect(charset).toBe(expected);
    expect(text).toContain('Grüße');
  });

  it('defaults to UTF-8 for an empty body', () => {
    expect(decodeBody(Buffer.alloc(0), null)).toEqual({ text: '', charset: 'utf-8' });
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/xml; charset=UTF-8', 'UTF-8'],
    ['text/xml;charset="windows-1251"', 'windows-1251'],
    ['application/rss+xml; type=feed; Charset=koi8-r', 'koi8-r'],
    ['text/xml', null],
    [null, null],
  ])('%j -> %j', (input, expected) => {
    expect(charsetFromContentType(input)).toBe(expected);
  });
});

describe('stripInvalidXmlChars', () => {
  it.each([
    ['keeps tab, LF, CR and ordinary text', 'a\tb\nc\rd é 東京', 'a\tb\nc\rd é 東京'],
    ['drops C0 controls', 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg', 'abcdefg'],
    ['drops U+FFFE and U+FFFF', 'x\uFFFEy\uFFFFz', 'xyz'],
    ['drops lone surrogates', 'a\uD800b\uDC00c', 'abc'],
    ['keeps valid surrogate pairs (emoji, astral CJK)', 'ok 😀 𠀋', 'ok 😀 𠀋'],
    ['drops a high surrogate at the end', 'end\uD83D', 'end'],
    ['keeps C1 controls and DEL (legal in XML 1.0)', 'a\u007Fb\u0085c', 'a\u007Fb\u0085c'],
  ])('%s', (_name, input, expected) => {
    expect(stripInvalidXmlChars(input)).toBe(expected);
  });

  it('returns the same string when nothing is invalid (twice in a row: no regex state leaks)', () => {
    const s = 'clean text';
    expect(stripInvalidXmlChars(s)).toBe(s);
    expect(stripInvalidXmlChars('x\u0001')).toBe('x');
    expect(stripInvalidXmlChars('y\u0002')).toBe('y');
  });
});

describe('decodeBody: UTF-32 and C1 controls', () => {
  const xml = '<?xml version="1.0"?><rss><channel><title>Ünïcødé ✓</title></channel></rss>';
  const utf32 = (text: string, littleEndian: boolean, bom: boolean): Buffer => {
    const points = [...(bom ? '\uFEFF' : ''), ...text].map((c) => c.codePointAt(0)!);
    const out = Buffer.alloc(points.length * 4);
    points.forEach((p, i) => (littleEndian ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
    return out;
  };

  it.each([
    ['UTF-32LE with a BOM', true, true, 'utf-32le'],
    ['UTF-32BE with a BOM', false, true, 'utf-32be'],
    ['UTF-32LE without a BOM', true, false, 'utf-32le'],
    ['UTF-32BE without a BOM', false, false, 'utf-32be'],
  ])('%s', (_name, littleEndian, bom, charset) => {
    expect(decodeBody(utf32(xml, littleEndian, bom), null)).toEqual({ text: xml, charset });
  });

  it.each([
    ['a right single quote stored as U+0092', 'don\u0092t', 'don\u2019t'],
    ['curly double quotes and a dash', '\u0093hi\u0094 \u0096 ok', '\u201chi\u201d \u2013 ok'],
    ['the euro sign', '\u0080 5', '\u20ac 5'],
    ['text without C1 controls is untouched', 'plain \u00e9', 'plain \u00e9'],
  ])('%s', (_name, stored, expected) => {
    expect(decodeBody(Buffer.from(stored, 'utf8'), 'text/xml; charset=utf-8').text).toBe(expected);
  });
});

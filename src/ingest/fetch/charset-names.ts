import iconv from 'iconv-lite';

/**
 * Charset labels as found in headers and documents, normalized to one lower-case name per encoding.
 * Following the WHATWG Encoding Standard (what browsers do), labels for ISO-8859-1/ASCII mean windows-1252 (feeds
 * "in Latin-1" are full of 1252 curly quotes in 0x80–0x9F), GB2312 means GBK and the Korean labels mean EUC-KR/949.
 */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'unicode11utf8': 'utf-8',
  'unicode20utf8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  'iso_8859-1:1987': 'windows-1252',
  'iso-ir-100': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  cp819: 'windows-1252',
  ibm819: 'windows-1252',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  ms_kanji: 'shift_jis',
  'windows-31j': 'shift_jis',
  csshiftjis: 'shift_jis',
  cp932: 'shift_jis',
  'shift-jis': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  cseucpkdfmtjapanese: 'euc-jp',
  'ks_c_5601-1987': 'euc-kr',
  'ks_c_5601-1989': 'euc-kr',
  ksc5601: 'euc-kr',
  ksc_5601: 'euc-kr',
  'windows-949': 'euc-kr',
  cp949: 'euc-kr',
  korean: 'euc-kr',
  gb2312: 'gbk',
  'gb_2312': 'gbk',
  'gb_2312-80': 'gbk',
  csgb2312: 'gbk',
  'x-gbk': 'gbk',
  cp936: 'gbk',
  chinese: 'gbk',
  'iso-ir-58': 'gbk',
  'big5-hkscs': 'big5',
  'cn-big5': 'big5',
  'x-x-big5': 'big5',
  csbig5: 'big5',
  koi8: 'koi8-r',
  cskoi8r: 'koi8-r',
  'koi8_r': 'koi8-r',
  cp1250: 'windows-1250',
  'x-cp1250': 'windows-1250',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  utf16: 'utf-16',
  ucs2: 'utf-16le',
  'ucs-2': 'utf-16le',
  'iso-10646-ucs-2': 'utf-16le',
};

/** Normalized name of a charset label, or null when iconv-lite cannot decode it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const cleaned = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!cleaned) return null;
  const name = ALIASES[cleaned] ?? cleaned;
  return iconv.encodingExists(name) ? name : null;
}

/** True for the UTF-16/32 family, which cannot be announced by an ASCII-readable prolog. */
export function isWideCharset(name: string): boolean {
  return name.startsWith('utf-16') || name.startsWith('utf-32') || name === 'ucs-4';
}

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.ts';

const words = (text: string, lang: string | null = null) => tokenize(text, lang).map((t) => t.surface);
const folded = (text: string, lang: string | null = null) => tokenize(text, lang).map((t) => t.folded);
const breaks = (text: string, lang: string | null = null) => tokenize(text, lang).filter((t) => t.breakBefore).map((t) => t.surface);

describe('tokenize: words of every script', () => {
  it.each([
    ['English possessive is split off', "Putin's offer and the allies' reply", 'en', ['Putin', 'offer', 'and', 'the', 'allies', 'reply']],
    ['a possessive in capitals or with a curly apostrophe is split off too', "NATO'S view, Kyiv’s reply, it’S", 'en', ['NATO', 'view', 'Kyiv', 'reply', 'it']],
    ['no possessive without an apostrophe, or on two letters', "Paris bus 's", 'en', ['Paris', 'bus', 's']],
    ['inner apostrophes stay', "Côte d'Ivoire's O'Neill", 'en', ["Côte", "d'Ivoire", "O'Neill"]],
    ['French elision is split', "l'ONU et l'Union européenne, qu'il", 'fr', ['l', 'ONU', 'et', 'l', 'Union', 'européenne', 'qu', 'il']],
    ['Italian elision is split', "dell'ONU e l'Italia", 'it', ['dell', 'ONU', 'e', 'l', 'Italia']],
    ['no elision outside eliding languages', "l'ONU", 'en', ["l'ONU"]],
    ['Cyrillic', 'Зеленский заявил, что Киев готов', 'ru', ['Зеленский', 'заявил', 'что', 'Киев', 'готов']],
    ['Arabic', 'قالت الوزارة إنها ترحب', 'ar', ['قالت', 'الوزارة', 'إنها', 'ترحب']],
    ['Chinese through the dictionary segmenter', '中国外交部发言人表示欢迎', 'zh', ['中国', '外交部', '发言', '人', '表示', '欢迎']],
    ['Japanese mixes kana and kanji', '日本政府は歓迎した', 'ja', ['日本', '政府', 'は', '歓迎', 'した']],
    ['Thai has no spaces', 'นายกรัฐมนตรีกล่าว', 'th', ['นายก', 'รัฐมนตรี', 'กล่าว']],
    ['Latin words beside Chinese stay whole', 'NATO和欧盟', 'zh', ['NATO', '和', '欧盟']],
  ])('%s', (_name, text, lang, expected) => {
    expect(words(text, lang)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = "Hier, l'Élysée a salué 中国的 décision.";
    for (const t of tokenize(text, 'fr')) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it.each([
    ['Élysée Türkiye', ['elysee', 'turkiye']],
    ['Straße', ['strasse']],
    ['Ёлка Китай', ['елка', 'китай']],
  ])('folds %s', (text, expected) => {
    expect(folded(text)).toEqual(expected);
  });
});

describe('tokenize: sentence breaks', () => {
  it.each([
    ['a full stop before a space breaks', 'War ends. Crimes remain.', 'en', ['Crimes']],
    ['a title abbreviation does not', 'Mr. Smith met Gen. Jones.', 'en', []],
    ['an initial does not', 'J. Smith spoke.', 'en', []],
    ['a dotted acronym does not', 'The U.S. embassy said', 'en', []],
    ['colon, semicolon and line break do', 'Russia: yes; China\nno', 'en', ['yes', 'China', 'no']],
    ['a German ordinal does not', 'am 3. Juni in Berlin', 'de', []],
    ['a number ends a sentence in English', 'He won 3. Then he left.', 'en', ['Then']],
    ['a Chinese full stop does', '中国表示欢迎。日本表示关切', 'zh', ['日本']],
  ])('%s', (_name, text, lang, expected) => {
    expect(breaks(text, lang)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

const texts = (text: string, lang: string | null = null) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['English abbreviations, acronyms, quotes', 'Mr. Trump met Gen. Smith in the U.S. on Monday. He said it was fine. "Good," she said. No. 10 agreed.', 'en',
      ['Mr. Trump met Gen. Smith in the U.S. on Monday.', 'He said it was fine.', '"Good," she said.', 'No. 10 agreed.']],
    ['a closing quote ends with its sentence', 'He called it "a step." Others disagreed.', 'en', ['He called it "a step."', 'Others disagreed.']],
    ['German ordinal and low-high quotes', 'Er sagte am 3. Juni in Berlin. „Gut“, sagte er.', 'de', ['Er sagte am 3. Juni in Berlin.', '„Gut“, sagte er.']],
    ['French titles', 'M. Macron a parlé. Mme Dupont aussi.', 'fr', ['M. Macron a parlé.', 'Mme Dupont aussi.']],
    ['Spanish opening marks', '¿Habrá acuerdo? ¡Nadie lo sabe!', 'es', ['¿Habrá acuerdo?', '¡Nadie lo sabe!']],
    ['Russian', 'Москва отвергла план. Киев его приветствовал.', 'ru', ['Москва отвергла план.', 'Киев его приветствовал.']],
    ['Chinese full-width stops need no space', '中国表示欢迎。日本表示关切！俄罗斯呢？', 'zh', ['中国表示欢迎。', '日本表示关切！', '俄罗斯呢？']],
    ['Arabic has no case', 'قالت الوزارة إنها ترحب بالمبادرة. وأضافت أن الحوار ضروري.', 'ar', ['قالت الوزارة إنها ترحب بالمبادرة.', 'وأضافت أن الحوار ضروري.']],
    ["a month's short form is one beside a day only", 'The vote is set for Mar. 5 in Lima. Peru agreed.', 'en', ['The vote is set for Mar. 5 in Lima.', 'Peru agreed.']],
    ['"mar" is the sea in Spanish', 'Pidió resolver la disputa conforme al derecho del mar. Japón expresó su preocupación.', 'es', ['Pidió resolver la disputa conforme al derecho del mar.', 'Japón expresó su preocupación.']],
    ['French guillemets with a space inside', "La France a regretté la décision. « C'est une erreur », a dit la ministre.", 'fr', ['La France a regretté la décision.', "« C'est une erreur », a dit la ministre."]],
    ['a German low quote with a space after it', 'Berlin bedauerte das. „ Das ist falsch“, sagte er.', 'de', ['Berlin bedauerte das.', '„ Das ist falsch“, sagte er.']],
    ['a straight quote then a space closes a quotation in tokenized text', 'We have taken. " It is possible, " he said.', 'en', ['We have taken. " It is possible, " he said.']],
    ['a lower-case continuation does not split', 'The rate rose to 3.5 percent vs. last year.', 'en', ['The rate rose to 3.5 percent vs. last year.']],
  ])('%s', (_name, text, lang, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  it('numbers lines and marks the first sentence of each', () => {
    const s = splitSentences('One. Two.\nThree.');
    expect(s.map((x) => [x.text, x.line, x.opensLine])).toEqual([
      ['One.', 0, true],
      ['Two.', 0, false],
      ['Three.', 1, true],
    ]);
    const text = 'One. Two.\nThree.';
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

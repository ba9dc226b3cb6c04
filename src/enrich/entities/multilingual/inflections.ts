/**
 * The inflected forms a name or adjective takes in running text, per language, generated from its dictionary form
 * (folded by the shared text module: lower case, optional accents removed), so matching stays an exact lookup: Китай -> Китая, Китаю, Китаем, Китае;
 * Frankreich -> Frankreichs; russisch -> russischen; américain -> américaine(s); ruso -> rusa, rusos; cinese -> cinesi.
 * Endings are each language's regular noun and adjective endings, general grammar, not a list of names. Generating a
 * form that is not a word costs nothing: it never occurs in text.
 */
import { fold } from '../../../text/index.ts';

const f = (list: string[]): string[] => list.map((e) => fold(e));

// The last, 'о', is the combining form of compound adjectives: белорусско-украинский, российско-китайский.
const RU_ADJECTIVE = f(['ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ую', 'юю', 'ых', 'их', 'ыми', 'ими', 'о']);
const RU_NOUN = f(['', 'а', 'я', 'у', 'ю', 'ом', 'ем', 'ой', 'ей', 'е', 'и', 'ы', 'ью', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев']);
const RU_FINAL_VOWEL = new Set(f(['а', 'я', 'й', 'ь', 'о', 'е', 'и', 'ы']));
const RU_CONSONANT = 'бвгджзклмнпрстфхцчшщ';
const RU_FLEETING = new RegExp(`[${RU_CONSONANT}]е[${RU_CONSONANT}]$`);
const RU_ADJ_STEM = new RegExp(`(?:${[...RU_ADJECTIVE].sort((a, b) => b.length - a.length).join('|')})$`);

/** Neuter nouns made from verbs ("Управление", "Движение", "Объединение", "Развитие"): no adjective's "-ие". */
const RU_VERBAL_NOUN = /(?:[еа]ни|ти)е$/u;

function russian(w: string): string[] {
  // Five letters are enough for a feminine adjective: Южная (Корея) -> Южной, Южную.
  if ((w.length >= 6 || (w.length === 5 && w.endsWith('ая'))) && RU_ADJ_STEM.test(w) && !RU_VERBAL_NOUN.test(w.toLowerCase())) {
    const stem = w.replace(RU_ADJ_STEM, '');
    return [w, ...RU_ADJECTIVE.map((e) => stem + e)];
  }
  const stem = RU_FINAL_VOWEL.has(w.slice(-1)) ? w.slice(0, -1) : w;
  const out = [w, ...RU_NOUN.map((e) => stem + e)];
  // Fleeting vowel: Египет -> Египта, Алжир stays.
  if (RU_FLEETING.test(w)) {
    const short = `${w.slice(0, -2)}${w.slice(-1)}`;
    out.push(...RU_NOUN.filter((e) => e !== '').map((e) => short + e));
  }
  return out;
}

// An adjective written in a name's strong form ("Europäischer Auswärtiger Dienst", "Internationaler Gerichtshof") takes
// the weak and mixed endings after an article ("der Europäische Auswärtige Dienst", "des Internationalen Gerichtshofs").
const DE_ADJECTIVE = /^(.{3,}(?:isch|ig|lich|al|ell|iv|är))(?:er|es|e)$/u;

function german(w: string): string[] {
  const out = [w, `${w}s`, `${w}es`, `${w}e`, `${w}en`, `${w}er`, `${w}em`];
  if (w.endsWith('e')) out.push(`${w}n`, `${w}r`, `${w}s`, `${w}m`);
  const adjective = DE_ADJECTIVE.exec(w);
  if (adjective) out.push(...['e', 'en', 'er', 'es', 'em'].map((e) => `${adjective[1]}${e}`));
  return out;
}

function french(w: string): string[] {
  const out = [w, `${w}s`];
  // -en and -on double their n in the feminine: italienne, lettonne, bretonne.
  if (w.endsWith('en') || w.endsWith('on')) out.push(`${w}ne`, `${w}nes`);
  else if (w.endsWith('el')) out.push(`${w}le`, `${w}les`);
  else if (!w.endsWith('e')) out.push(`${w}e`, `${w}es`);
  return out;
}

function spanish(w: string): string[] {
  const out = [w, `${w}s`];
  if (w.endsWith('o')) out.push(`${w.slice(0, -1)}a`, `${w.slice(0, -1)}as`, `${w.slice(0, -1)}os`);
  else if (w.endsWith('a')) out.push(`${w.slice(0, -1)}o`, `${w.slice(0, -1)}os`);
  else if (w.endsWith('e')) out.push(`${w}s`);
  else out.push(`${w}a`, `${w}as`, `${w}es`);
  return out;
}

function italian(w: string): string[] {
  const out = [w];
  const stem = w.slice(0, -1);
  if (w.endsWith('co')) out.push(`${stem}a`, `${stem}hi`, `${w.slice(0, -2)}che`, `${stem}i`);
  else if (w.endsWith('ca')) out.push(`${stem}he`, `${stem}o`, `${stem}hi`);
  else if (w.endsWith('o')) out.push(`${stem}a`, `${stem}i`, `${stem}e`);
  else if (w.endsWith('a')) out.push(`${stem}e`, `${stem}o`, `${stem}i`);
  else if (w.endsWith('e')) out.push(`${stem}i`);
  return out;
}

function portuguese(w: string): string[] {
  const out = [w, `${w}s`];
  if (w.endsWith('o')) out.push(`${w.slice(0, -1)}a`, `${w.slice(0, -1)}as`);
  else if (w.endsWith('es')) out.push(`${w}a`, `${w}as`);
  return out;
}

const BY_LANGUAGE: Record<string, (w: string) => string[]> = { ru: russian, uk: russian, de: german, fr: french, es: spanish, it: italian, pt: portuguese };

/** Every form of one folded word in a language (the word itself first); languages without rules keep the word. */
export function inflectedForms(word: string, language: string): string[] {
  const rule = BY_LANGUAGE[language];
  return rule ? [...new Set(rule(word))] : [word];
}

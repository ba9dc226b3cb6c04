/**
 * Language tags as the text module uses them: the base ISO 639-1 code of a BCP 47 tag ('en-GB' -> 'en',
 * 'zh-Hant-TW' -> 'zh'), and the ISO 639-3 code that per-language data packages are keyed by ('de' -> 'deu').
 * The mapping comes from the iso-639-3 package, not from a hand-written table.
 */
import { iso6393 } from 'iso-639-3';

const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

let toPart3: Map<string, string> | null = null;
let toPart1: Map<string, string> | null = null;

function tables(): { p3: Map<string, string>; p1: Map<string, string> } {
  if (!toPart3 || !toPart1) {
    toPart3 = new Map();
    toPart1 = new Map();
    for (const l of iso6393) {
      if (!l.iso6391) continue;
      toPart3.set(l.iso6391, l.iso6393);
      toPart1.set(l.iso6393, l.iso6391);
    }
    // Macrolanguages whose written standard data packages key by another code: Norwegian is written as Bokmål.
    toPart1.set('nob', 'no');
    toPart1.set('nno', 'no');
  }
  return { p3: toPart3, p1: toPart1 };
}

/** The base language of a tag, as an ISO 639-1 code where one exists; null for anything that is not a tag. */
export function baseLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = TAG.exec(tag.trim());
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  if (code.length === 2) return code === 'nb' || code === 'nn' ? 'no' : code;
  return tables().p1.get(code) ?? code;
}

/** The ISO 639-3 code of a language ('de' -> 'deu'), or null when the package does not know it. */
export function part3(language: string): string | null {
  const base = baseLanguage(language);
  if (!base) return null;
  if (base.length === 3) return base;
  return tables().p3.get(base) ?? null;
}

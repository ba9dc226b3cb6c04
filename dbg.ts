import { extractLanguageReactions } from './src/enrich/reactions/languages/extract-language-reactions.ts';
import { findMultilingualMentions } from './src/enrich/entities/multilingual/find-multilingual.ts';
import { cuesFor } from './src/enrich/reactions/languages/language-cues.ts';
import { grammarFor } from './src/enrich/reactions/languages/grammars.ts';
import { stemmerFor, tokenize } from './src/text/index.ts';
const [lang, text] = process.argv.slice(2) as [string, string];
const stem = stemmerFor(lang);
console.log(tokenize(text, lang).map((t) => `${t.surface}/${stem(t.surface)}`).join(' '));
console.log(findMultilingualMentions(text, lang).map((m) => `${m.surface}->${m.entity.key}`));
const cues = cuesFor(grammarFor(lang)!).cues;
for (const t of tokenize(text, lang)) { const s = stem(t.surface); const c = cues.filter((c) => c.stems[0] === s || (c.stems[0]!.length>=5 && s.startsWith(c.stems[0]!))); if (c.length) console.log(t.surface, c.map((x) => `${x.words}:${x.stance}${x.nominal?'/n':''}${x.aid?'/aid':''}`)); }
console.log(extractLanguageReactions({ title: '', text }, lang));

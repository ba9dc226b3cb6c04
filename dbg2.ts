import { extractLanguageReactions } from './src/enrich/reactions/languages/extract-language-reactions.ts';
const lang = process.argv[2]!;
for (const text of process.argv.slice(3)) console.log(text, '=>', extractLanguageReactions({ title: '', text }, lang).map((r) => `${r.actor.key} ${r.stance} [${r.cue}]`));

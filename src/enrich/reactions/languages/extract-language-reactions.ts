/**
 * International reactions in an article written in German, French, Spanish, Italian or Russian: the same Reaction
 * shape, stance vocabulary and actor kinds as the English extractor, read with each language's cues (language-cues.ts)
 * and function words (languages/<lang>.ts). The evidence is the sentence as written, in its own language.
 *
 * Per sentence: find the cues (stems, so every inflection matches) and the actors (the multilingual names of the
 * language and the gazetteer's names written alike), cut the sentence into clauses, and give each clause's cues to
 * its speakers: the actors before the cue that no preposition makes an object ("gegen China", "à l'Italie"), or, in
 * a clause whose verb comes first, those after it. A clause with a cue and no actor of its own continues the clause
 * before ("zeigte sich erleichtert und rief … auf"). Negated, conditional and modal cues are no reaction.
 *
 * Where the speaker is not the first name before the cue: the agent of a passive ("salué par le Japon"), the source of
 * a reaction noun ("Kritik kam aus Ankara", "Da Mosca è arrivata la condanna"), an impersonal place ("В МИД Германии
 * назвали"), the last actor for a pronoun or a dropped subject ("Condenó el ataque"), nominatives closing a Russian
 * clause ("Помощь Индонезии предложили Китай и Япония"), a capital before a parenthetical ("Washington, de son côté,
 * …"). A rejection of charges is a denial, no reaction ("wies die Vorwürfe zurück").
 */
import type { EntityRef, ExtractedReaction, Stance } from '../../../domain/enrichment.ts';
import { fold, numberWords, splitSentences, stemmerFor, stopwords, tokenize, type WordToken } from '../../../text/index.ts';
import { isRankedWord } from '../../../text/ranked-words.ts';
import { actorOf, gazetteer, isPersonNameWord } from '../../entities/gazetteer.ts';
import { slugify } from '../../entities/fold.ts';
import { findMultilingualMentions } from '../../entities/multilingual/find-multilingual.ts';
import { locatives as placePrepositionsOf } from '../../entities/multilingual/locatives.ts';
import { isDictionaryForm } from '../../entities/multilingual/dictionary-form.ts';
import { entityOfKey } from '../../entities/multilingual/match-transliterated.ts';
import { isRegionName, multilingualNames, namesOf } from '../../entities/multilingual/names-data.ts';
import { actorKindOf } from '../actor-kind.ts';
import { alignedWithOpponents } from '../aligned-with-opponents.ts';
import { chapterOf, closesChapter } from '../national-chapters.ts';
import { isMovementShortName, nationalSociety } from '../national-societies.ts';
import { cameoLexicon, goldsteinOf, isAidCode, isAppealCode } from '../cameo-lexicon.ts';
import { STANCE_PRIORITY } from '../clause-stance.ts';
import type { ReactionInput } from '../extract-reactions.ts';
import { findGazetteerActors } from '../gazetteer-actors.ts';
import { cuesFor, type LanguageCue, type LanguageCues } from './language-cues.ts';
import { grammarFor } from './grammars.ts';
import { acronymPhrases } from './acronym-phrases.ts';
import { describingAppositives, kindNamedOrganizations, qualifiesKind } from './kind-named-organizations.ts';
import { ledeParty } from './lede-party.ts';
import { reactingManner } from './reacting-manner.ts';
import { quotedTokens } from './quoted-tokens.ts';
import { datedEarlier, opensInEarlierYear, pastBackgroundSpans, standsSince } from '../past-background.ts';
import { coParties, type CoPartyWords } from '../co-parties.ts';
import { frontedVerdict, type FrontedVerdictWords } from './fronted-verdicts.ts';
import { englishNamedOrganizations } from './english-named-organizations.ts';
import { likewiseAt } from './likewise.ts';
import { gappedDonors } from './gapped-donors.ts';
import { withoutExpertCommentary } from './expert-commentary.ts';
import type { LanguageGrammar } from './language-grammar.ts';

/** How far after a headline's verb of saying its reaction may stand ("заявила о решительном осуждении"). */
const SAID_REACH = 3;
/** A headline's leading label: one or two words before a colon or comma ("Venezuela, …", "Chili : …"). */
const LABEL_WORDS = 2;

/**
 * The actors whose own move the headline reports ("Washington rétablit les sanctions …", "Россия и Украина провели
 * обмен"): what they say about it defends their move, it is no reaction to it. Not when a reaction cue follows them
 * ("Caracas denuncia …"), nor for names after a preposition ("sanctions contre le Venezuela").
 */
function headlineAgents(title: string, g: LanguageGrammar, lexicon: LanguageCues, stem: (w: string) => string, date: string | null): Set<string> {
  const head = title.trim();
  if (!head) return new Set();
  let tokens = tokenize(head, g.language);
  const label = tokens.findIndex((t, k) => k > 0 && /[:,]/.test(head.slice(tokens[k - 1]!.end, t.start)));
  const offset = label > 0 && label <= LABEL_WORDS ? label : 0;
  const main = head.slice(tokens[offset]?.start ?? 0);
  tokens = tokenize(main, g.language);
  const cut = tokens.findIndex((t, k) => k > 0 && /[:,.;–—]/.test(main.slice(tokens[k - 1]!.end, t.start)));
  const part = cut > 0 ? tokens.slice(0, cut) : tokens;
  const objects = new Set(g.objectMarkers);
  // The subject opens the headline: a name after a preposition is in a complement ("Ataque en Damasco contra una misión
  // comercial rusa").
  const marker = part.findIndex((t) => objects.has(t.folded));
  // A demonym qualifying those the headline says were killed, hurt or seized names the victims' side, no agent: "trois
  // pêcheurs kényans tués", "kenianische Fischer erschossen" ("le président kényan", an office, would act for the state).
  const offices = new Set(g.stateOffices ?? []);
  const befallen = new Set(g.befallenWords ?? []);
  const victims = part.some((t) => befallen.has(t.folded));
  const qualifiesPeople = (s: Speaker) =>
    victims && /^\p{Ll}/u.test(tokens[s.token]!.surface) && !offices.has(tokens[s.token - 1]?.folded ?? '') && !offices.has(tokens[(s.last ?? s.token) + 1]?.folded ?? '');
  const speakers = findSpeakers(main, tokens, g.language, date).filter((s) => s.token < part.length && !objectMarked(tokens, s.token, g, objects) && (marker < 0 || s.token < marker) && !qualifiesPeople(s));
  const subject = firstGroup(speakers, tokens, g);
  if (subject.length === 0) return new Set();
  // A name of several words ends at its last ("El Consejo de Seguridad de la ONU condenó …").
  const end = subject[subject.length - 1]!.last ?? subject[subject.length - 1]!.token;
  // A headline about a response ("… en respuesta a …", "als Reaktion auf …") reports a reaction.
  const responses = new Set(g.responseNouns ?? []);
  if (tokens.some((t) => responses.has(t.folded))) return new Set();
  const cues = findCues(part, part.map((t) => stem(t.surface)), lexicon);
  // German's perfect puts the participle last ("Die Bundesregierung hat die Angriffe … verurteilt").
  const firstEnd = subject[0]!.last ?? subject[0]!.token;
  // A verb of saying right after the subject reports what it said ("Захарова заявила об осуждении авиаударов").
  const said = (g.speechVerbs ?? []).includes(part[end + 1]?.folded ?? '');
  const reach = (g.perfectAuxiliaries ?? []).includes(part[firstEnd + 1]?.folded ?? '') ? part.length : said ? end + 1 + SAID_REACH : end + 2;
  // Imposing sanctions or tariffs is the news's own act where the headline reports it ("Österreich hat Sanktionen gegen
  // Belarus verhängt"): its state is the agent, not a state reacting.
  if (cues.some((m) => m.start > end && m.start <= reach && m.cue.cameo !== IMPOSE_CODE)) return new Set();
  // The same subject goes on after a conjunction ("México mantiene abierta la vía diplomática, pero rechaza …").
  const joined = new Set([...g.listJoins, ...g.contrasts]);
  if (cut > 0 && joined.has(tokens[cut]?.folded ?? '')) {
    const rest = tokens.slice(cut + 1);
    const next = rest.findIndex((t, k) => k > 0 && /[:,.;–—]/.test(main.slice(rest[k - 1]!.end, t.start)));
    const clause = next > 0 ? rest.slice(0, next) : rest;
    if (findCues(clause, clause.map((t) => stem(t.surface)), lexicon).some((m) => m.start <= 1)) return new Set();
  }
  return new Set(subject.map((s) => s.actor.key));
}

/** How far after a charge what it says the move hides may stand ("acusó a Azali de usar Mayotte para tapar"). */
const MOTIVE_REACH = 16;
/** How far after a naming verb the unquoted word it predicates of its object may stand ("назвала эту меру дискриминационной"). */
const NAMED_PREDICATE_REACH = 5;
/** How many of the body's first sentences may still report the news's own request (the second after a scene-setting first). */
const LEDE_SENTENCES = 2;
/** How far after a request its international addressee may stand ("pidió este lunes a Naciones Unidas"). */
const PETITION_REACH = 4;
/** How far after the subject's last word its request may stand ("a demandé", "ha chiesto"). */
const PETITION_VERB_REACH = 3;

/**
 * The states whose request to an international body the headline or the opening sentence reports ("República
 * Centroafricana pide a la ONU retirar …", "El gobierno de Comoras pidió este lunes a Naciones Unidas que …"): the
 * request is the news and its maker the agent, whose later appeals restate its own move.
 */
function petitioners(text: string, tokens: WordToken[], g: LanguageGrammar, lexicon: LanguageCues, stem: (w: string) => string, date: string | null): string[] {
  if (tokens.length === 0) return [];
  const speakers = [...findSpeakers(text, tokens, g.language, date)];
  const subject = firstGroup(speakers, tokens, g);
  if (subject.length === 0 || subject.some((s) => s.actor.kind !== 'country')) return [];
  const end = subject[subject.length - 1]!.last ?? subject[subject.length - 1]!.token;
  const request = findCues(tokens, tokens.map((t) => stem(t.surface)), lexicon).find((m) => m.start > end);
  if (!request?.cue.appeal || request.start > end + PETITION_VERB_REACH) return [];
  const addressed = speakers.some((s) => s.token >= request.end && s.token <= request.end + PETITION_REACH && actorKindOf(s.actor) === 'igo');
  return addressed ? subject.map((s) => s.actor.key) : [];
}

/**
 * Whether a preposition makes the name at token k an object or a place ("contre la Russie"), also across one article
 * ("avec le Tchad", "a la India", "con il Ciad") in a language that lists its articles.
 */
function objectMarked(tokens: readonly WordToken[], k: number, g: LanguageGrammar, objects: ReadonlySet<string>): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  // More than a space between ("bot Hilfe an, Frankreich verurteilte …"): a comma or a dash parts the word before from
  // the name, which opens a clause of its own.
  if (tokens[k]!.start - before.end > 1 && /^\p{Lu}/u.test(tokens[k]!.surface)) return false;
  if (objects.has(before.folded)) return true;
  // A state's adjective after a preposition and its article is in the object too ("gegen den norwegischen Staat zu
  // klagen"); not after one that names who received or voiced something ("bei der norwegischen Regierung stieß …",
  // "für die norwegische Regierung"). German's articles are listed only as the ones a verb's particle may precede.
  if (k >= 2 && /^\p{Ll}/u.test(tokens[k]!.surface) && (g.particleArticles ?? []).includes(before.folded) && targetPreposition(tokens[k - 2]!.folded, g, objects)) return true;
  const articles = g.articles ?? [];
  if (k >= 2 && !before.breakBefore && articles.includes(before.folded) && objects.has(tokens[k - 2]!.folded)) return true;
  // A name listed after one a preposition governs is governed too ("entre Israël et l'Iran", "между Израилем и Ираном").
  const join = articles.includes(before.folded) ? k - 2 : k - 1;
  if (join < 1 || !g.listJoins.includes(tokens[join]!.folded) || tokens[join]!.breakBefore) return false;
  let start = join - 1;
  // Back over the words of one name, not across a comma ("zur Ölbekämpfung, Lettland und Litauen boten …"): one space apart.
  const adjacent = (j: number) => tokens[j]!.start - tokens[j - 1]!.end === 1;
  while (start > 0 && /^\p{Lu}/u.test(tokens[start]!.surface) && /^\p{Lu}/u.test(tokens[start - 1]!.surface) && adjacent(start)) start--;
  return /^\p{Lu}/u.test(tokens[join - 1]!.surface) && objectMarked(tokens, start, g, objects);
}

const voiceWordsOf = new WeakMap<LanguageGrammar, ReadonlySet<string>>();
/** A preposition of an object that is no voice or place of a reaction ("gegen"; not "bei", "für", "aus", "in"). */
function targetPreposition(word: string, g: LanguageGrammar, objects: ReadonlySet<string>): boolean {
  if (!objects.has(word)) return false;
  let voices = voiceWordsOf.get(g);
  if (!voices) {
    voices = new Set([g.receptionMarkers, g.accordingTo, g.sources, g.passiveAgents, g.seatPrepositions].flatMap((list) => list ?? []));
    voiceWordsOf.set(g, voices);
  }
  return !voices.has(word);
}

/** A stem matches a cue stem when equal, or when it only adds a short inflection the stemmer left ("begrusst"). */
const MAX_EXTRA = 3;
const MIN_PREFIX = 5;
/** The shortest word read as an impersonal verb form (Russian "-ли": "осудили"; not the particle "ли"). */
const MIN_IMPERSONAL_VERB = 5;
/** The longest clause of names alone that a parenthetical parts from its verb ("Die Vereinigten Staaten, …, lobten"). */
const SUBJECT_CLAUSE = 4;
/** How many words from an appeal its asylum, visa or citizenship may stand ("ont demandé l'asile", "haben in Deutschland Asyl beantragt"). */
const ASYLUM_REACH = 3;
/** How many words from a withdrawal its word of manner may stand ("un ritiro «graduale»", "скоординированной передаче"). */
const MANNER_REACH = 2;
/** How many words after a national section's noun its organization's name may start ("Sektion von Amnesty"). */
const SECTION_REACH = 2;
/** How far after a verb of praise its object's word of refusal or blame may stand. */
const PRAISED_OBJECT_REACH = 8;
/** How many words before a cue its verb of obligation may stand ("müsse die Souveränität der Ukraine respektieren"). */
const OBLIGATION_REACH = 6;
/** How many words after a noun cue a name is still its complement rather than a subject placed after the verb. */
const NOUN_COMPLEMENT = 2;
/** "Whereas" (folded), opening another speaker's clause ("…, tandis que Stockholm a appelé au calme"). */
const WHEREAS = new Set(['tandis', 'mientras', 'mentre', 'wahrend']);
/** "Of" before what a stock holds (folded): "riserve di gas", "reservas de crudo", "réserves de change". */
const STOCK_OF = new Set(['di', 'de', 'd', 'des', 'du', 'del', 'della', 'delle', 'dei', 'degli']);
/** How far after a passive's agent marker its agent's name may start ("soutenu par la France"). */
const AGENT_ARTICLE_REACH = 2;
/** How far before a demonym namePart looks for the capitalised word it would continue. */
const NAME_PART_LOOKBACK = 40;
/** Each homograph's letters but its last, and the longest form sharing them ("riserv", "riserve"), per lexicon. */
const HOMOGRAPH_FORMS = new WeakMap<LanguageCues, ReadonlyArray<readonly [string, number]>>();
function homographForms(lexicon: LanguageCues): ReadonlyArray<readonly [string, number]> {
  let forms = HOMOGRAPH_FORMS.get(lexicon);
  if (!forms) HOMOGRAPH_FORMS.set(lexicon, (forms = [...lexicon.homographs].map((h) => [h.slice(0, -1), h.length + 1] as const)));
  return forms;
}
/** The stems of the words a matter is said to be someone's by ("Angelegenheit", "asunto", "делом"), per lexicon. */
const MATTER_STEMS = new WeakMap<LanguageCues, ReadonlySet<string>>();
function matterStems(lexicon: LanguageCues): ReadonlySet<string> {
  let stems = MATTER_STEMS.get(lexicon);
  if (!stems) MATTER_STEMS.set(lexicon, (stems = new Set(lexicon.cues.filter((c) => c.owned).flatMap((c) => c.stems))));
  return stems;
}
/** The longest closing clause that can be a subject placed after its verb ("… выступил и Китай"). */
const TRAILING_SUBJECT = 4;
/**
 * … or longer, when it is an office's title in lower case closed by its state's name ("и министр иностранных дел
 * Уругвая"): the name at its end stands for the title, as a possessor does.
 */
const TRAILING_TITLE = 6;
/** How far before its cue a passive auxiliary stands ("a été vivement critiqué"), and its agent before the name. */
const PASSIVE_REACH = 3;
/** How many words after a reaction noun its source may stand ("Kritik kam aus Ankara", "condanna è arrivata anche da Parigi"). */
const SOURCE_REACH = 5;
/** How far after a demonstrative copula ("Это …") its predicate noun may stand, past its adjectives. */
const DEMONSTRATIVE_REACH = 3;
/** How far after a negation its verb of hiding stands ("n'a pas caché", "non ha mai nascosto"). */
const HIDING_REACH = 3;
/** How far after a refusal what it refuses stands ("a refusé de commenter", "se negó a hacer comentarios"). */
const COMMENT_REACH = 4;
/** How far before a cue a word of commenting makes the cue what would be commented on. */
const COMMENTED_REACH = 2;
/** How far before a verb of rejecting its charge may stand ("эти обвинения отвергли"). */
const CHARGE_BEFORE = 2;
/** An acronym in Latin capitals, as organizations write their names ("BIMCO", "CRTA"). */
const LONE_ACRONYM = /^[A-Z]{3,6}$/u;
/** A capitalised word of letters only: a name, where it is no everyday word. */
const LONE_NAME = /^\p{Lu}\p{Ll}{3,}$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/u;
/** What follows a dateline's city: a date, an agency in parentheses or a dash ("TALLIN, 3 mar (EDA) –"). */
const DATELINE_AFTER = /^(?:,\s*\d|,?\s*\(|\s*[—–-])/u;
const DATELINE_LOOK = 4;
/** How far into its sentence a lone acronym may stand as its subject ("La patronal naviera BIMCO"). */
const ACRONYM_SUBJECT_REACH = 4;
/** How far before its "that" a call's verb may end ("pidió que", "a demandé aux parties que"). */
const APPEAL_TO_THAT = 3;
/** How far after a name joined by "and" to a doubted clause its own cue may stand ("y Mozambique se limitó a …"). */
const JOINED_SUBJECT_REACH = 4;
/** How far from a verb of recalling its envoy may stand ("berief den Botschafter", "llamó a consultas a su embajador"). */
const ENVOY_REACH = 5;
/** How far before a cue its "without" may stand ("ohne den Angriff zu verurteilen", "sans se prononcer sur une aide"). */
const WITHOUT_REACH = 5;
/** How far after a noun of reacting its verb of avoiding may come ("от осуждения воздержался"). */
const AVOID_AFTER = 2;
/** Between neutral (1) and supportive (2) in STANCE_PRIORITY. */
const APPEAL_RANK = 1.5;
/** How far after an inviting verb the infinitive of what it asks may stand ("a invité les deux pays à « rouvrir"). */
const INFINITIVE_REACH = 7;
/** Prepositions of where one is invited to ("à Paris", "a Roma", "en Madrid"). */
const INVITED_TO = new Set(['a', 'à', 'en', 'in']);
/** How far before a clause's first word a conditional may open it ("a condizione che …", "à condition que …"). */
const CONDITION_OPENING = 2;
/** How far after a verb of giving aid what was given may stand ("ha sbloccato 25 milioni di dollari"). */
const AID_GIVEN_REACH = 6;
/** How far apart the words of a multi-word cue may stand. */
const MAX_GAP = 3;
/** How far after an appeal the help it asks for may stand ("demandé l'aide internationale", "bat um internationale Hilfe"). */
const ASKED_AID_REACH = 3;
/** How far after a word of sorrow the victims it is for may stand ("addolorato» per le vittime"). */
const SORROW_REACH = 4;
/** CAMEO 039: express intent to mediate. */
const MEDIATION_CODE = '039';
/** The most words of a clause of an adjective alone that opens a sentence ("Más prudente,", "Plus nettement critique,"). */
const FRONTED_ADJECTIVE = 3;
/** How far before a name its preposition of origin may stand ("aus den Nachbarländern Argentinien"). */
const ORIGIN_REACH = 3;

interface Match {
  cue: LanguageCue;
  start: number;
  end: number;
  /** A separable verb's particle closing its clause ("rief … auf"): the token it stands at. */
  closeAt?: number;
}

interface Speaker {
  actor: EntityRef;
  token: number;
  /** Written in its dictionary form (the nominative, in a language with cases), not inflected ("Китай", not "Китаю"). */
  base?: boolean;
  /** The last token of a name of several words ("Corée du Sud"), where it is not the first. */
  last?: number;
  /** A capital in the place role ("в Варшаве"): it speaks only as the impersonal speaker of its clause ("В Варшаве осудили"). */
  place?: boolean;
  /** The place opening a sentence whose subject is impersonal ("In Warschau zeigte man sich …"): it speaks for that clause. */
  opening?: boolean;
  /** The place where a reaction was met ("stieß in Berlin auf Kritik"): it speaks for a clause with a verb of meeting. */
  reception?: boolean;
  /** A place after another in a list ("in Paris und Rom"): it takes the role of the place two words before. */
  listed?: boolean;
  /** A government placed by a locative ("die Regierung in Warschau"): a speaker in its noun's place. */
  seat?: boolean;
  /** A capital before a relative "where" ("a Tokyo, dove il portavoce …"): it speaks for the clause that opens. */
  where?: boolean;
  /** A capitalised word no everyday word opening the sentence, read as an organization's name ("Legambiente ha chiesto"). */
  lone?: boolean;
}

/** Whether reactions can be read in this language. */
export function readsReactionsIn(language: string | null | undefined): boolean {
  return grammarFor(language) !== null;
}

export function extractLanguageReactions(input: ReactionInput, language: string): ExtractedReaction[] {
  const grammar = grammarFor(language);
  if (!grammar) return [];
  const lexicon = cuesFor(grammar);
  const stem = stemmerFor(language);
  const date = input.publishedAt ?? null;
  const out: ExtractedReaction[] = [];
  let before: { text: string; tokens: WordToken[] } | null = null;
  const isPronoun = pronounTest(grammar);
  // The subject a pronoun continues: the first actors of the sentence before ("Le ministre … . Il a salué …").
  const earlier = (): Speaker[] => {
    if (!before) return [];
    const objects = new Set(grammar.objectMarkers);
    const found = findSpeakers(before.text, before.tokens, language, date).filter((s) => !objectMarked(before!.tokens, s.token, grammar, objects));
    return subjectGroup(found, before.tokens, grammar).map((s) => ({ actor: s.actor, token: -1 }));
  };
  const contrasts = new Set(grammar.contrasts);
  const responses = new Set(grammar.responseNouns ?? []);
  const motivePrepositions = new Set(grammar.responsePrepositions ?? []);
  const objectMarkers = new Set(grammar.objectMarkers);
  const articleWords = new Set(grammar.articles ?? []);
  const gapWords = { joins: listJoinsOf(grammar), articles: articleWords, counts: numberWords(language), distributives: new Set(grammar.distributives ?? []), dashJoins: new Set(grammar.dashGapJoins ?? []), negations: new Set(grammar.negations), aidNoun: (t: WordToken) => isAidObject(stem(t.surface), t, lexicon) };
  // Prepositions joined to an article ("degli", "des"): the aid noun after one is a noun's complement ("il passaggio degli aiuti").
  const sourceWords = new Set(grammar.sources ?? []);
  // A possessive makes an aid verb's form a noun too: "suspendió su ayuda", cut, is no help given; "anunció su ayuda" is
  // read by its verb. ("expresó su respaldo", a verb of backing, stays the backing.)
  const possessiveWords = new Set(grammar.possessives ?? []);
  let last: ExtractedReaction[] = [];
  // The reactions of the paragraph's last sentence that had any, for a sentence reporting its actor reacting likewise
  // after a sentence of facts ("… segue la situazione degli italiani. Sulla stessa linea Bruxelles e Madrid.").
  let lastReacted: { line: number; reactions: ExtractedReaction[] } | null = null;
  // The last sentences, latest first: where an organization a sentence refers back to was named.
  const recent: { text: string; tokens: WordToken[] }[] = [];
  const sentences = splitSentences(input.text, language);
  const obligations = new Set(grammar.obligations ?? []);
  const complementizers = new Set(grammar.complementizers ?? []);
  const contrastWords = new Set(grammar.contrasts);
  const listJoins = new Set(grammar.listJoins);
  // The opening sentence's tokens, kept for the check of a deal's sides at the end (its names are looked up once).
  let opening: { text: string; tokens: WordToken[] } | null = null;
  // The lede's first sentences, where (with the headline) a request the news reports is read (petitioners).
  const lede: { text: string; tokens: WordToken[] }[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const tokens = tokenize(sentence.text, language);
    if (i === 0) opening = { text: sentence.text, tokens };
    if (i < LEDE_SENTENCES) lede.push({ text: sentence.text, tokens });
    const stems = tokens.map((t) => stem(t.surface));
    // A word for a charge ("обвинения", "accusations") is what a denial rejects, not a reaction of its own.
    // A capitalised word inside a sentence is a name's in a language that writes only names so ("Верховной Радой" is no
    // "радоваться"), unless a quote or a colon opens there ("… : « Nous condamnons »").
    const motive = (k: number) => responses.has(tokens[k]!.folded) && motivePrepositions.has(tokens[k - 1]?.folded ?? '');
    // An appeal noun naming a court ("cour d'appel", "tribunale d'appello", "апелляционный суд") is no one's appeal.
    const courtName = (m: Match) =>
      m.cue.appeal &&
      m.end - m.start === 1 &&
      ((m.start > 0 && lexicon.isCourtNoun(tokens[m.start - 1]!)) ||
        (m.start > 1 && (tokens[m.start - 1]!.folded.length === 1 || lexicon.functionWords.has(tokens[m.start - 1]!.folded)) && lexicon.isCourtNoun(tokens[m.start - 2]!)) ||
        (m.end < tokens.length && lexicon.isCourtNoun(tokens[m.end]!)));
    // Asking for asylum, a visa or citizenship is a person's own request of a state, no reaction to any event. Asking
    // a state to restore them is ("ha chiesto di restituire la cittadinanza"): no infinitive between.
    const asksAsylum = (m: Match) => {
      if (!m.cue.appeal) return false;
      const from = Math.max(0, m.start - ASYLUM_REACH);
      return tokens.slice(from, m.end + ASYLUM_REACH).some((t, j) => {
        const k = from + j;
        if (!lexicon.isAsylumNoun(t)) return false;
        const [a, b] = k < m.start ? [k + 1, m.start] : [m.end, k];
        for (let x = a; x < b; x++) if (grammar.isInfinitive?.(tokens[x]!.folded, tokens[x - 1]?.folded) === true) return false;
        return true;
      });
    };
    // A cue an obligation governs ("müsse … respektieren", "doit respecter") is demanded of its subject: no response of
    // the subject's. Only within the clause, a few words back.
    const obliged = (m: Match) => {
      if (m.cue.appeal || m.cue.nominal) return false;
      for (let k = m.start - 1; k >= Math.max(0, m.start - OBLIGATION_REACH); k--) {
        if (/[,;:]/u.test(sentence.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
        if (obligations.has(tokens[k]!.folded)) return true;
      }
      return false;
    };
    const named = (k: number) => grammar.capitalsNameOnly === true && k > 0 && /^\p{Lu}/u.test(tokens[k]!.surface) && /^[\s,]*$/u.test(sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    const found = findCues(tokens, stems, lexicon, true, sentence.text);
    // "Kiew reagierte scharf", "reaccionó con dureza": a verb of reacting with its manner, where no cue reads it.
    const manner = reactingManner(tokens, grammar).filter((m) => !found.some((f) => f.start === m.start));
    let matches = [...found, ...manner, ...(grammar.compounds ? compoundOpinions(sentence.text, tokens, found, lexicon, stem) : [])].filter(
      (m) => !(m.end - m.start === 1 && (lexicon.isDenialNoun(tokens[m.start]!) || agentNoun(sentence.text, tokens, m.start, m.cue, grammar))) && !named(m.start) && !motive(m.start) && !courtName(m) && !asksAsylum(m) && !obliged(m),
    );
    // What a doubt doubts ("doute que le Pérou respecte l'accord", "bezweifelt, dass Peru … respektiert") is its
    // content, no response of that clause's subject; up to a contrast, a semicolon, or a comma and a conjunction ("…, et
    // la centrale syndicale …"). The "that" may follow the verb's preposition ("dudó de que", "усомнилась в том, что"),
    // or close the cue itself ("cuestionó que").
    const opensThat = (at: number) =>
      complementizers.has(tokens[at - 1]?.folded ?? '') ||
      [at, at + 1, at + 2].some((k) => complementizers.has(tokens[k]?.folded ?? '') && tokens.slice(at, k).every((t) => lexicon.functionWords.has(t.folded)));
    const doubted = (m: Match) =>
      matches.some((d) => {
        if (d.cue.stance !== 'skeptical' || d.end > m.start || !opensThat(d.end)) return false;
        for (let k = d.end; k < m.start; k++) {
          const gap = sentence.text.slice(tokens[k]!.end, tokens[k + 1]!.start);
          if (contrastWords.has(tokens[k]!.folded) || /[;:]/u.test(gap) || (gap.includes(',') && listJoins.has(tokens[k + 1]!.folded))) return false;
          // … or a conjunction and a name whose own verb follows at once ("… fuera casual y Mozambique se limitó a …").
          // An article may open the name ("… et la Bolivie a condamné …").
          const name = articleWords.has(tokens[k + 1]?.folded ?? '') ? k + 2 : k + 1;
          if (k > d.end && listJoins.has(tokens[k]!.folded) && /^\p{Lu}/u.test(tokens[name]?.surface ?? '') && m.start - name <= JOINED_SUBJECT_REACH) return false;
        }
        return true;
      });
    matches = matches.filter((m) => !doubted(m));
    // German may front what a naming verb names ("Von einer „gefährlichen Eskalation“ sprach der Minister"): its verb
    // reads as naming from the sentence's start, so the words it names come after it.
    const fronted = grammar.frontedNaming;
    if (fronted && tokens[0]?.folded === fronted.opener) {
      const verb = tokens.findIndex((t, k) => k > 1 && fronted.verbs.includes(t.folded));
      const cue = verb > 0 ? lexicon.cues.find((c) => c.naming && c.words === fronted.cue) : undefined;
      if (cue) matches = [{ cue, start: 0, end: 1 }, ...matches.filter((m) => m.start !== verb)];
    }
    // A verb of helping written as the aid noun, after an article, a possessive, a preposition, another cue's verb or an
    // infinitive (in lower case: "Níger respaldó" is a name before a verb), is that noun:
    // what was asked for, blocked or cut ("pidió ayuda", "obstaculizar la ayuda", "gli aiuti"), not help given.
    const aidNoun = (m: Match) => !m.cue.nominal && m.end - m.start === 1 && lexicon.isAidNoun(tokens[m.start]!);
    const cueStarts = matches.some(aidNoun) ? new Set(matches.filter((m) => !m.cue.namingOnly).map((m) => m.start)) : null;
    if (cueStarts) {
      matches = matches.filter((m) => {
        if (!aidNoun(m)) return true;
        const before = tokens[m.start - 1];
        // An elided article or preposition ("d'aide", "l'aiuto") is one letter.
        return !(
          before &&
          (articleWords.has(before.folded) || (isAidCode(m.cue.cameo) && possessiveWords.has(before.folded)) || objectMarkers.has(before.folded) || sourceWords.has(before.folded) || before.folded.length === 1 || cueStarts.has(m.start - 1) || (/^\p{Ll}/u.test(before.surface) && grammar.isInfinitive?.(before.folded, tokens[m.start - 2]?.folded) === true))
        );
      });
    }
    // A word of praise or blame from the opinion lexicon is a cue only as the speaker's own quoted word that a naming
    // verb before it introduces ("sprach von einem „Massaker“"), not the thing it names ("definito l'accordo …").
    // A verb of describing oneself introduces it too ("zeigte sich „bestürzt“"), unless a cue of its own follows it
    // there ("zeigte sich „tief besorgt“": the concern, not the depth).
    // So does a sentence's opening "это" with its unwritten copula ("«Это подлое убийство», — заявили …").
    const demonstrativeOpens = (grammar.demonstrativeCopula !== undefined && tokens[0]?.folded === grammar.demonstrativeCopula) || verdictOpenerAt(sentence.text, tokens, 0, grammar);
    const namingAt = Math.min(matches.find((m) => m.cue.naming || m.cue.describing)?.start ?? Infinity, demonstrativeOpens ? 0 : Infinity);
    if (matches.some((m) => m.cue.namingOnly)) {
      const quoted = quotedTokens(sentence.text, tokens);
      const described = matches.some((m) => m.cue.describing && matches.some((c) => c.start > m.start && !c.cue.namingOnly && !c.cue.describing && !c.cue.naming));
      // Unquoted, an adjective the naming verb predicates of its object in the instrumental closes the clause a few words
      // on ("назвала меру дискриминационной и …"): its object comes first. Only where a case marks the predicate.
      const predicated = (m: Match) => grammar.predicateCase?.test(tokens[m.start]!.folded) === true && m.end - m.start === 1 && m.start - namingAt >= 2 && m.start - namingAt <= NAMED_PREDICATE_REACH && (tokens[m.start + 1] === undefined || /[.,;:]/u.test(sentence.text.slice(tokens[m.start]!.end, tokens[m.start + 1]!.start)) || listJoins.has(tokens[m.start + 1]!.folded));
      matches = matches.filter((m) => !m.cue.namingOnly || (m.start > namingAt && (quoted[m.start] === true || predicated(m)) && !described));
      // What the speaker called it is the phrase up to its first preposition; what follows qualifies it ("«una
      // risposta legittima al saccheggio»" praises the response). Within it a word of blame outweighs one of praise,
      // which beside it mostly describes ("«экономической войной»", "a legal coup").
      // A word only after that preposition qualifies what the phrase names, not the thing named ("„Beton auf dem letzten
      // unberührten Kontinent“"): it yields to any other cue of the sentence ("… und forderte einen Stopp").
      const first = matches.find((m) => m.cue.namingOnly);
      if (first) {
        const opening = tokens.findIndex((_, k) => k > namingAt && quoted[k] === true);
        const cut = tokens.findIndex((t, k) => k > first.start && objectMarkers.has(t.folded));
        const headCut = opening < 0 ? -1 : tokens.findIndex((t, k) => k > opening && k < first.start && quoted[k] === true && objectMarkers.has(t.folded));
        const phrase = matches.filter((m) => m.cue.namingOnly && (cut < 0 || m.start < cut));
        const head = phrase.find((m) => m.cue.stance !== 'supportive') ?? first;
        const qualifying = headCut >= 0 && matches.some((m) => !m.cue.namingOnly && !m.cue.naming && !m.cue.describing && quoted[m.start] !== true);
        matches = matches.filter((m) => !m.cue.namingOnly || (m === head && !qualifying));
      }
    }
    // "Ранее радио … сообщило", "Zuvor hatte Berlin …": the sentence reports what came before the event.
    if (grammar.pastOpeners?.includes(tokens[0]?.folded ?? '')) matches = [];
    // "Déjà en 2019, les Gardiens avaient retenu …": an opening phrase naming an earlier year.
    if (matches.length > 0 && opensInEarlierYear(tokens.map((t) => t.folded), date, (k) => /,/u.test(sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) matches = [];
    // "… la semana pasada, cuando Nueva Delhi culpó …": a clause recalling an earlier event holds no reaction to this one.
    if (grammar.pastBackground && matches.length > 0) {
      const folded = tokens.map((t) => t.folded);
      const clauseBreak = (k: number) => tokens[k]!.breakBefore || /[,;]/u.test(sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start));
      const background = pastBackgroundSpans(folded, grammar.pastBackground, clauseBreak);
      if (background.length > 0) matches = matches.filter((m) => !background.some(([a, b]) => m.start >= a && m.start < b));
      // "Paris défend depuis 2022 l'interdiction …": a position held since a year before is no response to this event.
      const past = grammar.pastBackground;
      matches = matches.filter((m) => !standsSince(folded, m.end - 1, past, clauseBreak));
      // "Kuwait protestierte im Jahr 2023 …", "en 2023, Koweït a protesté …": dated before the article.
      matches = matches.filter((m) => !datedEarlier(folded, m.start, date, past, (k) => k > 0 && clauseBreak(k)));
    }
    // "Berlin hatte … scharf verurteilt", "l'Onu aveva condannato": the past perfect dates the reaction before the event.
    if (grammar.pluperfect && matches.length > 0) {
      const pluperfect = grammar.pluperfect;
      // Any cue of the clause, the participle itself ("aveva allarmato") or a noun before it ("hatte Kritik geübt").
      matches = matches.filter((m) => !inPastPerfect(sentence.text, tokens, m, matches, pluperfect));
    }
    // A welcome restricted in the next sentence by the same speaker is cautious ("X a salué l'accord. Il a toutefois
    // appelé à …", "Celebró la decisión. No obstante, pidió …"), as a "but" in its own sentence makes it.
    if (last.some((r) => r.stance === 'supportive') && restrictsBefore(tokens, contrastTest(tokens, contrasts), isPronoun, grammar)) {
      const subject = new Set(earlier().map((s) => s.actor.key));
      for (const r of last) if (r.stance === 'supportive' && subject.has(r.actor.key) && !namesOther(sentence.text, tokens, subject, grammar, date)) r.stance = 'cautious';
    }
    const previous = last;
    last = [];
    // A word of the phrase reporting a reaction like the one before ("si sono uniti all'appello", "присоединились к
    // требованию") is no cue of its own: the sentence takes that reaction's stance below.
    const likewise = previous.length > 0 || lastReacted?.line === sentence.line ? likewiseAt(tokens, grammar) : null;
    if (likewise) matches = matches.filter((m) => m.start < likewise[0] || m.start >= likewise[1]);
    if (matches.length > 0) {
      const speakers = withoutOpeningLabel(sentence.text, tokens, [...findSpeakers(sentence.text, tokens, language, date), ...placeSpeakers(sentence.text, tokens, grammar)].sort((a, b) => a.token - b.token), grammar).filter(
        (s) => !(s.token === 0 && s.lone === true && surnameIn(input.text, tokens[0]!.surface)) && !unheldOfficeOf(tokens, s.token, grammar) && !envoyTo(tokens, s, grammar),
      );
      // A word of a name is no cue ("les Forces de soutien rapide (FSR)").
      matches = matches.filter((m) => !speakers.some((s) => s.last !== undefined && m.start >= s.token && m.start <= s.last));
      const pronoun = tokens.some(isPronoun) || opensWithVerb(sentence.text, tokens, matches, grammar, nameTokens(speakers)) || opensWithPossessive(tokens, grammar) || opensReported(tokens, grammar);
      // "L'organisation a dénoncé …", "Организация назвала …": the last organization named shortly before.
      const referred = matches.length > 0 && opensWithOrganizationKind(sentence.text, tokens, grammar) && !speakers.some((s) => s.token < matches[0]!.start) ? organizationBefore(recent, language, date) : null;
      // "Le ministre des Affaires étrangères, Olivier Nduhungirehe, a dénoncé …": a state's office with no state named
      // refers back to the last state named shortly before.
      // Its own verb says so, not words it is quoted with.
      const office =
        !referred && matches.length > 0 && opensWithStateOffice(tokens, grammar) && !speakers.some((s) => s.token < matches[0]!.start) && quotedTokens(sentence.text, tokens)[matches[0]!.start] !== true
          ? stateBefore(recent, language, date)
          : null;
      // "« C'est une erreur, pour la Norvège … », a déclaré la ministre de la Transition écologique": a quotation
      // attributed to a state's office with no state named; the states inside the quote are what it speaks of.
      const quotedOffice = !referred && !office && matches.length > 0 ? officeAfterQuote(sentence.text, tokens, speakers, grammar) : null;
      const officeState = quotedOffice ? stateBefore(recent, language, date) : null;
      if (referred) last = sentenceReactions(sentence.text, tokens, stems, matches, speakers, () => [{ actor: referred, token: -1 }], grammar, lexicon, true);
      else if (officeState && quotedOffice) last = sentenceReactions(sentence.text, tokens, stems, matches, quotedOffice, () => [{ actor: officeState, token: -1 }], grammar, lexicon, true);
      else if (office) last = sentenceReactions(sentence.text, tokens, stems, matches, speakers, () => [{ actor: office, token: -1 }], grammar, lexicon, true);
      else if (speakers.length > 0 || pronoun) last = sentenceReactions(sentence.text, tokens, stems, matches, speakers, earlier, grammar, lexicon);
      // A quote of no one, named by the sentence after it ("«…». Lo ha detto il ministro …", "Об этом заявил …").
      const named = last.length === 0 && speakers.length === 0 ? speakerAfter(sentences[i + 1]?.text, grammar, lexicon, stem, date) : [];
      if (named.length > 0) last = sentenceReactions(sentence.text, tokens, stems, matches, speakers, () => named, grammar, lexicon, true);
      // "Japón comprometió 10 millones de dólares, y España 6 millones de euros": donors listed without their own verb.
      const aid = last.find((r) => isAidCode(r.cameo));
      const verb = matches.find((m) => m.cue.aid);
      if (aid && verb) {
        for (const k of gappedDonors(sentence.text, tokens, speakers, verb.start, gapWords)) {
          const actor = speakers[k]!.actor;
          if (!last.some((r) => r.actor.key === actor.key)) last.push({ ...aid, actor, actorKind: actorKindOf(actor) });
        }
      }
      // "Washington a salué la décision, tout comme Canberra": the names after the comparison react as the clause did.
      if (last.length > 0) last.push(...comparedActors(sentence.text, tokens, speakers, last, grammar));
      out.push(...last);
    }
    // "Durissimo il Wwf, che …", "Netto il no del Tplf": a verdict fronted before whose it is.
    if (grammar.frontedVerdicts) {
      const fronted = frontedReaction(sentence.text, tokens, grammar, grammar.frontedVerdicts, lexicon, stem, date, articleWords);
      // The fronted word is the sentence's verdict: it stands for that actor over what the clause after it says.
      if (fronted) {
        const others = last.filter((r) => r.actor.key === fronted.actor.key);
        for (const r of others) out.splice(out.indexOf(r), 1);
        last = [...last.filter((r) => !others.includes(r)), fronted];
        out.push(fronted);
      }
    }
    // "Ähnlich äußerte sich Griechenland", "La Grèce a fait de même": the stance of the sentence before, for new actors.
    const model = previous.length > 0 ? previous : lastReacted?.line === sentence.line ? lastReacted.reactions : [];
    if (last.length === 0 && model.length > 0) {
      last = likewiseReactions(sentence.text, tokens, likewise, model, grammar, date);
      out.push(...last);
    }
    if (last.length > 0) lastReacted = { line: sentence.line, reactions: last };
    before = { text: sentence.text, tokens };
    recent.unshift(before);
    if (recent.length > ORGANIZATION_ANAPHOR_REACH) recent.pop();
  }
  const agents = headlineAgents(input.title, grammar, lexicon, stem, date);
  // Read only where a state reacted: only a state's reactions are dropped as its own request's.
  if (out.some((r) => r.actor.kind === 'country')) {
    const headline = input.title.trim();
    for (const lead of [...(headline ? [{ text: headline, tokens: tokenize(headline, language) }] : []), ...lede]) {
      for (const key of petitioners(lead.text, lead.tokens, grammar, lexicon, stem, date)) agents.add(key);
    }
  }
  // Rescuers a struck state sends into its own valleys are its own response to the event, not help given to another.
  // The headline is read for it only where someone gave aid or appealed.
  // Its appeals ask help for itself ("pidió tiendas y medicinas"); this lexicon codes its calls 010 as well as 02x.
  const ownMove = (r: ExtractedReaction) => isAidCode(r.cameo) || isAppealCode(r.cameo) || r.cameo === '010';
  const sites = out.some(ownMove) ? headlineSites(input.title, grammar, date) : NO_SITES;
  const reported = out.filter((r) => !UNREPORTED.has(r.actor) && !(sites.has(r.actor.key) && ownMove(r) && !sentAcross(r, sites, grammar, date)));
  // The sides of a deal the lead says was made speak of their own deal. Read only where someone reacted.
  const title = input.title.trim();
  const lead = [...(title ? [{ text: title, tokens: tokenize(title, language) }] : []), ...(opening ? [opening] : [])];
  const sides = reported.length > 0 && grammar.coParties ? leadCoParties(lead, grammar.coParties, language, date) : NO_SITES;
  // Only in an article, and only for a state the opening sentence does not show reacting ("Le Tchad a condamné
  // l'attaque …": the news is its reaction).
  const ownStance = (r: ExtractedReaction) => r.stance === 'supportive' || r.stance === 'cautious';
  // Read only where a state supported or appealed: nothing else is dropped.
  const ledeNamed = reported.some((r) => r.actor.kind === 'country' && ownStance(r)) ? ledeParty(sentences.map((x) => x.text), language) : null;
  const party = ledeNamed !== null && !reported.some((r) => r.actor.key === ledeNamed && r.evidence === opening?.text) ? ledeNamed : null;
  const partyOwn = (r: ExtractedReaction) => r.actor.key === party && ownStance(r);
  const unsided = reported.filter((r) => !agents.has(r.actor.key) && !sides.has(r.actor.key) && !partyOwn(r));
  const kept = withoutExpertCommentary(unsided, grammar.expertRoles, language);
  // A few sentences alone do not show where the event happened ("La France a condamné l'attaque.").
  const home = sentences.length >= DOMESTIC_MIN_SENTENCES ? domesticState(kept, [title, input.text], language) : null;
  const abroad = home === null ? kept : kept.filter((r) => r.actor.key !== home);
  const backing = grammar.backingWords ? { isBacking: alignmentTest(grammar.backingWords.prefixes), opposing: new Set(grammar.backingWords.opposing) } : undefined;
  return spelledOutActors(grammar.alignmentWords ? alignedWithOpponents(abroad, alignmentTest(grammar.alignmentWords), (evidence) => namedActors(evidence, language), () => [...namedActors(title, language)][0] ?? null, backing) : abroad, input.text, language);
}

/** Whether a reaction's cue holds a word of solidarity or siding (a word of it opening with one of the prefixes). */
function alignmentTest(prefixes: readonly string[]): (cue: string) => boolean {
  return (cue) => cue.split(/\s+/u).some((w) => {
    const folded = fold(w);
    return prefixes.some((p) => folded.startsWith(p));
  });
}

/** The actors a sentence names: its entities' keys and the states its places and people belong to. */
function namedActors(text: string, language: string): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const m of findMultilingualMentions(text, language)) {
    keys.add(m.entity.key);
    if (m.entity.country) keys.add(`country:${m.entity.country}`);
  }
  return keys;
}

/** How far before a cue a first-person pronoun may stand ("Мы решительно готовы"). */
const FIRST_PERSON_REACH = 2;
/** How many words before a "that" a verb of believing may stand ("je m'attends à ce que", "rechne damit, dass"). */
const OPINION_REACH = 3;
/** The letters a modal's forms share ("podr" of "podría", "podrá"; "sera" of "serait", "sera"). */
const MODAL_STEM = 4;
/** How far after a verb of backing the course it backs may stand ("выступило за «прозрачность и диалог»"). */
const BACKED_REACH = 3;
/** What may stand between a state's adjective and the organization's name it describes: a space and quotation marks. */
const DESCRIBED_GAP = /^\s+[«„"“]?$/u;
/** How many letters a compound holds before its kind at the least ("Bergbau|verband", not "Re|union"). */
const COMPOUND_SLACK = 2;

/** How many sentences an article needs before naming no other state makes it domestic. */
const DOMESTIC_MIN_SENTENCES = 6;

/**
 * The state whose reactions are its own politics: the only one an article names (by name, city or person) where no
 * international organization is named either ("Bundesverkehrsminister … rief zu einer Schlichtung auf" in a report of a
 * German rail strike). Null when the article looks abroad, or no state reacted.
 */
function domesticState(reactions: readonly ExtractedReaction[], texts: readonly string[], language: string): string | null {
  const states = new Set(reactions.filter((r) => r.actorKind === 'country').map((r) => r.actor.key));
  if (states.size !== 1) return null;
  const [state] = states as Set<string>;
  const code = state!.slice('country:'.length);
  // The headline and the body apart: the body's mentions are the ones its sentences were read from (memoized).
  for (const text of texts) {
    for (const m of findMultilingualMentions(text, language)) {
      if (m.entity.country !== null && m.entity.country !== code) return null;
      if (m.entity.kind === 'organization' && actorKindOf(m.entity) === 'igo') return null;
    }
  }
  return state!;
}

/**
 * An unknown acronym the article spelled out earlier ("Africa Global Logistics (AGL)", later "AGL nannte …") is the
 * organization of that name: one key for both.
 */
function spelledOutActors(reactions: ExtractedReaction[], text: string, language: string): ExtractedReaction[] {
  const lone = reactions.filter((r) => r.actor.origin === 'nlp' && r.actor.kind === 'organization' && LONE_ACRONYM.test(r.actor.name));
  if (lone.length === 0) return reactions;
  const tokens = tokenize(text, language);
  const spelled = new Map<string, EntityRef>();
  const define = (acronym: string, name: string) => {
    const slug = slugify(name);
    if (slug !== '' && !spelled.has(`org:${slugify(acronym)}`)) spelled.set(`org:${slugify(acronym)}`, { key: `org:${slug}`, kind: 'organization', name, country: null, origin: 'nlp' });
  };
  for (const phrase of acronymPhrases(text, tokens, language)) define(tokens[phrase.acronym]!.surface, phrase.name);
  // Or named in full elsewhere without it ("группе Africa Global Logistics"): capitalised words, one space apart,
  // whose initials spell it.
  const spells = (letters: string, k: number): boolean => {
    for (let j = 0; j < letters.length; j++) {
      const t = tokens[k + j]!;
      if (t.surface.charAt(0) !== letters.charAt(j) || !/^\p{Lu}\p{Ll}/u.test(t.surface) || (j > 0 && text.slice(tokens[k + j - 1]!.end, t.start) !== ' ')) return false;
    }
    return true;
  };
  for (const r of lone) {
    const letters = r.actor.name;
    const k = tokens.findIndex((_, at) => at + letters.length <= tokens.length && spells(letters, at));
    if (k >= 0) define(letters, text.slice(tokens[k]!.start, tokens[k + letters.length - 1]!.end));
  }
  const merged = reactions.map((r) => {
    const actor = lone.includes(r) ? spelled.get(r.actor.key) : undefined;
    return actor ? { ...r, actor } : r;
  });
  return merged.filter((r, k) => merged.findIndex((o) => o.actor.key === r.actor.key && o.stance === r.stance) === k);
}

/**
 * The reaction of a verdict fronted before whose it is (fronted-verdicts.ts). The opening word's stance is the
 * lexicon's for an adjective or a word of judgement with that stem (language-cues.ts `judgements`), a superlative
 * read as its base ("durissimo" as "duro").
 */
function frontedReaction(
  text: string,
  tokens: readonly WordToken[],
  g: LanguageGrammar,
  w: FrontedVerdictWords,
  lexicon: LanguageCues,
  stem: (word: string) => string,
  date: string | null,
  articles: ReadonlySet<string>,
): ExtractedReaction | null {
  // "Más dura fue Yibuti": past the comparative word, the adjective opens the verdict and the copula stands where an
  // adverb may.
  const shift = w.comparative?.words.includes(tokens[0]?.folded ?? '') === true && w.comparative.copulas.includes(tokens[2]?.folded ?? '') ? 1 : 0;
  if (shift === 0 && w.comparative?.only === true) return null;
  const first = tokens[shift];
  if (!first) return null;
  let openerStance: Stance | null = null;
  for (const form of [first.folded, w.superlativeBase?.(first.folded) ?? null]) {
    openerStance = form === null ? null : (lexicon.judgements.get(stem(form)) ?? null);
    if (openerStance !== null) break;
  }
  // Only where the opening word is one of judgement: the names are looked up then.
  if (!w.intensifiers.includes(first.folded) && openerStance === null) return null;
  const names = findSpeakers(text, tokens, g.language, date);
  const breakAfter = (k: number) => k + 1 < tokens.length && /[,;:–—]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  const words = shift === 0 ? w : { ...w, adverbs: [...(w.adverbs ?? []), ...(w.comparative?.copulas ?? [])] };
  const found = frontedVerdict(tokens.slice(shift), names.map((n) => ({ ...n, token: n.token - shift, ...(n.last === undefined ? {} : { last: n.last - shift }) })), words, articles, openerStance, (k) => breakAfter(k + shift));
  if (!found) return null;
  const cue = text.slice(first.start, first.end);
  return { actor: found.actor, actorKind: actorKindOf(found.actor), stance: found.stance, cameo: null, goldstein: null, evidence: text, cue };
}

/** The sides of deals made that the headline or the first sentence names (co-parties.ts). */
function leadCoParties(lead: readonly { text: string; tokens: readonly WordToken[] }[], words: CoPartyWords, language: string, date: string | null): ReadonlySet<string> {
  const out = new Set<string>();
  for (const { text, tokens } of lead) {
    const names = findSpeakers(text, tokens, language, date).map((s) => ({ token: s.token, key: s.actor.key }));
    const breaksBefore = (k: number) => k > 0 && k < tokens.length && /[,;:]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    for (const key of coParties(tokens.map((t) => t.folded), names, words, breaksBefore)) out.add(key);
  }
  return out;
}

const NO_SITES: ReadonlySet<string> = new Set();

/**
 * A struck state's aid sent over the border or to the other struck state ("Kroatien … schickte zwei Hubschrauber über
 * die Grenze", "Zagreb a envoyé deux hélicoptères en Bosnie") is help given to another, not its own response.
 */
function sentAcross(r: ExtractedReaction, sites: ReadonlySet<string>, g: LanguageGrammar, date: string | null): boolean {
  if (!isAidCode(r.cameo)) return false;
  const tokens = tokenize(r.evidence, g.language);
  // Where it went is said after the verb of sending ("…, mentre Nairobi ha inviato …" names Uganda before it).
  const sent = r.evidence.indexOf(r.cue);
  if (tokens.some((t) => t.start > sent && (g.borderWords ?? []).some((w) => t.folded.startsWith(w)))) return true;
  return findSpeakers(r.evidence, tokens, g.language, date).some((s) => s.actor.key !== r.actor.key && sites.has(s.actor.key) && tokens[s.token]!.start > sent);
}

/**
 * The states a headline names as where its event happened ("… Tote in Afghanistan und Tadschikistan", "Gletschersee
 * in Nepal bricht aus"): after a preposition of place, alone or listed with one.
 */
function headlineSites(title: string, g: LanguageGrammar, date: string | null): ReadonlySet<string> {
  const head = title.trim();
  if (!head) return new Set();
  const tokens = tokenize(head, g.language);
  const place = placePrepositionsOf(g.language);
  return new Set(
    findSpeakers(head, tokens, g.language, date)
      .filter((s) => s.actor.kind === 'country' && objectMarked(tokens, s.token, g, place))
      .map((s) => s.actor.key),
  );
}

/** Whether the article writes the word after another capitalised word ("Stéphane Dujarric"): a person's surname. */
function surnameIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    let k = at - 1;
    if (k < 0 || text[k] !== ' ') continue;
    while (k > 0 && /\p{L}/u.test(text[k - 1]!)) k--;
    if (k < at - 1 && /^\p{Lu}/u.test(text.slice(k, at - 1))) return true;
  }
  return false;
}

/**
 * The reactions of a sentence that reports its actors reacting as those of the sentence before did (likewise.ts): its
 * subject group, outside any preposition, takes the stance of the first reaction before, unless it reacted there itself.
 */
function likewiseReactions(text: string, tokens: readonly WordToken[], span: [number, number] | null, previous: readonly ExtractedReaction[], g: LanguageGrammar, date: string | null): ExtractedReaction[] {
  // "… hat sich nicht ähnlich geäußert", "pourrait faire de même": no reaction reported. What a colon opens after the
  // phrase is what was said ("Ähnlich äußerte sich Kallas: Gewalt dürfe kein Mittel sein"), not the phrase negated.
  if (!span) return [];
  const at = span[0];
  const colon = tokens.findIndex((t, k) => k > at && /:\s*$/u.test(text.slice(tokens[k - 1]!.end, t.start)));
  const own = colon < 0 ? tokens : tokens.slice(0, colon);
  if (own.some((t) => g.negations.includes(t.folded) || g.modals.includes(t.surface.toLowerCase()))) return [];
  const objects = new Set(g.objectMarkers);
  // A sentence opened by the phrase has no verb: a preposition of source names who reacted ("Stessa richiesta da Ottawa").
  const sources = new Set(at <= 1 ? g.sources : []);
  const found = findSpeakers(text, tokens, g.language, date).filter((s) => sources.has(tokens[s.token - 1]?.folded ?? '') || !objectMarked(tokens, s.token, g, objects));
  const model = previous[0]!;
  const cue = text.slice(tokens[at]!.start, tokens[at]!.end);
  return subjectGroup(found, tokens, g)
    .filter((s) => !previous.some((r) => r.actor.key === s.actor.key))
    .map((s) => ({ ...model, actor: s.actor, actorKind: actorKindOf(s.actor), evidence: text, cue }));
}

/** How far into a sentence the word that refers back to a quote stands ("Lo ha detto", "Об этом заявил"), and its verb after it. */
const QUOTE_BACK = 2;
/**
 * Who a sentence that refers back to the quote before it names as its speaker ("Lo ha detto il ministro degli Esteri
 * …", "Así lo afirmó …", "Così il ministro …", "Об этом заявил …"): its first actors, when it opens with one of the
 * grammar's words for that, followed by a verb of saying or, opening the sentence, by the speaker alone, and holds no
 * cue of its own.
 */
function speakerAfter(text: string | undefined, g: LanguageGrammar, lexicon: LanguageCues, stem: (w: string) => string, date: string | null): Speaker[] {
  const back = new Set(g.quoteBack ?? []);
  if (!text || back.size === 0) return [];
  const tokens = tokenize(text, g.language);
  const at = tokens.findIndex((t, k) => k <= QUOTE_BACK && back.has(t.folded));
  if (at < 0) return [];
  const speech = new Set(g.speechVerbs);
  const says = tokens.slice(at + 1, at + 1 + QUOTE_BACK + 1).some((t) => speech.has(t.folded));
  if (!says && at > 0) return [];
  if (findCues(tokens, tokens.map((t) => stem(t.surface)), lexicon).length > 0) return [];
  const objects = new Set(g.objectMarkers);
  const found = findSpeakers(text, tokens, g.language, date).filter((s) => s.token > at && !objectMarked(tokens, s.token, g, objects));
  return subjectGroup(found, tokens, g).map((s) => ({ actor: s.actor, token: -1 }));
}

/** How far into a sentence a contrast that restricts the sentence before may stand ("Il a toutefois …", "Ha tuttavia …"). */
const RESTRICTION_REACH = 4;
/**
 * Whether a sentence opens with a contrast and continues the subject of the sentence before: a pronoun or possessive
 * near its start ("Elle a toutefois …", "Son ministre a cependant …"), or, in a language that drops subjects, no article
 * opening a new subject after the contrast ("No obstante, pidió …", not "Pero los combates …").
 */
function restrictsBefore(tokens: readonly WordToken[], isContrast: (k: number) => boolean, isPronoun: (t: WordToken) => boolean, g: LanguageGrammar): boolean {
  const at = tokens.findIndex((_, k) => k < RESTRICTION_REACH && isContrast(k));
  if (at < 0) return false;
  if (tokens.slice(0, RESTRICTION_REACH + 1).some(isPronoun) || opensWithPossessive(tokens, g)) return true;
  if (!g.dropsSubjects) return false;
  const after = tokens[at + (isContrast(at) && g.contrasts.includes(`${tokens[at]!.folded} ${tokens[at + 1]?.folded}`) ? 2 : 1)];
  const common = functionWords(g);
  return after !== undefined && !(g.articles ?? []).includes(after.folded) && (at > 0 ? tokens.slice(0, at).every((t) => common.has(t.folded)) : true);
}

/** Whether a sentence names a speaker other than these (a restriction there is that speaker's, not a continuation). */
function namesOther(text: string, tokens: readonly WordToken[], these: ReadonlySet<string>, g: LanguageGrammar, date: string | null): boolean {
  const objects = new Set(g.objectMarkers);
  return findSpeakers(text, tokens, g.language, date).some((s) => !these.has(s.actor.key) && !objectMarked(tokens, s.token, g, objects));
}

/**
 * A sentence of reported speech opening with its impersonal subject ("Man verurteile die Gewalt."): the institution
 * of the speaker of the sentence before, as a pronoun would continue it.
 */
function opensReported(tokens: readonly WordToken[], g: LanguageGrammar): boolean {
  const verb = tokens[1]?.folded;
  return verb !== undefined && (g.impersonalPronouns ?? []).includes(tokens[0]!.folded) && g.isReportedVerb?.(verb) === true;
}

/** A sentence opening with a possessive subject ("Son ministère …", "Su canciller …", "Il suo ministro …"). */
function opensWithPossessive(tokens: readonly WordToken[], g: LanguageGrammar): boolean {
  const possessives = g.possessives ?? [];
  const first = tokens[0]?.folded ?? '';
  return possessives.includes(first) || ((g.articles ?? []).includes(first) && possessives.includes(tokens[1]?.folded ?? ''));
}

const functionWordSets = new WeakMap<LanguageGrammar, ReadonlySet<string>>();
/** The language's stopwords and the adverbs of addition its list leaves out ("также", "aussi"): words that tell nothing. */
function functionWords(g: LanguageGrammar): ReadonlySet<string> {
  let set = functionWordSets.get(g);
  if (!set) {
    set = new Set([...stopwords(g.language), ...(g.additives ?? [])]);
    functionWordSets.set(g, set);
  }
  return set;
}

/**
 * Whether a token is one of the language's subject pronouns, compared as written in lower case: folding would make
 * the Spanish article "el" the pronoun "él".
 */
function pronounTest(g: LanguageGrammar): (t: WordToken) => boolean {
  const pronouns = new Set(g.pronouns.map((p) => p.normalize('NFC')));
  return (t) => pronouns.has(t.surface.normalize('NFC').toLocaleLowerCase(g.language));
}

/** The words a sentence may open with before its verb ("Ayer condenó …", "Poi ha criticato …"). */
const VERB_OPENING = 2;
/** The longest sentence adverb a comma sets off before the verb ("Además, …", "Por otro lado, …", "Кроме того, …"). */
const OPENING_ADVERB = 3;
/**
 * A sentence of a language that drops subject pronouns opening with a reaction verb: its subject is the last actor's.
 * A sentence adverb set off by a comma may come first ("Además, rechazó …", "Inoltre, ha criticato …"), when it names
 * no one (`names`: the tokens of the sentence's actors; "Turquía, por su parte, condenó …" has its own subject).
 */
/**
 * Whether a verb cue is the participle of a past-perfect auxiliary in its own clause: the auxiliary stands within
 * `reach` words before it, with no punctuation and no other verb cue (a verb of saying whose complement it is) between.
 */
function inPastPerfect(text: string, tokens: readonly WordToken[], m: Match, matches: readonly Match[], p: { auxiliaries: readonly string[]; reach: number }): boolean {
  for (let k = m.start - 1; k >= Math.max(0, m.start - p.reach); k--) {
    if (/[,;:«»"“”„]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) || tokens[k + 1]!.breakBefore) return false;
    if (p.auxiliaries.includes(tokens[k]!.folded)) return true;
    if (matches.some((o) => o !== m && !o.cue.nominal && o.start <= k && k < o.end)) return false;
  }
  return false;
}

function opensWithVerb(text: string, tokens: readonly WordToken[], matches: readonly Match[], g: LanguageGrammar, names: ReadonlySet<number>): boolean {
  if (!g.dropsSubjects) return false;
  // A quotation opening the sentence with its verb ("«Chiediamo …», ha detto il ministro … Tajani") is the words of
  // whoever its attribution names after it, not of the subject before.
  // Only a sentence that opens with a quotation mark is read for one.
  const quoted = QUOTE_MARK.test(text.slice(0, tokens[0]?.start ?? 0)) ? quotedTokens(text, tokens) : [];
  if (quoted[0] === true) {
    const close = quotationEnd(quoted);
    if ([...names].some((k) => k >= close)) return false;
  }
  const comma = tokens.findIndex((t, k) => k < OPENING_ADVERB && /^\s*,/u.test(text.slice(t.end)));
  const skip = comma >= 0 && tokens.slice(0, comma + 1).every((_, k) => !names.has(k)) ? comma + 1 : 0;
  // Only function words before it ("Ayer", "ha"): a name there is the subject ("Legambiente ha chiesto").
  const common = functionWords(g);
  // After an article the word is a noun ("La condena más dura llegó desde Washington", "La condena internacional no se
  // hizo esperar"), whether or not the lexicon lists it as one: no verb opens the sentence.
  const articles = new Set(g.articles ?? []);
  const noun = (m: Match) => articles.has(tokens[m.start - 1]?.folded ?? '');
  return matches.some((m) => !m.cue.nominal && !noun(m) && m.start >= skip && m.start - skip <= VERB_OPENING && tokens.slice(skip, m.start).every((t) => common.has(t.folded)));
}

/**
 * The subject a later clause or sentence continues: the first group of a clause's actors, and in a language with cases
 * the first of those written in the nominative ("Евросоюз приветствует соглашение … в Восточной Украине и будет …"
 * continues the EU, not Ukraine).
 */
function subjectGroup(own: Speaker[], tokens: readonly WordToken[], g: LanguageGrammar): Speaker[] {
  const base = g.nominativeEndings !== undefined ? own.filter((s) => s.base) : own;
  return firstGroup(base.length > 0 ? base : own, tokens, g);
}

/** The most words of a place phrase opening a sentence before its subject ("En el este de Libia, …"). */
const FRONTED_PLACE_WORDS = 5;

/** How far after a verb-second verb its subject may start ("aktivierte die EU zudem": an article, an adverb). */
const VERB_SECOND_REACH = 3;

/** The tokens the actors' names cover. */
function nameTokens(speakers: readonly Speaker[]): Set<number> {
  return new Set(speakers.flatMap((s) => Array.from({ length: (s.last ?? s.token) - s.token + 1 }, (_, j) => s.token + j)));
}

/** Whether a contrast word or phrase starts at token k ("mais", "tuttavia"; "sin embargo", "no obstante"). */
function contrastTest(tokens: readonly WordToken[], contrasts: ReadonlySet<string>): (k: number) => boolean {
  return (k) => {
    const t = tokens[k];
    if (!t) return false;
    if (contrasts.has(t.folded)) return true;
    const next = tokens[k + 1];
    return next !== undefined && !next.breakBefore && contrasts.has(`${t.folded} ${next.folded}`);
  };
}

/** Whether a word and a cue's word agree, in lower case with their accents, over their first n letters. */
function sameLetters(surface: string, head: string, n: number): boolean {
  // "ß" and its folded "ss" shift the letters after them: such words are left to their stems.
  if (surface.includes('ß') || head.includes('ß')) return true;
  return surface.slice(0, n).toLowerCase() === head.slice(0, n);
}

function stemMatches(token: string, cue: string): boolean {
  if (token === cue) return true;
  return cue.length >= MIN_PREFIX && token.length - cue.length <= MAX_EXTRA && token.startsWith(cue);
}

interface CueIndex {
  /** Cues matched by prefix, by the first MIN_PREFIX letters of their first stem (or all of a shorter one). */
  byPrefix: Map<string, LanguageCue[]>;
  /** Cues matched by their whole first stem only (exact): most opinion words, kept out of the prefix buckets. */
  byStem: Map<string, LanguageCue[]>;
  /** Each cue's place in the lexicon: candidates of both kinds are tried in that order. */
  order: Map<LanguageCue, number>;
}
const indexes = new WeakMap<readonly LanguageCue[], CueIndex>();
function cueIndex(cues: readonly LanguageCue[]): CueIndex {
  let index = indexes.get(cues);
  if (index) return index;
  index = { byPrefix: new Map(), byStem: new Map(), order: new Map() };
  for (const [i, cue] of cues.entries()) {
    const [map, key] = cue.exact ? [index.byStem, cue.stems[0]!] : [index.byPrefix, cue.stems[0]!.slice(0, MIN_PREFIX)];
    const list = map.get(key);
    if (list) list.push(cue);
    else map.set(key, [cue]);
    index.order.set(cue, i);
  }
  indexes.set(cues, index);
  return index;
}
const NO_CUES: readonly LanguageCue[] = [];
/** The cues a stem can start, in lexicon order. */
function candidatesOf(stem: string, cues: readonly LanguageCue[]): readonly LanguageCue[] {
  const index = cueIndex(cues);
  const prefixed = index.byPrefix.get(stem.slice(0, MIN_PREFIX)) ?? NO_CUES;
  const exact = index.byStem.get(stem);
  if (!exact) return prefixed;
  if (prefixed.length === 0) return exact;
  return [...prefixed, ...exact].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/**
 * The cues of a run of tokens. Words of the opinion lexicon (namingOnly) only with `opinion`: they are a reaction only
 * as a naming verb's quoted complement, which the sentence reader checks; to any other reader they are no cue.
 */
function findCues(tokens: readonly WordToken[], stems: readonly string[], lexicon: LanguageCues, opinion = false, text?: string): Match[] {
  const out: Match[] = [];
  const cues = lexicon.cues;
  for (let k = 0; k < stems.length; k++) {
    if (lexicon.homographs.has(tokens[k]!.folded)) continue;
    // Another form of a homograph followed by "of" is in the homograph's sense too ("le quarte riserve di gas",
    // "reservas de crudo"): a reservation is about something, not of it.
    if (STOCK_OF.has(tokens[k + 1]?.folded ?? '') && homographForms(lexicon).some(([stem, longest]) => tokens[k]!.folded.startsWith(stem) && tokens[k]!.folded.length <= longest)) continue;
    // The first part of a compound whose rest another compound gives ("EU-Verteidigungs- und Raumfahrtkommissar") is
    // no word of its own.
    if (text !== undefined && SUSPENDED_HYPHEN.test(text.slice(tokens[k]!.end, tokens[k]!.end + 2))) continue;
    for (const cue of candidatesOf(stems[k]!, cues)) {
      if (cue.namingOnly && !opinion) continue;
      if (cue.exact ? stems[k] !== cue.stems[0] : !stemMatches(stems[k]!, cue.stems[0]!)) continue;
      // Folding for the stemmer loses umlauts and accents: a longer word must keep the cue's letters over its stem.
      if (stems[k] !== cue.stems[0] && !sameLetters(tokens[k]!.surface, cue.head, cue.stems[0]!.length - 1)) continue;
      if (cue.form !== undefined && tokens[k]!.folded !== cue.form) continue;
      // A function word sharing a one-word cue's stem is another word ("bereits", already, is no "bereit", ready); a
      // verb with a particle or words after it inflects away from its head ("gab … frei", "dio la bienvenida").
      if (cue.stems.length === 1 && cue.particle === null && lexicon.functionWords.has(tokens[k]!.folded) && tokens[k]!.folded !== fold(cue.head)) continue;
      if (cue.maxLength !== undefined && tokens[k]!.folded.length > cue.maxLength) continue;
      let at = k;
      let ok = true;
      // A verb of describing oneself is written as one group ("s'est dite", "si è detto").
      const gap = cue.describing ? 1 : MAX_GAP;
      for (const next of cue.stems.slice(1)) {
        let found = -1;
        for (let j = at + 1; j <= Math.min(stems.length - 1, at + gap); j++) {
          if (tokens[j]!.breakBefore) break;
          if (stemMatches(stems[j]!, next)) {
            found = j;
            break;
          }
        }
        if (found < 0) {
          ok = false;
          break;
        }
        at = found;
      }
      const closeAt = ok && cue.particle ? particleAt(tokens, k, cue.particle, lexicon.particleFollowers) : -1;
      if (cue.particle && closeAt < 0) ok = false;
      if (ok) out.push({ cue, start: k, end: at + 1, ...(closeAt >= 0 ? { closeAt } : {}) });
    }
  }
  // The longest cue wins where cues overlap ("mit Sorge" over "Sorge").
  // A particle closes the clause of the nearest verb before it: "forderte Auflagen, Greenpeace lehnt die Mine ab" is
  // "lehnt … ab", not "forderte … ab".
  return out.filter(
    (m) =>
      !out.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) &&
      !(m.closeAt !== undefined && out.some((o) => o.closeAt === m.closeAt && o.start > m.start)),
  );
}

/** A hyphen closing a word before a space ("Verteidigungs- und …"): the word is a compound's suspended first part. */
const SUSPENDED_HYPHEN = /^-\s/u;

/** The fewest letters a compound's tail must keep to be read as an opinion word ("aggression" in "Wasseraggression"). */
const MIN_COMPOUND_TAIL = 5;

/**
 * Opinion words at the end of a compound no lexicon lists ("«Wasseraggression»", "«Staatsterrorismus»"): the compound
 * names a kind of what its last part names, so it takes that part's opinion. Quoted capitalised nouns only, where no cue
 * the lexicon reading found starts; the longest tail that is an opinion word wins.
 */
function compoundOpinions(text: string, tokens: readonly WordToken[], found: readonly Match[], lexicon: LanguageCues, stem: (w: string) => string): Match[] {
  const out: Match[] = [];
  // Only a quoted word is read as a naming verb's complement: no quote, nothing to read.
  if (!/["«»„“”]/u.test(text)) return out;
  const quoted = quotedTokens(text, tokens);
  const matched = new Set(found.map((m) => m.start));
  for (const [k, token] of tokens.entries()) {
    const word = token.folded;
    if (!quoted[k] || matched.has(k) || !/^\p{Lu}/u.test(token.surface) || word.length < MIN_COMPOUND_HEAD + MIN_COMPOUND_TAIL) continue;
    for (let i = MIN_COMPOUND_HEAD; i <= word.length - MIN_COMPOUND_TAIL; i++) {
      const tail = stem(word.slice(i));
      const cue = candidatesOf(tail, lexicon.cues).find((c) => c.namingOnly && c.stems.length === 1 && c.stems[0] === tail);
      if (cue) {
        out.push({ cue, start: k, end: k + 1 });
        break;
      }
    }
  }
  return out;
}

/** The most words of a name an appositive describes. */
const DESCRIBED_WORDS = 4;

/**
 * The capitalised words ending at token `last` that an appositive describes ("Nasscom", "Cafexport"): a name of up to
 * a few words, none a function word. Null where the words before are no name.
 */
function describedName(text: string, tokens: readonly WordToken[], last: number, common: ReadonlySet<string>): { start: number; end: number } | null {
  const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]!.surface) && !common.has(tokens[k]!.folded);
  if (last < 0 || !capital(last)) return null;
  let first = last;
  while (first > 0 && last - first + 1 < DESCRIBED_WORDS && capital(first - 1) && /^ $/u.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start)) && !tokens[first]!.breakBefore) first--;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** A passive participle: "gewarnt", "aufgefordert", "kritisiert" (German, folded). */
const GERMAN_PARTICIPLE = /^(?:\p{Ll}{0,5}ge\p{Ll}{3,}(?:t|en)|\p{Ll}{3,}iert)$/u;

/** A German passive in the clause: "worden", or a past form of "werden" with a participle after it. */
function germanPassive(tokens: readonly WordToken[], from: number, to: number, g: LanguageGrammar): boolean {
  if (g.language !== 'de') return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.folded;
    if (w === 'worden') return true;
    if ((w === 'wurde' || w === 'wurden') && tokens.slice(k + 1, to).some((t) => /^\p{Ll}/u.test(t.surface) && GERMAN_PARTICIPLE.test(t.folded))) return true;
  }
  return false;
}

/**
 * "lehnte den Pakt ab": the particle closes the clause of its verb; where it stands, or -1. A particle's word run on by
 * a lower-case word one space on, no conjunction or article, is another word ("sagte, die Hilfe sei zu wenig": "zu"
 * of degree).
 */
function particleAt(tokens: readonly WordToken[], k: number, particle: string, followers: ReadonlySet<string>): number {
  for (let j = k + 1; j < tokens.length; j++) {
    if (tokens[j]!.breakBefore) return -1;
    if (tokens[j]!.folded !== particle) continue;
    const next = tokens[j + 1];
    if (next && !next.breakBefore && next.start === tokens[j]!.end + 1 && /^\p{Ll}/u.test(next.surface) && !followers.has(next.folded)) continue;
    return j;
  }
  return -1;
}

/**
 * A sentence that opens with a kind of organization and no name after it ("L'organisation a dénoncé …", "La ONG
 * pidió …", "Die Organisation forderte …", "Организация назвала …"): it refers back to an organization named before.
 */
function opensWithOrganizationKind(text: string, tokens: readonly WordToken[], g: LanguageGrammar): boolean {
  if (!g.organizationKinds) return false;
  // After a singular definite article, or none: "Les ONG restent prudentes" speaks of NGOs in general.
  const k = (g.anaphorArticles ?? []).includes(tokens[0]?.folded ?? '') ? 1 : 0;
  const head = tokens[k];
  if (!head || !g.organizationKinds.includes(head.folded)) return false;
  // A name after the kind introduces that organization ("La ONG Open Arms").
  const next = tokens[k + 1];
  return !(next && /^\p{Lu}/u.test(next.surface) && /^\s*$/u.test(text.slice(head.end, next.start)));
}

/** Whether a sentence opens with a state's office, after an article or none ("Le ministre des Affaires étrangères, …"). */
function opensWithStateOffice(tokens: readonly WordToken[], g: LanguageGrammar): boolean {
  if (!g.stateOffices) return false;
  const k = (g.articles ?? []).includes(tokens[0]?.folded ?? '') ? 1 : 0;
  // "L'ex presidente Salomé Zurabishvili …": an office once held refers back to no state.
  if ((g.formerWords ?? []).includes(tokens[k]?.folded ?? '')) return false;
  // "El presidente electo, …": an office not yet taken speaks for no state either.
  if (electedNext(tokens, k, g)) return false;
  return g.stateOffices.includes(tokens[k]?.folded ?? '') || (g.stateOffices.includes(tokens[k + 1]?.folded ?? '') && /^\p{Ll}/u.test(tokens[k]?.surface ?? ''));
}

/** Whether a word of election stands beside the office opening at k ("presidente electo", "der designierte Präsident"). */
function electedNext(tokens: readonly WordToken[], k: number, g: LanguageGrammar): boolean {
  const elect = g.electWords ?? [];
  return [k, k + 1, k + 2].some((j) => elect.includes(tokens[j]?.folded ?? ''));
}

/**
 * Whether the name at token k completes an office not yet taken ("el presidente electo de Chile", "le président élu du
 * Chili", "der designierte Präsident Chiles") or no longer held: its holder speaks for no state.
 */
function unheldOfficeOf(tokens: readonly WordToken[], k: number, g: LanguageGrammar): boolean {
  const elect = g.electWords ?? [];
  const ofWords = g.ofWords ?? [];
  let j = k - 1;
  while (j >= 0 && ofWords.includes(tokens[j]!.folded)) j--;
  if (j < 1) return false;
  const offices = g.stateOffices ?? [];
  // The word of election after the office, an "of" before the name ("presidente electo de Chile"), or before it, the
  // name in the genitive right after ("избранный президент Чили").
  // An office once held is as mute ("l'ex presidente del Cile", "бывший президент Чили").
  const before = tokens[j - 1]!.folded;
  return (j < k - 1 && elect.includes(tokens[j]!.folded) && offices.includes(before)) || (offices.includes(tokens[j]!.folded) && (elect.includes(before) || (g.formerWords ?? []).includes(before)));
}

/** Whether the state at speaker `s` is the one an envoy was sent to ("der Sonderbeauftragte für Syrien", "спецпосланник по Сирии"). */
function envoyTo(tokens: readonly WordToken[], s: Speaker, g: LanguageGrammar): boolean {
  if (!g.envoyWords || s.actor.kind !== 'country') return false;
  let j = s.token - 1;
  if (j > 0 && (g.articles ?? []).includes(tokens[j]!.folded)) j--;
  if (j < 1 || !g.envoyWords.to.includes(tokens[j]!.folded)) return false;
  // The envoy's noun, or its adjective between ("l'envoyé spécial pour", "l'inviato speciale per").
  return [tokens[j - 1], tokens[j - 2]].some((t) => t !== undefined && g.envoyWords!.nouns.some((n) => t.folded.includes(n)));
}

/**
 * For a sentence that opens with a quotation whose attribution names a state's office and no actor ("« … », a déclaré
 * la ministre de …", "„…“, sagte der Minister"): the speakers outside the quotation (none of them an actor of the
 * attribution), to read the sentence with the office's state. Null when the sentence is not so built.
 */
function officeAfterQuote(text: string, tokens: readonly WordToken[], speakers: readonly Speaker[], g: LanguageGrammar): Speaker[] | null {
  if (!g.stateOffices || tokens.length === 0) return null;
  const quoted = quotedTokens(text, tokens);
  if (quoted[0] !== true) return null;
  const close = quotationEnd(quoted);
  if (close === tokens.length || speakers.some((s) => s.token >= close)) return null;
  // The attribution right after the quote: its verb of saying, then the office within a few words (short lists, read
  // in place).
  let verb = -1;
  for (let k = close; k < Math.min(tokens.length, close + 3) && verb < 0; k++) if (g.speechVerbs.includes(tokens[k]!.folded)) verb = k;
  if (verb < 0) return null;
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 4); k++) {
    if (g.stateOffices.includes(tokens[k]!.folded)) return (g.formerWords ?? []).includes(tokens[k - 1]!.folded) ? null : speakers.filter((s) => s.token >= close);
  }
  return null;
}

/** The first token after the quotation that opens a sentence (`quoted` by token). */
function quotationEnd(quoted: readonly boolean[]): number {
  let close = 0;
  while (quoted[close] === true) close++;
  return close;
}

/** Whether a quotation opens at token `at` with one of the language's verdict openers ("« C'est …", "«È …"). */
function verdictOpenerAt(text: string, tokens: readonly WordToken[], at: number, g: LanguageGrammar): boolean {
  if (!g.verdictOpeners || !tokens[at]) return false;
  // The words first: the quotation marks are read only for a sentence that opens so.
  return g.verdictOpeners.some((words) => words.every((w, j) => tokens[at + j]?.surface.toLowerCase() === w)) && quotedTokens(text, tokens)[at] === true;
}

/** The last state named in the sentences just before, latest first. */
function stateBefore(recent: readonly { text: string; tokens: WordToken[] }[], language: string, date: string | null): EntityRef | null {
  const g = grammarFor(language);
  const objects = new Set(g?.objectMarkers ?? []);
  for (const { text, tokens } of recent) {
    const states = findSpeakers(text, tokens, language, date).filter((s) => s.actor.kind === 'country');
    if (states.length === 0) continue;
    // A state named after a preposition is a place or an object ("zog seinen Botschafter aus Bamako ab"): the office
    // is more likely the state that acted there.
    const acting = g ? states.filter((s) => !objectMarked(tokens, s.token, g, objects)) : [];
    const pool = acting.length > 0 ? acting : states;
    return pool[pool.length - 1]!.actor;
  }
  return null;
}

/** Organizations that stand as a clause's subject but are not reported (kind-named-organizations.ts). */
const UNREPORTED = new WeakSet<EntityRef>();

/** How many words before a known acronym in parentheses may be its spelled-out name. */
const NAME_BEFORE_ACRONYM = 4;

/**
 * A name alone before a comma that opens the sentence, with another actor right after the comma ("Iran, l'ONU lancia
 * l'allarme …", "Sudán: la ONU pide …"): a topic label, not a speaker. A parenthetical after it ("Washington, de son
 * côté, …") has no actor right after the comma.
 */
function withoutOpeningLabel(text: string, tokens: readonly WordToken[], speakers: Speaker[], g: LanguageGrammar): Speaker[] {
  const first = speakers[0];
  if (!first || first.token !== 0) return speakers;
  const after = (first.last ?? first.token) + 1;
  if (!tokens[after] || !/^\s*[,:]\s*$/u.test(text.slice(tokens[after - 1]!.end, tokens[after]!.start))) return speakers;
  const next = (g.articles ?? []).includes(tokens[after]!.folded) ? after + 1 : after;
  const second = speakers.find((s) => s.token === next && s.actor.key !== first.actor.key);
  if (!second) return speakers;
  // A list goes on after the second name ("Francia, Alemania y el Reino Unido …"): the first is one of its members.
  const beyond = (second.last ?? second.token) + 1;
  const listed = tokens[beyond] !== undefined && (g.listJoins.includes(tokens[beyond]!.folded) || /^\s*,/u.test(text.slice(tokens[beyond - 1]!.end, tokens[beyond]!.start)));
  return listed ? speakers : speakers.slice(1);
}

/** How many sentences back "the organization" may find its name. */
const ORGANIZATION_ANAPHOR_REACH = 3;

/** The last organization named in the sentences before, latest first. */
function organizationBefore(recent: readonly { text: string; tokens: WordToken[] }[], language: string, date: string | null): EntityRef | null {
  for (const { text, tokens } of recent) {
    const organizations = findSpeakers(text, tokens, language, date).filter((s) => s.actor.kind === 'organization');
    if (organizations.length > 0) return organizations[organizations.length - 1]!.actor;
  }
  return null;
}

/** What a mentioned entity speaks for: a leader's or ministry's state, a UN body's UN; nothing for a place. */
function speakerOf(entity: EntityRef, date: string | null): EntityRef | null {
  if (entity.kind === 'place') return null;
  const known = actorOf(entity, date);
  if (known) return known;
  // Bodies only the multilingual names hold ("UN-Menschenrechtsbüro"): their parent speaks.
  const extra = multilingualNames().extraEntities;
  let key = entity.key;
  for (let hops = 0; hops < 5; hops++) {
    const parent = extra.get(key)?.parent;
    if (!parent) break;
    key = parent;
  }
  const top = key === entity.key ? entity : entityOfKey(key);
  return top ? (actorOf(top, date) ?? top) : null;
}

/**
 * A capital opening the sentence before a parenthetical ("Washington, de son côté, a critiqué …", "Вашингтон, в свою
 * очередь, …", "Washington, dal canto suo, …") speaks for its state. The entity matcher reads a capital and a comma at
 * a paragraph's start as a dateline; a dateline's comma is followed by a date or a dash, not by a lower-case word
 * and a second comma.
 */
const PARENTHETICAL = /^,\s*\p{Ll}[^,.;:!?]{0,40},/u;
function openingCapital(text: string, start: number, end: number, entity: EntityRef): EntityRef | null {
  if (entity.kind !== 'place' || text.slice(0, start).trim() !== '' || !PARENTHETICAL.test(text.slice(end))) return null;
  const state = multilingualNames().capitalActors.get(entity.key);
  return state ? entityOfKey(state) : null;
}

/** Whether a mention is written as one of its names' dictionary forms, or, for an adjective, with a nominative ending. */
function isBaseForm(surface: string, key: string, language: string): boolean {
  const g = grammarFor(language);
  const folded = fold(surface);
  return namesOf(key).some((n) => {
    if (n.language !== language) return false;
    if (fold(n.name) === folded) return true;
    return n.via === 'demonym' && (g?.nominativeEndings ?? []).some((e) => folded.endsWith(e));
  });
}

/**
 * The speakers of a sentence, found once per tokenized sentence: its own clauses, the pronoun of the sentence after it
 * and the checks for other actors all read them. Callers filter or copy the list, never change it.
 */
const speakersOf = new WeakMap<readonly WordToken[], readonly Speaker[]>();
function findSpeakers(text: string, tokens: readonly WordToken[], language: string, date: string | null): readonly Speaker[] {
  let found = speakersOf.get(tokens);
  if (!found) {
    found = searchSpeakers(text, tokens, language, date);
    speakersOf.set(tokens, found);
  }
  return found;
}

const NON_ASCII = /[^\p{ASCII}]/u;
/** The gap between an organization's name and the place it sits in: an optional closing parenthesis, then one word. */
const SEAT_GAP = /^\)?\s+(\p{L}+)['’]?\s*$/u;
/**
 * Relative adverbs of place, as written ("où", not "ou"), the subject relatives that make the place itself speak
 * ("Même inquiétude à Tokyo, qui a appelé à la retenue", "a Tokyo, che chiede …", "en Tokio, que pidió …"), and the
 * possessive relatives whose body speaks for it ("Même fermeté à l'Union africaine, dont la Commission a dénoncé …").
 */
const WHERE = new Set(['où', 'dove', 'donde', 'wo', 'где', 'qui', 'che', 'que', 'dont', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'cui', 'deren', 'dessen', 'чей', 'чья', 'чьё', 'чьи']);

/** Whether a comma and a relative "where" follow token `last` ("à l'ONU, où …", "a Tokyo, dove …"). */
function whereAfter(text: string, tokens: readonly WordToken[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && WHERE.has(next.surface.toLowerCase()) && /,\s*$/u.test(text.slice(tokens[last]!.end, next.start));
}
/** CAMEO 013, an optimistic comment: the code of the hope verbs ("hoffen", "надеяться"). */
const HOPE_CODE = '013';
/** CAMEO 012, a pessimistic comment: the code of the verbs of warning ("warnen", "advertir", "предупредить"). */
const WARN_CODE = '012';
/** CAMEO 112, accuse; German's "zurückweisen" is read with it. */
const ACCUSE_CODE = '112';
/** CAMEO 163, impose an embargo or sanctions: the code of the verbs of imposing ("verhängen", "imponer", "ввести"). */
const IMPOSE_CODE = '163';

/**
 * "Moskau weist das zurück": rejecting what was just said, by a pronoun, is rejecting a claim about oneself. Not an
 * article before its noun ("wies das Abkommen zurück").
 */
function rejectsWhatWasSaid(m: Match, tokens: readonly WordToken[], g: LanguageGrammar): boolean {
  return m.cue.cameo === ACCUSE_CODE && (g.claimPronouns ?? []).includes(tokens[m.end]?.folded ?? '') && !/^\p{Lu}/u.test(tokens[m.end + 1]?.surface ?? '');
}

/** A warning's reading: cautious at a warning's own rank, no appeal (which ranks lower) and no call for restraint. */
function plainCaution(r: { stance: Stance; rank: number }): boolean {
  return r.stance === 'cautious' && r.rank === STANCE_PRIORITY.cautious;
}
/** How far after an appeal a noun of what it asks to end may stand ("appelé à la cessation immédiate des hostilités"). */
const APPEAL_NOUN_REACH = 6;
/** How far after a hope or an appeal what it asks for may stand ("выразил надежду, что стороны … урегулируют разногласия"). */
const RESTRAINT_REACH = 10;
/** How far before and after a verb of claiming the land it claims may stand ("que China reclama", "reclama más de la mitad del territorio"). */
const LAND_BEFORE = 6;
const LAND_AFTER = 8;
/** How far after an appeal the people it addresses may stand ("рекомендовали российским туристам"). */
const OWN_PEOPLE_REACH = 4;
/** How far after an aid verb the troops it sends may stand ("kündigte die Entsendung weiterer 400 Soldaten an"). */
const TROOP_REACH = 8;
/** How far after a reaction noun opening a clause the place it was voiced in may stand ("Sorge auch in Berlin"). */
const NOUN_PLACE_REACH = 3;
/** How far before a place its locative is looked for: one short word and its spaces. */
const LOCATIVE_CHARS = 12;

const modalStemsByGrammar = new WeakMap<LanguageGrammar, readonly string[]>();
/** The first letters of a grammar's modals ("podr", "pour"), which their future forms share too; built once per grammar. */
function modalStemsOf(g: LanguageGrammar): readonly string[] {
  let stems = modalStemsByGrammar.get(g);
  if (!stems) {
    stems = [...new Set(g.modals.map((m) => fold(m).slice(0, MODAL_STEM)))];
    modalStemsByGrammar.set(g, stems);
  }
  return stems;
}

const stateBodies = new WeakMap<LanguageGrammar, ReadonlySet<string>>();
/** A grammar's government nouns and state offices, the heads a state body is named by; built once per grammar. */
function stateBodiesOf(g: LanguageGrammar): ReadonlySet<string> {
  let set = stateBodies.get(g);
  if (!set) {
    set = new Set([...(g.governmentNouns ?? []), ...(g.stateOffices ?? [])]);
    stateBodies.set(g, set);
  }
  return set;
}

const placeSubjectWords = new WeakMap<LanguageGrammar, { articles: ReadonlySet<string>; stateWords: readonly string[] }>();
/**
 * The articles that open a subject after a place phrase, and the words of a state's body, office or spokesperson
 * (stateBodiesOf and the spokesperson nouns), for the place-phrase check of sentenceReactions.
 */
function placeSubjectWordsOf(g: LanguageGrammar): { articles: ReadonlySet<string>; stateWords: readonly string[] } {
  let words = placeSubjectWords.get(g);
  if (!words) {
    words = { articles: new Set([...(g.articles ?? []), ...(g.particleArticles ?? [])]), stateWords: [...stateBodiesOf(g), ...(g.spokespersonNouns ?? [])] };
    placeSubjectWords.set(g, words);
  }
  return words;
}

/** A name's place in a sentence and the actor it speaks for, as searchSpeakers collects them. */
interface SpeakerSpan {
  start: number;
  end: number;
  actor: EntityRef;
  base: boolean;
}

/** A compound's case ending after its head ("des Bundesinnenministeriums"). */
const GENITIVE_ENDING = /(?:e?s)$/u;

/**
 * "Bundeswirtschaftsministerium", "Bundesaußenministerin": a compound of the language's federal prefix and a government
 * noun or state office speaks for the federal state (see LanguageGrammar.federalPrefix).
 */
function federalCompounds(tokens: readonly WordToken[], g: LanguageGrammar | null): SpeakerSpan[] {
  const federal = g?.federalPrefix;
  if (!federal) return [];
  const heads = stateBodiesOf(g);
  const state = gazetteer().byKey.get(`country:${federal.country}`);
  if (!state) return [];
  const out: SpeakerSpan[] = [];
  for (const t of tokens) {
    if (!t.folded.startsWith(federal.prefix) || !/^\p{Lu}/u.test(t.surface)) continue;
    const rest = t.folded.slice(federal.prefix.length);
    const bare = rest.replace(GENITIVE_ENDING, '');
    for (const head of heads) {
      if (!rest.endsWith(head) && !bare.endsWith(head)) continue;
      out.push({ start: t.start, end: t.end, actor: state, base: true });
      break;
    }
  }
  return out;
}

/**
 * "Резче всех отреагировала Бразилия: МИД страны назвал …": a state body followed by the grammar's words for "of the
 * country" (LanguageGrammar.countryAnaphors) speaks for the last state the sentence named before it. A body the
 * gazetteer reads alone as one state ("МИД", Russia's) is that state's; a government noun or state office gets a span
 * of its own, as if the state's name followed it ("правительство Бразилии"). With no state before it, the body names
 * none. Spans are changed in place.
 */
function countryAnaphorSpans(text: string, tokens: readonly WordToken[], g: LanguageGrammar, spans: SpeakerSpan[]): void {
  const bodies = stateBodiesOf(g);
  for (let k = 1; k < tokens.length; k++) {
    const phrase = (g.countryAnaphors ?? []).find((p) => p.every((w, j) => tokens[k + j]?.folded === w));
    const body = tokens[k - 1]!;
    // Written right after the body, one space apart, and not the head of a compound ("США – страны-гаранты").
    if (!phrase || text.slice(body.end, tokens[k]!.start) !== ' ' || text.charAt(tokens[k + phrase.length - 1]!.end) === '-') continue;
    const named = spans.find((s) => s.start === body.start && s.end === body.end && s.actor.kind === 'country');
    if (!named && !bodies.has(body.folded)) continue;
    const referent = spans.filter((s) => s !== named && s.actor.kind === 'country' && s.end <= body.start).sort((a, b) => b.end - a.end)[0];
    if (named && referent) named.actor = referent.actor;
    else if (named) spans.splice(spans.indexOf(named), 1);
    else if (referent) spans.push({ start: tokens[k]!.start, end: tokens[k + phrase.length - 1]!.end, actor: referent.actor, base: false });
  }
}

/**
 * "Экологи из Greenpeace назвали …": a group of people joined by a member preposition (LanguageGrammar.memberSources)
 * to an organization, opening the clause, speaks for it. The organization's span takes the group's words in, so that
 * the preposition does not mark it as an object. Only organizations: "эксперты из России" are no state's voice.
 */
function memberGroupSpans(tokens: readonly WordToken[], language: string, members: NonNullable<LanguageGrammar['memberSources']>, spans: SpeakerSpan[]): void {
  const common = stopwords(language);
  for (const span of spans) {
    if (span.actor.kind !== 'organization') continue;
    const k = tokens.findIndex((t) => t.start === span.start);
    if (k < 2 || !members.prepositions.includes(tokens[k - 1]!.folded)) continue;
    const group = tokens[k - 2]!;
    const opens = k - 2 === 0 || common.has(tokens[k - 3]!.folded) || tokens[k - 2]!.breakBefore;
    if (!opens || common.has(group.folded) || !members.isGroupNoun(group.folded) || (k - 2 > 0 && /^\p{Lu}/u.test(group.surface))) continue;
    span.start = group.start;
  }
}

/** The words that join a state's name after a society's ("la Cruz Roja de Namibia", "la Croix-Rouge du Cameroun"). */
const SOCIETY_JOIN = /^ (?:(?:de|del|du|des|della|di|of)(?: la)? )?$/u;

/**
 * "das Deutsche Rote Kreuz", "la Croix-Rouge namibienne", "la Cruz Roja de Namibia", "Российский Красный Крест": the
 * Red Cross or Red Crescent's short name joined to a state's adjective or name is the state's national society, which
 * speaks for itself (not the International Committee, and not the state). Spans are merged in place.
 */
function nationalSocietySpans(text: string, spans: SpeakerSpan[]): void {
  for (const movement of [...spans]) {
    if (!isMovementShortName(movement.actor, text.slice(movement.start, movement.end))) continue;
    const before = spans.find((c) => c.actor.kind === 'country' && c.end < movement.start && text.slice(c.end, movement.start) === ' ');
    const after = spans.find((c) => c.actor.kind === 'country' && c.start > movement.end && SOCIETY_JOIN.test(text.slice(movement.end, c.start)));
    const state = before ?? after;
    if (!state) continue;
    // Written before the emblem, or right after it, the state's word is its adjective; after a joining word, its name.
    const byAdjective = state === before || text.slice(movement.end, state.start) === ' ';
    movement.actor = nationalSociety(state.actor, byAdjective, text.slice(movement.start, movement.end));
    movement.start = Math.min(movement.start, state.start);
    movement.end = Math.max(movement.end, state.end);
    spans.splice(spans.indexOf(state), 1);
  }
}

/** The languages that write a demonym adjective in lower case: capitalised, it is part of a name. */
const LOWER_CASE_DEMONYMS = new Set(['fr', 'es', 'it', 'ru']);
/**
 * Whether a demonym is a word of an organization's name ("la Iniciativa Turcomana por los Derechos Humanos",
 * "«Туркменская инициатива …»"): capitalised where the language writes it in lower case, after a capitalised word or
 * an opening quotation mark. Such a name is no state's.
 */
function namePart(text: string, start: number, surface: string, language: string): boolean {
  if (!LOWER_CASE_DEMONYMS.has(language) || !/^\p{Lu}\p{Ll}/u.test(surface)) return false;
  const before = text.slice(Math.max(0, start - NAME_PART_LOOKBACK), start);
  if (/[«„“"]$/u.test(before)) return true;
  const word = /[^.!?:;]\s(\p{Lu}\p{Ll}+)\s$/u.exec(before)?.[1];
  // A state's agency keeps its state ("la Agencia Española de Cooperación Internacional"), as a ministry does.
  return word !== undefined && !(grammarFor(language)?.stateAgencyNouns ?? []).includes(fold(word));
}

function searchSpeakers(text: string, tokens: readonly WordToken[], language: string, date: string | null): Speaker[] {
  const g = grammarFor(language);
  const spans: { start: number; end: number; actor: EntityRef; base: boolean; spelled?: true; lone?: true }[] = [];
  const mentions = findMultilingualMentions(text, language);
  // A capital standing for its state is in the nominative when the city's name is ("Анкара поддержала …", not "Анкарой").
  const capitalBase = new Set(mentions.filter((m) => m.entity.kind === 'place' && isDictionaryForm(m.surface, m.entity, language)).map((m) => m.start));
  // A capital after a locative stands for its state in the entities where the clause is impersonal ("В Пекине …
  // воздержались"); here placeSpeakers reads that role, lists of places included.
  const placed = new Set(mentions.filter((m) => m.entity.kind === 'place' && placePrepositionsOf(language).has(fold(text.slice(Math.max(0, m.start - LOCATIVE_CHARS), m.start)).trim().split(/\s+/u).pop() ?? '')).map((m) => m.start));
  const gazetteer = findGazetteerActors(text, date);
  // A known person's full name holds no state's name ("Anthony Albanese": Italian "albanese" is Albanian).
  const people = gazetteer.filter((p) => p.entity.kind === 'person' && p.surface.includes(' '));
  for (const m of mentions) {
    if (m.entity.kind === 'country' && placed.has(m.start)) continue;
    if (m.demonym && namePart(text, m.start, m.surface, language)) continue;
    if (people.some((p) => p.start <= m.start && m.start + m.surface.length <= p.end)) continue;
    const actor = speakerOf(m.entity, date) ?? openingCapital(text, m.start, m.start + m.surface.length, m.entity);
    if (actor) spans.push({ start: m.start, end: m.start + m.surface.length, actor, base: isBaseForm(m.surface, m.entity.key, language) || capitalBase.has(m.start) });
  }
  for (const m of gazetteer) {
    if (!m.actor || spans.some((s) => s.start < m.end && m.start < s.end)) continue;
    // "América" in Spanish is the continent: an English alias written as the language's region name names no state.
    if (m.entity.kind === 'country' && isRegionName(m.surface, language)) continue;
    // English demonyms carry no diacritics: "Türk" in "Volker Türk" is a name the folding made look like "Turk".
    if (m.via === 'demonym' && NON_ASCII.test(m.surface)) continue;
    spans.push({ start: m.start, end: m.end, actor: m.actor, base: true });
  }
  for (const span of federalCompounds(tokens, g)) if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
  if (g?.countryAnaphors) countryAnaphorSpans(text, tokens, g, spans);
  if (g?.memberSources) memberGroupSpans(tokens, language, g.memberSources, spans);
  nationalSocietySpans(text, spans);
  // A non-state organization's name right before a country's ("Transparency International Géorgie") names its national
  // chapter.
  for (const org of spans) {
    const at = spans.findIndex((c) => closesChapter(text, org.actor, org.end, c.actor, c.start));
    if (at < 0) continue;
    org.actor = chapterOf(org.actor, spans[at]!.actor);
    org.end = spans[at]!.end;
    spans.splice(at, 1);
  }
  // A name spelled out before its acronym is one organization's: the acronym's, where it is known ("(САДК)"), else
  // the name's own.
  const stateAgencies = new Set(g?.stateAgencyNouns ?? []);
  for (const phrase of acronymPhrases(text, tokens, language)) {
    const start = tokens[phrase.first]!.start;
    const end = tokens[phrase.acronym]!.end;
    // A known acronym keeps its actor (an organization, or a state body: "(DFAE)"); a name in a script with no
    // Latin key (Cyrillic) makes no new one.
    // So does a known organization the phrase names ("Amnistía Internacional (AI)").
    const known = spans.find((s) => s.start === tokens[phrase.acronym]!.start) ?? spans.find((s) => s.start >= start && s.end < end && s.actor.kind === 'organization');
    const slug = slugify(phrase.name);
    if (!known && slug === '') continue;
    // A state's agency named with the state's adjective ("la Agencia Española de Cooperación Internacional (AECID)",
    // "l'Agence française de développement (AFD)") speaks for that state, as a ministry does.
    const state = !known && stateAgencies.has(tokens[phrase.first]!.folded) ? spans.find((s) => s.start >= start && s.end < end && s.actor.kind === 'country') : undefined;
    // An organization no one knows is keyed by its acronym, the short name papers go on using ("la LTDH").
    const acronym = slugify(tokens[phrase.acronym]!.surface);
    const actor: EntityRef = known?.actor ?? state?.actor ?? { key: `org:${acronym || slug}`, kind: 'organization', name: phrase.name, country: null, origin: 'nlp' };
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start < end && start < spans[k]!.end) spans.splice(k, 1);
    spans.push({ start, end, actor, base: true, spelled: true });
  }
  // An acronym no one knows, opening its sentence as its subject ("BIMCO advirtió …", "La patronal naviera BIMCO …"): an
  // organization's name, as English reads "CRTA said". Not a Roman numeral ("León XIV"), a kind of organization
  // ("ONG"), one in parentheses or joined by a hyphen (another name's), or a source of news ("Según la agencia PTI").
  const kinds = new Set(g?.organizationKinds ?? []);
  // A preposition before it makes it a source or a complement ("Interrogé par l'AFP", "Según la agencia PTI").
  const according = new Set([...(g?.accordingTo ?? []), ...(g?.passiveAgents ?? []), ...(g?.objectMarkers ?? []), ...(g?.sources ?? [])]);
  // An acronym no name found covers, no Roman numeral and no kind of organization.
  const unknownAcronym = (t: WordToken): boolean => LONE_ACRONYM.test(t.surface) && !ROMAN_NUMERAL.test(t.surface) && !kinds.has(t.folded) && !spans.some((s) => s.start < t.end && t.start < s.end);
  for (let k = 0; k < Math.min(tokens.length, ACRONYM_SUBJECT_REACH); k++) {
    const t = tokens[k]!;
    if (!unknownAcronym(t)) continue;
    if (/[(\-]\s*$/u.test(text.slice(Math.max(0, t.start - 2), t.start)) || /^\s*[)-]/u.test(text.slice(t.end, t.end + 2))) continue;
    // A dateline's city in capitals ("TALLIN, 3 mar (EDA) –") places the story.
    if (k === 0 && DATELINE_AFTER.test(text.slice(t.end, t.end + DATELINE_LOOK))) continue;
    // A prefix before a name ("El BRP Datu Tamblot", a ship) is part of that name.
    if (/^\p{Lu}/u.test(tokens[k + 1]?.surface ?? '') && /^ $/u.test(text.slice(t.end, tokens[k + 1]!.start))) continue;
    // "В AGL назвали …": after the impersonal locative opening the sentence, it is where they spoke, as "В Кремле".
    const impersonal = k === 1 && (g?.impersonalLocatives ?? []).includes(tokens[0]!.folded);
    if (!impersonal && tokens.slice(0, k).some((b) => according.has(b.folded) || /^\p{Lu}/u.test(b.surface) && b !== tokens[0])) continue;
    spans.push({ start: t.start, end: t.end, actor: { key: `org:${slugify(t.surface)}`, kind: 'organization', name: t.surface, country: null, origin: 'nlp' }, base: true });
  }
  // "Au sein de la majorité ivoirienne, le RHDP a dénoncé …": after a fronted phrase, an unknown acronym opening the
  // clause with its article is that clause's subject.
  const articles = new Set(g?.articles ?? []);
  for (let k = ACRONYM_SUBJECT_REACH; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!unknownAcronym(t)) continue;
    const article = tokens[k - 1]!;
    if (!articles.has(article.folded) || !/,\s*$/u.test(text.slice(tokens[k - 2]!.end, article.start))) continue;
    // Not an appositive ("…, l'AFAD, a envoyé"), nor a prefix of a name.
    if (/^\p{Lu}/u.test(tokens[k + 1]?.surface ?? '') || /^\s*[(),-]/u.test(text.slice(t.end, t.end + 2))) continue;
    // A demonym in the fronted phrase ("de la majorité ivoirienne") describes where the subject stands: it does not speak.
    for (let j = spans.length - 1; j >= 0; j--) if (spans[j]!.end <= article.start && /^\p{Ll}/u.test(text.slice(spans[j]!.start, spans[j]!.end))) spans.splice(j, 1);
    spans.push({ start: t.start, end: t.end, actor: { key: `org:${slugify(t.surface)}`, kind: 'organization', name: t.surface, country: null, origin: 'nlp' }, base: true });
  }
  // "Legambiente ha chiesto …", "Confitarma ha chiesto …": where common nouns take an article, a capitalised word opening
  // the sentence right before a perfect auxiliary is its subject, and one that is no everyday word of the language is
  // a name. Unknown to the gazetteer, it is an organization's ("Ieri ha chiesto" opens with an everyday word).
  const opening = tokens[0];
  if (g?.presentPerfectAuxiliaries && opening && LONE_NAME.test(opening.surface) && g.presentPerfectAuxiliaries.includes(tokens[1]?.surface ?? '') && /^ $/u.test(text.slice(opening.end, tokens[1]!.start))) {
    // Nor part of a known person's name ("Abiy ha parlato di …").
    if (!spans.some((s) => s.start < opening.end && opening.start < s.end) && !isRankedWord(opening.surface, language) && !stopwords(language).has(opening.folded) && !isPersonNameWord(opening.surface)) {
      spans.push({ start: opening.start, end: opening.end, actor: { key: `org:${slugify(opening.surface)}`, kind: 'organization', name: opening.surface, country: null, origin: 'nlp' }, base: true, lone: true });
    }
  }
  // A known organization's acronym after a name not spelled by its letters ("Южноафриканское сообщество развития
  // (САДК)"): the words just before it are its name, their demonym no state's.
  const common = stopwords(language);
  for (let a = 1; a < tokens.length; a++) {
    const acronym = spans.find((s) => s.start === tokens[a]!.start && s.actor.kind === 'organization' && s.end === tokens[a]!.end);
    if (!acronym || !/\(\s*$/u.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) continue;
    // Lower-case words of the name back to a country's adjective opening it.
    let first = a - 1;
    while (first > Math.max(0, a - NAME_BEFORE_ACRONYM) && /^\p{Ll}/u.test(tokens[first]!.surface) && !common.has(tokens[first]!.folded) && /^\s*$/u.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
    const opening = spans.findIndex((s) => s.start === tokens[first]!.start && s.end === tokens[first]!.end && s.actor.kind === 'country');
    if (first === a - 1 || opening < 0) continue;
    acronym.start = spans[opening]!.start;
    spans.splice(opening, 1);
  }
  // "Hvalur-Chef Kristján Loftsson", "der Siemens-Chef": a name joined by a hyphen to the head of an organization, no
  // known name and no everyday word of the language, names the organization the head speaks for.
  const headCompounds = new Set(g?.headCompounds ?? []);
  for (let k = 0; k + 1 < tokens.length && headCompounds.size > 0; k++) {
    const name = tokens[k]!;
    if (!headCompounds.has(tokens[k + 1]!.folded) || text.slice(name.end, tokens[k + 1]!.start) !== '-' || !/^\p{Lu}/u.test(name.surface)) continue;
    if (/-\s*$/u.test(text.slice(Math.max(0, name.start - 1), name.start)) || spans.some((s) => s.start < name.end && name.start < s.end)) continue;
    // A kind of organization or a government's noun before the head names none ("Konzern-Chef", "Regierungs-Chef").
    if (isRankedWord(name.surface, language) || common.has(name.folded) || kinds.has(name.folded) || (g?.formerWords ?? []).includes(name.folded) || (g?.governmentNouns ?? []).some((n) => name.folded.startsWith(n))) continue;
    spans.push({ start: name.start, end: name.end, actor: { key: `org:${slugify(name.surface)}`, kind: 'organization', name: name.surface, country: null, origin: 'nlp' }, base: true });
  }
  if (g?.organizationKinds) {
    const taken = (start: number, end: number): 'organization' | 'other' | null => {
      const hit = mentions.find((m) => m.start < end && start < m.start + m.surface.length) ?? gazetteer.find((m) => m.start < end && start < m.end);
      if (!hit) return null;
      return 'entity' in hit && hit.entity.kind === 'organization' ? 'organization' : 'other';
    };
    for (const org of kindNamedOrganizations(text, tokens, g, stemmerFor(language), taken)) {
      // A name spelled out before its acronym has known bounds: a guess inside it gives way. So does a guess inside a
      // known organization's name ("федерация обществ" in the Red Cross federation's).
      if (spans.some((s) => (s.spelled || s.actor.kind === 'organization') && s.start <= org.start && org.end <= s.end)) continue;
      // A short name closing the name that the gazetteer knows keeps its key ("la Comunidad Económica de Estados de
      // África Occidental (Cedeao)" is ECOWAS, however the long name is worded).
      const last = tokens[org.lastToken]!;
      const inParentheses = org.lastToken > org.nameToken && /\(\s*$/u.test(text.slice(tokens[org.lastToken - 1]!.end, last.start));
      const short = inParentheses ? spans.find((s) => s.actor.kind === 'organization' && s.start === last.start && s.end === last.end) : undefined;
      // The description's demonym ("l'ONG serbe CRTA") is the organization's, not its state speaking.
      for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start < org.end && org.start < spans[k]!.end) spans.splice(k, 1);
      if (!org.actor) continue;
      spans.push({ start: org.start, end: org.end, actor: short?.actor ?? org.actor, base: true });
      if (org.unreported) UNREPORTED.add(org.actor);
    }
    // "das Bolivia Bondholder Committee": an organization's English name; a country's name inside it only describes it.
    const knownOrganization = (start: number, end: number) => taken(start, end) === 'organization';
    // Where nouns are capitalised, a compound of a kind ("Bergbauverband") describes the English name after it.
    const kinds = g.compounds === true ? g.organizationKinds : [];
    const describing = (t: WordToken) => kinds.some((kind) => t.folded.length > kind.length + COMPOUND_SLACK && t.folded.endsWith(kind));
    for (const org of englishNamedOrganizations(text, tokens, stopwords(language), knownOrganization, describing)) {
      if (spans.some((s) => s.start < org.end && org.start < s.end && s.actor.kind !== 'country')) continue;
      for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start < org.end && org.start < spans[k]!.end) spans.splice(k, 1);
      // A country's name right after it closes the name, as a national chapter's does ("Minerals Council South Africa").
      const country = spans.findIndex((c) => closesChapter(text, org.actor, org.end, c.actor, c.start));
      const closed = country < 0 ? null : spans.splice(country, 1)[0]!;
      spans.push({ start: org.start, end: closed?.end ?? org.end, actor: closed ? chapterOf(org.actor, closed.actor) : org.actor, base: true });
    }
    // "…, una ONG india de derechos digitales, …": the appositive's demonym describes the name before it.
    for (const span of describingAppositives(text, tokens, g, stemmerFor(language))) {
      for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start >= span.start && spans[k]!.end <= span.end && spans[k]!.actor.kind === 'country') spans.splice(k, 1);
      // "Nasscom, l'associazione delle aziende tecnologiche, …": the name it describes is that organization's.
      const named = describedName(text, tokens, span.named, common);
      if (named && !spans.some((s) => s.start < named.end && named.start < s.end)) {
        const name = text.slice(named.start, named.end);
        const slug = slugify(name);
        if (slug !== '') spans.push({ start: named.start, end: named.end, actor: { key: `org:${slug}`, kind: 'organization', name, country: null, origin: 'nlp' }, base: true });
      }
    }
  }
  // A state qualifying a kind of organization that has no name ("Американские компании предупреждают …", "les
  // entreprises américaines ont critiqué …"): the group speaks for no state, and names none the gazetteer could key.
  if (g?.organizationKinds) {
    const stem = stemmerFor(language);
    for (let k = spans.length - 1; k >= 0; k--) {
      const span = spans[k]!;
      if (span.actor.kind !== 'country') continue;
      const first = tokens.findIndex((t) => t.start >= span.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
      if (first >= 0 && qualifiesKind(text, tokens, first, last, g, stem)) spans.splice(k, 1);
    }
  }
  // "die Schweizer Sektion von Amnesty International", "la section suisse d'Amnesty", "Швейцарское отделение Amnesty
  // International": a state's word on an organization's national section names where the section works; the
  // organization speaks.
  if (g?.sectionNouns) {
    const sections = new Set(g.sectionNouns);
    const orgAt = (k: number) => spans.some((o) => o.actor.kind === 'organization' && o.start >= tokens[k]!.end && tokens.slice(k + 1, k + 1 + SECTION_REACH).some((t) => t.start === o.start));
    for (let k = spans.length - 1; k >= 0; k--) {
      const span = spans[k]!;
      if (span.actor.kind !== 'country') continue;
      const first = tokens.findIndex((t) => t.start >= span.start);
      if (first < 0) continue;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
      const section = [last + 1, first - 1].find((j) => j >= 0 && j < tokens.length && sections.has(tokens[j]!.folded));
      if (section !== undefined && orgAt(Math.max(section, last))) spans.splice(k, 1);
    }
  }
  // "Комитет держателей боливийских облигаций (Bolivia Bondholder Committee)": an organization's own name in
  // parentheses names the description before it, whose state words only describe it.
  for (const org of spans.filter((o) => o.actor.kind === 'organization' && /\(\s*$/u.test(text.slice(Math.max(0, o.start - 2), o.start)))) {
    const from = Math.max(0, text.lastIndexOf(',', org.start), text.lastIndexOf('.', org.start), text.lastIndexOf(':', org.start));
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.actor.kind === 'country' && spans[k]!.start >= from && spans[k]!.end <= org.start) spans.splice(k, 1);
  }
  // "die libanesische Hisbollah", "Ливанская «Хезболла»": a state's word right before an organization's name, with
  // nothing but a space or a quotation mark between, describes the organization; so does a state's adjective right
  // after it ("le Hezbollah libanais").
  for (let k = spans.length - 1; k >= 0; k--) {
    const state = spans[k]!;
    if (state.actor.kind !== 'country') continue;
    const before = spans.some((o) => o.actor.kind === 'organization' && o.start > state.end && DESCRIBED_GAP.test(text.slice(state.end, o.start)));
    const after = /^\p{Ll}/u.test(text.charAt(state.start)) && spans.some((o) => o.actor.kind === 'organization' && o.end < state.start && /^\s+$/u.test(text.slice(o.end, state.start)));
    if (before || after) spans.splice(k, 1);
  }
  // "l'Institut d'études de sécurité (ISS) de Nairobi", "Germanwatch aus Bonn": a state or capital named right after
  // an organization, by a preposition of place, is where the organization sits, not a state speaking.
  const seats = new Set(g?.seatPrepositions ?? []);
  for (let k = spans.length - 1; k >= 0 && seats.size > 0; k--) {
    const place = spans[k]!;
    if (place.actor.kind !== 'country') continue;
    const sits = spans.some((o) => o.actor.kind === 'organization' && o.end <= place.start && seats.has(fold(SEAT_GAP.exec(text.slice(o.end, place.start))?.[1] ?? '')));
    if (sits) spans.splice(k, 1);
  }
  const out: Speaker[] = [];
  // "warf den USA vor", "den kirgisischen Behörden": a name after an article of the dative or accusative is an object.
  // After a preposition the case is the preposition's ("laut dem Außenministerium", "aus dem Kreml"): a source still.
  const oblique = new Set(g?.obliqueArticles ?? []);
  const prepositions = new Set([...(g?.objectMarkers ?? []), ...(g?.sources ?? []), ...(g?.accordingTo ?? [])]);
  for (const span of spans) {
    const token = tokens.findIndex((t) => t.end > span.start);
    if (token < 0) continue;
    if (token > 0 && oblique.has(tokens[token - 1]!.folded) && !prepositions.has(tokens[token - 2]?.folded ?? '')) continue;
    let last = token;
    while (tokens[last + 1] && tokens[last + 1]!.start < span.end) last++;
    if (!out.some((s) => s.token === token && s.actor.key === span.actor.key)) out.push({ actor: span.actor, token, base: span.base, ...(last > token ? { last } : {}), ...(span.lone ? { lone: true } : {}) });
  }
  return out.sort((a, b) => a.token - b.token);
}

/**
 * Capitals after a preposition that puts them in the place role and also opens an impersonal clause ("В Варшаве
 * решение осудили", "В Анкаре отнеслись скептически"): the state of the capital, marked as a place speaker.
 */
function placeSpeakers(text: string, tokens: readonly WordToken[], g: LanguageGrammar): Speaker[] {
  const impersonal = new Set(g.impersonalLocatives ?? []);
  const place = placePrepositionsOf(g.language);
  const seats = g.governmentNouns ?? [];
  const receptions = new Set(g.receptionVerbs ?? []);
  const out: Speaker[] = [];
  const joins = new Set(g.listJoins);
  let previousEnd = -1;
  // In text order, so that a list's next capital follows the one that opened it.
  const mentions = [...findMultilingualMentions(text, g.language)].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    // Countries too, for a government placed in them ("die Militärregierungen in Mali und Burkina Faso").
    const country = m.entity.kind === 'country' ? m.entity : null;
    if (m.entity.kind !== 'place' && !country) continue;
    const state = country ? null : multilingualNames().capitalActors.get(m.entity.key);
    const token = tokens.findIndex((t) => t.end > m.start);
    const before = tokens[token - 1]?.folded ?? '';
    const actor = country ?? (state ? entityOfKey(state) : null);
    // The next capital of a list the place role opened ("stieß in Paris und Rom auf Kritik", "В Варшаве и Вильнюсе
    // осудили"): the same role.
    const listed = out[out.length - 1];
    const end = tokens.findIndex((t) => t.end >= m.start + m.surface.length);
    // The preposition may come again ("à Tokyo et à Canberra").
    const joined = (previousEnd === token - 2 && joins.has(before)) || (previousEnd === token - 3 && joins.has(tokens[token - 2]?.folded ?? '') && place.has(before));
    const inList = listed !== undefined && (listed.place === true || listed.seat === true) && joined;
    previousEnd = end;
    if (actor && inList && (listed.seat === true || !country)) {
      out.push({ ...listed, actor, token, listed: true });
      continue;
    }
    // "die Regierung in Warschau", "власти в Минске": the government of that capital, a speaker in the noun's place.
    // "aus El Salvador, dessen Regierung … lobte", "le Chili, dont le gouvernement …": the government the relative
    // possessive gives the name is a speaker in the noun's place.
    const whose = relativeGovernment(text, tokens, end, g);
    if (actor && whose >= 0) out.push({ actor, token: whose, seat: true });
    const head = tokens[token - 2]?.folded ?? '';
    // "warf der Führung in Chișinău vor": the government noun in the dative or genitive is an object or a possessor.
    // Not where it is the genitive of whoever speaks for it ("ein Sprecher des Außenministeriums in Peking").
    const spokesman = (g.spokespersonNouns ?? []).includes(tokens[token - 4]?.folded ?? '') || (g.stateOffices ?? []).includes(tokens[token - 4]?.folded ?? '');
    const obliqueHead = !spokesman && (g.obliqueGovernmentArticles ?? []).includes(tokens[token - 3]?.folded ?? '');
    // A compound's genitive too ("ein Sprecher des Außenministeriums in Peking").
    // A spokesperson placed in a capital speaks for its government too ("sagte ein Regierungssprecher in Berlin").
    const spokespeople = g.spokespersonNouns ?? [];
    const seat = !obliqueHead && (seats.some((n) => head === n || (g.compounds === true && (head.endsWith(n) || head.endsWith(`${n}en`) || head.endsWith(`${n}s`)))) || spokespeople.includes(head) || (g.compounds === true && spokespeople.some((n) => head.endsWith(n))));
    if (actor && token > 1 && place.has(before) && seat) out.push({ actor, token: token - 2, seat: true });
    // Other roles are a capital's only.
    else if (country) continue;
    else if (actor && token > 0 && impersonal.has(before) && place.has(before)) out.push({ actor, token, place: true });
    // A sentence opening with the place of an impersonal subject ("In Warschau zeigte man sich skeptisch", "À Paris, on
    // a salué …", "A Roma si è detto …"): the place is where the reaction came from.
    // So does a state body no state is named for ("In Berlin begrüßte das Wirtschaftsministerium …", "À Paris, le
    // ministère de l'Économie a salué …"): the capital's government.
    else if (actor && token === 1 && place.has(before) && (opensImpersonally(tokens, g) || opensWithStateBody(tokens, end, mentions, g))) out.push({ actor, token, place: true, opening: true });
    // "Die Entscheidung stieß in Berlin auf Kritik": where a reaction was met is who reacted.
    else if (actor && token > 0 && place.has(before) && tokens.some((t) => receptions.has(t.folded))) out.push({ actor, token, place: true, reception: true });
    // "Preoccupazione anche a Tokyo, dove il portavoce del governo ha definito …": the speaker talks there.
    else if (actor && token > 0 && place.has(before) && whereAfter(text, tokens, end)) out.push({ actor, token, place: true, where: true });
    // "Même satisfaction à Tokyo", "Sorge auch in Berlin": near the start, it may be where an opening reaction noun
    // was voiced (the clause reader checks the noun).
    else if (actor && token > 0 && token <= NOUN_PLACE_REACH + 2 && place.has(before)) out.push({ actor, token, place: true });
  }
  return out;
}

/** How far after a comparison ("tout comme", "wie auch") its names may stand. */
const COMPARED_REACH = 4;

/**
 * The actors a closing comparison adds to a reaction ("…, tout comme Canberra", "…, wie auch Australien", "al igual
 * que Canberra"): the names right after the phrase take the stance of the reaction before it.
 */
function comparedActors(text: string, tokens: readonly WordToken[], speakers: readonly Speaker[], found: readonly ExtractedReaction[], g: LanguageGrammar): ExtractedReaction[] {
  const phrases = g.comparisons ?? [];
  if (phrases.length === 0) return [];
  const out: ExtractedReaction[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const phrase = phrases.find((p) => p.every((w, j) => tokens[k + j]?.folded === w));
    if (!phrase || !/,\s*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    const from = k + phrase.length;
    const model = found[found.length - 1]!;
    for (const s of speakers) {
      if (s.token < from || s.token >= from + COMPARED_REACH) continue;
      if (found.some((r) => r.actor.key === s.actor.key) || out.some((r) => r.actor.key === s.actor.key)) continue;
      out.push({ ...model, actor: s.actor, actorKind: actorKindOf(s.actor) });
    }
  }
  return out;
}

/** The token of a government noun a relative possessive after a comma gives the name ending at `end`, or -1. */
function relativeGovernment(text: string, tokens: readonly WordToken[], end: number, g: LanguageGrammar): number {
  const relatives = g.relativePossessives ?? [];
  const seats = g.governmentNouns ?? [];
  if (relatives.length === 0 || !tokens[end + 1] || !/^\s*,\s*$/u.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start))) return -1;
  for (let k = end + 1; k <= Math.min(tokens.length - 2, end + 2); k++) {
    if (!relatives.includes(tokens[k]!.folded)) continue;
    for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 2); j++) if (seats.some((n) => tokens[j]!.folded === n || (g.compounds === true && tokens[j]!.folded.endsWith(n)))) return j;
  }
  return -1;
}

/** How far into a sentence its impersonal subject may stand ("In Warschau zeigte man …", "À Paris, on a …"). */
const IMPERSONAL_REACH = 5;
/**
 * Whether a state body with no state named for it follows the place opening the sentence, a few words on: a government
 * noun (or, where nouns compound, a word ending in one: "Bundeswirtschaftsministerium"), no name between.
 */
function opensWithStateBody(tokens: readonly WordToken[], placeEnd: number, mentions: readonly { start: number }[], g: LanguageGrammar): boolean {
  const nouns = g.governmentNouns ?? [];
  // An office or a spokesperson no state is named for speaks for the capital's government too ("À Kuala Lumpur, le
  // ministre des Affaires étrangères a regretté …"), unless a state is named right after it ("le ministre allemand").
  const offices = [...(g.stateOffices ?? []), ...(g.spokespersonNouns ?? [])];
  for (let k = placeEnd + 1; k < Math.min(tokens.length, placeEnd + 1 + IMPERSONAL_REACH); k++) {
    const word = tokens[k]!.folded;
    const body = nouns.some((n) => word === n || (g.compounds === true && word.endsWith(n)));
    const office = !body && offices.some((n) => word === n || (g.compounds === true && word.endsWith(n)));
    if (!body && !office) continue;
    const from = tokens[placeEnd + 1]!.start;
    const to = office ? (tokens[Math.min(tokens.length - 1, k + OFFICE_STATE_REACH)]!.end) : tokens[k]!.start;
    return !mentions.some((m) => m.start >= from && m.start <= to);
  }
  return false;
}

/** How far after an office a state named for it may stand ("le ministre allemand des Affaires étrangères"). */
const OFFICE_STATE_REACH = 4;

function opensImpersonally(tokens: readonly WordToken[], g: LanguageGrammar): boolean {
  const pronouns = new Set(g.impersonalPronouns ?? []);
  return tokens.slice(2, IMPERSONAL_REACH).some((t) => pronouns.has(t.folded));
}

/** A one-letter word written with an accent is not the unaccented one it folds to: Italian "è" (is) is not "e" (and). */
function accentedLetter(t: WordToken): boolean {
  return t.surface.length === 1 && t.surface.toLowerCase() !== t.folded;
}

/** A decimal comma ("2,5 Millionen") is no clause break. */
const DIGITS = /^\p{N}+$/u;

/** Clause starts: stops inside the sentence, commas and coordinating words, except inside a list of actors. */
const QUOTE_MARK = /["“”«»„]/u;
function clauseStarts(text: string, tokens: readonly WordToken[], speakers: readonly Speaker[], g: LanguageGrammar, cueAt: readonly number[]): number[] {
  const breaks = new Set(g.clauseBreaks);
  const relatives = new Set(g.relatives ?? []);
  // Every word of a name ("Corée du Sud"): a list goes on after its last word ("…, la Corée du Sud et l'Australie").
  const isActor = nameTokens(speakers);
  const starts = [0];
  // Names joined by "and" are one list, unless a cue stands on each side: "L'Australie a annoncé une aide de 5 millions
  // de dollars australiens et le Japon a proposé …" is two clauses.
  const cueBetween = (a: number, b: number) => cueAt.some((k) => k >= a && k < b);
  // "Ungarn hingegen lobte …", "Iran dagegen verurteilte …": a contrastive word right after a clause's names alone is
  // an adverb in that clause, not a new one ("und" and the other list joins keep their own rule).
  const joins = new Set(g.listJoins);
  const adverbAfterSubject = (k: number, opened: number) =>
    !joins.has(tokens[k]!.folded) && k - opened <= SUBJECT_CLAUSE && isActor.has(opened) && !cueBetween(opened, k) && /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && !isActor.has(k + 1) && cueBetween(k + 1, k + 3);
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    const word = tokens[k]!.folded;
    const opened = starts[starts.length - 1]!;
    const listed = (j: number) => (isActor.has(j) || isActor.has(j - 1)) && !(cueBetween(opened, k) && cueBetween(k, tokens.length));
    // A quotation's edge with a comma always parts clauses ("… der EU“, sagte Frankreich" is no list of two names).
    if (tokens[k]!.breakBefore || /[—–]/.test(gap) || (gap.includes(',') && QUOTE_MARK.test(gap))) starts.push(k);
    // A gerund after a name's comma opens a clause, no list ("встали на сторону Кувейта, заявив …").
    // A relative clause ends at its comma before a word that is no name ("La Suisse, qui préside l'OSCE, a salué …").
    else if (gap.includes(',') && (!(listed(k - 1) && listed(k)) || g.isPresentParticiple?.(word) === true || (relatives.has(tokens[opened]!.folded) && !isActor.has(k))) && !(gap === ',' && DIGITS.test(tokens[k - 1]!.surface) && DIGITS.test(tokens[k]!.surface))) starts.push(k);
    // "mientras que", "tandis que": the "that" of a word of contrast is part of it, no clause reported by it.
    else if (breaks.has(word) && !accentedLetter(tokens[k]!) && !(listed(k - 1) && (isActor.has(k + 1) || isActor.has(k + 2))) && !adverbAfterSubject(k, opened) && !(k === opened + 1 && WHEREAS.has(tokens[opened]!.folded))) starts.push(k);
  }
  return [...new Set(starts)];
}

const joinSets = new WeakMap<LanguageGrammar, ReadonlySet<string>>();
/** A grammar's list joins as a set, built once per grammar. */
function listJoinsOf(g: LanguageGrammar): ReadonlySet<string> {
  let set = joinSets.get(g);
  if (!set) {
    set = new Set(g.listJoins);
    joinSets.set(g, set);
  }
  return set;
}

const MIN_COMPOUND_HEAD = 3;
function isAidObject(stem: string, token: WordToken, lexicon: LanguageCues): boolean {
  if (lexicon.aidObjects.has(stem) || lexicon.shortAidObjects.has(token.folded)) return true;
  // Only a noun is a compound ("schließen" holds "essen" but is a verb): German writes its nouns with a capital.
  if (!/^\p{Lu}/u.test(token.surface)) return false;
  const folded = token.folded;
  // The aid noun as a compound's head ("Rettungsteam", "Spezialschiffe" by its stem) or its first part, with or without its linking "s"
  // ("Hilfsgüter", "Hilfslieferungen", "Rettungsflugzeug").
  return lexicon.aidWords.some((w) => {
    if (folded.length - w.length >= MIN_COMPOUND_HEAD && (folded.endsWith(w) || stem.endsWith(w))) return true;
    const root = w.endsWith('e') ? w.slice(0, -1) : w;
    return folded.length - root.length >= MIN_COMPOUND_HEAD + 1 && (folded.startsWith(w) || folded.startsWith(`${root}s`));
  });
}

/** Words for large numbers that stand for the digits ("fünf Millionen", "1,5 млн"). */
const SCALE = /^(?:million|millionen|millions|millones|milioni|milione|milliard|milliarden|miliardi|mil|млн|млрд|миллион|миллиард|тысяч)/u;

/** An amount of money: a number, then (within two words) a currency ("2,5 Millionen Euro", "1,5 млн евро", "$4.1bn"). */
const CURRENCY = /^(?:euro|eur|dollar|dollars|dolares|dollari|usd|evro|евро|доллар|долл|рубл|yuan|yen|franc|francs|franken|франк|franchi|francos|pfund|livres|libras|sterline|фунт|\$|€)/u;
/** Goods counted by weight ("5000 Tonnen Reis", "5 тыс. тонн риса", "10.000 toneladas"): sent goods, as money is. */
const WEIGHT = /^(?:tonnen|tonne|tonnes|tonnellate|tonnellata|toneladas|tonelada|тонн|тонны|тонна)$/u;
function hasMoney(text: string, tokens: readonly WordToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!/^\p{N}/u.test(tokens[k]!.surface) && !SCALE.test(tokens[k]!.folded)) continue;
    if (/[$€£]/u.test(text.slice(Math.max(0, tokens[k]!.start - 2), tokens[k]!.start))) return true;
    for (let j = k + 1; j <= Math.min(to - 1, k + 3); j++) if (CURRENCY.test(tokens[j]!.folded) || WEIGHT.test(tokens[j]!.folded)) return true;
  }
  return false;
}

/**
 * The clause's subject: its first actor and those listed with it ("Argentinien und Peru", "Китай, Япония и Австралия");
 * a later actor is an object or a possessor ("принял решение Вашингтона к сведению").
 */
const shortVerbs = new WeakMap<LanguageGrammar, ReadonlySet<string>>();

/** The auxiliaries, copulas and modals of a grammar, built once per grammar: firstGroup runs for every clause. */
function shortVerbsOf(g: LanguageGrammar): ReadonlySet<string> {
  let verbs = shortVerbs.get(g);
  if (!verbs) {
    verbs = new Set([...(g.perfectAuxiliaries ?? []), ...(g.copulas ?? []), ...(g.passiveAuxiliaries ?? []), ...g.modals.map((m) => fold(m))]);
    shortVerbs.set(g, verbs);
  }
  return verbs;
}

function firstGroup(actors: Speaker[], tokens: readonly WordToken[], g: LanguageGrammar): Speaker[] {
  if (actors.length <= 1) return actors;
  const joins = new Set(g.listJoins);
  // A short verb between two names ends the group: "Die Bundesregierung hat die iranischen Angriffe …" names Iran in
  // the object, not beside Germany.
  const verbs = shortVerbsOf(g);
  const group = [actors[0]!];
  for (const next of actors.slice(1)) {
    const last = group[group.length - 1]!;
    const between = tokens.slice((last.last ?? last.token) + 1, next.token);
    if (next.token === last.token || (between.length <= 2 && between.every((t) => joins.has(t.folded) || (t.folded.length <= 3 && !verbs.has(t.folded))))) group.push(next);
    else break;
  }
  return group;
}

function sentenceReactions(
  text: string,
  tokens: readonly WordToken[],
  stems: readonly string[],
  matches: readonly Match[],
  found: readonly Speaker[],
  context: () => Speaker[],
  g: LanguageGrammar,
  lexicon: LanguageCues,
  /** The sentence continues the context's speakers from its start (a quote the next sentence attributes). */
  continues = false,
): ExtractedReaction[] {
  // A capital listed after a place ("in Paris und Rom") is a place too, though no preposition stands right before it.
  const speakers = found.filter((s) => !s.place && !found.some((p) => p.listed === true && p.token === s.token));
  const places = found.filter((s) => s.place);
  const inName = nameTokens(found);
  // Which tokens stand inside quotation marks, read once for the sentence and only when a clause asks.
  let quotes: boolean[] | null = null;
  const inQuote = (k: number): boolean => (quotes ??= quotedTokens(text, tokens))[k] === true;
  // A list of places is one ("stieß in Paris und Rom auf Kritik"), as a list of names is.
  const placeLists = places.filter((p) => p.listed === true || places.some((q) => q.listed === true && (q.token === p.token + 2 || q.token === p.token + 3)));
  const starts = clauseStarts(text, tokens, [...speakers, ...placeLists], g, matches.map((m) => m.start));
  const speech = new Set(g.speechVerbs);
  const according = new Set(g.accordingTo);
  const statements = new Set(g.statementComplementizers ?? g.complementizers ?? []);
  const opinions = new Set(g.opinionVerbs ?? []);
  // Whether the cue at k follows a "that" opened by a verb of believing, with an actor between them as its subject.
  const guessed = (k: number): boolean => {
    if (opinions.size === 0) return false;
    for (let j = k - 1; j > 0; j--) {
      if (!statements.has(tokens[j]!.folded)) continue;
      return tokens.slice(Math.max(0, j - OPINION_REACH), j).some((t) => opinions.has(t.folded)) && speakers.some((s) => s.token > j && s.token < k);
    }
    return false;
  };
  const placePrepositions = placePrepositionsOf(g.language);
  const locatives = new Set(g.impersonalLocatives ?? []);
  // "Aus Peking hieß es", "В МИД Германии заявили": a place opening the clause is who speaks there.
  // An adverb may come first ("Auch aus Paris kam Zustimmung").
  const opener = (from: number) => (locatives.has(tokens[from]?.folded ?? '') ? from : locatives.has(tokens[from + 1]?.folded ?? '') && common.has(tokens[from]!.folded) ? from + 1 : -1);
  const impersonal = (s: Speaker, from: number) => {
    const at = opener(from);
    return at >= 0 && s.token > at && s.token <= at + 2;
  };
  const receptions = new Set(g.receptionVerbs ?? []);
  const receptionMarkers = new Set(g.receptionMarkers ?? []);
  // A name placed right after an impersonal verb ("Решение Таллина поддержали в НАТО", "Нападение осудили в
  // Евросоюзе и Канаде") is where it was said, and so is the next of a list it opens.
  const joins = new Set(g.listJoins);
  const impersonalAt = (k: number) => k >= 0 && g.impersonalVerb?.(tokens[k]!.folded) === true;
  // A function word may come between ("выступили также в Евросоюзе").
  const placedAfterVerb = (s: Speaker): boolean =>
    (s.token >= 2 && locatives.has(tokens[s.token - 1]?.folded ?? '') && (impersonalAt(s.token - 2) || (common.has(tokens[s.token - 2]!.folded) && impersonalAt(s.token - 3)))) ||
    (s.token >= 2 && joins.has(tokens[s.token - 1]!.folded) && speakers.some((p) => (p.last ?? p.token) === s.token - 2 && p !== s && placedAfterVerb(p))) ||
    // … after a comma ("в Евросоюзе, НАТО"), or with its own preposition again ("в Евросоюзе и на Украине").
    (s.token >= 1 && /^\s*,\s*$/u.test(text.slice(tokens[s.token - 1]!.end, tokens[s.token]!.start)) && speakers.some((p) => (p.last ?? p.token) === s.token - 1 && p !== s && placedAfterVerb(p))) ||
    (s.token >= 3 && locatives.has(tokens[s.token - 1]!.folded) && joins.has(tokens[s.token - 2]!.folded) && speakers.some((p) => (p.last ?? p.token) === s.token - 3 && p !== s && placedAfterVerb(p)));
  // A place named before a relative "where" is whose speaker talks in it ("Même ligne à l'ONU, où le porte-parole …
  // a mis en garde", "anche a Tokyo, dove il portavoce del governo ha definito …").
  const whereFollows = (s: Speaker): boolean => whereAfter(text, tokens, s.last ?? s.token);
  const perfects = new Set(g.perfectAuxiliaries ?? []);
  const articleSet = new Set(g.articles ?? []);
  // A lower-case word that no article, pronoun or preposition is: a verb, where a clause opens with it.
  const verbWord = (t: WordToken | undefined): boolean =>
    t !== undefined && /^\p{Ll}/u.test(t.surface) && (perfects.has(t.folded) || (!articleSet.has(t.folded) && !common.has(t.folded) && !objects.has(t.folded) && !isPronoun(t)));
  // "Миссия наблюдателей во главе с ОБСЕ раскритиковала …": who leads a group speaks for it, as "OSCE-led" does.
  const ledBy = (s: Speaker) => (g.leaders ?? []).some((phrase) => phrase.every((w, j) => tokens[s.token - phrase.length + j]?.folded === w));
  const ownOf = (from: number, to: number) => {
    const received = tokens.slice(from, to).some((t) => receptions.has(t.folded));
    const meets = (s: Speaker) => received && receptionMarkers.has(tokens[s.token - 1]?.folded ?? '');
    // A reaction noun opening the clause, then where it was voiced: wire copy leaves the verb out ("Même satisfaction
    // à Tokyo", "Preoccupazione anche a Berlino"). One word may come before the noun.
    const nounOpened = (s: Speaker, from: number) =>
      matches.some((m) => m.cue.nominal === true && (m.start === from || (m.start === from + 1 && common.has(tokens[from]!.folded))) && s.token > m.end && s.token <= m.end + NOUN_PLACE_REACH);
    // A capital in the place role speaks only for a clause that names no one else: opening it, or right after its verb.
    const afterVerb = (s: Speaker) => s.token >= 2 && g.impersonalVerb?.(tokens[s.token - 2]!.folded) === true;
    const own = speakers.filter((s) => s.token >= from && s.token < to && (!objectMarked(tokens, s.token, g, objects) || impersonal(s, from) || meets(s) || placedAfterVerb(s) || whereFollows(s) || ledBy(s)));
    // … or later in a clause an impersonal verb opens ("Высказали обеспокоенность и в Анкаре").
    const impersonalBefore = (s: Speaker) => tokens.slice(from, s.token - 1).some((t) => t.folded.length >= MIN_IMPERSONAL_VERB && g.impersonalVerb?.(t.folded) === true);
    const heads = places.filter((s) => s.token >= from && s.token < to && (impersonal(s, from) || afterVerb(s) || impersonalBefore(s) || (s.opening === true && from === 0) || (s.reception === true && received) || s.where === true || nounOpened(s, from)));
    const placed = [...heads];
    for (const s of places) if (s.listed === true && s.token < to && placed.some((h) => h.token === s.token - 2 || h.token === s.token - 3)) placed.push(s);
    // With cases, inflected names before an impersonal verb are its objects or possessors, the place its speaker
    // ("Решение Варшавы раскритиковали в Минске").
    const oblique = g.nominativeEndings !== undefined && own.every((s) => !s.base);
    // "В Анкаре призвали Загреб и Сараево к сдержанности": after the place that opens the clause and its impersonal
    // verb, names are the verb's objects, however nominative they look.
    const opening = heads.find((h) => impersonal(h, from));
    const objectsOfImpersonal = opening !== undefined && own.length > 0 && own.every((s) => s.token > opening.token && tokens.slice(opening.token + 1, s.token).some((_, j) => impersonalAt(opening.token + 1 + j)));
    return own.length > 0 && !(oblique && placed.length > 0) && !objectsOfImpersonal ? own : placed;
  };
  // Who a clause without its own actor quotes: "laut/selon/según/secondo/по словам X", or a later clause "…, said X".
  // For a copula, "according to" must open its clause ("Para Londres, la decisión es un error"): inside one it is
  // mostly a plain preposition ("es positivo para la economía de Brasil").
  const speakerPronoun = pronounTest(g);
  const quoted = (c: number, opening = false): Speaker[] => {
    const at = tokens.findIndex((t, k) => according.has(t.folded) && (!opening || starts.includes(k)));
    if (at >= 0) {
      const after = speakers.filter((s) => s.token > at && s.token <= at + 6);
      if (after.length > 0) return firstGroup(after, tokens, g);
    }
    for (let d = c + 1; d < starts.length; d++) {
      const from = starts[d]!;
      const to = starts[d + 1] ?? tokens.length;
      if (!tokens.slice(from, to).some((t) => speech.has(t.folded))) continue;
      const found = firstGroup(speakers.filter((s) => s.token >= from && s.token < to), tokens, g);
      if (found.length > 0) return found;
      // "…, sagte er", "…, a-t-elle ajouté": a pronoun speaker continues the subject of the sentence before.
      if (tokens.slice(from, to).some(speakerPronoun)) return context();
    }
    return [];
  };
  const common = functionWords(g);
  const complementizers = new Set(g.complementizers ?? []);
  const claiming = g.claimingVerbs ?? [];
  const claimingInfinitives = new Set(g.claimingInfinitives ?? []);
  // "sostiene di aver offerto" (an infinitive, "aver" and "esser" cut short), not "sostiene di fatto il piano".
  const claimedInfinitive = (k: number): boolean => {
    const next = tokens[k + 1]?.folded ?? '';
    return claimingInfinitives.has(tokens[k]?.folded ?? '') && (g.isInfinitive?.(next, tokens[k]?.folded) === true || next === 'aver' || next === 'esser');
  };
  // A function word between a preposition and its name ("par le Japon", "von der EU", "de la France", "dall'Onu").
  const filler = (t: WordToken | undefined) => t !== undefined && (common.has(t.folded) || t.folded.length <= 2);
  /** Whether one of these prepositions introduces the name at token k, at most `reach` words before it. */
  const introducedBy = (k: number, markers: ReadonlySet<string>, reach: number): boolean => {
    for (let j = k - 1; j >= Math.max(0, k - reach); j--) {
      if (markers.has(tokens[j]!.folded)) return true;
      if (tokens[j + 1]?.breakBefore || (j < k - 1 && !filler(tokens[j + 1]))) return false;
    }
    return false;
  };
  const auxiliaries = new Set(g.passiveAuxiliaries);
  const agentMarkers = new Set(g.passiveAgents);
  const sourceMarkers = new Set(g.sources);
  // A place a preposition of origin sets off with a comma at a clause's start, an article allowed between ("Desde
  // Washington, …", "Depuis Le Caire, …"): where the subject after it spoke.
  const setOffPlace = (s: Speaker, from: number) =>
    (s.token === from + 1 || (s.token === from + 2 && (g.articles ?? []).includes(tokens[from + 1]!.folded))) &&
    sourceMarkers.has(tokens[from]?.folded ?? '') &&
    /^\s*,/u.test(text.slice(tokens[s.last ?? s.token]!.end));
  // The agent of a passive clause speaks ("a été salué par le Japon", "wurde von Brasilien begrüßt", "è stata accolta
  // con favore da Berlino"); the clause's subject is what was judged. German puts the auxiliary anywhere before.
  const auxiliaryOf = (from: number, first: number): number => {
    let aux = -1;
    // Not a word of a name ("il Dipartimento di Stato ha condannato").
    for (let k = first - 1; k >= from && (g.language === 'de' || first - k <= PASSIVE_REACH); k--) if (auxiliaries.has(tokens[k]!.folded) && !inName.has(k)) aux = k;
    return aux;
  };
  const agentsOf = (from: number, to: number, first: number): Speaker[] => {
    const aux = auxiliaryOf(from, first);
    if (aux < 0) return [];
    const agent = speakers.find((s) => s.token > aux && s.token < to && introducedBy(s.token, agentMarkers, PASSIVE_REACH));
    return agent ? firstGroup(speakers.filter((s) => s.token >= agent.token && s.token < to), tokens, g) : [];
  };
  // A participle right after a noun of its clause describes that noun ("un comité de expertos respaldado por la ONU
  // declaró …", "il comitato sostenuto dall'Onu"): its agent backed the noun once, it does not react here.
  const passiveMarkers = new Set(g.passiveAgents);
  const reducedPassive = (m: Match): boolean =>
    m.start > 0 &&
    !m.cue.nominal &&
    g.isPastParticiple?.(tokens[m.start]!.folded) === true &&
    passiveMarkers.has(tokens[m.end]?.folded ?? '') &&
    /,\s*$/u.test(text.slice(tokens[m.start - 1]!.end, tokens[m.start]!.start)) &&
    !speakers.some((s) => s.token > m.end && s.token <= m.end + AGENT_ARTICLE_REACH);
  const describesNoun = (m: Match): boolean => {
    const prev = tokens[m.start - 1];
    return !m.cue.nominal && prev !== undefined && /^\p{Ll}/u.test(prev.surface) && !common.has(prev.folded) && !auxiliaries.has(prev.folded) && /^\s+$/u.test(text.slice(prev.end, tokens[m.start]!.start));
  };
  const coming = new Set(g.comingVerbs ?? []);
  // Who a reaction noun comes from: "Kritik kam aus Ankara", "la condamnation de la France", "критика со стороны Москвы".
  // A verb with no subject before it takes only an agent ("Condannato da Mosca"), not a genitive ("la decisión de Madrid").
  const sourcesOf = (m: Match, to: number): Speaker[] => {
    // A matter's "of" names whose matter it is ("un asunto interno de Myanmar"), not who spoke.
    if (describesNoun(m) || m.cue.stems.some((st) => matterStems(lexicon).has(st))) return [];
    const markers = m.cue.nominal ? sourceMarkers : agentMarkers;
    // Another preposition between makes the name part of a complement ("des doutes sur la sincérité de Pékin"), unless
    // a verb of arriving closes the noun's phrase first ("Solidarietà alla Grecia è arrivata da Nicosia").
    const direct = (s: Speaker) => {
      let k = s.token - 2;
      while (k >= m.end && !coming.has(tokens[k]!.folded)) k--;
      return !tokens.slice(Math.max(m.end, k + 1), s.token - 1).some((t) => objects.has(t.folded) && !markers.has(t.folded));
    };
    // The reach runs from the verb of arriving where one follows the noun's phrase.
    const arrived = tokens.findIndex((t, k) => k >= m.end && k < to && k <= m.end + SOURCE_REACH && coming.has(t.folded));
    const reach = (arrived >= 0 ? arrived : m.end) + SOURCE_REACH;
    const head = speakers.find((s) => s.token >= m.end && s.token <= reach && s.token < to && introducedBy(s.token, markers, 2) && direct(s));
    // The preposition governs the whole list after it ("anche da Londra e Berlino", "aus Paris und Rom").
    return head ? firstGroup(speakers.filter((s) => s.token >= head.token && s.token < to), tokens, g) : [];
  };
  const negations = new Set(g.negations);
  const copulas = new Set(g.copulas ?? []);
  // A word both a noun and an adjective cue match ("признательность", "признательный") is read as the noun.
  const attributive = (k: number) => {
    const next = tokens[k + 1];
    return g.attributiveEndings !== undefined && next !== undefined && g.attributiveEndings.some((e) => tokens[k]!.folded.endsWith(e)) && /^\p{Lu}/u.test(next.surface) && /^\s+$/u.test(text.slice(tokens[k]!.end, next.start));
  };
  // An adjective right after a lower-case noun that an article or a preposition opens ("a mineros ilegales", "l'économie
  // illégale"), where nouns are not capitalised and cases do not mark the adjective.
  const postposed = (k: number) => {
    const noun = tokens[k - 1];
    const opener = tokens[k - 2];
    return (
      g.compounds !== true &&
      g.nominativeEndings === undefined &&
      noun !== undefined &&
      opener !== undefined &&
      /^\p{Ll}{3,}$/u.test(noun.surface) &&
      !common.has(noun.folded) &&
      (articles.has(opener.folded) || objects.has(opener.folded) || sourceMarkers.has(opener.folded) || opener.folded.length === 1) &&
      /^\s+$/u.test(text.slice(noun.end, tokens[k]!.start))
    );
  };
  // A verb of judging before an adjective in its clause, with no "that" between, makes the adjective its object's
  // complement ("a jugé ces droits de douane injustes").
  const judged = (from: number, k: number) => {
    for (let j = k - 1; j >= from; j--) {
      if (complementizers.has(tokens[j]!.folded)) return false;
      if (speech.has(tokens[j]!.folded)) return true;
    }
    return false;
  };
  // A noun that only shares the adjective's stem ("scetticismo" for "Scettica") is no noun reading of the word.
  const nounReading = (o: Match, m: Match) => o.start === m.start && o.cue.nominal && !o.cue.adjective && fold(o.cue.words).length <= tokens[m.start]!.folded.length + NOUN_STEM_SLACK;
  const adjectiveOnly = (m: Match) => m.cue.adjective && !matches.some((o) => nounReading(o, m));
  const avoidances = new Set(g.avoidances ?? []);
  const conditionals = new Set(g.conditionals);
  const whether = new Set(g.whether ?? []);
  const verbFirst = new Set(g.verbFirstConditionals ?? []);
  const modals = new Set(g.modals);
  const contrasts = new Set(g.contrasts);
  const isContrast = contrastTest(tokens, contrasts);
  const hiding = new Set(g.hidingVerbs ?? []);
  const commenting = new Set(g.commentWords ?? []);
  const studying = (t: WordToken) => (g.studyVerbs ?? []).some((v) => t.folded.startsWith(v));
  const articles = new Set(g.articles ?? []);
  const possessiveWords = new Set(g.possessives ?? []);
  // A negation is none where it opens a contrast ("no obstante") or denies hiding what follows ("n'a pas caché sa
  // satisfaction"): within a few words, a verb of hiding stands between it and the cue, or right before it where the
  // negation follows its verb ("ne cache pas son inquiétude", "verhehlte nicht seine Sorge").
  const concessions = new Set(g.concessions ?? []);
  // A concession before the cue with a contrast between them, and no other speaker after the concession.
  const concededBefore = (cue: number, subjects: readonly Speaker[]): boolean => {
    const at = tokens.findIndex((t, k) => k < cue && concessions.has(t.folded));
    if (at < 0) return false;
    let contrast = -1;
    // German puts the contrast after the verb ("kritisierte aber").
    for (let k = at + 1; k <= cue + 1 && k < tokens.length; k++) if (k !== cue && isContrast(k)) contrast = k;
    return contrast > at && !speakers.some((s) => s.token > at && s.token < cue && !subjects.some((o) => o.actor.key === s.actor.key));
  };
  const breaks = new Set(g.clauseBreaks);
  const doubtedBefore = (at: number): boolean =>
    matches.some((o) => o.cue.stance === 'skeptical' && !o.cue.nominal && o.start < at && !speakers.some((s) => s.token > o.start && s.token < at));
  // The words of names the parties are called by ("Bangkok e Phnom Penh") do not use up a hope's reach.
  const namesAfter = (from: number): number => {
    let n = 0;
    for (let k = from; k < Math.min(tokens.length, from + RESTRAINT_REACH + n); k++) if (k > 0 && /^\p{Lu}/u.test(tokens[k]!.surface)) n++;
    return n;
  };
  // A "that" right after the verb (or after its object pronoun), then at most a subject pronoun, then a verb in the future
  // or the conditional: what the speaker says it will do.
  const subjectPronouns = new Set(g.subjectPronouns ?? []);
  const modalStems = modalStemsOf(g);
  const ownFutureAfter = (end: number): boolean => {
    if (!g.isFutureForm) return false;
    const that = [end, end + 1].find((k) => complementizers.has(tokens[k]?.folded ?? ''));
    if (that === undefined) return false;
    const verb = subjectPronouns.has(tokens[that + 1]?.folded ?? '') ? that + 2 : that + 1;
    const word = tokens[verb];
    // A modal or a copula in the future says what may be or will be ("podría recortar", "será difícil"), no act.
    return word !== undefined && /^\p{Ll}/u.test(word.surface) && g.isFutureForm(word.folded) && !modalStems.some((m) => word.folded.startsWith(m));
  };
  // The demand may be a "that"-clause right after the verb ("verlangte, dass die Täter zur Rechenschaft gezogen werden"),
  // unless the punishment opens it as its subject ("ha chiesto che le sanzioni non colpiscano …").
  const punitiveAsked = (m: Match): boolean => {
    let that = -1;
    for (let k = m.end; k < Math.min(tokens.length, m.end + RESTRAINT_REACH); k++) {
      const t = tokens[k]!;
      if (that < 0 && k <= m.end + 1 && complementizers.has(t.folded)) {
        that = k;
        continue;
      }
      // A conjunction after a suspended compound joins two words, no clauses ("ein Waffen- und Treibstoffembargo").
      const suspended = k > 0 && /^-\s/u.test(text.slice(tokens[k - 1]!.end, t.start));
      if (lexicon.isRestraintWord(t) || (breaks.has(t.folded) && !suspended)) return false;
      if (lexicon.isPunitiveWord(t)) return that < 0 || k > that + THAT_SUBJECT;
    }
    return false;
  };
  // A demand that captives be freed or forces pulled back, within the appeal's complement ("exige la libération des
  // otages", "forderte Russland auf, den Zaun zurückzubauen"), in a sentence that asks for no restraint.
  // Up to a contrast after the appeal ("…, tandis que l'IATA a appelé au calme"): what follows is another speaker's.
  const restraintAsked = (m: Match): boolean => {
    const contrast = tokens.findIndex((t, k) => k >= m.end && (isContrast(k) || WHEREAS.has(t.folded)));
    const end = contrast < 0 ? tokens.length : contrast;
    return tokens.some((t, k) => k < end && lexicon.isRestraintWord(t) && !(k >= 2 && lexicon.isEnvoyNoun(tokens[k - 2]!)));
  };
  // An appeal to every party or every state ("призвал все государства отказаться от подобных испытаний", "a appelé
  // toutes les parties à renoncer …") takes no one's side: a call for caution, whatever it asks them to undo.
  const evenHanded = (k: number): boolean => {
    const hand = g.evenHanded;
    if (!hand || !hand.quantifiers.includes(tokens[k]!.folded)) return false;
    const next = tokens[k + 1]?.folded ?? '';
    return hand.parties.includes(next) || (articleSet.has(next) && hand.parties.includes(tokens[k + 2]?.folded ?? ''));
  };
  // Whether the cue's complement, up to a clause break, holds a word of a kind ("voreiligen", "ejemplo").
  const complementHolds = (m: Match, test: (t: WordToken) => boolean): boolean => {
    for (let k = m.end; k < Math.min(tokens.length, m.end + RESTRAINT_REACH); k++) {
      if (breaks.has(tokens[k]!.folded)) return false;
      if (test(tokens[k]!)) return true;
    }
    return false;
  };
  const exampleAsked = (m: Match) => complementHolds(m, lexicon.isExampleWord);
  const hasteWarned = (m: Match) => complementHolds(m, lexicon.isHasteWord);
  const releaseAsked = (m: Match): boolean => {
    // An envoy's title is no call for talks ("encargado de negocios", a chargé d'affaires).
    if (restraintAsked(m)) return false;
    for (let k = m.end; k < Math.min(tokens.length, m.end + RESTRAINT_REACH); k++) {
      const t = tokens[k]!;
      // "die sofortige und bedingungslose Freilassung": a conjunction between two words before the release joins them.
      const joiningWords = joins.has(t.folded) && /^\p{Ll}/u.test(tokens[k + 1]?.surface ?? '') && tokens[k + 2] !== undefined && lexicon.isReleaseWord(tokens[k + 2]!);
      if ((breaks.has(t.folded) && !joiningWords) || evenHanded(k)) return false;
      // A gerund says how a gesture would be made ("a un gesto di buona volontà liberando l'equipaggio"), not what is demanded.
      if (!lexicon.isReleaseWord(t) || g.isPresentParticiple?.(t.folded) === true) continue;
      // An appeal not to drop something ("pidió no abandonar la vía regional") asks to keep it.
      if (negations.has(tokens[k - 1]?.folded ?? '') || negations.has(tokens[k - 2]?.folded ?? '')) return false;
      // A word of manner beside it ("un ritiro «graduale»", "den Abzug eng … abzustimmen" does not undo) asks how the move
      // is made: a call for caution.
      return !tokens.slice(Math.max(m.end, k - MANNER_REACH), k + 1 + MANNER_REACH).some((w) => lexicon.isMannerWord(w));
    }
    return false;
  };
  // An appeal to help ("rief ihre Mitgliedstaaten auf, den Komoren zu helfen", "призвал страны континента помочь"): a verb
  // of helping in the infinitive the appeal opens, before any break, asks others to back the one it names, as aid does.
  const helpAsked = (m: Match): boolean =>
    matches.some(
      (h) =>
        h.start >= m.end &&
        h.start < m.end + RESTRAINT_REACH &&
        isAidCode(h.cue.cameo) &&
        !h.cue.aid &&
        !h.cue.nominal &&
        h.cue.stance === 'supportive' &&
        g.isInfinitive?.(tokens[h.start]!.folded, tokens[h.start - 1]?.folded) === true &&
        !tokens.slice(m.end, h.start).some((t) => breaks.has(t.folded)),
    );
  // Where a speaker restricts itself to a bare remark: the token after each restricting phrase.
  const restrictedAt: number[] = [];
  for (const phrase of g.restrictives ?? []) {
    const words = phrase.split(' ');
    for (let k = 0; k + words.length <= tokens.length; k++) if (words.every((w, j) => tokens[k + j]!.folded === w)) restrictedAt.push(k + words.length);
  }
  // A restriction before a cue, with no other name, join or contrast between, bounds that cue, even in the clause of
  // what it says ("ограничился замечанием, что …").
  const restrictedBefore = (at: number): boolean =>
    restrictedAt.some((r) => r <= at && !speakers.some((s) => s.token >= r && s.token < at) && !tokens.slice(r, at).some((t, j) => joins.has(t.folded) || isContrast(r + j)));
  // What a welcome or praise names is what is praised ("a salué le refus canadien", "ha lodato un Paese che «rifiuta …»"):
  // a word of refusal or blame a few words after the verb, with no comma, contrast, join or new name between, is its
  // object, not the speaker's own stance.
  const praisedObject = (m: Match): boolean => {
    if (m.cue.stance !== 'opposed' && m.cue.stance !== 'skeptical') return false;
    const praise = matches.find((w) => w.end <= m.start && m.start - w.end <= PRAISED_OBJECT_REACH && w.cue.stance === 'supportive' && !w.cue.appeal && !w.cue.namingOnly && !w.cue.aid && !w.cue.nominal);
    // A comma ends the praise's object, and a praise inside a relative clause describes the subject ("MSF, que apoya el
    // servicio, condenó …").
    if (!praise || /,/u.test(text.slice(tokens[praise.end - 1]!.end, tokens[m.start]!.start)) || tokens.slice(Math.max(0, praise.start - 2), praise.start).some((t) => relatives.has(t.folded))) return false;
    for (let k = praise.end; k < m.start; k++) if (isContrast(k) || joins.has(tokens[k]!.folded) || (breaks.has(tokens[k]!.folded) && !relatives.has(tokens[k]!.folded))) return false;
    return !speakers.some((s) => s.token >= praise.end && s.token < m.start);
  };
  // A welcome by the cue's subject before it, a contrast between them, and no name between (a new subject).
  const welcomedBefore = (m: Match, subjects: readonly Speaker[]): boolean => {
    const welcome = matches.find((w) => w.end <= m.start && w.cue.stance === 'supportive' && !w.cue.appeal && !w.cue.namingOnly && !w.cue.aid);
    if (!welcome) return false;
    let contrast = -1;
    for (let k = welcome.end; k <= m.start + 1 && k < tokens.length; k++) if (k !== m.start && isContrast(k)) contrast = k;
    return contrast >= welcome.end && subjects.some((o) => o.token < welcome.start) && !speakers.some((s) => s.token >= welcome.end && s.token < m.start);
  };
  // The words around a contrast carry on its clause's subject: a verb between a comma and the contrast in a language
  // whose nouns are capitalised ("…, mahnte aber …"), or a present-perfect auxiliary or a participle right after it
  // ("mais a regretté", "ma ha denunciato", "tout en rappelant").
  const continuesSpeaker = (r: number): boolean => {
    const before = tokens[r - 1];
    const previous = tokens[r - 2];
    if (g.attributiveEndings && before && previous && /^\p{Ll}/u.test(before.surface) && /^\s*,\s*$/u.test(text.slice(previous.end, before.start))) return true;
    const width = contrasts.has(tokens[r]!.folded) ? 1 : 2;
    const next = tokens[r + width];
    // A verb of reacting right after the contrast has no subject of its own ("pero reclamó garantías de que los hutíes …").
    const cueVerb = matches.some((o) => o.start === r + width && !o.cue.nominal && !o.cue.adjective);
    return next !== undefined && ((g.presentPerfectAuxiliaries ?? []).includes(next.folded) || g.isPresentParticiple?.(next.folded) === true || cueVerb);
  };
  // Another actor opening the clause the contrast closes speaks for itself ("…, Serbien kritisierte aber …").
  // A comma, or a comma and one word (an article), before it.
  const otherSubjectBefore = (r: number, after: number, own: ReadonlySet<string>): boolean =>
    speakers.some((s) => s.token > after && s.token < r && !own.has(s.actor.key) && [s.token, s.token - 1].some((j) => j > after && /,/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))));
  // A capital elided onto a capitalised word is a name's ("N'Djamena"), not "n'" of a negation.
  const elidedInName = (k: number) => /^\p{Lu}$/u.test(tokens[k]!.surface) && tokens[k + 1] !== undefined && /^['’]$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) && /^\p{Lu}/u.test(tokens[k + 1]!.surface);
  const negates = (k: number, cue: number) =>
    negations.has(tokens[k]!.folded) &&
    !elidedInName(k) &&
    !isContrast(k) &&
    !hiding.has(tokens[k - 1]?.folded ?? '') &&
    !tokens.slice(k + 1, Math.min(cue, k + HIDING_REACH + 1)).some((t) => hiding.has(t.folded));
  const objects = new Set(g.objectMarkers);
  const withouts = new Set(g.withouts ?? []);
  // A "without" shortly before the cue in its own stretch of words (no comma: "sans attendre, Paris a condamné").
  const withoutBefore = (cue: number): boolean => {
    for (let k = cue - 1; k >= Math.max(0, cue - WITHOUT_REACH); k--) {
      if (!/^[\s'’]*$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) || tokens[k + 1]!.breakBefore) return false;
      // A word of a name is not one ("Médecins sans frontières").
      if (withouts.has(tokens[k]!.folded)) return !found.some((s) => s.last !== undefined && k >= s.token && k <= s.last);
    }
    return false;
  };
  const cameo = cameoLexicon();
  const best = new Map<string, { actor: EntityRef; stance: Stance; rank: number; cue: string; cameo: string | null; regret?: boolean; demand?: boolean }>();
  // Who made an appeal in the sentence: a regret beside one is a call for caution.
  const appealed = new Set<string>();
  // Aid each actor gave, read beside the best reading: kept where that reading is a statement of another stance. What
  // was given is named right after the verb: goods, teams or an amount ("distribuendo razioni", "sbloccato 25 milioni").
  const aidGiven = new Map<string, { actor: EntityRef; stance: Stance; rank: number; cue: string; cameo: string | null }>();
  const namesAidGiven = (from: number): boolean => {
    const to = Math.min(tokens.length, from + AID_GIVEN_REACH);
    for (let k = from; k < to; k++) if (isAidObject(stems[k]!, tokens[k]!, lexicon)) return true;
    return hasMoney(text, tokens, from, to);
  };
  // A verb of giving, not a noun ("hält die Zusagen für unzureichend") nor a verb a preposition makes another noun's
  // complement ("la capacità del governo di distribuire gli aiuti").
  const givesAid = (m: Match): boolean => {
    const t = tokens[m.start]!;
    if (m.cue.nominal || (g.compounds === true && m.start > 0 && /^\p{Lu}/u.test(t.surface))) return false;
    const before = tokens[m.start - 1]?.folded ?? '';
    if (g.sources.includes(before) || objects.has(before)) return false;
    return namesAidGiven(m.end);
  };
  // A subject after the verb, split off by "and/also" ("Против санкций выступил и Китай"): a short last clause of names.
  const trailing = (c: number): Speaker[] => {
    const from = starts[c + 1];
    const to = starts[c + 2] ?? tokens.length;
    if (from === undefined || to - from > TRAILING_TITLE || starts[c + 2] !== undefined) return [];
    const named = firstGroup(speakers.filter((s) => s.token >= from && s.token < to), tokens, g);
    const titled = named.length === 1 && (named[0]!.last ?? named[0]!.token) === to - 1 && tokens.slice(from, named[0]!.token).every((t) => !/^\p{Lu}/u.test(t.surface)) && !matches.some((m) => m.start >= from && m.start < to);
    if (to - from > TRAILING_SUBJECT && !titled) return [];
    if (named.length > 0) return named;
    // … or the place of an impersonal verb in the clause before ("Высказали обеспокоенность и в Анкаре").
    const impersonalVerb = tokens.slice(starts[c]!, from).some((t) => t.folded.length >= MIN_IMPERSONAL_VERB && g.impersonalVerb?.(t.folded) === true);
    return impersonalVerb ? places.filter((s) => s.token >= from && s.token < to) : [];
  };
  const relatives = new Set(g.relatives ?? []);
  const ofWords = new Set(g.ofWords ?? []);
  const isPronoun = pronounTest(g);
  // With a subject named in an earlier clause, a demonym after a common noun qualifies it ("…, ont, elles aussi,
  // condamné la décision indienne"): no subject placed after the verb, unless the noun is a government's.
  const governments = new Set(g.governmentNouns ?? []);
  const named = nameTokens(speakers);
  const qualifying = (s: Speaker) => {
    const own = tokens[s.token]!;
    const noun = tokens[s.token - 1];
    if (noun === undefined || common.has(noun.folded) || governments.has(noun.folded) || !/^ $/u.test(text.slice(noun.end, own.start))) return false;
    // German: a name in the genitive after a noun ("das Vorgehen Indiens").
    if (g.compounds === true) return s.base !== true && /s$/u.test(own.surface) && /^\p{Lu}/u.test(noun.surface) && !named.has(s.token - 1);
    return /^\p{Ll}/u.test(own.surface) && /^\p{Ll}/u.test(noun.surface);
  };
  // A sentence that opens with a pronoun continues the subject of the sentence before.
  // So does one that opens with its verb in a language that drops subject pronouns ("Condenó el ataque …").
  let previous: Speaker[] = continues || (tokens[0] && isPronoun(tokens[0])) || opensWithVerb(text, tokens, matches, g, inName) || opensWithPossessive(tokens, g) || opensReported(tokens, g) ? context() : [];
  let pending: Speaker[] = [];
  // A clause that opens with its names and holds little else: no verb of its own, so it is the next clause's subject.
  // What follows a comma inside it is a parenthetical ("Венгрия, напротив, …" is one clause: a list comma after a name).
  const subjectOnly = (from: number, to: number, own: readonly Speaker[]) => {
    let end = from + 1;
    while (end < to && !text.slice(tokens[end - 1]!.end, tokens[end]!.start).includes(',')) end++;
    // Every word of a name counts as the name's, and only other words count against its length ("La Ligue arabe et
    // l'Organisation de la coopération islamique (OCI) ont, elles aussi, …").
    const words = nameTokens(own);
    let others = 0;
    for (let k = from; k < end; k++) if (!words.has(k)) others++;
    return others <= SUBJECT_CLAUSE && own.some((s) => s.token <= from + 1) && tokens.slice(from, end).every((t, j) => common.has(t.folded) || words.has(from + j) || (j > 0 && /^\p{Lu}/u.test(t.surface)));
  };
  const ownPeople = g.ownPeople ?? [];
  const land = g.claimedLand ?? { verbs: [], objects: [] };
  const isLand = (t: WordToken) => land.objects.some((w) => t.folded.startsWith(w));
  // After the verb ("reclama más de la mitad del territorio"), or before it across a relative ("una zona … que China reclama").
  const claimsLand = (m: Match) => {
    if (!land.verbs.some((v) => tokens[m.start]!.folded.startsWith(v))) return false;
    if (tokens.slice(m.end, m.end + LAND_AFTER).some(isLand)) return true;
    const from = Math.max(0, m.start - LAND_BEFORE);
    return tokens.slice(from, m.start).some((t, j) => isLand(t) && tokens.slice(from + j + 1, m.start).some((r) => relatives.has(r.folded)));
  };
  // "поддерживает связь с властями": a verb of supporting that keeps contact or order up backs no one.
  const maintained = g.maintained ?? { verbs: [], objects: [] };
  const keepsUp = (m: Match) => !m.cue.nominal && maintained.verbs.some((v) => tokens[m.start]!.folded.startsWith(v)) && maintained.objects.some((o) => tokens[m.end]?.folded.startsWith(o) === true);
  const addressesOwnPeople = (from: number, to: number) => {
    for (let k = from; k < Math.min(to, from + OWN_PEOPLE_REACH); k++) {
      const t = tokens[k]!;
      if (g.isInfinitive?.(t.folded, tokens[k - 1]?.folded) === true) return false;
      if (ownPeople.some((w) => t.folded.startsWith(w))) return true;
    }
    return false;
  };
  // A party that denies its part goes on defending itself in the clauses after, while no new subject speaks: "a nié
  // tout déplacement de la frontière et accusé Tbilissi de « provocations »", "negó que se tratara de un ataque y aseguró
  // que …": its accusations there are no reaction to the event.
  const denying = new Set(g.denyingVerbs ?? []);
  const deniesIn = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (denying.has(tokens[k]!.folded) && tokens[k + 1]?.folded !== 'a') return true;
    return false;
  };
  let defending = false;
  // A rejection of charges is a denial, a stance on another matter ("wies die Vorwürfe zurück", "rejeté les accusations").
  // So is a rejection of the criticism the speaker drew ("Moskau wies die Kritik zurück"), which defends its own move.
  // The charge may stand right before the verb, as Russian puts its object ("В Москве эти обвинения отвергли"), or be
  // an attempt to charge ("respinto «i tentativi di accusare Managua»", "выступило против попыток обвинить").
  const chargeAt = (k: number) => lexicon.isDenialNoun(tokens[k]!) || (g.isInfinitive?.(tokens[k]!.folded, tokens[k - 1]?.folded) === true && lexicon.isChargeWord(tokens[k]!));
  const chargesParty = (m: Match, k: number) => lexicon.isChargeWord(tokens[m.start]!) && speakers.some((s) => s.token >= m.end && s.token < k);
  const deniedIn = (inClause: readonly Match[], from: number, to: number): boolean =>
    inClause.some(
      (m) =>
        m.cue.stance === 'opposed' &&
        // A charge is no rebuttal, whatever it names ("обвинила Никарагуа в преследовании критиков": critics, not
        // criticism); nor a denial once it names whom it charges ("acusó a Estados Unidos de eludir sus
        // responsabilidades": the responsibility is the accused's, shirked, not refused by the speaker).
        (tokens.slice(m.end, to).some((t, j) => (chargeAt(m.end + j) && !chargesParty(m, m.end + j)) || (!m.cue.nominal && !lexicon.isChargeWord(tokens[m.start]!) && lexicon.isRebuttalNoun(t))) ||
          (!m.cue.nominal && tokens.slice(Math.max(from, m.start - CHARGE_BEFORE), m.start).some((t) => lexicon.isDenialNoun(t))) ||
          rejectsWhatWasSaid(m, tokens, g)),
    );
  for (let c = 0; c < starts.length; c++) {
    const from = starts[c]!;
    const to = starts[c + 1] ?? tokens.length;
    // An aid verb counts only when what it moves is aid or money ("schickte Rettungsteams", "débloqué 2,5 millions d'euros").
    // What is sent may stand in the infinitive clause after the verb ("kündigten an, zehn Millionen Dollar bereitzustellen").
    // A word of a name is no aid ("Estados Unidos" is no "unidad", unit).
    const aidIn = (a: number, b: number) => stems.slice(a, b).some((s, j) => !inName.has(a + j) && isAidObject(s, tokens[a + j]!, lexicon)) || hasMoney(text, tokens, a, b);
    // Here or in the next clause when that clause has no speaker of its own (an infinitive clause after the verb).
    const nextEnd = starts[c + 2] ?? tokens.length;
    const hereOrAfter = (test: (a: number, b: number) => boolean) => test(from, to) || (ownOf(to, nextEnd).length === 0 && test(to, nextEnd));
    const aided = hereOrAfter(aidIn);
    // A verb of recalling counts only when an envoy is what it recalls ("rappelé son ambassadeur", not "a rappelé que").
    // German's perfect puts the participle after its object ("hat seinen Botschafter zurückgerufen").
    const envoyed = (m: Match) => !m.cue.envoy || tokens.slice(Math.max(from, m.start - ENVOY_REACH), Math.min(to, m.start + 1 + ENVOY_REACH)).some((t) => lexicon.isEnvoyNoun(t));
    // An offer whose object is mediation ("bot sich als Vermittler an", "a proposé sa médiation") is a call for
    // caution in the labelling guide (CAMEO 039, intent to mediate), not aid.
    // So is an offer to host talks ("a proposé d'accueillir des pourparlers"), whose verb of hosting welcomes nothing.
    // As with aid, the talks may stand in the infinitive clause after the offer ("bot an, Gespräche auszurichten").
    const mediatedIn = (a: number, b: number) => tokens.some((_, k) => k >= a && k < b && (lexicon.isMediationAt(tokens, k) || lexicon.isHostingAt(tokens, k)));
    const mediated = !aided && hereOrAfter(mediatedIn);
    // A verb of arriving after an article is its noun ("la llegada de la ayuda"): what is asked for or expected.
    const arrivalNoun = (m: Match) => m.cue.arrival && articles.has(tokens[m.start - 1]?.folded ?? '');
    // Troops an aid verb sends count as military aid (CAMEO 074: "enviará otros 400 soldados"): its object, a few
    // words on, unless they go to a border, the sender's own ("el envío de 1.500 soldados más a la frontera").
    const troopsSent = (m: Match) =>
      tokens.slice(m.start + 1, Math.min(to, m.start + TROOP_REACH)).some((t) => lexicon.isTroopNoun(t)) && !tokens.slice(from, to).some((t) => lexicon.isBorderNoun(t));
    // "a invité les deux pays à rouvrir …" or "al dialogo" asks them to act; "a invité le président à Paris" invites
    // him: a place's name after the verb's preposition, before any infinitive.
    const infinitiveAfter = (m: Match) => {
      for (let k = m.end; k < Math.min(tokens.length - 1, m.end + INFINITIVE_REACH); k++) {
        const t = tokens[k]!;
        if (g.isInfinitive?.(t.folded, tokens[k - 1]?.folded) === true) return true;
        // Spanish marks a person or state object with "a" right after the verb ("invitó a Malí a retomar …").
        if (INVITED_TO.has(t.folded) && /^\p{Lu}/u.test(tokens[k + 1]!.surface) && !(k === m.end && g.language === 'es')) return false;
      }
      return true;
    };
    // A relative clause after a noun that names no speaker describes that thing ("la coalizione che si oppone al
    // presidente", "le camp de Mbera, qui accueille 100 000 réfugiés"): its own verb is no one's reaction. A verb further
    // on may be the main clause's ("Les coprésidents …, qui représentent l'UE, l'OSCE et l'ONU, ont appelé …").
    const describesThing =
      from >= 2 && relatives.has(tokens[from]!.folded) && !named.has(from - 1) && !governments.has(tokens[from - 1]!.folded) && !common.has(tokens[from - 1]!.folded) && (articles.has(tokens[from - 2]!.folded) || ofWords.has(tokens[from - 2]!.folded));
    // A relative clause set off after a waiting subject describes it, and the verb after it is the subject's reaction
    // ("España, que no reconoce a Kosovo, pidió calma"): its own verb is background when a cue follows it.
    // The clause after must open with that verb, not a subject of its own. Aid given in the relative clause is given.
    const resumed = tokens[to] !== undefined && /^\p{Ll}/u.test(tokens[to]!.surface) && !articles.has(tokens[to]!.folded) && !objects.has(tokens[to]!.folded);
    const aside = relatives.has(tokens[from]?.folded ?? '') && pending.length > 0 && resumed && matches.some((m) => m.start >= to && m.start < nextEnd);
    const relativeVerb = (m: Match) => (describesThing && m.start - from <= RELATIVE_VERB_REACH) || (aside && !m.cue.aid);
    // A threat or an imposition holds out a penalty after its verb ("drohte mit Sanktionen", "verhängte Sanktionen");
    // "the closure threatens millions" threatens no one.
    const penaltyHeld = (m: Match) => !m.cue.penalty || punitiveAsked(m);
    // A charge ("нарушили воздушное пространство") is the event itself unless someone is reported to make it: a speech
    // verb in the sentence, or "that", "according to", a colon or a quotation mark before it.
    const reportedCharge = (m: Match) =>
      !m.cue.reported || tokens.some((t, k) => (k < m.start || k >= m.end) && speech.has(t.folded)) || tokens.slice(0, m.start).some((t) => according.has(t.folded) || statements.has(t.folded)) || /[:«"„“]/u.test(text.slice(0, tokens[m.start]!.start));
    // "s'est refusé à tout commentaire sur les affaires intérieures", "сославшись на принцип невмешательства во
    // внутренние дела": naming the matter internal to decline a comment on it is declining, not a neutral reaction.
    const declined = (m: Match) => m.cue.stance === 'neutral' && m.cue.cameo === '010' && tokens.slice(0, m.start).some((t) => (g.declineStems ?? []).some((d) => t.folded.startsWith(d)));
    // "soutient que …", "sostiene che …", "sostiene di voler …", "…, sostiene il governo, …": a verb of upholding that
    // reports a claim is a verb of saying, no support.
    const claims = (m: Match) => {
      if (!(g.claimVerbs ?? []).some((c) => tokens[m.start]!.folded.startsWith(c))) return false;
      const next = tokens.slice(m.end, m.end + CLAIM_REACH);
      if (next.some((t, j) => complementizers.has(t.folded) || (ofWords.has(t.folded) && g.isInfinitive?.(next[j + 1]?.folded ?? '', t.folded) === true))) return true;
      return m.start > 0 && /,\s*$/u.test(text.slice(tokens[m.start - 1]!.end, tokens[m.start]!.start)) && articles.has(tokens[m.end]?.folded ?? '');
    };
    // "Es handle sich um eine Angelegenheit der EU": a matter is someone's only when that someone is named after it
    // (an article or a preposition may stand between); "una questione di sopravvivenza" names a kind of matter.
    const ownerNamed = (m: Match) => !m.cue.owned || [m.end, m.end + 1, m.end + 2].some((k) => named.has(k));
    const read = matches.filter((m) => m.start >= from && m.start < to && !relativeVerb(m) && ownerNamed(m) && (!m.cue.aid || aided || mediated || troopsSent(m)) && envoyed(m) && !arrivalNoun(m) && !lexicon.isHostingAt(tokens, m.start) && (!m.cue.toInfinitive || infinitiveAfter(m)) && penaltyHeld(m) && reportedCharge(m) && !declined(m) && !claims(m) && !praisedObject(m) && !keepsUp(m));
    // "nannte die Ziele „unrealistisch“": a negative word introduced by a naming verb opposes; the naming verb alone is no reaction.
    const naming = read.find((m) => m.cue.naming || m.cue.describing);
    // Where the language marks what is named ("bezeichnete die Gefahr als gering", "stufte … als Provokation ein"), the
    // words before the marker are the thing judged, not the judgement.
    const marker = naming && g.namingMarkers ? tokens.findIndex((t, k) => k >= naming.end && k < to && g.namingMarkers!.includes(t.folded)) : -1;
    const all = marker < 0 ? read : read.filter((m) => !(m.cue.named && m.start > naming!.start && m.start < marker));
    // A copula does what a naming verb does ("Die Entscheidung sei ein Fehler, sagte …").
    // Russian writes the present copula as a dash ("Это решение — ошибка"): a clause the dash opens after a verbless one.
    const dashed = g.dashCopula === true && c > 0 && /^\s*[—–]\s*«?$/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start)) && !matches.some((m) => m.start >= starts[c - 1]! && m.start < from);
    // Russian leaves the present copula unwritten after "это" ("«Это подлое убийство», — заявили …").
    // So does a quotation opening with a copula and no subject ("« C'est une honte », a déclaré …").
    const demonstrative = (m: Match) =>
      ((g.demonstrativeCopula !== undefined && tokens[from]?.folded === g.demonstrativeCopula) || (from === 0 && verdictOpenerAt(text, tokens, 0, g))) && m.start - from <= DEMONSTRATIVE_REACH;
    // A matter said to be someone's may come before a verb-final copula ("…, dass es sich um eine Angelegenheit der EU handle").
    const copula = (m: Match) => dashed || demonstrative(m) || tokens.slice(from, m.cue.owned ? to : m.start).some((t) => copulas.has(t.folded) || copulas.has(t.surface.toLowerCase()));
    // What a speaker calls the charges against it ("parla di accuse «prive di fondamento»", "обвинения назвали
    // «беспочвенными»") is a denial, no reaction to the event.
    const calledCharges = (m: Match) => m.cue.namingOnly && tokens.slice(from, m.start).some((t) => lexicon.isDenialNoun(t));
    const inClause = all.filter((m) => !m.cue.naming && !m.cue.describing && (!m.cue.named || (naming !== undefined && naming.start < m.start) || ((!m.cue.namingOnly || demonstrative(m)) && copula(m))) && !calledCharges(m));
    const own = ownOf(from, to);
    // A name after the clause's first cue is its object ("et accusé Tbilissi"): only one before it is a new subject.
    const firstCue = inClause.length > 0 ? Math.min(...inClause.map((m) => m.start)) : to;
    // Refusing to do something is no denial ("se negó a reconocer").
    defending = (defending && !own.some((s) => s.token < firstCue)) || deniesIn(from, to);
    if (inClause.length === 0) {
      // A relative clause describes the subject before it ('La Suisse, qui préside l'OSCE, a salué …'): its names are no new subject.
      // A place set off by a preposition of origin ("Depuis Le Caire, le secrétaire général …") is where the subject
      // spoke, not the subject.
      const named = own.filter((s) => !setOffPlace(s, from));
      const placeOnly = named.length < own.length;
      // A clause that opens with its verb while a subject waits is that subject's ("Bolivien hingegen stellte sich an
      // die Seite Perus und verurteilte …"): the names inside it are complements.
      const waiting = pending.length > 0 && !own.some((s) => s.token <= from + 1);
      // Names a preposition governs are complements ("…, die Krankheit könne sich in den Tschad ausbreiten, und rief …"):
      // they do not take over from the subject before.
      // A short lower-case word between stands for an article where the grammar lists none ("in den Tschad").
      const governed = (k: number) => objectMarked(tokens, k, g, objects) || (k >= 2 && objects.has(tokens[k - 2]!.folded) && /^\p{Ll}{2,4}$/u.test(tokens[k - 1]!.surface));
      // So are names in an oblique case, in a language with cases ("встали на сторону Кувейта", genitive).
      const subjects = previous.length > 0 ? named.filter((s) => !governed(s.token) && (g.nominativeEndings === undefined || s.base === true)) : named;
      if (waiting) previous = pending;
      else if (subjects.length > 0 && !relatives.has(tokens[from]?.folded ?? '')) previous = subjectGroup(subjects, tokens, g);
      // A clause of names alone is a subject that a parenthetical or relative clause parts from its verb ("Венгрия,
      // напротив, приветствовала …", "Russland, das den Pakt nicht unterzeichnet hat, kritisierte …").
      // An apposition naming someone else keeps it ("Die Türkei, ein enger Verbündeter Aserbaidschans, begrüßte …").
      if (own.length > 0 && subjectOnly(from, to, own) && !placeOnly) pending = firstGroup(own, tokens, g);
      else if (own.some((s) => s.token <= from + 1)) pending = [];
      continue;
    }
    const first = inClause[0]!.start;
    // With a subject waiting from an earlier clause ("Moscou, qui dispose d'une base à Gumri, dans le nord de l'Arménie,
    // a appelé …"), a name after a preposition before the verb is a complement of the words between, not the subject.
    // So is a name after the verb that opens the clause ("Pékin, premier créancier du pays, aurait assuré La Paz de son
    // soutien"): the verb's object.
    const opener = tokens[from];
    // Not an article, a join, a contrast or a complementizer (the words a particle may precede), a preposition, a pronoun,
    // a relative or "according to".
    const verbOpens = opener !== undefined && /^\p{Ll}/u.test(opener.surface) && !lexicon.particleFollowers.has(opener.folded) && !objects.has(opener.folded) && !isPronoun(opener) && !relatives.has(opener.folded) && !according.has(opener.folded);
    const complement = (s: Speaker) => pending.length > 0 && (objectMarked(tokens, s.token, g, objects) || objectMarked(tokens, s.token, g, sourceMarkers) || (verbOpens && s.token > from));
    // "Desde Washington, la directora gerente del FMI … saludó", "Depuis Le Caire, le secrétaire général de la Ligue arabe
    // a exhorté …": a place set off before the subject is where it spoke.
    const setOff = (s: Speaker) => setOffPlace(s, from) && own.some((o) => o.token > (s.last ?? s.token) && o.token < first);
    // A verb joined by "and" right after the join continues the subject of the clause before, and a name after it is
    // its object ("… und sicherte Indien … Solidarität zu", "… et assuré l'Inde de sa solidarité").
    // So does a present participle of a cue opening a clause after a comma ("Ottawa a emboîté le pas, qualifiant
    // l'assaut de …"); another participle recalls ("…, ricordando il proprio sostegno alla Convenzione").
    const participle =
      all.some((m) => m.start === from) && g.isPresentParticiple?.(tokens[from]?.folded ?? '') === true && /,/u.test(text.slice(tokens[from - 1]?.end ?? 0, tokens[from]!.start));
    // "… e ha invitato Zagabria …", "… y ha pedido …": a short auxiliary before the cue is the joined verb's too.
    const auxiliaryBefore = (k: number) => all.some((m) => m.start === k + 1) && /^\p{Ll}{1,5}$/u.test(tokens[k]?.surface ?? '') && !articleSet.has(tokens[k]!.folded) && !objects.has(tokens[k]!.folded) && !isPronoun(tokens[k]!);
    const joinedVerb = c > 0 && previous.length > 0 && ((joins.has(tokens[from]?.folded ?? '') && (verbWord(tokens[from + 1]) || auxiliaryBefore(from + 1))) || participle);
    // "В самой Индии решение поддержала оппозиция": a state in the place role before a verb that has a subject of its
    // own (not the impersonal plural of "В Индии решение поддержали") is where, not who.
    // A capital's place role is read apart (placeSpeakers); a reaction noun agrees with its own verb ("Из Москвы
    // последовала резкая критика").
    const placedOnly = (s: Speaker) =>
      g.impersonalVerb !== undefined &&
      s.place !== true &&
      s.seat !== true &&
      s.actor.kind === 'country' &&
      !inClause.some((m) => m.cue.nominal) &&
      [s.token - 1, s.token - 2].some((k) => k >= 0 && locatives.has(tokens[k]!.folded) && tokens.slice(k + 1, s.token).every((t) => /^\p{Ll}/u.test(t.surface))) &&
      !tokens.slice(from, first + 1).some((t) => t.folded.length >= MIN_IMPERSONAL_VERB && g.impersonalVerb!(t.folded));
    // "En el este de Libia, el Ejército … rechazó", "In der Türkei begrüßte die Handelskammer …": a state in a place
    // phrase opening the sentence is where, when a subject of its own follows that is no state's body or office.
    const placedBeforeSubject = (s: Speaker) => {
      if (c !== 0 || s.actor.kind !== 'country' || s.place === true || s.seat === true || !placePrepositions.has(tokens[from]?.folded ?? '') || s.token > from + FRONTED_PLACE_WORDS) return false;
      const comma = /^\s*,/u.test(text.slice(tokens[s.last ?? s.token]!.end));
      const subject = comma ? (s.last ?? s.token) + 1 : g.verbSecondOpeners !== undefined && s.token < first ? first + 1 : -1;
      if (subject < 0 || subject >= tokens.length || (comma && subject >= first)) return false;
      const { articles, stateWords } = placeSubjectWordsOf(g);
      if (!articles.has(tokens[subject]!.folded)) return false;
      const phrase = tokens.slice(subject + 1, comma ? first : subject + 1 + FRONTED_PLACE_WORDS);
      return !phrase.some((t) => stateWords.some((w) => t.folded === w || (g.compounds === true && t.folded.endsWith(w))));
    };
    const before = joinedVerb ? [] : firstGroup(own.filter((s) => s.token < first && !complement(s) && !setOff(s) && !placedOnly(s) && !placedBeforeSubject(s)), tokens, g);
    // A pronoun before the cue is the subject ("Zugleich forderte sie Moskau auf"): actors after the cue are objects.
    // So is a government's noun naming no state ("El Ministerio de Asuntos Exteriores expresó …" after "España condenó
    // …"): it refers back, and a name after the verb is its object's ("… a las instituciones gambianas").
    const pronounSubject = joinedVerb || (before.length === 0 && (tokens.slice(from, first + 2).some(isPronoun) || tokens.slice(from, first).some((t) => governments.has(t.folded))));
    const agents = agentsOf(from, to, first);
    // A copula names no speaker after it ("El acuerdo es positivo para la economía de Brasil"): its speaker is the
    // clause's subject, a source before it ("Para Londres, …") or the speaker of the quote.
    const copular = inClause.every((m) => m.cue.named && !(naming !== undefined && naming.start < m.start));
    const sourced = before.length === 0 && !copular ? sourcesOf(inClause[0]!, to) : [];
    // Names after the verb are its subject placed last, unless a preposition of origin makes them a complement while a
    // subject stands in the clause before ("Le Premier ministre indien, lui, a émis des doutes sur la sincérité de Pékin").
    // With cases, a subject after its verb is in the nominative ("приветствует … на востоке Украины" names a place), or
    // the possessor closing the clause stands for its title ("… осудил МИД Франции"), with no preposition between, or
    // it is the place of an impersonal verb ("Решение приветствовали в Токио").
    // The possessor's head is a body or an office ("МИД Франции", "министр иностранных дел Франции"), not a thing
    // ("приняли к сведению решение Москвы"): a lower-case noun before it is a government's, an office's or a short one.
    const titledPossessor = (s: Speaker) => {
      const head = tokens[s.token - 1];
      if (head === undefined || !/^\p{Ll}{4,}$/u.test(head.surface)) return true;
      return governments.has(head.folded) || (g.stateOffices ?? []).some((o) => head.folded.startsWith(o)) || common.has(head.folded);
    };
    const nominative = (s: Speaker) =>
      g.nominativeEndings === undefined || s.base === true || s.place === true || placedAfterVerb(s) || ((s.last ?? s.token) >= to - 1 && titledPossessor(s) && !tokens.slice(first + 1, s.token).some((t) => objects.has(t.folded)));
    // Whom a call addresses follows its verb as its object, where the language says so ("esorta le autorità iraniane a
    // …"): a name after an appeal verb with only lower-case words between is the addressee.
    const addressee = (s: Speaker) => g.appealObjectFollows === true && inClause[0]!.cue.appeal && tokens.slice(inClause[0]!.end, s.token).every((t) => !/^\p{Lu}/u.test(t.surface));
    // A verb in the first person has the quote's speaker as its subject: names after it in the quote are objects.
    // So does a first-person pronoun right before it in a quote ("«Мы готовы оказать Душанбе …»").
    const firstPerson =
      (!inClause[0]!.cue.nominal && (g.firstPersonEndings ?? []).some((e) => tokens[first]!.folded.endsWith(e))) ||
      (tokens.slice(Math.max(0, first - FIRST_PERSON_REACH), first).some((t) => (g.firstPersonPronouns ?? []).includes(t.folded)) && inQuote(first));
    // "un comité de expertos respaldado por la ONU": a participle right after a noun describes it, and its agent is no
    // subject placed after the verb.
    const describing = describesNoun(inClause[0]!);
    const describedAgent = (s: Speaker) => describing && s.token <= inClause[0]!.end + 2 && introducedBy(s.token, agentMarkers, 2);
    const after = copular ? [] : own.filter((s) => s.token > first && !describedAgent(s) && !(firstPerson && inQuote(s.token)) && nominative(s) && !addressee(s) && !((previous.length > 0 || g.compounds === true) && qualifying(s)) && !(previous.length > 0 && introducedBy(s.token, sourceMarkers, 2)));
    // In a language with cases, inflected names before the verb are its objects when names in the nominative close the
    // clause after it ("Помощь Индонезии также предложили Китай, Япония и Австралия", "Решение Вашингтона осудил МИД Франции").
    const closing = firstGroup(after, tokens, g);
    // Names right after a noun cue, one or a list, are its possessors ("«двусторонним делом Ашхабада и Анкары»"), no
    // subject closing the clause.
    const possessed = (s: Speaker) => inClause.some((m) => m.cue.nominal && s.token >= m.end && s.token <= m.end + 2 && tokens.slice(m.end, s.token).every((t, j) => joins.has(t.folded) || own.some((o) => o.token === m.end + j)));
    const inverted =
      g.nominativeEndings !== undefined &&
      before.length > 0 &&
      !closing.some(possessed) &&
      before.every((s) => !s.base) &&
      closing.length > 0 &&
      // A possessor that is the clause's last word ("… осудил МИД Франции") stands for its head noun, the subject.
      closing.every((s) => s.base || s.token === to - 1) &&
      closing[closing.length - 1]!.token >= to - 2 &&
      closing.length === after.length;
    // In a verb-second language a clause opened by a prepositional phrase ("Auf Bitten Jakartas aktivierte die EU …")
    // has its subject right after the verb: names in the fronted phrase are its objects or possessors.
    const frontedPhrase =
      !inverted &&
      (g.verbSecondOpeners ?? []).includes(tokens[from]?.folded ?? '') &&
      before.length > 0 &&
      closing.length > 0 &&
      closing[0]!.token <= first + VERB_SECOND_REACH;
    // A short last clause of names is the subject placed after its verb ("…, с критикой выступила и ОПЕК"), before the
    // subject of the clause before.
    const late = before.length === 0 && after.length === 0 ? trailing(c) : [];
    const parted = before.length === 0 && !pronounSubject ? pending : [];
    // What a copula calls a named actor is the judgement of whoever a later clause says said so ("Der Iran sei eine
    // Bedrohung, sagte Israels Premier"): the name before the copula is what was judged.
    const reporter = copular && before.length > 0 && agents.length === 0 ? quoted(c).filter((s) => !before.some((b) => b.actor.key === s.actor.key)) : [];
    // What a copula judges in a clause a verb of saying reports ("La Finlande a déclaré que la décision de l'Estonie était
    // une erreur", "Finnland sagte, der Schritt Estlands sei ein Fehler") is the reporter's judgement: the names before
    // the copula are what was judged.
    const reported = copular && before.length > 0 && agents.length === 0 && c > 0 && previous.length > 0 && tokens.slice(starts[c - 1]!, from).some((t) => speech.has(t.folded)) && !previous.some((p) => before.some((b) => b.actor.key === p.actor.key));
    let subjects = agents.length > 0 ? agents : reported ? previous : reporter.length > 0 ? reporter : inverted || frontedPhrase ? closing : before.length > 0 ? before : sourced.length > 0 ? sourced : pronounSubject ? (c === 0 ? context() : previous) : parted.length > 0 ? parted : after.length > 0 ? after : late.length > 0 ? late : previous;
    // A charge ("…, das Memorandum verletze die Rechte …", "que el memorando vulnera …") is its reporter's: the names
    // before it in its clause are what is charged. The reporter is a source ("Secondo un portavoce …"), the subject of
    // the clause before, or who a later clause says said it.
    // A verb of its own before the charge ("a défendu le « droit souverain » de la Libye") keeps the clause's subject.
    if (agents.length === 0 && inClause.some((m) => m.cue.reported) && inClause[0]!.cue.reported) {
      const charged = new Set(before.map((b) => b.actor.key));
      subjects = (sourced.length > 0 ? sourced : c > 0 && previous.length > 0 ? previous : quoted(c)).filter((s) => !charged.has(s.actor.key));
    }
    pending = [];
    if (subjects.length === 0) subjects = trailing(c);
    if (subjects.length === 0) subjects = quoted(c, copular);
    // Aid that arrives speaks for where it comes from ("Aus den Nachbarländern Argentinien und Peru trafen Rettungsteams
    // ein", "llegaron equipos de rescate de Argentina"): the names a preposition of origin introduces, or no one.
    if (inClause.some((m) => m.cue.arrival)) {
      const origin = speakers.find((s) => s.token >= from && s.token < to && tokens.slice(Math.max(from, s.token - ORIGIN_REACH), s.token).some((t) => sourceMarkers.has(t.folded)));
      subjects = origin ? firstGroup(speakers.filter((s) => s.token >= origin.token && s.token < to), tokens, g) : [];
    }
    // "Más prudente, Chile hizo votos …", "Plus mesuré, Berlin a …": an adjective alone opening the sentence describes
    // the subject of the clause after it, whatever its verb.
    if (subjects.length === 0 && c === 0 && to - from <= FRONTED_ADJECTIVE && inClause.every(adjectiveOnly)) {
      const next = starts[1] ?? tokens.length;
      subjects = firstGroup(speakers.filter((s) => s.token >= next && s.token < (starts[2] ?? tokens.length) && !objectMarked(tokens, s.token, g, objects)), tokens, g);
    }
    // A verb joined to this one continues its subject ("Turquía condenó los ataques israelíes y pidió …"), not a name
    // in its object; a clause whose subject came from before keeps that subject.
    // A pronoun's subject is the one it refers to ("Er rief Iran auf, … und mahnte …"), not a name in its object.
    // A subject after a fronted phrase is the one the next clause continues, not a name in that phrase.
    if (own.length > 0 && !relatives.has(tokens[from]?.folded ?? '')) previous = subjects.length > 0 && (before.length === 0 || frontedPhrase) ? subjects : subjectGroup(own, tokens, g);
    if (subjects.length === 0) continue;
    // A passive verb names who judged only by its agent ("fue respaldado por otros líderes", "è stato avvertito a
    // Roma"): without an actor there, its subject is what was judged, and no one reacted in this clause.
    // A word of impunity only looks like a participle ("wird nicht ungestraft bleiben").
    if (agents.length === 0 && !inClause[0]!.cue.nominal && !inClause[0]!.cue.impunity && auxiliaryOf(from, first) >= 0) continue;
    // A participle set off after a noun with its agent ("Le gouvernement, soutenu par l'armée, affirme …", "Il governo,
    // sostenuto dai militari, …") describes the noun: only an actor as its agent judged.
    if (inClause.every(reducedPassive)) continue;
    // German closes a passive with its participle and "worden" ("der Iran sei … gewarnt worden", "wurde der Iran
    // aufgefordert, …"): its grammatical subject was addressed, whatever word of judgement the clause holds.
    if (agents.length === 0 && subjects === before && germanPassive(tokens, from, to, g)) continue;
    // Hypothetical: a conditional anywhere in this clause or the next ("s'est dit prêt à aider si …").
    // … or a condition placed before it ("Si se confirma el ataque, Chile lo condenará", "Falls …, will …").
    // German also fronts a condition by its verb alone ("Sollte sich der Angriff bestätigen, werde Polen …").
    const fronted = c > 0 && (conditionals.has(tokens[starts[c - 1]!]!.folded) || (c === 1 && verbFirst.has(tokens[0]!.folded)));
    const conditionalHere = tokens.slice(from, to).some((t) => conditionals.has(t.folded));
    // A condition after a comma may open with its verb too ("…, sollte die Regierung darum bitten").
    const conditionalNext =
      tokens.slice(to, nextEnd).some((t) => conditionals.has(t.folded) && !whether.has(t.folded)) ||
      tokens.some((t, k) => k > from && verbFirst.has(t.folded) && /,\s*$/u.test(text.slice(tokens[k - 1]!.end, t.start)));
    // A doubt takes a "whether" clause ("zeigte sich skeptisch, ob …", "doute que … si"): that clause is what it doubts.
    const doubting = inClause.every((m) => m.cue.stance === 'skeptical');
    // A warning's condition after it is part of what it warns of ("warnte vor einer Hungerkatastrophe, sollte der
    // Hafen geschlossen bleiben"): the alarm itself is real.
    const warning = inClause.every((m) => m.cue.stance === 'cautious' && !m.cue.appeal) && !tokens.slice(from, first).some((t) => conditionals.has(t.folded) || modals.has(t.surface.toLowerCase()));
    // An offer stays on its condition however many clauses stand between ("готов вновь выступить посредником, как летом
    // 2025 года, если об этом попросят обе стороны").
    const offerCondition = inClause.every((m) => m.cue.aid) && tokens.slice(to).some((t) => conditionals.has(t.folded) && !whether.has(t.folded));
    // … or the clause is the condition itself, opened right after "on condition" ("a condizione che entrambi i governi lo
    // chiedano", "à condition que"): what it holds is asked of others.
    const isCondition = tokens.slice(Math.max(0, from - CONDITION_OPENING), from + 1).some((t) => conditionals.has(t.folded));
    const hypothetical = fronted || (conditionalHere && !warning) || (conditionalNext && !doubting && !warning) || offerCondition || isCondition;
    if (hypothetical) continue;
    const denial = deniedIn(inClause, from, to);
    if (denial) defending = true;
    // So does a denial the same subject goes on to make later in the sentence ("lamentó la muerte de los dos hombres,
    // pero rechazó cualquier responsabilidad"): the regret before it is the accused party's own.
    // Read only for a clause with a cue of opposition, the only stance it drops.
    let laterDenial: boolean | undefined;
    const deniesLater = (): boolean =>
      (laterDenial ??=
        !denial &&
        starts.some((st, d) => {
          if (d <= c) return false;
          const end = starts[d + 1] ?? tokens.length;
          return ownOf(st, end).length === 0 && deniedIn(matches.filter((m) => m.start >= st && m.start < end), st, end);
        }));
    // A verb of avoiding governs the clause after it when that clause has no subject of its own ("vermied es, … zu verurteilen").
    const avoidFrom = own.length === 0 && c > 0 ? starts[c - 1]! : from;
    const speakersHere = own.length;
    // What a naming verb's quoted word is said of, after it, is the thing named ("ha definito «preoccupante» qualsiasi
    // minaccia"): no cue of its own.
    const namedWord = naming ? inClause.find((m) => m.cue.namingOnly && m.start > naming.start) : undefined;
    for (const m of inClause) {
      if (namedWord && m.cue.nominal && !m.cue.namingOnly && m.start > namedWord.start) continue;
      // A word of sorrow for the victims ("«profondamente addolorato» per le vittime", "attristé par la perte de vies")
      // is a condolence, no stance; a verb of condemning stays one whoever it names.
      if (m.cue.nominal && m.cue.stance === 'opposed' && tokens.slice(m.end, Math.min(to, m.end + SORROW_REACH)).some((t) => lexicon.isVictimNoun(t))) continue;
      // The penalty may follow an apposition set off by commas ("a condamné X, figure de …, à 24 ans"): the sentence bounds it.
      if (sentencing(tokens, m, tokens.length, g)) continue;
      // German puts the negation after its verb; any language may put it after a reaction noun ("Осуждения со стороны
      // Китая не последовало", "Kritik aus Ankara blieb nicht aus"): there the whole clause counts.
      const window = tokens.slice(from, Math.min(to, m.end + (g.language === 'de' || m.cue.nominal ? to : 0)));
      // A cue that carries its own negation ("aucune objection", "не возражает") keeps its reading beside the verb's
      // ("n'a soulevé aucune objection": French and Russian negate twice).
      const ownNegation = m.cue.stance === 'neutral' && m.end - m.start > 1 && negations.has(tokens[m.start]!.folded);
      // A negation inside the cue's own words is the cue's ("rien ne justifie", "ничто не оправдывает").
      const inCue = (k: number) => k >= m.start && k < m.end;
      if (!m.cue.impunity && window.some((t, j) => from + j !== m.start && ((!ownNegation && !inCue(from + j) && negates(from + j, m.start)) || modals.has(t.surface.toLowerCase())))) continue;
      // A refusal to comment or to speak out declines, it rejects nothing ("a refusé de commenter", "se negó a hacer comentarios").
      // Not the rejection of what someone said, whose noun follows its article ("rechazó las declaraciones de …",
      // "a rejeté les déclarations"): a refusal's complement is an infinitive or a bare noun ("tout commentaire").
      const declined = tokens.slice(m.end, m.end + COMMENT_REACH).findIndex((t) => commenting.has(t.folded));
      if (m.cue.stance === 'opposed' && !m.cue.nominal && declined >= 0 && !tokens.slice(m.end, m.end + declined).some((t) => articles.has(t.folded) || possessiveWords.has(t.folded))) continue;
      if (tokens.slice(avoidFrom, m.start).some((t) => avoidances.has(t.folded))) continue;
      // "sans condamner", "ohne … zu verurteilen", "sin criticar": the reaction did not happen.
      if (withoutBefore(m.start)) continue;
      // What a speaker would comment on is no reaction of its own ("отказались комментировать протесты").
      if (tokens.slice(Math.max(from, m.start - COMMENTED_REACH), m.start).some((t) => commenting.has(t.folded))) continue;
      // What a speaker is studying is no reaction of its own ("examinait la demande d'une réunion").
      if (tokens.slice(from, m.start).some(studying)) continue;
      // A reaction an actor is believed or expected to make ("Ich rechne damit, dass Vietnam protestiert", "Prevedo che
      // Hanoi protesterà") is the speaker's guess: an actor in the "that"-clause after a verb of believing did not react.
      if (guessed(m.start)) continue;
      // A noun of reacting before its verb of avoiding ("от осуждения воздержался"): no reaction either.
      if (m.cue.nominal && tokens.slice(m.end, Math.min(to, m.end + AVOID_AFTER)).some((t) => avoidances.has(t.folded))) continue;
      if (!m.cue.nominal && g.isShortPassive?.(tokens[m.start]!.folded) === true) continue;
      // An adjective in an oblique case qualifies a noun ("вывод незаконных формирований"): no one's judgement, unless
      // a naming verb calls something so ("назвала действия незаконными").
      if (adjectiveOnly(m) && g.isObliqueAdjective?.(tokens[m.start]!.folded) === true && !(naming && naming.start < m.start)) continue;
      // So does an inflected adjective before a noun, where nouns are capitalised ("eine skandalöse Inflation"): a
      // judgement is predicative ("sei skandalös", "nannte … skandalös"), or what a naming verb or copula introduces.
      if (adjectiveOnly(m) && attributive(m.start) && !(naming && naming.start < m.start) && !copula(m)) continue;
      // Romance languages put the adjective after its noun ("mineros ilegales", "l'économie illégale", "cercatori d'oro
      // illegali"): there too it qualifies the noun, unless a naming verb or a copula introduces it or it is quoted.
      // A verb of judging before it, with no "that" between, makes it the object's complement (see judged).
      // "que las elecciones se celebren en la fecha prevista": held, not celebrated.
      // In a "that"-clause: "se celebró el acuerdo" alone is the agreement celebrated.
      if (tokens[m.start - 1]?.folded === 'se' && (g.heldVerbs ?? []).some((v) => tokens[m.start]!.folded.startsWith(v)) && tokens.slice(from, m.start).some((t) => complementizers.has(t.folded))) continue;
      // A count's qualifier is no one's judgement ("con 98 voti favorevoli e 19 contrari").
      if (m.cue.nominal && m.start >= 2 && DIGITS.test(tokens[m.start - 2]!.surface) && /^\s+$/u.test(text.slice(tokens[m.start - 2]!.end, tokens[m.start - 1]!.start)) && !inQuote(m.start)) continue;
      if (adjectiveOnly(m) && m.cue.stance === 'opposed' && postposed(m.start) && !(naming && naming.start < m.start) && !copula(m) && !inQuote(m.start) && !judged(from, m.start)) continue;
      // A participle agreeing with the noun before it describes that noun ("vientos sostenidos", "las
      // irregularidades denunciadas"); a perfect or a passive has its auxiliary there instead.
      // After an article it is a noun ("los acusados", "gli accusati"): a participle takes no article as a verb.
      if (!m.cue.nominal && m.end - m.start === 1 && m.start > 0 && g.isAgreeingParticiple?.(tokens[m.start]!.folded) === true && /^\p{Ll}/u.test(tokens[m.start - 1]!.surface) && (!common.has(tokens[m.start - 1]!.folded) || articles.has(tokens[m.start - 1]!.folded))) continue;
      // What a call asks for ("forderte Minsk auf, … zu verurteilen", "потребовала осудить") is the call, no reaction of its own.
      // So is a word inside the infinitive clause that closes a call ("rief Harare auf, das Recht auf friedlichen Protest
      // zu achten").
      const inAsked = !m.cue.appeal && speakersHere === 0 && g.isInfinitive?.(tokens[to - 1]!.folded, tokens[to - 2]?.folded) === true;
      const asked = inAsked || (!m.cue.appeal && g.isInfinitive?.(tokens[m.start]!.folded, tokens[m.start - 1]?.folded));
      if (asked && matches.some((a) => a.cue.appeal && a.start < m.start && a.start >= (c > 0 ? starts[c - 1]! : from))) continue;
      // So is what stands between a separable call and its particle ("rief zu Dialog und zur Achtung der Integrität auf"),
      // unless it asks for a protest, which opposes ("rief zu einem Generalstreik auf", CAMEO 14).
      if (!m.cue.appeal && m.cue.cameo?.startsWith('14') !== true && matches.some((a) => a.cue.appeal && a.closeAt !== undefined && a.start < m.start && m.start < a.closeAt)) continue;
      // So is a noun of conflict or blame a call asks to end, a few words on in its clause ("a appelé « à la cessation
      // immédiate des hostilités »", "rief zur Beendigung der Gewalt auf"): what the call is about, not the caller's verdict.
      // A strike or a boycott called for opposes, as above.
      if (m.cue.nominal && (m.cue.stance === 'opposed' || m.cue.stance === 'skeptical') && m.cue.cameo?.startsWith('14') !== true && matches.some((a) => a.cue.appeal && a.end <= m.start && m.start - a.end <= APPEAL_NOUN_REACH && a.start >= from)) continue;
      // So is the clause a call's "that" opens ("pidió que la votación se celebre …", "a demandé que …").
      if (!m.cue.appeal && complementizers.has(tokens[from]?.folded ?? '') && matches.some((a) => a.cue.appeal && a.end <= from && a.end >= from - APPEAL_TO_THAT)) continue;
      // An appeal for help is made by who needs it ("ha chiesto aiuto a tutti i Paesi amici", "pidió ayuda
      // internacional"): a request, no reaction; a pledge names an amount or an aid verb instead.
      if (m.cue.appeal && tokens.slice(m.end, Math.min(to, m.end + ASKED_AID_REACH)).some((t) => lexicon.isAidNoun(t)) && !hasMoney(text, tokens, from, to)) continue;
      // "Noboa sostiene che i suoi soldati …": a verb of supporting before a "that"-clause claims, it supports nothing.
      if ((complementizers.has(tokens[m.end]?.folded ?? '') || claimedInfinitive(m.end)) && claiming.some((c) => tokens[m.start]!.folded.startsWith(c))) continue;
      // A claim to land or waters is a standing territorial claim, no appeal about the event ("Uganda sigue reclamando
      // las aguas que la rodean", "una zona … que China reclama", "reclama más de la mitad del territorio beliceño").
      if (m.cue.appeal && claimsLand(m)) continue;
      // Advice to one's own people ("pidió a su personal que no saliera de casa", "рекомендовали российским туристам
      // воздержаться от поездок", "ha chiesto alla popolazione di restare a casa") judges no one: no reaction.
      // Only as the appeal's addressee, before any infinitive: "потребовали освободить своих граждан" asks to free them.
      if (m.cue.appeal && addressesOwnPeople(m.end, to)) continue;
      let stance = m.cue.stance;
      let code = m.cue.cameo;
      if (m.cue.aid && mediated) {
        stance = 'cautious';
        code = MEDIATION_CODE;
      }
      // A hope or an appeal for stability, calm or dialogue asks the parties to hold back: a call for caution
      // ("выразил надежду на восстановление стабильности", "hoffte auf Dialog"), as in English.
      if (stance === 'supportive' && (m.cue.cameo?.startsWith('02') === true || m.cue.cameo === '013') && tokens.slice(m.end, m.end + RESTRAINT_REACH + namesAfter(m.end)).some((t) => lexicon.isRestraintWord(t))) stance = 'cautious';
      // So does coming out for a course of restraint, by a verb and its preposition ("выступило за «прозрачность и
      // диалог»"): the backing is of a way to hold back, not of the move ("Peking lobte die Stabilität" stays praise).
      if (stance === 'supportive' && !m.cue.nominal && !m.cue.aid && m.end - m.start > 1 && common.has(tokens[m.end - 1]!.folded) && tokens.slice(m.end, m.end + BACKED_REACH).some((t) => lexicon.isRestraintWord(t))) stance = 'cautious';
      // An appeal for sanctions or punishment opposes the move ("pidió sanciones contra …", "forderte Sanktionen"), unless
      // it asks for restraint first ("призвала к сдержанности …, указав, что санкции …") or the punishment is the subject
      // of a clause of its own ("ha chiesto che le sanzioni non colpiscano …").
      const punitive = (m.cue.appeal || m.cue.cameo?.startsWith('02') === true) && punitiveAsked(m);
      if (punitive) stance = 'opposed';
      // A warning of what the speaker itself will do ("advirtió que responderá de manera proporcional", "a averti qu'il
      // répondrait") threatens: opposed, as the labelling guide reads threats.
      // On a condition ("advirtió que revisaría su cooperación si …") the threat is no reaction yet, as the guide reads
      // conditional threats.
      if (stance === 'cautious' && !m.cue.nominal && !m.cue.appeal && m.cue.cameo === WARN_CODE && ownFutureAfter(m.end)) {
        if (tokens.slice(m.end).some((t) => conditionals.has(t.folded) && !whether.has(t.folded))) continue;
        stance = 'opposed';
      }
      // So does a demand to undo it: to free those it holds or pull back its forces (CAMEO 10, demand release or
      // withdrawal), unless the sentence asks the parties for restraint too ("invitato le parti alla moderazione e
      // chiesto il rilascio dei fermati"): then it is a call for caution.
      const undoing = (m.cue.appeal || m.cue.cameo?.startsWith('02') === true) && stance === 'cautious' && releaseAsked(m);
      if (undoing) stance = 'opposed';
      // A call or warning against hasty conclusions or against politicising the matter ("warnte vor voreiligen Schlüssen",
      // "pidió no politizar el incidente") doubts the charge the move rests on: skeptical.
      if (stance === 'cautious' && !m.cue.nominal && hasteWarned(m)) stance = 'skeptical';
      if (stance === 'cautious' && m.cue.appeal && !undoing && !punitive && helpAsked(m)) stance = 'supportive';
      // An appeal to others to follow the move's example ("pidió a los socios «seguir el ejemplo de Tallin»") backs it.
      if (stance === 'cautious' && m.cue.appeal && !undoing && !punitive && exampleAsked(m)) stance = 'supportive';
      if (stance === 'opposed' && (denial || defending || deniesLater())) continue;
      if (naming?.cue.naming && naming.start < m.start && (stance === 'skeptical' || stance === 'opposed')) stance = 'opposed';
      // A verb of branding ("tildó", "ha bollato", its own stance opposed in the data) names a thing so to condemn it:
      // a word of praise it introduces is scorn ("ha bollato l'intesa come «un premio al terrorismo»").
      if (naming?.cue.naming && naming.cue.stance === 'opposed' && naming.start < m.start && stance === 'supportive') stance = 'opposed';
      // A word of blame inside what a verb of doubting doubts is the doubted claim's ("усомнилась в том, что армии борются
      // с нелегальной добычей", "bezweifelte die Darstellung und sprach von „offenen Fragen“"): the doubt is the stance.
      // So is a charge after a doubt by the same speaker ("bezweifelt, dass die Hilfe ankommt, und wirft der Regierung vor,
      // …"): the charge backs the doubt.
      const charge = m.cue.cameo?.startsWith(ACCUSE_CODE) === true || lexicon.isChargeWord(tokens[m.start]!);
      if (stance === 'opposed' && (m.cue.nominal || charge) && doubtedBefore(m.start)) stance = 'skeptical';
      // A charge or a bad name saying the move serves to hide another aim doubts its motive ("warf der Regierung vor, mit
      // dem Inselstreit von der Unterdrückung abzulenken", "acusó a Azali de usar Mayotte para tapar …").
      if (stance === 'opposed' && (charge || naming?.cue.naming === true) && tokens.slice(m.end, m.end + MOTIVE_REACH).some((t) => lexicon.isMotiveWord(t))) stance = 'skeptical';
      // A restriction after a welcome makes it cautious, unless what follows it is another actor's ("…, mais Moscou …").
      // The same actor named again in it ("la Comisión Europea respaldó …, aunque recordó que la UE exige …") is no other.
      // A verb of stressing followed by the speaker attributes this very statement ("…, подчеркнули на Смоленской
      // площади"); it restricts nothing.
      const restriction = tokens.findIndex((_, k) => k >= m.end && isContrast(k));
      const own = new Set(subjects.map((s) => s.actor.key));
      const attribution = restriction >= 0 && speech.has(tokens[restriction]!.folded) && speakers.some((s) => s.token > restriction && own.has(s.actor.key));
      // Where the welcome's subject goes on speaking after the contrast ("mahnte aber, der Irak müsse …", "tout en
      // rappelant que des familles irakiennes …"), an actor named later is what it says, not a speaker of its own.
      // A call or demand after it restricts it, joined by "but" ("aunque pidió …", "но призвал …") or by a phrase of
      // concurrence ("tout en exigeant la libération …").
      if (stance === 'supportive' && restriction >= 0 && !attribution && (continuesSpeaker(restriction) || !speakers.some((s) => s.token > restriction && !own.has(s.actor.key))) && !otherSubjectBefore(restriction, m.end, own)) stance = 'cautious';
      // A concession, a contrast, then criticism ("ha riconosciuto che … «una vera scelta», ma ha denunciato …",
      // "räumte zwar ein …, kritisierte aber …"): a mixed verdict, cautious.
      if ((stance === 'opposed' || stance === 'skeptical') && concededBefore(m.start, subjects)) stance = 'cautious';
      // So is a welcome, a contrast, then criticism by the same speaker ("celebró el fin del cambio fijo pero lamentó …",
      // "a salué l'accord mais a regretté …"): the criticism restricts the welcome.
      if (stance === 'opposed' && welcomedBefore(m, subjects)) stance = 'cautious';
      // A speaker restricting itself to a remark ("s'est contentée de parler d'une « décision souveraine »",
      // "ограничился замечанием, что выбор — «суверенное решение»") acknowledges what it names: neutral, not support.
      if (stance === 'supportive' && !m.cue.aid && restrictedBefore(m.start)) stance = 'neutral';
      // Any other call ("rief … auf", "a appelé") ranks below a welcome of the same actor: "welcomed it and called on …" supports.
      // So does a hope, an appeal put softly ("поддерживает любые шаги … и выразили надежду на …").
      // A call for restraint, calm or a ceasefire is the caution itself and outranks a welcome ("begrüßte die Vereinbarung
      // und rief … auf, für Ruhe zu sorgen", "a salué l'accord, tout en appelant à faire taire les armes"); a call to
      // go on talking carries the welcomed course on ("приветствовал обмен и призвал продолжить диалог").
      const restraining = stance === 'cautious' && m.cue.appeal && tokens.slice(m.end, m.end + RESTRAINT_REACH).some((t) => lexicon.isRestraintWord(t) && !lexicon.isTalkNoun(t));
      // A demand to punish or undo the move after a regret opposes it ("lamentó las sentencias y pidió la liberación de
      // los condenados"); elsewhere it keeps an appeal's rank.
      const demand = stance === 'opposed' && (punitive || undoing);
      const rank = restraining ? STANCE_PRIORITY.cautious : m.cue.appeal || m.cue.cameo === HOPE_CODE ? APPEAL_RANK : STANCE_PRIORITY[stance];
      for (const s of subjects) {
        // A name right after a noun cue is its complement ("признательность ОАЭ", gratitude to the UAE), not its speaker;
        // after an adjective it is the subject of a verbless clause ("Scettica la Germania").
        // Only function words may stand between ("gratitude to"); a verb between makes the name its subject ("Mit Sorge
        // reagierte Indien"), and a preposition of origin its source ("Kritik aus Ankara").
        // A place the clause reader chose is where the noun was voiced ("Sorge in Berlin"), no complement.
        if (m.cue.nominal && !adjectiveOnly(m) && s.token >= m.end && s.token < m.end + NOUN_COMPLEMENT && s.token < to && tokens.slice(m.end, s.token).every(filler) && !sourced.includes(s) && !agents.includes(s) && s.place !== true) continue;
        const seen = best.get(s.actor.key);
        const reading = { actor: s.actor, stance, rank, cue: text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end), cameo: code, ...(m.cue.regret ? { regret: true } : {}), ...(demand ? { demand: true } : {}) };
        if (m.cue.appeal) appealed.add(s.actor.key);
        // A demand to undo the move also outranks a warning about it, before or after it ("advirtió de pérdidas y pidió
        // revertir la suspensión").
        const outranks = !seen || (rank > seen.rank && !(seen.demand === true && plainCaution(reading))) || (demand && (seen.regret === true || plainCaution(seen)));
        if (outranks) best.set(s.actor.key, reading);
        if (m.cue.aid && stance === 'supportive' && isAidCode(code) && givesAid(m)) aidGiven.set(s.actor.key, reading);
      }
    }
  }
  // Who declined to comment ("n'a pas souhaité commenter, se bornant à rappeler que …", "no quiso hacer comentarios",
  // "non ha voluto commentare") made no reaction in this sentence, whatever it recalled of its position.
  const declined = tokens.findIndex((t, k) => commenting.has(t.folded) && tokens.slice(Math.max(0, k - HIDING_REACH), k).some((_, j) => negates(Math.max(0, k - HIDING_REACH) + j, k)));
  // The group of names nearest before it declined: "L'Égypte a appelé à la retenue, tandis qu'Israël n'a pas réagi".
  if (declined > 0) {
    const before = speakers.filter((x) => x.token < declined && !objectMarked(tokens, x.token, g, objects));
    let from = before.length - 1;
    while (from > 0 && firstGroup(before.slice(from - 1), tokens, g).includes(before[before.length - 1]!)) from--;
    for (const s of before.length > 0 ? firstGroup(before.slice(from), tokens, g) : []) best.delete(s.actor.key);
  }
  // Regret and an appeal by the same speaker ("Itamaraty lamentó la ejecución y exhortó a Irán a …", "regrette … et appelle
  // au respect des libertés") disapprove softly and ask for a remedy: a call for caution, as a welcome with one is.
  for (const [key, r] of best) if (r.stance === 'opposed' && r.regret === true && appealed.has(key)) r.stance = 'cautious';
  // Aid given is an act beside what the actor says ("Il Pam, che sta già distribuendo razioni, avverte che …", "ha
  // sbloccato 25 milioni … e ha parlato di «una vergogna»"): both are kept. Not beside an appeal, which may be another
  // actor's in the same sentence.
  const given = [...aidGiven.values()].filter((a) => {
    const said = best.get(a.actor.key);
    return said !== undefined && said.stance !== a.stance && said.rank > APPEAL_RANK;
  });
  return [...best.values(), ...given].map((r) => ({
    actor: r.actor,
    actorKind: actorKindOf(r.actor),
    stance: r.stance,
    cameo: r.cameo,
    goldstein: goldsteinOf(cameo, r.cameo),
    evidence: text,
    cue: r.cue,
  }));
}

/** How far after a verb of condemning its penalty may come ("condannato nel 2022 a otto anni"), and within that phrase its words. */
const PENALTY_REACH = 10;
/** How far after a verb of upholding the "that" of a claim may stand ("soutient au contraire qu'…"). */
const CLAIM_REACH = 3;

/** How far after a relative pronoun its clause's own verb stands ("qui accueille", "che si oppone", "que ya había condenado"). */
const RELATIVE_VERB_REACH = 3;
/** How many words after a "that" its subject may take ("che le sanzioni"): a punishment there is what the clause is about. */
const THAT_SUBJECT = 2;
/** How many letters longer than the word a noun cue may be and still read the same word ("critica" for "Critica"). */
const NOUN_STEM_SLACK = 2;
const PENALTY_WORDS = 3;

/**
 * A verb (or noun) of condemning with a penalty complement reports a court's sentence ("condannato … a otto anni", "zu acht
 * Jahren Haft verurteilt", "приговорён к пяти годам"); where the grammar puts the penalty before the verb (German, before
 * its participle), the words before the cue count too. The grammar's word sets are built once.
 */
const penaltySets = new WeakMap<LanguageGrammar, { prepositions: ReadonlySet<string>; objects: ReadonlySet<string>; terms: ReadonlySet<string> }>();

function sentencing(tokens: readonly WordToken[], m: { start: number; end: number; cue: LanguageCue }, to: number, g: LanguageGrammar): boolean {
  const penalties = g.penalties;
  if (!penalties || m.cue.stance !== 'opposed') return false;
  let sets = penaltySets.get(g);
  if (!sets) {
    sets = { prepositions: new Set(penalties.prepositions), objects: new Set(penalties.objects), terms: new Set(penalties.terms) };
    penaltySets.set(g, sets);
  }
  const { prepositions, objects, terms } = sets;
  if (penalties.imposed && m.end < to && penalties.imposed.includes(tokens[m.end]!.folded)) return true;
  const hasPenalty = (at: number, end: number) =>
    tokens.slice(at + 1, Math.min(end, at + 1 + PENALTY_WORDS)).some((t) => terms.has(t.folded));
  for (let k = m.end; k < Math.min(to, m.end + PENALTY_REACH); k++) {
    if (objects.has(tokens[k]!.folded)) break;
    if (prepositions.has(tokens[k]!.folded) && hasPenalty(k, to)) return true;
  }
  if (penalties.beforeVerb !== true) return false;
  for (let k = Math.max(0, m.start - PENALTY_REACH); k < m.start; k++) {
    if (prepositions.has(tokens[k]!.folded) && hasPenalty(k, m.start)) return true;
  }
  return false;
}

/**
 * A person noun sharing a cue's stem ("Kritiker" for "Kritik", "l'opposante" for "s'opposer"): its ending is none of the
 * cue's own words', and no word before it makes it a verb form. Adjective cues inflect with such endings
 * ("besorgter"), so they keep them.
 */
function agentNoun(text: string, tokens: readonly WordToken[], at: number, cue: LanguageCue, g: LanguageGrammar): boolean {
  const agents = g.agentNouns;
  if (!agents || cue.adjective) return false;
  const word = tokens[at]!.folded;
  const written = fold(cue.words).split(/\s+/u);
  const ending = agents.endings.find((e) => word.endsWith(e) && word.length > e.length + 3 && !written.some((w) => w.endsWith(e)));
  if (ending === undefined) return false;
  // Opening a clause after a comma, it is a participle ("…, qualifiant l'assaut de …"), as after "en".
  if (at > 0 && /,/u.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))) return false;
  return !agents.verbal.includes(tokens[at - 1]?.folded ?? '');
}

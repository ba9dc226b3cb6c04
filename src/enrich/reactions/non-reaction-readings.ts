/**
 * Readings of a cue's words that are not a reaction by the clause's subject, whatever the words mean elsewhere:
 * - a quantity: "a great deal of", "there is a good deal the public wants to know" (a deal that is no agreement);
 * - a verb whose subject causes an emotion in its object: "the president shocked many", "the move surprised
 *   observers". The subject is the stimulus, not the one who reacts; "X was shocked by", "X said it was alarmed"
 *   keep their reading, as the subject there feels it;
 * - a past participle inside a noun phrase, before its noun: "endangered species", "the Endangered Species Act",
 *   "all currently supported versions". It names a property of the noun, not what anyone did or said;
 * - a participle set off after a noun (a reduced relative clause): "an airstrike, widely blamed in Israel, …";
 * - troops sent to a border: "sent 1,500 more troops to the border" guards the sender's own land, it aids no one;
 * - a forecast: "was expected to visit" says what the subject will likely do, no demand it makes.
 */
import { isAppealCode } from './cameo-lexicon.ts';
import type { CueMatch } from './find-cues.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';

/** Verbs whose object feels the emotion (object-experiencer verbs), in their -ed/-s forms. */
const STIMULUS_VERBS = new Set(
  ['shock', 'surprise', 'stun', 'anger', 'alarm', 'upset', 'dismay', 'disappoint', 'worry', 'frighten', 'please', 'delight', 'impress', 'outrage', 'offend', 'embarrass', 'anger', 'infuriate', 'enrage', 'trouble', 'concern', 'scare', 'startle', 'irritate', 'annoy', 'baffle', 'puzzle']
    .flatMap((v) => [v, `${v}s`, `${v}es`, `${v}d`, `${v}ed`, `${v.replace(/y$/, 'i')}es`, `${v.replace(/y$/, 'i')}ed`]),
);
/** Words before a participle that make its subject the one who feels it ("was shocked", "seemed surprised"). */
const EXPERIENCER_BEFORE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'am', "'s", 'seemed', 'seems', 'appeared', 'appears', 'felt', 'feels', 'looked', 'became', 'got', 'remain', 'remains', 'remained', 'deeply', 'very', 'so', 'too', 'not']);
/** Tags of a word that opens an object noun phrase. */
const OBJECT_TAGS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);
/** Quantifiers used as an object pronoun: "shocked many", "surprised some". */
const QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'all', 'others', 'everyone', 'observers']);
const DEGREE_ADJECTIVES = new Set(['great', 'good']);
/** After "a great deal": a comparative or "of" makes it an amount. */
const AMOUNT_AFTER = new Set(['of', 'more', 'less', 'better', 'worse', 'about']);

/** The match is a quantity or a stimulus verb, not its subject's reaction. */
export function notAReaction(view: SentenceView, pos: readonly string[], match: CueMatch, g: ReactionGrammar): boolean {
  return isQuantity(view, pos, match) || isStimulusVerb(view, pos, match) || isAttributiveParticiple(view, pos, match) || isReducedRelative(view, pos, match) || rejectsAccusation(view, match) || qualifiesActivity(view, match) || guardsBorder(view, match) || sorrowForVictims(view, match) || pricesADeal(view, match) || insideName(view, match) || advisesThePublic(view, match) || declinedOnInternalAffairs(view, match, g.declineStems) || asksForAid(view, match) || passiveExpectation(view, pos, match);
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);

/**
 * "was expected to visit the area", "is widely expected to run again": a forecast about the subject, not a demand the
 * subject makes of others ("expected all states to respect the rules").
 */
function passiveExpectation(view: SentenceView, pos: readonly string[], match: CueMatch): boolean {
  const { norms } = view;
  const k = match.start;
  if (!/^expect/u.test(norms[k] ?? '')) return false;
  const before = norms[k - 1] ?? '';
  if (BE_FORMS.has(before) || (before.endsWith('ly') && BE_FORMS.has(norms[k - 2] ?? ''))) return true;
  // "countries expected to apply", "expects to sign": with no one between, the subject's own prospects.
  const to = norms.indexOf('to', k + 1);
  if (to < 0 || to === k + 1) return true;
  // A demand is made of those who act ("expected Croatia to carry out", "expects both sides to respect"); a thing
  // expected to happen is a forecast ("expect the issue to return").
  return !norms.slice(k + 1, to).some((w, j) => pos[k + 1 + j] === 'PROPN' || pos[k + 1 + j] === 'PRON' || ACTING.has(w));
}
/** Nouns and quantifiers of those who act, as the object of "expect … to". */
const ACTING = new Set(['government', 'governments', 'authorities', 'states', 'countries', 'parties', 'sides', 'leaders', 'officials', 'army', 'military', 'police', 'court', 'courts', 'both', 'all', 'everyone', 'members', 'neighbours', 'neighbors', 'regime', 'junta', 'rebels', 'bloc']);

/** What an actor asking for it needs itself: "Cyprus asked for help through the EU mechanism" is its own plight. */
const NEEDS = new Set(['help', 'aid', 'assistance', 'relief', 'support', 'funds', 'funding', 'loan', 'loans']);

/** "asked for help", "asks for international assistance": a request for the asker's own relief is no reaction. */
function asksForAid(view: SentenceView, match: CueMatch): boolean {
  const { norms } = view;
  if (!/^ask(?:s|ed)?$/.test(norms[match.start] ?? '') || norms[match.end - 1] !== 'for') return false;
  // One modifier may stand before the noun ("international assistance", "urgent help").
  return NEEDS.has(norms[match.end] ?? '') || NEEDS.has(norms[match.end + 1] ?? '');
}

/** How far before "internal affairs" the comment it declines may stand ("did not comment on the internal affairs"). */
const COMMENT_REACH = 5;
/** How far after the matter a relative clause declining a comment on it may end ("on which Budapest would not comment"). */
const RELATIVE_REACH = 12;
/** Tokens that close the clause the matter stands in. */
const CLAUSE_ENDS = new Set([';', '.', ':', 'but', 'while']);

/**
 * "said it did not comment on the internal affairs of other countries", "declined to interfere in what it called a
 * domestic matter": naming the matter internal to decline a comment on it is declining, not a neutral reaction.
 */
function declinedOnInternalAffairs(view: SentenceView, match: CueMatch, stems: readonly string[]): boolean {
  if (match.cue.stance !== 'neutral' || match.cue.cameo !== '010') return false;
  const declines = (k: number) => stems.some((d) => (view.norms[k] ?? '').startsWith(d));
  for (let k = Math.max(0, match.start - COMMENT_REACH); k < match.start; k++) if (declines(k)) return true;
  // The decline may follow in a relative clause on the matter: "a bilateral matter on which Budapest would not comment".
  const end = Math.min(view.norms.length, match.end + RELATIVE_REACH);
  for (let k = match.end; k < end; k++) {
    if (CLAUSE_ENDS.has(view.norms[k] ?? '')) return false;
    if (view.norms[k] !== 'which') continue;
    for (let j = k + 1; j < end && !CLAUSE_ENDS.has(view.norms[j] ?? ''); j++) if (declines(j)) return true;
    return false;
  }
  return false;
}

/**
 * The public an appeal may address: an actor advising its own users, citizens or customers ("urged users of Internet
 * Explorer to install the update", "urged its citizens to leave") gives instructions about its own move, not a reaction.
 */
const PUBLIC = new Set(['users', 'citizens', 'nationals', 'residents', 'people', 'public', 'customers', 'travellers', 'travelers', 'tourists', 'consumers', 'motorists', 'inhabitants', 'population', 'passengers', 'clients', 'subscribers', 'parents', 'migrants', 'asylum-seekers']);
/** Words that may open the addressee ("its own citizens", "all foreign nationals", "the public"). */
const ADDRESSEE_OPENERS = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'all', 'own', 'foreign', 'local', 'any']);

/** An appeal whose addressee, right after its verb, is the public ("urged users to …", "urged its citizens to …"). */
function advisesThePublic(view: SentenceView, match: CueMatch): boolean {
  if (!isAppealCode(match.cue.cameo)) return false;
  let k = match.end;
  // "encouraged both sides to" spans its object already: only the verb's own word starts it.
  if (match.end - match.start > 1 && view.norms[match.end - 1] === 'to') k = match.start + 1;
  while (ADDRESSEE_OPENERS.has(view.norms[k] ?? '')) k++;
  // One modifier may stand before the noun ("IE users", "American citizens"); a hyphen splits "asylum - seekers".
  const word = (j: number) => (view.norms[j + 1] === '-' ? `${view.norms[j]}-${view.norms[j + 2]}` : (view.norms[j] ?? ''));
  return PUBLIC.has(word(k)) || PUBLIC.has(word(k + 1));
}

/**
 * A capitalised word inside a sentence, right before another capitalised word, is part of a name ("the Endangered
 * Species Act", "the Concerned Citizens Alliance"): no one's reaction.
 */
function insideName(view: SentenceView, match: CueMatch): boolean {
  const k = match.start;
  const { tokens } = view;
  if (match.end - k !== 1 || k === 0 || ['"', '.', ':', ';'].includes(view.norms[k - 1] ?? '')) return false;
  return CAPITALISED.test(tokens[k]?.text ?? '') && CAPITALISED.test(tokens[k + 1]?.text ?? '');
}
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** What a sum may pay for besides aid: a player's contract, a reward for information, a fine, a settlement. */
const PRICED = new Set(['contract', 'contracts', 'deal', 'salary', 'bonus', 'reward', 'bounty', 'fine', 'fines', 'settlement', 'bid', 'fee', 'fees', 'ransom', 'bail', 'damages', 'lawsuit', 'wage', 'wages']);
/** How far after the money cue the thing it pays for may stand ("an 8-year, $160 million contract"). */
const PRICED_REACH = 3;

/** "offered Mark Teixeira an 8-year, $160 million contract", "offered a $35,000 reward": a price, no aid. */
function pricesADeal(view: SentenceView, match: CueMatch): boolean {
  if (match.cue.cameo !== AID_MONEY_CODE) return false;
  return view.norms.slice(match.end, match.end + PRICED_REACH).some((n) => PRICED.has(n));
}

/** CAMEO 070, provide aid: the code of the aid cues, the money cues ("pledged $2 million") among them. */
const AID_MONEY_CODE = '070';

/** The dead, the victims and their families, whom sorrow is for. */
const VICTIMS = new Set(['victims', 'dead', 'deaths', 'death', 'loss', 'families', 'lives', 'killed', 'wounded', 'bereaved']);
/** How far after a word of sorrow its victims may stand ("saddened by the tragic loss of life"). */
const SORROW_REACH = 5;

/**
 * "deeply saddened by the loss of life": sorrow for the victims is a condolence (CAMEO 018), no stance; sorrow at a
 * decision ("saddened by the decision to close the border") stays disapproval.
 */
function sorrowForVictims(view: SentenceView, match: CueMatch): boolean {
  if (match.cue.stance !== 'opposed' || match.cue.cameo !== '110') return false;
  return namesVictims(view.norms, match.end, match.end + SORROW_REACH);
}

/** Whether the words from `from` to `to` name the dead, the victims or their families. */
export function namesVictims(norms: readonly string[], from: number, to: number): boolean {
  return norms.slice(from, to).some((n) => VICTIMS.has(n));
}

/** Words of troops a military-aid cue (CAMEO 074) ends on, and the border they may be sent to. */
const TROOPS = new Set(['troops', 'soldiers', 'reinforcements', 'peacekeepers']);
const BORDERS = new Set(['border', 'borders', 'frontier']);
/** How far after the troops their destination may stand ("troops to the country's northern border"). */
const DESTINATION_REACH = 6;

/** "sent 1,500 more troops to the border": the sender's own defence, not aid to anyone. */
function guardsBorder(view: SentenceView, match: CueMatch): boolean {
  if (!TROOPS.has(view.norms[match.end - 1] ?? '')) return false;
  return view.norms.slice(match.end, match.end + DESTINATION_REACH).some((n) => BORDERS.has(n));
}

/** Adjectives of unlawfulness that name a kind of activity before its "-ing" noun ("illegal mining", "unlawful fishing"). */
const UNLAWFUL = new Set(['illegal', 'unlawful', 'illicit']);

/**
 * "fighting illegal mining", "a crackdown on illegal logging": the adjective names a kind of trade, a category of
 * crime, not anyone's verdict on the event ("called the seizure illegal", "an illegal annexation").
 */
function qualifiesActivity(view: SentenceView, match: CueMatch): boolean {
  const next = view.norms[match.end] ?? '';
  return match.end - match.start === 1 && UNLAWFUL.has(view.norms[match.start] ?? '') && next.length > 5 && next.endsWith('ing');
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
/** "what it called", "what they termed": the speaker's naming of what follows. */
const NAMING = new Set(['called', 'termed', 'described', 'branded', 'dubbed']);
/** Verbs of rejecting whose object may be a charge against the subject. */
const REJECTING = new Set(['reject', 'rejects', 'rejected', 'rejecting', 'deny', 'denies', 'denied', 'denying', 'dismiss', 'dismisses', 'dismissed', 'dismissing']);
/** What an accused party rejects about itself: no judgement of the event ("rejected the accusation", "denied any involvement", "rejected any link"). */
const CHARGES = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'involvement', 'responsibility', 'blame', 'complicity', 'involved', 'responsible', 'link', 'links', 'connection', 'role', 'wrongdoing',
  'suspicion', 'suspicions', 'insinuation', 'insinuations', 'slander', 'smear', 'smears', 'calumny', 'calumnies',
  // Criticism of one's own move, rejected in its defence ("Iran rejected the criticism").
  'criticism', 'criticisms', 'condemnation', 'condemnations']);
/** How many words may stand between the verb and the charge ("rejected the latest accusations", "denied the group was involved"). */
const CHARGE_REACH = 4;

/** "Rwanda rejected the accusation", "denied any involvement": the accused denies, it reacts to no one's move. */
function rejectsAccusation(view: SentenceView, match: CueMatch): boolean {
  return rejectsChargeAt(view, match.start);
}

/** Whether the word at `at` rejects a charge after it ("denied the group was involved"), cue or not. */
function rejectsChargeAt(view: SentenceView, at: number): boolean {
  if (!REJECTING.has(view.norms[at] ?? '')) return false;
  // The verb's own pattern may take the charge in ("denied any involvement"). Quotation marks are passed over, and so
  // is the naming of a quoted charge ("dismissed what she called \"infamous insinuations\"").
  let words = 0;
  for (let k = at + 1; k < view.norms.length && words < CHARGE_REACH; k++) {
    const norm = view.norms[k] ?? '';
    if (QUOTES.has(norm)) continue;
    if (norm === 'what' && NAMING.has(view.norms[k + 2] ?? '')) {
      k += 2;
      continue;
    }
    if (CHARGES.has(norm)) return true;
    if (!/^[a-z-]+$/.test(norm) || norm === 'of' || norm === 'that') return false;
    words++;
  }
  return false;
}

/**
 * Cues that go on with an accused party's denial ("rejected the accusation within the hour, calling it 'baseless'"):
 * after a rejected charge, with no other name or clause between, they say why the charge is wrong, not what anyone
 * thinks of the event.
 */
export function continuingDenial(view: SentenceView, matches: readonly CueMatch[]): Set<CueMatch> {
  const out = new Set<CueMatch>();
  if (matches.length === 0) return out;
  // The denial need not be a cue itself ("denied the group was involved and accused government troops …").
  const denials = view.norms.map((_, k) => k).filter((k) => rejectsChargeAt(view, k));
  for (const m of matches) {
    const denial = denials.find((d) => d < m.start);
    if (denial === undefined) continue;
    let interrupted = false;
    for (let k = denial + 1; k < m.start && !interrupted; k++) interrupted = view.mentionAt.has(k) || view.norms[k] === ';' || DENIAL_BREAKS.has(view.norms[k] ?? '');
    if (!interrupted) out.add(m);
  }
  return out;
}

/** Words after which another clause, with its own point, begins. */
const DENIAL_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though']);

/** Articles: no finite verb follows one. */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Tags of a word that opens a noun phrase or governs one: before an attributive participle. */
const PHRASE_OPENERS = new Set(['DET', 'ADP', 'NUM']);

/**
 * A one-word "-ed" cue between a noun phrase's opener (a determiner, a preposition, a number, or the verb governing
 * the phrase) and its noun: "for endangered species", "the condemned man", "impact endangered species", "all
 * currently supported versions" (one adverb may come between). After a subject, an auxiliary or a conjunction it is
 * the verb ("Russia condemned attacks", "has welcomed moves", "and welcomed steps").
 */
function isAttributiveParticiple(view: SentenceView, pos: readonly string[], match: CueMatch): boolean {
  const k = match.start;
  if (match.end - match.start !== 1 || !(view.norms[k] ?? '').endsWith('ed')) return false;
  // After an article the participle is attributive whatever follows it ("a disputed 26,000-square-kilometre area").
  if (ARTICLES.has(view.norms[k - 1] ?? '')) return true;
  const next = pos[k + 1];
  if (next !== 'NOUN' && next !== 'PROPN') return false;
  const opens = (i: number) => {
    const tag = pos[i] ?? '';
    const word = view.norms[i] ?? '';
    // A verb before it governs the noun phrase ("impact endangered species"); an auxiliary makes it the verb.
    // A possessive opens the noun phrase too ("the Mediterranean's endangered sperm whales").
    return PHRASE_OPENERS.has(tag) || (tag === 'VERB' && !AUXILIARIES.has(word)) || (tag === 'SCONJ' && word === 'for') || word === "'s";
  };
  return opens(k - 1) || (pos[k - 1] === 'ADV' && opens(k - 2));
}

/** Prepositions that open a participle's complement in a reduced relative clause ("widely blamed in Israel"). */
const PARTICIPLE_COMPLEMENTS = new Set(['by', 'in', 'as', 'for', 'across', 'at', 'among', 'abroad', 'internationally']);

/**
 * An "-ed" cue set off by a comma after a noun, with its complement after it: "an airstrike, widely blamed in Israel,
 * destroyed …", "the vote, condemned by observers as flawed, …". A reduced relative clause describes the noun; what it
 * reports is no one's reaction in this clause.
 */
function isReducedRelative(view: SentenceView, pos: readonly string[], match: CueMatch): boolean {
  const { norms } = view;
  const k = match.start;
  if (match.end - match.start !== 1 || !(norms[k] ?? '').endsWith('ed') || !PARTICIPLE_COMPLEMENTS.has(norms[k + 1] ?? '')) return false;
  const comma = pos[k - 1] === 'ADV' ? k - 2 : k - 1;
  const noun = pos[comma - 1];
  // "Japan, alarmed by the launch, …": set off after an actor, the participle is that actor's own reaction.
  const afterActor = [...view.mentionAt.values()].some((m) => m.end === comma);
  return norms[comma] === ',' && (noun === 'NOUN' || noun === 'PROPN') && !afterActor;
}

/** Forms of the auxiliaries, whatever the tagger calls them ("has welcomed", "were condemned"). */
const AUXILIARIES = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'get', 'got', 'gets']);

/** "a great deal (of|more|<clause>)": the amount, not a deal judged great. */
function isQuantity(view: SentenceView, pos: readonly string[], match: CueMatch): boolean {
  for (let k = match.start; k < match.end; k++) if (view.norms[k] === 'deal' && quantityDeal(view.norms, pos, k - 2)) return true;
  return false;
}

/**
 * Whether "a great deal" / "a good deal" at `at` (the index of "a") is an amount: "a good deal for both sides"
 * judges a deal; "a great deal of", "a great deal more", "a great deal the public wants" measure.
 */
export function quantityDeal(norms: readonly string[], pos: readonly string[], at: number): boolean {
  if (norms[at] !== 'a' || !DEGREE_ADJECTIVES.has(norms[at + 1] ?? '') || norms[at + 2] !== 'deal') return false;
  const next = norms[at + 3] ?? '';
  const tag = pos[at + 3];
  return AMOUNT_AFTER.has(next) || tag === 'DET' || tag === 'PRON' || tag === 'PROPN' || tag === 'VERB' || tag === 'AUX';
}

/** An active object-experiencer verb with an object right after it: "shocked many", "angered Beijing". */
function isStimulusVerb(view: SentenceView, pos: readonly string[], match: CueMatch): boolean {
  const { norms, tokens } = view;
  const k = match.start;
  if (!STIMULUS_VERBS.has(norms[k] ?? '') || tokens[k]?.quoted) return false;
  if (EXPERIENCER_BEFORE.has(norms[k - 1] ?? '')) return false;
  // The object may open with a quotation mark or a focusing adverb ("concerned "Ashgabat and Ankara"", "concerned
  // only the two countries").
  let o = k + 1;
  while (o < norms.length && (QUOTE_MARK.test(norms[o] as string) || FOCUSING.has(norms[o] as string))) o++;
  const next = norms[o] ?? '';
  return QUANTIFIERS.has(next) || (OBJECT_TAGS.has(pos[o] ?? '') && next !== 'that');
}
const QUOTE_MARK = /^["'“”‘’]$/u;
/** Adverbs that may open a stimulus verb's object: "concerned only the two countries". */
const FOCUSING = new Set(['only', 'solely', 'mainly', 'chiefly', 'primarily', 'just', 'largely', 'mostly', 'directly']);

/**
 * An appeal whose complement asks for restraint is a call for caution, however far the object of the appeal puts
 * the word: "urged both sides to exercise restraint", "called on Israel and Hamas to show maximum restraint". So is
 * one that asks for verification (the labelling guide's "calls for verification"): "called for Venezuela to release
 * detailed tallies", "urged a transparent investigation"; and so is one to settle a dispute peacefully or to spare those a
 * move harms ("urged both countries to avoid escalation", "urged the government to shield the poor"), or to stop or undo it ("urged Iran
 * to halt executions", "called for the crew's release"). The cue lexicon reads "urged restraint" itself. Any other
 * appeal is cautious too, unless it asks others to take up the move ("urged the talks to go ahead", "to adopt the
 * package") or follows praise.
 */
import { cameoLexicon } from './cameo-lexicon.ts';
import type { CueMatch } from './find-cues.ts';
import type { SentenceView } from './sentence-view.ts';

/** What one asks of others when asking them to hold back, or to let a claim be checked. */
const RESTRAINT = new Set([
  'restraint', 'caution', 'calm', 'moderation', 'de-escalation', 'deescalation',
  'transparency', 'transparent', 'verification', 'audit', 'recount', 'investigation', 'inquiry', 'probe', 'tallies', 'tally',
  // Holding back in a dispute: "to avoid escalation", "to settle their differences through dialogue", "to ease tensions".
  'escalation', 'escalate', 'de-escalate', 'dialogue', 'consultation', 'consultations', 'differences', 'tensions', 'peacefully', 'diplomacy',
  // Stopping the fighting: "called for a ceasefire" (a call for talks to go ahead backs them).
  'ceasefire', 'cease-fire', 'truce',
  // Sparing those the move harms: "to shield the poor", "to protect civilians".
  'civilians', 'protect', 'shield', 'spare',
  // Undoing or stopping what was done: "urged Iran to halt executions", "called for the crew's release".
  'halt', 'stop', 'cease', 'suspend', 'reverse', 'release', 'free', 'lift', 'refrain',
  // Keeping to rules and commitments: "urged the authorities to respect due process", "to honour the ceasefire".
  'respect', 'honour', 'honor', 'uphold', 'abide', 'comply',
]);
/**
 * Verbs of undoing, as the appeal's infinitive or as a passive participle. Asked of the move itself ("urged Managua to
 * reverse the decision", "called for the project to be scrapped"), they oppose it; asked of a practice named by a bare
 * noun they stay a call for caution.
 */
const UNDO = new Set([
  'reverse', 'reversed', 'lift', 'lifted', 'scrap', 'scrapped', 'abandon', 'abandoned', 'cancel', 'cancelled', 'canceled',
  'revoke', 'revoked', 'rescind', 'rescinded', 'annul', 'annulled', 'overturn', 'overturned', 'shelve', 'shelved',
  'repeal', 'repealed', 'withdraw', 'withdrawn', 'drop', 'dropped',
]);
/**
 * Verbs of stopping: they oppose a single thing already named ("called for the project to be halted"), but asked of
 * acts that go on ("urged Bolivia to halt the evictions", "to halt executions") they are a call for caution.
 */
const STOP = new Set(['halt', 'halted', 'stop', 'stopped', 'suspend', 'suspended']);
/** Words that point back at something already named: the move, when an undoing verb takes them. */
const POINTERS = new Set(['the', 'this', 'its', 'their', 'these', 'it', 'them']);
/** What one asks for when asking that the acting party be punished: an appeal that opposes the move. */
const PUNITIVE = new Set(['sanctions', 'sanction', 'punishment', 'punished', 'accountable', 'accountability', 'prosecution', 'prosecuted', 'embargo']);
/**
 * The parties an even-handed appeal addresses ("urged both governments to …", "called on all sides to …"): asking both
 * sides of a dispute to act takes neither's side, a call for caution whatever it asks.
 */
const BOTH = new Set(['both', 'all', 'two']);
const PARTIES = new Set(['sides', 'parties', 'governments', 'countries', 'nations', 'capitals', 'neighbours', 'neighbors', 'leaders', 'armies']);
/**
 * What an appeal to both sides may ask that backs the move itself: "called on both parties to seize this opportunity",
 * and, as everywhere, talks ("urged both sides to return to the table").
 */
const TAKE_UP = new Set(['opportunity', 'momentum', 'implement', 'build', 'talk', 'talks', 'table', 'negotiate', 'negotiations']);
/** Verbs of hoping, read as appeals. */
const HOPES = new Set(['hope', 'hopes', 'hoped', 'hoping']);
/** Adverbs between "but" and its appeal ("but also urged", "but still called for"). */
const ADVERBS = new Set(['also', 'still', 'then', 'again', 'firmly', 'strongly']);
/** CAMEO 02: appeals. */
const APPEAL_CODE = '02';
/** Words after the appeal that the complement may run to (its object, "to", a verb, a modifier). */
const REACH = 10;
/** Words that end the appeal's complement. */
export const COMPLEMENT_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'but', 'while', 'whereas', 'although', 'and']);

let irregularPast: ReadonlySet<string> | null = null;
/**
 * Irregular past forms ("said", "sent", "brought"), from the PETRARCH2 verb dictionary's forms: a single word that is
 * neither its lemma nor an -s, -ing or -ed form of it.
 */
function irregularPastForms(): ReadonlySet<string> {
  irregularPast ??= new Set([...cameoLexicon().forms].filter(([form, lemma]) => form !== lemma && !form.includes(' ') && !/(?:s|ing|ed)$/u.test(form)).map(([form]) => form));
  return irregularPast;
}

/** A word after "and" that starts a second predicate ("and urged", "and said") rather than another object. */
function opensClause(word: string): boolean {
  return (word.length > 4 && word.endsWith('ed')) || irregularPastForms().has(word);
}

/** The match with its stance made cautious when it is an appeal for restraint; the match itself otherwise. */
export function restraintAppeal(view: SentenceView, match: CueMatch): CueMatch {
  // A hope is an appeal put softly ("China hoped the parties would handle their differences properly").
  const hope = HOPES.has(view.norms[match.start] ?? '') && match.cue.stance === 'supportive';
  if ((!match.cue.cameo?.startsWith(APPEAL_CODE) && !hope) || match.cue.stance === 'cautious') return match;
  const { norms } = view;
  // "said it understood the concerns but asked that food be let through": an appeal set against what was said
  // before it is a reservation, a call for caution.
  if (!hope && (norms[match.start - 1] === 'but' || (norms[match.start - 2] === 'but' && ADVERBS.has(norms[match.start - 1] ?? '')))) {
    return { ...match, cue: { ...match.cue, stance: 'cautious' } };
  }
  // After a welcome in the same sentence, the appeal says how to build on the move ("welcomed the swap and urged both
  // sides to grant monitors access"): the welcome's stance stands.
  if (!hope && evenHanded(norms, match.end) && !praisedBefore(norms, match.start)) return { ...match, cue: { ...match.cue, stance: 'cautious' } };
  // "called for calm": the appeal's own last word may already open its complement.
  let sawTo = ['to', 'for'].includes(norms[match.end - 1] ?? '');
  for (let k = match.end; k < Math.min(norms.length, match.end + REACH); k++) {
    const w = norms[k] ?? '';
    // "and" joins the appeal's objects ("urged Israel and Hamas to …") until its complement has begun, and the
    // complement's own words ("called for a full and transparent investigation") unless a verb follows it ("and urged").
    if (COMPLEMENT_ENDS.has(w) && (w !== 'and' || (sawTo && opensClause(norms[k + 1] ?? '')))) break;
    if (w === 'to' || w === 'for') sawTo = true;
    if ((UNDO.has(w) || STOP.has(w)) && !hope && undoesTheMove(norms, match.end, k, STOP.has(w))) return { ...match, cue: { ...match.cue, stance: 'opposed' } };
    // The word may be the appeal's own object ("urged a transparent investigation") or its complement's.
    if (RESTRAINT.has(w)) return { ...match, cue: { ...match.cue, stance: 'cautious' } };
    // "called for sanctions against the commanders", "urged that those responsible be held accountable"; a restraint
    // asked for before it keeps the appeal cautious.
    if (PUNITIVE.has(w) && !hope) return { ...match, cue: { ...match.cue, stance: 'opposed' } };
  }
  // Any other appeal asks others to change course (donors to fund, armed groups to let ambulances through): a call for
  // caution, as the labelling guide reads alarm with a call to act. Unless it asks them to take up the move or to pay
  // ("urged partners to adopt the package", "pressed for a swift deal", "launched an appeal for $3.3 million"), or
  // follows words of praise in the same sentence, whose stance stands.
  if (!hope && !praisedBefore(norms, match.start) && !asksToTakeUp(norms, match.end) && !asksToHelpNamed(view, match.end)) return { ...match, cue: { ...match.cue, stance: 'cautious' } };
  return match;
}

/**
 * What an appeal to anyone may ask that backs the move: the even-handed take-up words, adopting or joining the move,
 * a deal, or money (an appeal for funds is aid).
 */
const ADOPTION = new Set([
  ...TAKE_UP,
  'deal', 'agreement', 'accord', 'package', 'adopt', 'approve', 'ratify', 'sign', 'back', 'endorse', 'support', 'join', 'seize', 'accept', 'embrace', 'follow', 'pass', 'proceed',
  '$', '€', '£', 'million', 'billion', 'euros', 'dollars', 'francs', 'pounds', 'yen', 'yuan',
]);

/**
 * The undoing verb at `k` takes what was already named: as an infinitive, its object opens with a pointer ("to reverse
 * the decision", "to lift it"); as a passive participle after "be", a pointer stands between the appeal and it ("for the
 * project to be halted"). A verb of stopping (`single`) takes one thing: "it", or a pointer before a noun not in -s.
 */
function undoesTheMove(norms: readonly string[], end: number, k: number, single: boolean): boolean {
  const one = (at: number) => !single || norms[at] === 'it' || (norms[at] !== 'them' && !(norms[at + 1] ?? 's').endsWith('s'));
  if (norms[k - 1] === 'to') return POINTERS.has(norms[k + 1] ?? '') && one(k + 1);
  if (norms[k - 1] !== 'be') return false;
  const at = norms.slice(end, k - 1).findIndex((w) => POINTERS.has(w) && w !== 'it' && w !== 'them');
  return at >= 0 && one(end + at);
}

/** Words of praise before the appeal in its sentence. */
function praisedBefore(norms: readonly string[], start: number): boolean {
  return norms.slice(0, start).some((w) => w.startsWith('welcom') || w.startsWith('prais') || w.startsWith('hail'));
}

/** The appeal's complement, to the sentence's end or REACH words, asks to take up the move. */
function asksToTakeUp(norms: readonly string[], end: number): boolean {
  for (let j = end; j < Math.min(norms.length, end + REACH); j++) {
    const w = norms[j] ?? '';
    if (w === '.' || w === ';') break;
    if (ADOPTION.has(w)) return true;
  }
  return false;
}

/** Verbs of helping, in an appeal's infinitive. */
const HELP = new Set(['help', 'assist', 'aid']);

/**
 * The appeal's complement asks others to help a party it names ("called on its member states to help the Comoros"),
 * which backs that party as aid does; help for no one named ("urged donors to help") stays a call to act.
 */
function asksToHelpNamed(view: SentenceView, end: number): boolean {
  const { norms } = view;
  for (let j = end; j < Math.min(norms.length, end + REACH); j++) {
    const w = norms[j] ?? '';
    if (w === '.' || w === ';') break;
    if (!HELP.has(w) || norms[j - 1] !== 'to') continue;
    return view.mentionAt.has(norms[j + 1] === 'the' ? j + 2 : j + 1);
  }
  return false;
}

/** The appeal at `end` addresses both sides ("both governments", "all parties", "the two sides") and asks nothing that backs the move. */
function evenHanded(norms: readonly string[], end: number): boolean {
  let k = end;
  if (norms[k] === 'on') k++;
  if (norms[k] === 'the' && norms[k + 1] === 'two') k++;
  if (!BOTH.has(norms[k] ?? '') || !PARTIES.has(norms[k + 1] ?? '')) return false;
  for (let j = k + 2; j < Math.min(norms.length, k + 2 + REACH); j++) {
    if (norms[j] === '.' || norms[j] === ';') break;
    if (TAKE_UP.has(norms[j] ?? '')) return false;
  }
  return true;
}

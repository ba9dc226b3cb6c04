/**
 * International reactions in an article: sentences that attribute an evaluative response to a country or an
 * international organization (or someone speaking for one), each with its stance. Pure and deterministic: the cue
 * lexicon and grammar word lists (data/*.json) are read once; actors come from the gazetteer.
 *
 * Per sentence: split into clauses with their own subjects, resolve each subject to the actors it speaks for
 * (a ministry, spokesperson, capital or leader counts for its state; a round-up label or a fronted "In Moscow," names
 * the state of an unattributed official), then read the reaction cues of its predicate. One reaction per
 * (actor, sentence).
 */
import { isAlarmWord } from './alarm-words.ts';
import { firstIndex } from '../../text/first-index.ts';
import type { EntityRef, ExtractedReaction, Stance } from '../../domain/enrichment.ts';
import type { ActorFinder, ActorMention } from './actor-mention.ts';
import { readArticleActors, type ArticleActors } from './article-actors.ts';
import { actorKindOf } from './actor-kind.ts';
import { attitudeCues, mayReadAttitude, mayStateAttitude } from './attitude-predicates.ts';
import { cameoCandidates, findCameoCues, inRelativeClause, mayReadCameoCue } from './cameo-cues.ts';
import { cameoLexicon, goldsteinOf, isAidCode, isAppealCode } from './cameo-lexicon.ts';
import { accordingTo, classifiesAt, framingCues, mannerCues, mayReportAid, mayReportSpeech, mayReportWarning, negatesWhatFollows, punishmentDemanded, QUOTATION_CUE, quotedSentenceStance, reportedSpeechCues, warningCues } from './attributed-speech.ts';
import { anaphorKind, antecedent, mayReferBack, quotedSentences } from './discourse.ts';
import { tagTokens } from './pos-tags.ts';
import type { Token } from './tokenize.ts';
import { clauseStance, STANCE_PRIORITY, type ClauseStance } from './clause-stance.ts';
import { loadCueLexicon, type Cue } from './cue-lexicon.ts';
import { findCues, type CueMatch } from './find-cues.ts';
import { datedEarlier, pastBackgroundSpans, standsSince } from './past-background.ts';
import { coParties } from './co-parties.ts';
import { addressesAbroad, domesticTo, nonStateAgent } from './domestic-event.ts';
import { findEnglishGazetteerActors } from './gazetteer-actors.ts';
import { parseSubject } from './parse-subject.ts';
import { mayNameNominalReaction, nominalReactions } from './nominal-reactions.ts';
import { continuingDenial, notAReaction } from './non-reaction-readings.ts';
import { restraintAppeal } from './restraint-appeals.ts';
import { hasteWarning } from './haste-warnings.ts';
import { headlineAgent, headlineClause } from './headline-agent.ts';
import { passiveAgents } from './passive-agents.ts';
import { gappedDonors } from './gapped-amounts.ts';
import { loadReactionGrammar, type ReactionGrammar } from './reaction-grammar.ts';
import { readClauses, type Clause } from './read-clauses.ts';
import { readRoundupHeading } from './roundup-heading.ts';
import { addMentions, viewSentence, type SentenceView } from './sentence-view.ts';
import { likewiseActors, likewiseAt } from './likewise-sentence.ts';
import { actorsNamed, isSolidarityCue, solidarityUnderAttack } from './solidarity-under-attack.ts';
import { alignedWithOpponents } from './aligned-with-opponents.ts';
import { splitSentences } from './split-sentences.ts';
import { withoutDateline } from './dateline.ts';

export interface ReactionExtractorOptions {
  cues: readonly Cue[];
  grammar: ReactionGrammar;
  /** Actor mentions in a text, as of a date (offices change hands). */
  findActors: (text: string, date?: string | null) => ReturnType<ActorFinder>;
}

export interface ReactionInput {
  title: string;
  text: string;
  /** The article's publication time: decides who held an office then. */
  publishedAt?: string | null;
}

export type ReactionExtractor = (input: ReactionInput) => ExtractedReaction[];

let defaultExtractor: ReactionExtractor | null = null;

/** Verbs of regret: disapproval put softly; not their adjectives ("called it regrettable"), a naming verb's judgement. */
const REGRET = /^(?:regret|deplor|lament)(?!t?able)/iu;

/** A line that may open with a round-up label: "Name: …" or a short "Name." paragraph opener. */
const LABEL_SHAPE = /^[^:.!?]{1,60}[:.—–]/u;

/** Words that end an appeal's infinitive complement: what follows is the speaker's own again. */
const COMPLEMENT_ENDS = new Set([',', ';', 'and', 'but', 'while', 'whereas']);

/**
 * Whether a cue stands in the infinitive complement of an appeal before it ("urged both sides to stop blaming each
 * other", "called on Abuja to close ranks rather than trade blame"): what others are asked to do, not the speaker's
 * stance. The appeal is the reaction.
 */
function inAppealComplement(view: SentenceView, cues: readonly CueMatch[], m: CueMatch): boolean {
  if (m.cue.cameo?.startsWith('02') === true) return false;
  return cues.some((a) => {
    if (a === m || a.end > m.start || a.cue.cameo?.startsWith('02') !== true) return false;
    const to = view.norms.indexOf('to', a.end);
    if (to < 0 || to >= m.start) return false;
    for (let k = to + 1; k < m.start; k++) if (COMPLEMENT_ENDS.has(view.norms[k]!)) return false;
    return true;
  });
}

/** Reactions in an article, in text order, with the built-in lexicon and the gazetteer. */
export function extractReactions(input: ReactionInput): ExtractedReaction[] {
  defaultExtractor ??= createReactionExtractor({ cues: loadCueLexicon(), grammar: loadReactionGrammar(), findActors: findEnglishGazetteerActors });
  return defaultExtractor(input);
}

export function createReactionExtractor(options: ReactionExtractorOptions): ReactionExtractor {
  const { cues, grammar: g } = options;
  // Backing a side that objects joins its objection, as solidarity does (aligned-with-opponents.ts).
  const backing = { isBacking: (cue: string) => cue.toLowerCase().split(/[^\p{L}]+/u).some((w) => g.backingWords.words.has(w)), opposing: g.backingWords.opposing };

  const extract: ReactionExtractor = ({ title, text, publishedAt }) => {
    let article: ArticleActors | null = null;
    // The headline, the event's opening and evidence sentences are searched by several checks: once each per article.
    const mentionsOf = new Map<string, ActorMention[]>();
    const findActors: ActorFinder = (t) => {
      let mentions = mentionsOf.get(t);
      if (!mentions) {
        article ??= readArticleActors(text, publishedAt, g);
        mentions = mergeMentions(options.findActors(t, publishedAt), article.find(t), g);
        mentionsOf.set(t, mentions);
      }
      return mentions;
    };
    // The text is searched for actors once; each sentence takes the mentions inside it.
    let textMentions: ActorMention[] | null = null;
    const mentionsFrom = (offset: number): ActorFinder => (piece) => {
      const mentions = (textMentions ??= findActors(text));
      const end = offset + piece.length;
      const out: ActorMention[] = [];
      // Mentions are sorted by start: only those starting inside the piece are visited.
      for (let k = firstIndex(0, mentions.length, (i) => (mentions[i] as ActorMention).start < offset); k < mentions.length; k++) {
        const m = mentions[k] as ActorMention;
        if (m.start > end) break;
        if (m.end <= end) out.push({ ...m, start: m.start - offset, end: m.end - offset });
      }
      return out;
    };
    // Split once: the loop, the event's opening sentence and the domestic checks all read these.
    const sentences = splitSentences(text);
    // The headline, read once for its agents and, where someone gave aid, for where the event happened.
    const titleView = viewSentence(title.trim(), findActors);
    const agents = headlineAgents(titleView, cues, g);
    // Where one state dominates the article, it is about that state's own affairs.
    const homeCountry = () => {
      article ??= readArticleActors(text, publishedAt, g);
      return article.homeShare >= DOMESTIC_SHARE && article.homeMentions >= DOMESTIC_MIN_MENTIONS ? (article.home?.key ?? null) : null;
    };
    // The article's event (its headline and first sentence) involves another state: what the home state says about
    // it is a reaction even where the sentence itself names no foreign party ("Trump said the meeting went well").
    let eventView: SentenceView | null = null;
    let domestic: { state: EntityRef | null } | null = null;
    const domesticState = (): EntityRef | null => {
      article ??= readArticleActors(text, publishedAt, g);
      // A text too short to name its state often is not judged domestic (as for the home share below).
      const long = article.homeMentions >= DOMESTIC_MIN_MENTIONS;
      domestic ??= { state: long ? domesticTo(`${title.trim()}\n${sentences[0]?.text ?? ''}`, article.home, findActors) : null };
      return domestic.state;
    };
    const foreignEvent = (actor: EntityRef): boolean => {
      eventView ??= viewSentence(`${title.trim()}\n${sentences[0]?.text ?? ''}`, findActors);
      return namesForeignParty(eventView, actor) && domesticState()?.key !== actor.key;
    };
    const reactions: ExtractedReaction[] = [];
    const labels = new Map<number, EntityRef>();
    // A stance a group with no actor takes ("Baltic diplomats remain wary."), for the next sentence of its paragraph.
    let groupStance: { line: number; stance: ClauseStance } | null = null;
    const quoted = quotedSentences(sentences);
    // Who spoke in each sentence (a clause with a speech verb and an actor subject): a quotation running on belongs to them.
    const speakers = new Map<number, EntityRef[]>();
    // The reactions the sentence before gave, for one that reports its actor reacting likewise.
    let previousFound: ExtractedReaction[] = [];
    for (const [i, written] of sentences.entries()) {
      const sentence = withoutDateline(written);
      const carried = groupStance?.line === sentence.line ? groupStance.stance : null;
      groupStance = null;
      const prior = previousFound;
      previousFound = [];
      let view = viewSentence(sentence.text, null);
      let candidates = cameoCandidates(view, g.reportingVerbs);
      let matches = findCues(view, cues);
      // "France followed suit", "Ottawa made a similar appeal": the stance of the sentence before, for new actors.
      const likewise = prior.length > 0 && matches.length === 0 ? likewiseAt(view, g) : null;
      if (likewise) {
        addMentions(view, mentionsFrom(sentence.start));
        const model = prior[0] as ExtractedReaction;
        const cue = view.text.slice((view.tokens[likewise[0]] as Token).start, (view.tokens[likewise[1] - 1] as Token).end);
        const found = likewiseActors(view, likewise, g)
          .filter((actor) => !prior.some((r) => r.actor.key === actor.key) && !agents.has(actor.key))
          .map((actor) => ({ ...model, actor, actorKind: actorKindOf(actor), evidence: sentence.text, cue }));
        if (found.length > 0) {
          reactions.push(...found);
          previousFound = found;
          continue;
        }
      }
      const mayLabel = sentence.opensLine && LABEL_SHAPE.test(sentence.text);
      const statements = statementVerbs(view, g, quoted[i + 1] === true);
      const speech = statements.length > 0 || mayStateAttitude(view) || mayReportWarning(view) || mayReportAid(view, g);
      const runOn = quoted[i] === true && speakers.has(i - 1);
      const nominal = mayNameNominalReaction(view, g);
      // Most sentences carry no cue: skip the gazetteer and the tagger for them.
      if (matches.length === 0 && candidates.length === 0 && !mayLabel && !carried && !speech && !runOn && !nominal) continue;
      if (runOn) {
        // A quotation that runs on from the sentence before: its speaker's words.
        const speaker = speakers.get(i - 1) as EntityRef[];
        speakers.set(i, speaker);
        const strongest = matches.filter((m) => !m.cue.weak).sort((a, b) => STANCE_PRIORITY[b.cue.stance] - STANCE_PRIORITY[a.cue.stance])[0];
        const read = strongest ? { stance: strongest.cue.stance, cameo: strongest.cue.cameo ?? '010', cue: strongest.text } : quotedSentenceStance(sentence.text);
        if (!read) continue;
        addMentions(view, mentionsFrom(sentence.start));
        for (const actor of speaker) {
          if (agents.has(actor.key)) continue;
          const r = toReaction(actor, { stance: read.stance, cameo: read.cameo, cue: 'cue' in read ? read.cue : QUOTATION_CUE }, sentence.text);
          if (r.actorKind !== 'country' || r.actor.key !== homeCountry() || namesForeignParty(view, r.actor) || foreignEvent(r.actor)) reactions.push(r);
        }
        continue;
      }
      addMentions(view, mentionsFrom(sentence.start));
      let headed = false;
      if (mayLabel) {
        const heading = readRoundupHeading(view, g);
        if (heading) {
          headed = true;
          labels.set(sentence.line, heading.actor);
          if (heading.statementStart === null) continue;
          view = viewSentence(sentence.text.slice(heading.statementStart), mentionsFrom(sentence.start + heading.statementStart));
          candidates = cameoCandidates(view, g.reportingVerbs);
          matches = findCues(view, cues);
        }
      }
      if (matches.length === 0 && candidates.length === 0 && !carried && !speech && !nominal) continue;
      if (!headed && matches.length === 0 && !carried && !speech && !nominal && quoted[i + 1] !== true && !mayReadAnyCue(view, candidates, g)) continue;
      const refers = mayReferBack(view, g, new Set([...statements, ...candidates, ...matches.map((m) => m.start)]));
      if (view.mentionAt.size === 0 && !labels.has(sentence.line) && !refers) {
        if (matches.length > 0) {
          const stance = unattributedGroupStance(view, matches, g);
          if (stance) groupStance = { line: sentence.line, stance };
        }
        continue;
      }
      const pos = tagTokens(view.text, view.tokens);
      const framed = [...framingCues(view, pos, g), ...mannerCues(view, pos, g), ...attitudeCues(view, pos, matches)];
      const framedAt = new Set(framed.map((m) => m.start));
      matches = matches.filter((m) => !framedAt.has(m.start));
      const lexical = new Set(matches.map((m) => m.start));
      // Where the curated lexicon and the verb dictionary read the same words, the lexicon's stance stands
      // ("dismissed" is skeptical in the labelling guide, 110 disapproval in CAMEO): its code is kept.
      const cameo = findCameoCues(view, pos, candidates, true)
        .filter((m) => {
          const same = matches.find((l) => l.start === m.start);
          if (same && same.cue.cameo === null) same.cue = { ...same.cue, cameo: m.cue.cameo };
          return !lexical.has(m.start) && !framedAt.has(m.start);
        })
        // "worrying", "troubling": the verb's form used as a word of alarm is concern, not a pessimistic comment.
        .map((m) => (m.cue.stance === 'skeptical' && m.end - m.start === 1 && isAlarmWord(view.norms[m.start] ?? '') ? { ...m, cue: { ...m.cue, stance: 'cautious' as const } } : m));
      // A cue inside a relative clause or an infinitive after an object ("urged Uganda to condemn") is not the
      // subject's own response; "declined to criticize" is no reaction at all.
      const everyCue = [...matches, ...cameo, ...framed];
      const read = dropContained(everyCue);
      // Checked against every cue found, those inside a longer one included: a verb pattern may span the reaction it
      // negates ("declined to criticize the decision" is one CAMEO pattern).
      // "… five days after New Delhi blamed …": a clause recalling an earlier event holds no reaction to this one.
      const clauseBreak = (k: number) => [',', ';', '.'].includes(view.norms[k] ?? '') && !view.tokens[k]?.quoted;
      const background = pastBackgroundSpans(view.norms, g.pastBackground, clauseBreak);
      const denying = continuingDenial(view, read);
      const usable = read
        .filter((m) => !negatesWhatFollows(view, m, everyCue, g) && !notAReaction(view, pos, m, g) && !denying.has(m) && !background.some(([a, b]) => m.start >= a && m.start < b) && !standsSince(view.norms, m.end - 1, g.pastBackground, clauseBreak) && !datedEarlier(view.norms, m.start, publishedAt ?? null, g.pastBackground, clauseBreak))
        .map((m) => hasteWarning(view, restraintAppeal(view, m)));
      const all = usable.filter((m) => !inRelativeClause(view, pos, m.start) && !inAppealComplement(view, usable, m));
      // "Abe, who has voiced fears that …, praised …": a relative clause on an actor subject states its own stance.
      // Only words of evaluation there: "which hosted the talks" is the actor's own move.
      const relative = usable.filter((m) => inRelativeClause(view, pos, m.start) && evaluative(m.cue.cameo));
      // What was said decides where no cue does, or only a neutral one ("acknowledged the meeting, saying it went well").
      // So does a quotation opening the sentence beside an appeal alone ('"… is indefensible," Rubio said, urging
      // Eritrea to pull back'): the appeal asks for a move, the words quoted judge the event.
      const quoteFirst = view.norms[0] === '"' || view.tokens[0]?.quoted === true;
      // What a denier goes on to say defends it, as its cues after the denial do ("dismissed the insinuations and said …").
      const said = all.every((m) => m.cue.stance === 'neutral' || (quoteFirst && m.cue.cameo?.startsWith('02') === true)) ? reportedSpeechCues(view, pos, g) : laterClauseSpeech(view, pos, all, g);
      const defending = continuingDenial(view, [...read, ...said]);
      all.push(...said.filter((m) => !defending.has(m)));
      // A warning's content is its own cue, where no other cue reads the verb ("warned of" has the dictionary's): beside
      // the others, after what was said is read ("said the sum was a fraction of what they need and warned that …").
      for (const w of warningCues(view, pos)) if (!read.some((m) => m.start <= w.start && w.start < m.end) && !inRelativeClause(view, pos, w.start) && !negatesWhatFollows(view, w, everyCue, g)) all.push(w);
      if (all.length === 0 && carried) all.push(...carriedStanceCues(view, pos, g, carried));
      // A cue opening with a verb form the tagger read as a noun after a name ("France cast doubt on …", past "cast"
      // taken for a noun compound) is the clause's verb.
      const verbForms = cameoLexicon().forms;
      const cueVerbs = new Set(all.filter((m) => pos[m.start] === 'NOUN' && verbForms.has(view.norms[m.start] ?? '')).map((m) => m.start));
      const tagged = verbTest(view, pos, g);
      const isVerb = cueVerbs.size === 0 ? tagged : (k: number) => tagged(k) || cueVerbs.has(k);
      const label = labels.get(sentence.line) ?? null;
      const refer = (clause: Clause): EntityRef[] => {
        if (!refers) return [];
        const kind = anaphorKind(view, clause, pos, g);
        if (!kind) return [];
        const home = () => {
          article ??= readArticleActors(text, publishedAt, g);
          return article.home ? [article.home] : [];
        };
        if (kind === 'home') return home();
        textMentions ??= findActors(text);
        const actor = antecedent(textMentions, kind === 'state-or-home' ? 'state' : kind, sentences, i);
        return actor ? [actor] : kind === 'state-or-home' ? home() : [];
      };
      // With no cue, the clauses give no reaction: only their speaker, for a quotation running on in the next sentence.
      const { found, speaking } =
        all.length === 0 && relative.length === 0 && quoted[i + 1] !== true ? { found: [], speaking: [] } : sentenceReactions(view, all, label, agents, g, isVerb, refer, relative);
      if (speaking.length > 0) speakers.set(i, speaking);
      if (nominal) {
        for (const n of nominalReactions(view, g)) {
          if (!found.some((r) => r.actor.key === n.actor.key && r.stance === n.stance.stance)) found.push(toReaction(n.actor, n.stance, view.text));
        }
      }
      // "… announced 30 million euros, Britain 20 million pounds": donors listed without their own verb give as the first did.
      const aid = found.find((r) => isAidCode(r.cameo));
      if (aid) {
        const at = view.text.indexOf(aid.cue);
        const from = at < 0 ? view.tokens.length : view.tokens.findIndex((t) => t.start >= at);
        for (const actor of gappedDonors(view, from)) if (!found.some((r) => r.actor.key === actor.key)) found.push({ ...aid, actor, actorKind: actorKindOf(actor) });
      }
      // "Washington welcomed the decision, as did Canberra": the names after the comparison react as the clause did.
      if (found.length > 0) {
        for (const actor of comparedActors(view)) if (!found.some((r) => r.actor.key === actor.key)) found.push({ ...found[found.length - 1]!, actor, actorKind: actorKindOf(actor) });
      }
      const according = accordingTo(view, pos, g);
      if (according && !found.some((r) => r.actor.key === according.actor.key)) {
        found.push(toReaction(according.actor, { stance: according.cue.cue.stance, cameo: according.cue.cue.cameo, cue: according.cue.text }, view.text));
      }
      // Regret beside an appeal ("regretted the request and urged Bangui to agree a phased transition") is a call for
      // caution, as the five other languages read it: the appeal says what the regret asks for.
      if (all.some((m) => m.cue.cameo?.startsWith('02') === true && m.cue.stance === 'cautious')) {
        for (const [k, r] of found.entries()) if (r.stance === 'opposed' && REGRET.test(r.cue)) found[k] = { ...r, stance: 'cautious' };
      }
      // The article's own country speaking about a matter with no foreign party is domestic politics, not a
      // reaction ("Trump lashed out at the investigation"); non-state actors count on domestic matters too.
      previousFound = found.filter((r) => label !== null || r.actorKind !== 'country' || r.actor.key !== homeCountry() || namesForeignParty(view, r.actor) || foreignEvent(r.actor));
      reactions.push(...previousFound);
    }
    // A non-state organization's move at home (a party's lawsuit): the home state's officials on it are domestic politics.
    article ??= readArticleActors(text, publishedAt, g);
    const home = article.home?.key;
    const opening = sentences[0]?.text;
    // The opening sentence with the mentions the text search found in it (no second search).
    const openingView = () => (sentences[0] ? viewSentence(sentences[0].text, mentionsFrom(sentences[0].start)) : null);
    // The lead, for the solidarity check: the headline and the opening sentence split above.
    const lead = () => `${title}\n${opening ?? ''}`;
    // Solidarity with a side that objects, where no attack made it so already.
    const aligned = (found: ExtractedReaction[]) => alignedWithOpponents(found, isSolidarityCue, (evidence) => actorsNamed(evidence, findActors), () => [...actorsNamed(title, findActors)][0] ?? null, backing);
    // The state whose own move the headline reports says nothing in reaction to it (headline-agent.ts), unless the
    // headline's first clause itself reads it reacting ("Czechs blame hackers …").
    const agentDropped = (found: ExtractedReaction[]): ExtractedReaction[] => {
      if (!title) return found;
      const named = findActors(title).flatMap((m) => (m.actor && (m.via === 'capital' || (m.entity.key === m.actor.key && (m.via === 'name' || m.via === 'alias'))) ? [{ key: m.actor.key, kind: m.actor.kind, start: m.start, end: m.end }] : []));
      const agent = headlineAgent(title, named);
      if (agent === null || !found.some((r) => r.actor.key === agent)) return found;
      if (extract({ title: '', text: headlineClause(title), publishedAt }).some((r) => r.actor.key === agent)) return found;
      return found.filter((r) => r.actor.key !== agent);
    };
    if (home && reactions.some((r) => r.actor.key === home) && nonStateAgent([title, ...sentences.slice(0, LEDE_SENTENCES).map((s) => s.text)], findActors, g)) {
      return agentDropped(aligned(solidarityUnderAttack(ownAidDropped(coPartiesDropped(reactions.filter((r) => r.actor.key !== home), titleView, openingView, g), titleView, g, findActors), lead, findActors)));
    }
    // An event within the home state (Congress, a court, a special counsel): its officials on it are domestic
    // politics unless they address another state.
    // A reaction in the event's own sentence is the news itself ("Japan welcomed the deal."), not talk about it.
    const state = reactions.some((r) => r.actorKind === 'country' && r.evidence !== opening) ? domesticState() : null;
    const kept = state ? reactions.filter((r) => r.actor.key !== state.key || r.evidence === opening || addressesAbroad(r.evidence, r.actor, findActors)) : reactions;
    return agentDropped(aligned(solidarityUnderAttack(ownAidDropped(coPartiesDropped(kept, titleView, openingView, g), titleView, g, findActors), lead, findActors)));
  };
  return extract;
}


/**
 * Gazetteer mentions and the article's own people and organizations: where they overlap, the article's reading
 * wins for a person or an entity that speaks for no one ("Japanese Prime Minister Shinzo Abe" speaks for Japan).
 */
function mergeMentions(gazetteerMentions: ActorMention[], articleMentions: ActorMention[], grammar: ReactionGrammar): ActorMention[] {
  // A demonym inside a longer organization name ("American" in "American Civil Liberties Union") is part of that
  // name, and so is the country closing a civil body's name ("Minerals Council of Australia") or opening any name
  // ("Bolivia Bondholder Committee"), or closing a brand's ("BirdLife Cyprus").
  const out = gazetteerMentions.filter(
    (g) =>
      !articleMentions.some(
        (a) =>
          a.start <= g.start &&
          g.end <= a.end &&
          (g.actor === null ||
            g.entity.kind === 'person' ||
            (a.end - a.start > g.end - g.start && (g.via === 'demonym' || civilBodyOf(a, grammar) || a.closesWithCountry === true || (a.start === g.start && g.entity.kind === 'country')))),
      ),
  );
  for (const a of articleMentions) if (!out.some((g) => a.start < g.end && g.start < a.end)) out.push(a);
  return out.sort((x, y) => x.start - y.start);
}

/** Comparisons after a comma that give the names after them the clause's stance. */
const COMPARISONS = [
  ['as', 'did'], ['as', 'have'], ['as', 'has'], ['as', 'had'], ['just', 'like'], ['as', 'was'], ['as', 'were'],
  // "…, a view echoed by the European Union", "…, a position shared by Canada": the same stance, passed on.
  ['a', 'view', 'echoed', 'by'], ['a', 'call', 'echoed', 'by'], ['a', 'view', 'shared', 'by'], ['a', 'position', 'shared', 'by'], ['echoed', 'by'],
];
/** How far after a comparison its names may stand ("as did Canada and Japan"). */
const COMPARED_REACH = 5;

/** The actors named right after a closing comparison (", as did Canberra", ", just like Japan"). */
function comparedActors(view: SentenceView): EntityRef[] {
  const out: EntityRef[] = [];
  for (let k = 1; k < view.norms.length; k++) {
    if (view.norms[k - 1] !== ',' || view.tokens[k]?.quoted) continue;
    const phrase = COMPARISONS.find((p) => p.every((w, j) => view.norms[k + j] === w));
    if (!phrase) continue;
    for (let j = k + phrase.length; j < Math.min(view.norms.length, k + phrase.length + COMPARED_REACH); j++) {
      const hit = view.mentionAt.get(j);
      // A capital stands for its state here ("as did Canberra").
      const actor = hit ? (hit.mention.actor ?? hit.mention.seatOf) : null;
      if (actor && !out.some((a) => a.key === actor.key)) out.push(actor);
    }
  }
  return out;
}

/** An organization of its own (not a state's) whose head noun names a civil body: "<Minerals Council> of Australia". */
function civilBodyOf(mention: ActorMention, g: ReactionGrammar): boolean {
  if (!mention.actor || actorKindOf(mention.actor) !== 'non-state') return false;
  const words = mention.surface.toLowerCase().split(/\s+/);
  const link = words.indexOf('of');
  return g.civilBodyWords.has(words[link > 0 ? link - 1 : words.length - 1] ?? '');
}

/**
 * The stance of a sentence whose subject is a group that names no actor ("Baltic diplomats remain wary.",
 * "European capitals were unconvinced."): a news paragraph often states a group's mood, then gives one member's
 * words. Null when the sentence has no such subject or its cue is negated, hypothetical or weak.
 */
function unattributedGroupStance(view: SentenceView, matches: readonly CueMatch[], g: ReactionGrammar): ClauseStance | null {
  const pos = tagTokens(view.text, view.tokens);
  const isVerb = verbTest(view, pos, g);
  const clauses = readClauses(view, g, isVerb);
  const first = clauses[0];
  if (!first || first.fronted || first.subject.there) return null;
  // The subject's head is an official speaker word ("diplomats", "officials", "governments"), not "analysts".
  const head = view.norms[first.subject.end - 1] ?? '';
  if (first.subject.kind !== 'generic' && first.subject.kind !== 'other') return null;
  if (!g.speakerNouns.has(head) && !g.unattributedSpeakerNouns.has(head)) return null;
  const all = matches.filter((m) => !inRelativeClause(view, pos, m.start));
  return clauseStance(view, first, all, g, { allowWeak: false });
}

/**
 * The next sentence of the paragraph gives a member's words with no cue of their own ("Lithuania's foreign minister
 * said that changing the address would not change …"): they carry the group's stance. The cue sits on the speech
 * verb, so the clause reader gives it to the speaker.
 */
function carriedStanceCues(view: SentenceView, pos: readonly string[], g: ReactionGrammar, carried: ClauseStance): CueMatch[] {
  const { norms, tokens } = view;
  for (let k = 0; k < norms.length; k++) {
    if (!g.speechVerbs.has(norms[k] as string) || tokens[k]?.quoted || (pos[k] !== 'VERB' && pos[k] !== 'AUX')) continue;
    const token = tokens[k] as Token;
    return [{ cue: { stance: carried.stance, weak: false, cameo: carried.cameo }, start: k, end: k + 1, text: `${token.text} (${carried.cue})` }];
  }
  return [];
}

/** The home state's share of an article's state mentions from which its own statements need a foreign party. */
const DOMESTIC_SHARE = Number(process.env.DOMESTIC_SHARE ?? 0.7);

/** The lede: the sentences that may still state the event when the headline and first sentence name no agent. */
const LEDE_SENTENCES = 3;

/** Mentions of the home state below which a text is too short to say it is about that state's own affairs. */
const DOMESTIC_MIN_MENTIONS = 5;

/**
 * The sentence names a party foreign to the actor: another state, an international organization, one of their
 * people or places, or a region beyond any one state ("would hurt Europe").
 */
function namesForeignParty(view: SentenceView, actor: EntityRef): boolean {
  for (const { mention } of view.mentionAt.values()) {
    const other = mention.actor ?? mention.seatOf;
    if (other && other.key !== actor.key && (other.kind === 'country' || actorKindOf(other) === 'igo')) return true;
    if (!other && mention.entity.country && mention.entity.country !== actor.country) return true;
    if (!other && mention.entity.kind === 'place' && mention.entity.country === null) return true;
  }
  return false;
}

/** A cue inside a longer one is dropped ("welcomed" inside "cautiously welcomed"). */
function dropContained(matches: CueMatch[]): CueMatch[] {
  return matches.filter((m) => !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

function sentenceReactions(
  view: SentenceView,
  matches: readonly CueMatch[],
  label: EntityRef | null,
  agents: ReadonlySet<string>,
  g: ReactionGrammar,
  isVerb: (k: number) => boolean,
  refer: (clause: Clause) => EntityRef[],
  relative: readonly CueMatch[] = [],
): { found: ExtractedReaction[]; speaking: EntityRef[] } {
  const byActor = new Map<string, { actor: EntityRef; stance: ClauseStance }>();
  const aidMatches = matches.filter((m) => isAidCode(m.cue.cameo));
  const speaking: EntityRef[] = [];
  const background: ExtractedReaction[] = [];
  let previous: EntityRef[] = [];
  const read: { clause: Clause; actors: EntityRef[] }[] = [];
  for (const clause of readClauses(view, g, isVerb)) {
    let actors = clauseActors(view, clause, label, previous);
    if (actors.length === 0) actors = refer(clause);
    if (actors.length === 0) actors = quotedSubject(view, clause, g, isVerb);
    previous = actors.length > 0 ? actors : previous;
    read.push({ clause, actors });
    if (actors.length > 0 && speaks(view, clause, g)) speaking.push(...actors);
    if (clause.subject.kind === 'actors' && relative.length > 0) {
      for (const actor of clause.subject.actors) {
        for (const stance of relativeClauseStances(view, clause, relative, g)) background.push(toReaction(actor, stance, view.text));
      }
    }
    if (matches.length === 0) continue;
    for (const actor of actors) {
      const stance = clauseStance(view, clause, matches, g, { allowWeak: !agents.has(actor.key) });
      if (!stance) continue;
      // Aid given is an act beside what the actor says: "WFP trucked rice, while UNICEF warned …" (both the U.N.'s),
      // "said it was rushing shelter kits … and called for an investigation" keep both.
      const aid = isAidCode(stance.cameo) || aidMatches.length === 0 ? null : clauseStance(view, clause, aidMatches, g, { allowWeak: !agents.has(actor.key) });
      for (const read of aid?.stance === 'supportive' ? [stance, aid] : [stance]) {
        const key = isAidCode(read.cameo) ? `${actor.key}#aid` : actor.key;
        const seen = byActor.get(key);
        if (!seen || STANCE_PRIORITY[read.stance] > STANCE_PRIORITY[seen.stance.stance]) byActor.set(key, { actor, stance: read });
      }
    }
  }
  for (const match of matches) {
    for (const actor of passiveAgents(view, match, g)) {
      if (match.cue.weak && agents.has(actor.key)) continue;
      const stance: ClauseStance = { stance: match.cue.stance, cue: `${match.text} by`, cameo: match.cue.cameo };
      const seen = byActor.get(actor.key);
      if (!seen || STANCE_PRIORITY[stance.stance] > STANCE_PRIORITY[seen.stance.stance]) byActor.set(actor.key, { actor, stance });
    }
  }
  restrictedBySameActor(view, read, byActor, g);
  // An aid act and a statement of the same stance are one reaction.
  for (const [key, { actor, stance }] of byActor) if (key.endsWith('#aid') && byActor.get(actor.key)?.stance.stance === stance.stance) byActor.delete(key);
  const found = [...byActor.values()].map(({ actor, stance }) => toReaction(actor, stance, view.text));
  for (const r of background) if (!found.some((f) => f.actor.key === r.actor.key && f.stance === r.stance)) found.push(r);
  return { found, speaking };
}

/**
 * A welcome that the same actor restricts in the next clause, through someone who speaks for it, is cautious: "Poland
 * welcomed the return of its citizens but Foreign Minister Sikorski said the border would stay shut". Within one
 * clause the stance reader already sees the restriction ("welcomed … but warned").
 */
function restrictedBySameActor(
  view: SentenceView,
  read: readonly { clause: Clause; actors: EntityRef[] }[],
  byActor: Map<string, { actor: EntityRef; stance: ClauseStance }>,
  g: ReactionGrammar,
): void {
  for (let c = 0; c + 1 < read.length; c++) {
    const { clause, actors } = read[c]!;
    const next = read[c + 1]!;
    let at = -1;
    for (let k = Math.max(clause.start, clause.end - 1); k < next.clause.subjectStart && at < 0; k++) {
      if (g.restrictions.matchAt(view.norms, k) > 0 && view.norms[k + 1] !== 'also') at = k;
    }
    if (at < 0) continue;
    for (const actor of actors) {
      const seen = byActor.get(actor.key);
      if (seen?.stance.stance !== 'supportive' || !next.actors.some((a) => a.key === actor.key)) continue;
      byActor.set(actor.key, { actor, stance: { ...seen.stance, stance: 'cautious', cue: `${seen.stance.cue} … ${view.tokens[at]!.text}` } });
    }
  }
}

const RELATIVE_OPENERS = new Set(['who', 'which']);

/** CAMEO families of evaluation: comments (01), praise and endorsement (051, 052), disapproval and rejection (11, 12). */
const EVALUATIVE_CODES = ['01', '051', '052', '11', '12'];

function evaluative(cameo: string | null): boolean {
  return cameo === null || EVALUATIVE_CODES.some((prefix) => cameo.startsWith(prefix));
}

/**
 * The stances of the non-restrictive relative clauses of a clause's actor subject (", who has voiced fears that …,"):
 * a background reaction the article states as fact. Read like a clause of their own, so negation, hypotheticals and
 * past markers inside them still drop a cue.
 */
function relativeClauseStances(view: SentenceView, clause: Clause, cues: readonly CueMatch[], g: ReactionGrammar): ClauseStance[] {
  const out: ClauseStance[] = [];
  for (const [from, to] of clause.subject.skipped) {
    if (view.norms[from] !== ',' || !RELATIVE_OPENERS.has(view.norms[from + 1] ?? '')) continue;
    const inside: Clause = { ...clause, start: from + 1, end: to, subjectStart: from + 1, fronted: null, ranges: [[from + 2, to]], subject: { ...clause.subject, skipped: [] } };
    const stance = clauseStance(view, inside, cues, g, { allowWeak: false });
    if (stance) out.push(stance);
  }
  return out;
}

function toReaction(actor: EntityRef, stance: ClauseStance, evidence: string): ExtractedReaction {
  return {
    actor,
    actorKind: actorKindOf(actor),
    stance: stance.stance as Stance,
    cameo: stance.cameo,
    goldstein: goldsteinOf(cameoLexicon(), stance.cameo),
    evidence,
    cue: stance.cue,
  };
}

/** The clause's predicate (or the quotation it closes) has a verb of saying outside any quotation. */
function speaks(view: SentenceView, clause: Clause, g: ReactionGrammar): boolean {
  for (const [from, to] of clause.ranges) {
    for (let k = Math.max(0, from - 2); k < to; k++) if (!view.tokens[k]?.quoted && (g.speechVerbs.has(view.norms[k] as string) || g.reportingVerbs.has(view.norms[k] as string))) return true;
  }
  return false;
}

/** Words after a verb of saying that may open a judgement ("said the plan was …", "said it went well"). */
const JUDGING = new Set(['is', 'was', 'are', 'were', 'been', "'s", 'remains', 'remained', 'seemed', 'went']);

/**
 * Where the sentence has a statement worth reading without a cue: a verb of framing or reacting, an "according
 * to", or a verb of saying with a quotation, a judgement after it, or a quotation in the next sentence. A cheap test
 * on words, before any tagging.
 */
function statementVerbs(view: SentenceView, g: ReactionGrammar, quotationFollows: boolean): number[] {
  const { norms, tokens } = view;
  const quoted = quotationFollows || tokens.some((t) => t.quoted);
  const out: number[] = [];
  for (let k = 0; k < norms.length; k++) {
    if (tokens[k]?.quoted) continue;
    const n = norms[k] as string;
    if (g.framingVerbs.has(n) || g.reactionVerbs.has(n) || (n === 'according' && norms[k + 1] === 'to') || (quoted && g.speakingOfVerbs.has(n) && norms[k + 1] === 'of')) out.push(k);
    else if (g.speechVerbs.has(n) && (quoted || judgementFollows(norms, k))) out.push(k);
  }
  return out;
}

/** A judging word among the nine tokens after a verb of saying at `k`. */
function judgementFollows(norms: readonly string[], k: number): boolean {
  const end = Math.min(norms.length, k + 10);
  // "said the strikes amounted to …" classifies as a copula does.
  for (let j = k + 1; j < end; j++) if (JUDGING.has(norms[j] as string) || classifiesAt(norms, j)) return true;
  // "said those responsible must be prosecuted": a demand that the culprits be punished.
  return punishmentDemanded(norms, k + 1);
}

/**
 * Whether a sentence with no lexicon cue, no statement verb (so no framing, manner or "according to" cue), no nominal
 * reaction and no carried stance can still yield a cue under some tagging: a CAMEO verb that can code a reaction,
 * an attitude predicate, or a verb of saying with a quotation or a judgement after it. Where none can, the sentence yields no
 * reaction, and its speaker matters only to a quotation in the next sentence (the caller checks that): it is not
 * tagged. A test on words and the dictionary, so the output is the same as tagging it.
 */
function mayReadAnyCue(view: SentenceView, candidates: readonly number[], g: ReactionGrammar): boolean {
  return mayReadAttitude(view) || mayReadCameoCue(view, candidates) || mayReportSpeech(view, g);
}

/**
 * "Kallas denounced the hanging, and Canada's foreign ministry said it was 'horrified'": what a later clause's own
 * speaker said, after the last cue of the clauses before it, gives that speaker's stance.
 */
function laterClauseSpeech(view: SentenceView, pos: readonly string[], cues: readonly CueMatch[], g: ReactionGrammar): CueMatch[] {
  const { norms, tokens } = view;
  const last = Math.max(...cues.map((m) => m.end));
  let boundary = -1;
  for (let k = last; k < norms.length; k++) {
    if (tokens[k]?.quoted) continue;
    const norm = norms[k] ?? '';
    if (g.alwaysClauseStarters.has(norm) || (g.subjectClauseStarters.has(norm) && [',', '"'].includes(norms[k - 1] ?? ''))) {
      boundary = k + 1;
      break;
    }
  }
  return boundary < 0 ? [] : reportedSpeechCues(view, pos, g, boundary);
}

/** Who speaks in a clause: its subject's actors, or, for an unattributed official, the context's actor. */
/**
 * A quotation whose speaker no context resolves ("“France condemns the attack,” the ministry said"), but whose own
 * words open with an actor and its verb: that actor speaks.
 */
function quotedSubject(view: SentenceView, clause: Clause, g: ReactionGrammar, isVerb: (k: number) => boolean): EntityRef[] {
  if (clause.subject.kind !== 'generic') return [];
  const quote = clause.ranges.find(([from]) => from < clause.subjectStart && view.tokens[from]?.quoted === true);
  if (!quote) return [];
  const inner = parseSubject(view, quote[0], quote[1], g, isVerb);
  return inner.kind === 'actors' && isVerb(inner.end) ? inner.actors : [];
}

function clauseActors(view: SentenceView, clause: Clause, label: EntityRef | null, previous: EntityRef[]): EntityRef[] {
  const { subject } = clause;
  switch (subject.kind) {
    case 'actors':
      return subject.actors;
    case 'generic': {
      if (clause.fronted) return [clause.fronted];
      // "officials there", "its embassy": the actor of the clause before.
      const opener = view.norms[clause.subjectStart] ?? '';
      if ((subject.there || opener === 'its' || opener === 'their') && previous.length > 0) return previous;
      return label ? [label] : [];
    }
    case 'pronoun':
    case 'missing':
      return label && clause.start === 0 ? [label] : [];
    default:
      return [];
  }
}

/**
 * The sides of a deal the headline or the opening sentence says was made speak of their own deal (co-parties.ts):
 * their reactions are dropped. The lead is read only where someone reacted.
 */
function coPartiesDropped(reactions: ExtractedReaction[], titleView: SentenceView, openingView: () => SentenceView | null, g: ReactionGrammar): ExtractedReaction[] {
  if (reactions.length === 0) return reactions;
  const sides = new Set<string>();
  const opening = openingView();
  for (const view of opening ? [titleView, opening] : [titleView]) {
    const names: { token: number; key: string }[] = [];
    for (const [token, hit] of view.mentionAt) {
      const actor = hit.mention.actor ?? hit.mention.seatOf;
      if (actor) names.push({ token, key: actor.key });
    }
    const breaksBefore = (k: number) => [',', ';', ':'].includes(view.norms[k - 1] ?? '');
    for (const key of coParties(view.norms, names, g.coParties, breaksBefore)) sides.add(key);
  }
  return sides.size === 0 ? reactions : reactions.filter((r) => !sides.has(r.actor.key));
}

/** Prepositions that put a state in the place role in a headline ("kills 49 in Afghanistan and Tajikistan"). */
const SITE_PREPOSITIONS = new Set(['in', 'across', 'inside']);

/**
 * Rescuers a struck state sends into its own valleys are its own response, not aid to another, and its appeals ask
 * help for itself: aid and appeals by a state the headline puts the event in ("Pamir earthquake kills at least 49 in
 * Afghanistan and Tajikistan") are dropped.
 */
function ownAidDropped(reactions: ExtractedReaction[], view: SentenceView, g: ReactionGrammar, findActors: ActorFinder): ExtractedReaction[] {
  if (!reactions.some((r) => isAidCode(r.cameo) || isAppealCode(r.cameo))) return reactions;
  const sites = new Set<string>();
  let listed = false;
  for (const k of [...view.mentionAt.keys()].sort((a, b) => a - b)) {
    const hit = view.mentionAt.get(k)!;
    const actor = hit.mention.actor;
    const before = view.norms[k - 1] ?? '';
    const site: boolean = SITE_PREPOSITIONS.has(before) || (listed && (before === 'and' || before === ','));
    if (site && actor?.kind === 'country') sites.add(actor.key);
    listed = site;
  }
  return sites.size === 0 ? reactions : reactions.filter((r) => !((isAidCode(r.cameo) || isAppealCode(r.cameo)) && sites.has(r.actor.key) && !sentAcross(r, sites, g, findActors)));
}

/**
 * A struck state's aid sent over the border or to the other struck state ("Croatia, itself hit, sent helicopters
 * across the border at Bosnia's request") is help given to another: said after the verb of sending.
 */
function sentAcross(r: ExtractedReaction, sites: ReadonlySet<string>, g: ReactionGrammar, findActors: ActorFinder): boolean {
  if (!isAidCode(r.cameo)) return false;
  const sent = r.evidence.indexOf(r.cue);
  const view = viewSentence(r.evidence, findActors);
  if (view.tokens.some((t) => t.start > sent && g.borderWords.has(t.norm))) return true;
  return [...view.mentionAt.values()].some(({ mention }) => mention.start > sent && mention.actor !== null && mention.actor.key !== r.actor.key && sites.has(mention.actor.key));
}


/**
 * The actors whose own move the headline reports ("Netherlands and Japan tighten curbs …", "Putin invites …"):
 * their weak cues ("said the changes were needed") are a defence of that move, not a reaction to it.
 */
function headlineAgents(view: SentenceView, cues: readonly Cue[], g: ReactionGrammar): Set<string> {
  if (view.tokens.length === 0 || view.mentionAt.size === 0) return new Set();
  const pos = tagTokens(view.text, view.tokens);
  const isVerb = verbTest(view, pos, g);
  const subject = parseSubject(view, 0, view.tokens.length, g, isVerb);
  if (subject.kind !== 'actors') return new Set();
  // A headline whose verb is itself a reaction ("Zelenskyy casts doubt …") names a reacting actor, not an agent; an
  // appeal or a weak cue there is the agent's own move ("Comoros asks UN to reopen …").
  const cueStarts = [...findCues(view, cues), ...findCameoCues(view, pos, cameoCandidates(view, g.reportingVerbs))].filter((m) => !m.cue.weak && !isAppealCode(m.cue.cameo)).map((m) => m.start);
  const reacting = cueStarts.some((start) => start >= subject.end && start <= subject.end + 2);
  return reacting ? new Set() : new Set(subject.actors.map((a) => a.key));
}

/**
 * Which tokens can be a clause's verb: the tagger's verbs and auxiliaries, and the grammar's reporting verbs and
 * auxiliaries (a tagger sometimes reads "said" in a headline-like fragment as an adjective).
 */
function verbTest(view: SentenceView, pos: readonly string[], g: ReactionGrammar): (k: number) => boolean {
  return (k) => {
    const tag = pos[k];
    if (tag === 'VERB' || tag === 'AUX') return true;
    const norm = view.norms[k] ?? '';
    // A framing participle before its object ("Amnesty branded the verdict …") is a verb, whatever the tagger says.
    return g.reportingVerbs.has(norm) || g.auxiliaries.has(norm) || (g.framingVerbs.has(norm) && (pos[k + 1] === 'DET' || pos[k + 1] === 'PRON'));
  };
}

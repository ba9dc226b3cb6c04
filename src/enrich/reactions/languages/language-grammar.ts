/**
 * The function words a language's reactions turn on: negation, the conditional and modal forms that make a reaction
 * hypothetical, contrast (a welcome "but" with reservations), and the conjunctions and pronouns where one clause
 * ends and the next subject begins. Closed-class words of each language, written in its module
 * (languages/<lang>.ts), all folded (lower case, accents removed) as src/text folds them.
 */
import type { PastBackgroundWords } from '../past-background.ts';
import type { CoPartyWords } from '../co-parties.ts';
import type { FrontedVerdictWords } from './fronted-verdicts.ts';

export interface LanguageGrammar {
  language: string;
  /**
   * Words that negate the predicate they stand near ("nicht", "pas", "no", "non", "не"); not "without" ("sans
   * attendre, Paris a condamné").
   */
  negations: readonly string[];
  /**
   * Verbs of avoiding or refraining, folded: the reaction in their complement did not happen ("evitó condenar",
   * "a évité de critiquer", "vermied es, … zu verurteilen", "воздержалась от осуждения").
   */
  avoidances?: readonly string[];
  /** Words that make what follows hypothetical or conditional ("wenn", "si", "se", "если"). */
  conditionals: readonly string[];
  /**
   * Those of the conditionals that also mean "whether" (folded): an indirect question in the clause after a reaction
   * ("…; ob Moskau vermitteln werde, ließ Peskow offen") asks about something else, so only one in the reaction's own
   * clause makes it hypothetical ("ließ offen, ob es den Angriff verurteile").
   */
  whether?: readonly string[];
  /**
   * Verbs that, opening a sentence, make its first clause a condition without a conjunction ("Sollte sich … bestätigen,
   * …", "Wäre …"): the reaction in the clause after it is hypothetical.
   */
  verbFirstConditionals?: readonly string[];
  /**
   * Modal forms that report no reaction yet ("könnte", "pourrait", "podría", "potrebbe", "может"), and the conditional
   * of "be" and "have" that reports hearsay ("sarebbe pronta", "serait prête", "estaría dispuesta", "wäre bereit", "habría
   * condenado", "avrebbe condannato"); not the future or
   * the German passive ("wurde begrüßt"). Written as in the text, in lower case with its accents, and matched so:
   * folded, "sería" would be "seria" (serious), "wäre" "Ware" (goods) and "würde" "wurde".
   */
  modals: readonly string[];
  /**
   * A restriction after a supportive cue turns it cautious, as in English (but, must, stressed): "aber", "mais",
   * "pero", "ma", "но"; "müsse", "doit", "debe", "deve", "должны"; "betonte", "soulignant", "subrayó".
   */
  contrasts: readonly string[];
  /**
   * Verbs of obligation, folded ("müsse", "doit", "debe", "deve", "должна"): a cue they govern is what someone demands
   * of its subject ("Russland müsse die Souveränität respektieren, sagte …"), not the subject's own response.
   */
  obligations?: readonly string[];
  /**
   * Third-person forms of saying verbs: a clause with one names who said the clause before it ("« Inacceptable »,
   * a déclaré le ministère chinois").
   */
  speechVerbs: readonly string[];
  /** "According to" ("laut", "selon", "según", "secondo", "по словам"): the actor after it is the speaker. */
  accordingTo: readonly string[];
  /**
   * Subject pronouns that continue the previous sentence's actor ("Er begrüßte …", "Elle a salué …"), written with
   * their accents in lower case (not folded: Spanish "él" is not the article "el").
   */
  pronouns: readonly string[];
  /** Adverbs of addition the stopword list leaves out ("также", "aussi"), folded: function words to the reader. */
  additives?: readonly string[];
  /** Words that join the names of a list ("Argentinien und Peru", "Китай, Япония и Австралия"). */
  listJoins: readonly string[];
  /**
   * Beginnings of the words of declining a comment or interference ("kommentier", "ingerence", "невмешательств"),
   * folded: before "an internal matter", they decline to judge it.
   */
  declineStems?: readonly string[];
  /** Prepositions that give a count to each of several ("по два вертолёта"), folded. */
  distributives?: readonly string[];
  /**
   * Where a dash stands for a verb left out whatever follows it ("…, а Турция — палатки"): the words that may open such
   * a clause, folded.
   */
  dashGapJoins?: readonly string[];
  /** Coordinating words that open a new clause with its own subject ("und", "et", "y", "e", "и", "mentre"). */
  clauseBreaks: readonly string[];
  /**
   * Prepositions after which a named actor is an object or a place, not a speaker ("gegen", "contre", "contra").
   * Not the genitive "de", "di", "von": "le porte-parole du Quai d'Orsay" speaks for France.
   */
  objectMarkers: readonly string[];
  /**
   * Conjugated forms of a (folded) infinitive cue that stem differently from it, where the language's regular
   * morphology says so: the Russian present of "-овать" verbs ("приветствовать" -> "приветствует").
   */
  verbForms?: (infinitive: string) => string[];
  /**
   * Inflected forms of a (folded) adjective cue that stem differently from it: German drops the "e" of "-el" before an
   * ending ("inakzeptabel" -> "inakzeptablen", "miserabel" -> "miserable").
   */
  adjectiveForms?: (adjective: string) => string[];
  /**
   * Auxiliaries of the passive ("été", "fue", "stata", "wurde") and the prepositions of its agent ("par", "por", "da",
   * "von"): in "a été salué par le Japon" the agent speaks, the subject is what was judged.
   */
  passiveAuxiliaries: readonly string[];
  passiveAgents: readonly string[];
  /**
   * Prepositions of origin that name who a reaction noun comes from ("Kritik aus Ankara", "la condamnation de Rome",
   * "критика со стороны Москвы"), even where they are object markers elsewhere.
   */
  sources: readonly string[];
  /**
   * The language drops subject pronouns ("Condenó el ataque", "Ha poi criticato"): a sentence that opens with its
   * verb continues the subject of the sentence before, as a pronoun would.
   */
  dropsSubjects?: boolean;
  /**
   * Prepositions that, opening a clause, make the place after them its impersonal speaker ("Aus Peking hieß es",
   * "В Кремле заявили", "В МИД Германии назвали"), though they mark objects elsewhere.
   */
  impersonalLocatives?: readonly string[];
  /**
   * Impersonal subject pronouns ("man", "on", "si", "se"): a sentence opening with a capital in the place role and
   * one of these soon after reports that place's reaction ("In Warschau zeigte man sich skeptisch").
   */
  impersonalPronouns?: readonly string[];
  /**
   * The verb form of an impersonal clause (Russian third-person plural past, "-ли"): a capital in the place role right
   * after it is where the reaction came from ("Осторожно отреагировали в Берлине").
   */
  impersonalVerb?: (word: string) => boolean;
  /**
   * A verb-second language's prepositions that may open a clause before its verb ("Auf Bitten Jakartas aktivierte die
   * EU …"): the subject then follows the verb.
   */
  verbSecondOpeners?: readonly string[];
  /**
   * A language with cases: the nominative endings of adjectives (Russian "-ий", "-ая", "-ое", "-ые"). A name in its
   * dictionary form is a subject; an inflected one before the verb, when nominatives close the clause, an object.
   */
  nominativeEndings?: readonly string[];
  /** An adjective's ending in the case a naming verb's predicate takes (Russian instrumental: "назвала меру дискриминационной"). */
  predicateCase?: RegExp;
  /**
   * Whether a (folded) word is an infinitive, given the word before it: what a call or demand asks for ("forderte …
   * auf, … zu verurteilen", "a appelé Paris à condamner", "потребовала осудить") is the caller's appeal, not a reaction.
   */
  isInfinitive?: (word: string, previous: string | undefined) => boolean;
  /**
   * Whether a folded word is a present participle or gerund ("qualifiant", "calificando", "definendo"): opening a
   * clause after a comma, it continues the subject of the clause before ("Ottawa a emboîté le pas, qualifiant …").
   */
  isPresentParticiple?: (word: string) => boolean;
  /**
   * Whether a (folded) verb is in the future or the conditional ("sancionara", "revisaria", "rispondera", "repondra"):
   * right after a warning's "that" with no subject of its own, the speaker says what it will do, a threat.
   */
  isFutureForm?: (word: string) => boolean;
  /** Subject pronouns (folded) that may stand between that "that" and the verb ("qu'il répondra"). */
  subjectPronouns?: readonly string[];
  /**
   * Possessive determiners opening a subject ("Son ministère des Affaires étrangères a condamné …", "Su canciller …",
   * "Il suo ministro …"): the possessor is the subject of the sentence before, as a pronoun would continue it.
   */
  possessives?: readonly string[];
  /**
   * Articles that may stand between a preposition and a name ("avec le Tchad", "a la India", "con il Ciad"): the
   * preposition still makes the name an object.
   */
  articles?: readonly string[];
  /** Articles after a separable verb's particle where the particle is a preposition the cue takes (German). */
  particleArticles?: readonly string[];
  /**
   * Verbs of hiding, folded: negated, they assert what follows ("n'a pas caché sa satisfaction", "no ocultó su malestar",
   * "non ha nascosto la sua irritazione"), so that negation does not cancel the cue after them.
   */
  hidingVerbs?: readonly string[];
  /**
   * A court's sentence (folded): the preposition that introduces a penalty and the words of one ("condannato … a otto
   * anni", "zu acht Jahren Haft verurteilt", "condenado a muerte", "приговорён к пяти годам"). A verb of condemning
   * with such a complement reports a sentence passed, not a judgement of the event. An article between the verb and
   * the penalty opens an object ("condenó la sentencia a ocho años"): the verb judges that object.
   */
  penalties?: {
    readonly prepositions: readonly string[];
    readonly objects: readonly string[];
    readonly terms: readonly string[];
    /** The penalty may stand before the verb, as German puts it before its participle ("zu acht Jahren Haft verurteilt"). */
    readonly beforeVerb?: boolean;
    /** Participles of imposing a sentence after a noun of condemning ("la condanna inflitta", "la condena impuesta"): the noun is the sentence. */
    readonly imposed?: readonly string[];
  };
  /**
   * Nouns of responding (folded): a headline with one ("… ordena aranceles en respuesta a …", "als Reaktion auf …")
   * reports a reaction, so its subject is no agent of the event.
   */
  responseNouns?: readonly string[];
  /** Prepositions before a response noun that make it the motive of an act ("en represalia por"), not a reaction. */
  responsePrepositions?: readonly string[];
  /**
   * Auxiliaries of a perfect that puts its participle at the clause's end (German "hat … verurteilt"), folded: after
   * one of them a headline's reaction verb may stand anywhere in its clause.
   */
  perfectAuxiliaries?: readonly string[];
  /**
   * Endings of a person noun derived from a cue's stem (folded): "Kritiker" from "Kritik", "opposante" from "s'opposer",
   * "manifestantes": a stem match names the people who hold the view, no one's reaction. `verbal` are the words
   * before such an ending that make it a verb form instead ("en s'opposant").
   */
  agentNouns?: { readonly endings: readonly string[]; readonly verbal: readonly string[] };
  /**
   * Words of commenting or speaking out, folded, with their past forms: a refusal or a negation of them is declining to comment ("a refusé de commenter",
   * "se negó a hacer comentarios", "si è rifiutato di commentare"), no rejection of the event.
   */
  commentWords?: readonly string[];
  /**
   * Beginnings of verbs of studying or examining, folded ("examin", "valut", "изуча"): what a speaker says it is
   * studying ("examinait la demande d'une réunion", "sta valutando la richiesta di inviare osservatori") is no
   * reaction of its own, whatever words of appeal or aid the thing studied holds.
   */
  studyVerbs?: readonly string[];
  /**
   * Words by which speakers restrict themselves to a bare remark, folded, a phrase's words joined by spaces
   * ("lediglich", "se limito", "s est contentee"): what such a speaker calls sovereign or right acknowledges, it does
   * not support.
   */
  restrictives?: readonly string[];
  /** Nouns of an organization's national section, folded ("sektion", "section", "отделение"). */
  sectionNouns?: readonly string[];
  /** Relative pronouns opening a clause that describes a name before it ("qui", "que", "che"), folded. */
  relatives?: readonly string[];
  /** Nouns opening a state agency's name (folded: "agencia", "agence"): with the state's adjective in it, the state speaks. */
  stateAgencyNouns?: readonly string[];
  /** Prepositions of a noun's complement, folded ("de", "di", "del"): "le camp de Mbera, qui …" has a noun before "qui". */
  ofWords?: readonly string[];
  /**
   * Nouns of a government or one of its offices (folded): with a locative and a capital after them they name that
   * capital's state ("die Regierung in Warschau", "das Außenministerium in Baku", "власти в Минске"). In a language
   * that writes compounds, a word ending in one is one ("Staatsführung").
   */
  governmentNouns?: readonly string[];
  /**
   * A prefix that names the language's federal state inside a compound, with that state: "Bundesaußenminister",
   * "Bundeswirtschaftsministerium" speak for Germany, whose federal government German news means unless it names
   * another. The compound's rest must end in a government noun or a state office.
   */
  federalPrefix?: { prefix: string; country: string };
  /**
   * Words (folded) that follow a state body to say it is the state just named ("Бразилия: МИД страны назвал …", "le
   * ministère des Affaires étrangères du pays"): the body speaks for that state, not for the one it would name alone.
   */
  countryAnaphors?: readonly (readonly string[])[];
  /**
   * Whether a (folded) word is an adjective in any case, in a language whose adjectives stand before their noun and
   * that writes no compounds ("намибийская", "правозащитной"): the words that may describe an organization's kind
   * before it, a state's adjective among them, which then speaks for no state.
   */
  isAttributiveAdjective?: (word: string) => boolean;
  /**
   * Prepositions (folded) that join a group of people to the organization they belong to at a clause's start
   * ("экологи из Greenpeace"), where they otherwise mark an object or an origin: the organization speaks. The group is
   * a plural noun of people (isGroupNoun, folded), not a verb ("вернулся из …").
   */
  memberSources?: { prepositions: readonly string[]; isGroupNoun: (word: string) => boolean };
  /**
   * Pronouns (folded) that, as the object of a verb of rejecting (CAMEO 112), refer to a claim just reported about the
   * speaker ("Moskau weist das zurück"): a denial, no reaction.
   */
  claimPronouns?: readonly string[];
  /** Nouns of someone who speaks for an office (folded): its genitive after them is no object ("ein Sprecher des Ministeriums"). */
  spokespersonNouns?: readonly string[];
  /**
   * Articles (folded) of the dative or accusative only ("den", "dem", "einem", "einen"): a name or adjective after one
   * is an object, never the clause's speaker ("warf den USA vor").
   */
  obliqueArticles?: readonly string[];
  /** Comparisons (folded) after a comma that give the names after them the clause's stance ("tout comme", "wie auch"). */
  comparisons?: readonly (readonly string[])[];
  /** Relative possessives (folded): "X, dessen Regierung …" is X's government ("dont", "cuyo", "cui"). */
  relativePossessives?: readonly string[];
  /** Words (folded) that open a "that"-clause ("que", "che", "dass", "чтобы"): after a call, what is asked. */
  complementizers?: readonly string[];
  /**
   * Words (folded) that open what someone said, where they differ from the complementizers of a call (Russian "что",
   * not "чтобы"): a charge after one is reported. Otherwise the complementizers serve ("que", "che", "dass").
   */
  statementComplementizers?: readonly string[];
  /**
   * Folded stems of verbs of upholding that also report a claim ("soutenir", "sostenere"): before "that",
   * or "of" and an infinitive, they say, they do not support.
   */
  claimVerbs?: readonly string[];
  /**
   * Words of an appeal's even-handed addressees (folded): a quantifier of all or both, then, maybe after an article, a
   * noun of the parties or the states ("все государства", "toutes les parties", "beide Seiten").
   */
  evenHanded?: { quantifiers: readonly string[]; parties: readonly string[] };
  /**
   * How the verbs of supporting begin (folded) that, before a "that"-clause, claim instead ("sostiene che", "soutient
   * que", "sostuvo que"): a statement of what the speaker holds true, no support.
   */
  claimingVerbs?: readonly string[];
  /** Words after a verb of supporting that open an infinitive it claims, as a "that"-clause does ("sostiene di aver offerto"). */
  claimingInfinitives?: readonly string[];
  /** How the verbs of celebrating begin (folded) that, after a reflexive "se", say an event is held ("que las elecciones se celebren"). */
  heldVerbs?: readonly string[];
  /**
   * The present perfect's auxiliaries, as written ("ha", "hanno"; "a", "ont", not the preposition "à"): right after a
   * capitalised word opening the sentence, they make that word the subject.
   */
  presentPerfectAuxiliaries?: readonly string[];
  /**
   * Articles (folded) that, before a government noun, mark it as no nominative ("der Führung", "den Behörden"): German's
   * government nouns are feminine, neuter or plural, so "der" before them is the dative or genitive.
   */
  obliqueGovernmentArticles?: readonly string[];
  /** Offices of a state's government, folded ("ministre", "presidente"): opening a sentence with no state named, they refer back to the last one. */
  stateOffices?: readonly string[];
  /**
   * Heads of an organization written as the second part of a hyphenated compound, folded ("chef" in "Siemens-Chef",
   * "vorsitzende" in "Verdi-Vorsitzende"): the name before the hyphen is the organization the head speaks for.
   */
  headCompounds?: readonly string[];
  /** Words before an office that say it is no longer held ("ex", "ancien", "ehemalige", "бывший"), folded: its holder speaks for no state. */
  formerWords?: readonly string[];
  /** Words that introduce what a naming verb calls something ("als"), folded: the words before them are what is judged. */
  namingMarkers?: readonly string[];
  /**
   * A naming construction fronted with its preposition ("Von einem „Massaker“ sprach …"): the opening word, the verb's
   * forms (folded) and the naming cue it stands for, as the cue lexicon writes it.
   */
  frontedNaming?: { opener: string; verbs: readonly string[]; cue: string };
  /** Words after an office that its holder has not taken it yet, folded ("electo", "élu"): such a holder speaks for no state. */
  electWords?: readonly string[];
  /** Words right before a name that make it the leader of the group the clause is about ("во главе с ОБСЕ"), folded: it speaks for the group. */
  leaders?: readonly (readonly string[])[];
  /**
   * Whether a (folded) word is a short passive participle ("призваны", "одобрено"): a verb cue in that form says what a
   * thing is or was made for ("требования … призваны ограничить"), not what the clause's actor did.
   */
  isShortPassive?: (word: string) => boolean;
  /**
   * Forms of "be" (folded) that call something what follows, as a naming verb does, in reported speech: "Die
   * Entscheidung sei ein Fehler, sagte …". Written folded, or in lower case where folding would make it another word
   * (Italian "è" folds to the conjunction "e").
   */
  copulas?: readonly string[];
  /**
   * A demonstrative pronoun that, opening a clause, is the subject of an unwritten present copula ("Это преступление":
   * "this is a crime"), folded: a word of praise or blame a few words after it is the predicate.
   */
  demonstrativeCopula?: string;
  /**
   * Words that open a quotation with a written present copula and no subject of its own ("« C'est une honte »",
   * "«È una guerra economica»", "„Das ist ein Skandal“"), as lower-case surfaces: the word of praise or blame a few
   * words after them is what the speaker calls the event, as after a naming verb.
   */
  verdictOpeners?: readonly (readonly string[])[];
  /** The present copula is a dash between subject and predicate ("Это решение — ошибка"). */
  dashCopula?: boolean;
  /**
   * Verbs of meeting with a reaction (folded): "stieß in Berlin auf Kritik", "fand bei Japan Zustimmung". In their
   * clause the name after a locative or one of `receptionMarkers` is who reacted, not a place or an object.
   */
  receptionVerbs?: readonly string[];
  receptionMarkers?: readonly string[];
  /**
   * Whether a (folded) verb is in the mood of reported speech (German Konjunktiv I, "verurteile", "sei"): a sentence
   * opening with an impersonal pronoun and such a verb continues the speaker of the sentence before.
   */
  isReportedVerb?: (word: string) => boolean;
  /**
   * The endings of an adjective agreeing with a noun after it, in a language that capitalises nouns (German "-e", "-en",
   * "-em", "-er", "-es"): such an adjective before a capitalised word qualifies it ("eine skandalöse Inflation"), no one's
   * judgement, unless a naming verb or copula introduces it.
   */
  attributiveEndings?: readonly string[];
  /** German-style separable verb particles: "lehnte … ab" is a form of "ablehnen". */
  separableParticles?: readonly string[];
  /** Nouns join into compounds ("Rettungsteam"): a word ending in a known noun is a kind of it. */
  compounds?: boolean;
  /**
   * Only names (and a sentence's first word) are written with a capital, not nouns as in German: a capitalised word
   * inside a sentence belongs to a name and is no cue ("Верховной Радой" is no "радоваться").
   */
  capitalsNameOnly?: boolean;
  /**
   * A call takes whom it addresses as the object after its verb ("esorta le autorità iraniane a …", "invita il
   * governo israeliano a …"): a name there is the addressee, never the caller placed after its verb.
   */
  appealObjectFollows?: boolean;
  /**
   * Endings of a verb in the first person plural, where the language drops the pronoun ("призываем", "condenamos",
   * "chiediamo"): its subject is whoever speaks the quote, so names after it are its objects ("«Призываем руководство
   * ОБСЕ …»" calls on the OSCE, which does not speak).
   */
  firstPersonEndings?: readonly string[];
  /** First-person pronouns (folded: "мы", "nous", "wir"): before a verb or adjective in a quote, the quote's speaker is its subject. */
  firstPersonPronouns?: readonly string[];
  /**
   * Forms (folded) of the verbs of believing and expecting ("glaube", "rechne", "prevedo", "m'attends", "думаю"): an
   * actor in the "that"-clause after one is someone's guess, not a reaction that happened.
   */
  opinionVerbs?: readonly string[];
  /**
   * Whether a (folded) adjective is in an oblique case of its long form ("незаконных", "провокационную"): it qualifies a
   * noun, it judges nothing, unless a naming verb calls something so.
   */
  isObliqueAdjective?: (word: string) => boolean;
  /**
   * Words (folded) that, opening the sentence after a quote, refer back to it so that the sentence names its speaker
   * ("Lo ha detto …", "Così il ministro …", "Así lo afirmó …", "Об этом заявил …").
   */
  quoteBack?: readonly string[];
  /**
   * Phrases (folded words, reflexive pronouns left out) by which a sentence reports that its actor reacted as the one
   * before did ("ähnlich äußerte", "fait de même", "misma línea", "stessa linea", "аналогичную позицию"): that actor
   * takes the stance of the sentence before.
   */
  likewise?: readonly (readonly string[])[];
  /**
   * Nouns of a kind of organization (folded, singular): one right before a name the gazetteer does not hold introduces
   * that name as a non-state organization ("l'ONG serbe CRTA", "die Beobachterorganisation CRTA").
   */
  organizationKinds?: readonly string[];
  /**
   * Kinds of non-state organization a state may follow as their owner, and the words that join it (folded): "die
   * Bischofskonferenz von Honduras" ("von"), "Федерация футбола Гондураса" (an empty word: the genitive alone, after at
   * most one word of description). That state is the organization's, it does not speak. State bodies' kinds ("совет",
   * "комитет") are left out: "Совет безопасности России" speaks for Russia.
   */
  ownedKinds?: { links: readonly string[]; kinds: readonly string[] };
  /**
   * In a language written in another script, titles of an organization's head or voice (folded, as the stemmer reads
   * them): a name in Latin letters right after one is the organization it heads ("глава SpaceX Илон Маск").
   */
  foreignOrganizationHeads?: readonly string[];
  /**
   * Small words (folded) that join the capitalised words of one organization's name after its kind ("la ONG Médicos
   * del Mundo", "l'associazione Medici per i Diritti Umani"); an article may follow one. Absent: a name is its
   * capitalised words alone.
   */
  nameJoins?: readonly string[];
  /**
   * Words of conceding (folded): one before a contrast and a criticism makes a mixed verdict ("ha riconosciuto che …,
   * ma ha denunciato …", "räumte zwar ein …, kritisierte aber …"), which is cautious.
   */
  concessions?: readonly string[];
  /**
   * Singular definite articles (folded) that open a subject referring back ("L'organisation a dénoncé …", "Die
   * Organisation forderte …"); "les ONG" are organizations in general.
   */
  anaphorArticles?: readonly string[];
  /**
   * Whether a (folded) word is a past participle in a form that agrees with a noun (plural or feminine: "sostenidos",
   * "denunciadas", "criticate"): right after a noun it describes the noun, no one's reaction.
   */
  isAgreeingParticiple?: (word: string) => boolean;
  /**
   * Whether a (folded) word may be a past participle ("soutenu", "respaldado", "sostenuto"): set off by a comma after a
   * noun with its agent, it describes the noun.
   */
  isPastParticiple?: (word: string) => boolean;
  /** "Without" (folded): shortly before a cue, with no comma between, the reaction did not happen ("sans condamner"). */
  withouts?: readonly string[];
  /** Clauses recalling an earlier event ("la semana pasada, cuando Nueva Delhi culpó …"): past-background.ts, folded. */
  pastBackground?: PastBackgroundWords;
  /**
   * Speakers sent to deal with a state (folded parts of the noun: "gesandt", "envoy", "посланник") and the word before
   * that state ("für", "pour", "по"): "der Sonderbeauftragte für Syrien" does not speak for Syria.
   */
  envoyWords?: { nouns: readonly string[]; to: readonly string[] };
  /**
   * Verbs of reacting (folded prefixes: "reagier", "отреагир") and the manner words that give their stance (folded
   * prefixes: "scharf", "prudemment", "con dureza" read by its noun "dureza"): reacting-manner.ts.
   */
  reactingManner?: { verbs: readonly string[]; opposed: readonly string[]; cautious: readonly string[]; supportive: readonly string[] };
  /** Words of a border (folded prefixes: "grenz", "frontier"): aid sent over one goes to another state. */
  borderWords?: readonly string[];
  /** The sides of a deal or of relations the lead says were made ("relations diplomatiques avec la Chine"): co-parties.ts, folded. */
  coParties?: CoPartyWords;
  /**
   * Verbs of claiming ("reclam", "revendiqu") and the land and waters they may claim ("isla", "territori", "остров"),
   * folded prefixes: a standing territorial claim, no appeal about the event.
   */
  claimedLand?: { verbs: readonly string[]; objects: readonly string[] };
  /**
   * Verbs of supporting that also mean keeping something up, and what they then keep (folded prefixes): "поддерживает
   * связь с властями" keeps in touch, it backs no one.
   */
  maintained?: { verbs: readonly string[]; objects: readonly string[] };
  /**
   * A state's own people an appeal may address, folded prefixes ("poblacion", "touriste", "граждан"): advice to them
   * ("рекомендовали российским туристам воздержаться …") judges no one.
   */
  ownPeople?: readonly string[];
  /** Verbs of denying one's part, folded as written ("nié", "negó", "bestritt", "отрицает"): a party defending itself. */
  denyingVerbs?: readonly string[];
  /** Prepositions of place between an organization and the city or state it sits in ("(ISS) de Nairobi"), folded. */
  seatPrepositions?: readonly string[];
  /**
   * Words a headline reports people killed, hurt or seized with ("tués", "mueren", "erschossen", "убиты"), folded: a
   * demonym qualifying them names the victims' side, not the headline's agent.
   */
  befallenWords?: readonly string[];
  /**
   * Words of solidarity or of siding with someone, folded prefixes of a cue's words ("solidar", "filas", "schierat",
   * "сторон"): beside a side that objects, they join its objection (aligned-with-opponents.ts).
   */
  alignmentWords?: readonly string[];
  /**
   * Verbs by which a reaction arrives from its source, folded ("Kritik kam aus Ankara", "Solidarietà alla Grecia è
   * arrivata anche da Nicosia"): they close the reaction noun's phrase, so the source after them is the noun's own.
   */
  comingVerbs?: readonly string[];
  /**
   * Roles of experts, folded, singular and plural ("chercheuse", "analista", "Politologe", "аналитик"): a sentence that
   * names one outside its quotations is an expert's analysis, where no state or international body reacts
   * (expert-commentary.ts).
   */
  expertRoles?: readonly string[];
  /**
   * Words of backing, folded prefixes of a cue's words ("soutien", "поддерж"), and the words after which a name is what
   * is backed against ("contre", "против"): backing a side that objects, named right after, joins its objection
   * (aligned-with-opponents.ts).
   */
  backingWords?: { readonly prefixes: readonly string[]; readonly opposing: readonly string[] };
  /** A verdict fronted before whose it is ("Durissimo il Wwf, che …"): fronted-verdicts.ts, folded. */
  frontedVerdicts?: FrontedVerdictWords;
  /** Words opening a sentence that dates what it reports before the article's event ("Ранее", "Zuvor"), folded. */
  pastOpeners?: readonly string[];
  /**
   * The past-perfect forms of the auxiliary "have" ("hatte", "avait", "había", "aveva"), folded, and how many words
   * may stand between one and its participle (German puts the participle at the clause's end): a verb cue in the past
   * perfect of its own clause tells what came before the article's event ("Berlin hatte … verurteilt"), as English
   * "had condemned" does. The forms of "be" are left out: "était préoccupé" is a state at the time.
   */
  pluperfect?: { auxiliaries: readonly string[]; reach: number };
  /**
   * How many letters an ending may add to a verb form of a conjugation table (German participles decline: "entsandt",
   * "entsandten"); 1 where the table lists each form ("propose" is not "proposito").
   */
  formEnding?: number;
}

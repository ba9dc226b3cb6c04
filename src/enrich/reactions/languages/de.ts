import type { LanguageGrammar } from './language-grammar.ts';

/** Verbs of obligation: a restriction after a welcome, and a demand on the subject of the cue they govern. */
const OBLIGATIONS = ['musse', 'mussten', 'mussen', 'muss'];

/** German: V2 order puts the negation after the verb ("lehnte nicht ab"), separable verbs split ("bot … an"). */
export const GERMAN: LanguageGrammar = {
  language: 'de',
  stateAgencyNouns: ['agentur'],
  negations: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'weder'],
  avoidances: ['vermied', 'vermieden', 'vermeidet', 'verzichtete', 'verzichteten', 'verzichtet'],
  conditionals: ['wenn', 'falls', 'sofern', 'ob', 'vorausgesetzt'],
  whether: ['ob'],
  perfectAuxiliaries: ['hat', 'haben', 'hatte', 'hatten'],
  verbFirstConditionals: ['sollte', 'sollten', 'ware'],
  modals: ['könnte', 'könnten', 'könne', 'dürfte', 'sollte', 'sollten', 'wäre', 'würde', 'würden'],
  alignmentWords: ['solidar', 'verbundenheit', 'seite'],
  backingWords: { prefixes: ['unterstutz', 'ruckendeck'], opposing: ['gegen'] },
  comingVerbs: ['kam', 'kamen', 'kommt', 'kommen'],
  expertRoles: ['analyst', 'analystin', 'analysten', 'forscher', 'forscherin', 'politologe', 'politologin', 'okonom', 'okonomin', 'expertin', 'wissenschaftler', 'wissenschaftlerin', 'professorin', 'nahostexperte', 'sicherheitsexperte'],
  contrasts: ['aber', 'jedoch', 'allerdings', 'doch', 'sondern', ...OBLIGATIONS, 'betonte', 'betonten'],
  obligations: OBLIGATIONS,
  agentNouns: { endings: ['er', 'ern', 'erin', 'erinnen'], verbal: [] },
  responseNouns: ['reaktion', 'antwort'],
  // "en represalia por", "als Reaktion auf": the noun gives the motive of an act, no one's stance.
  responsePrepositions: ['als'],
  penalties: { beforeVerb: true, prepositions: ['zu', 'zum', 'zur'], objects: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer'], terms: ['jahr', 'jahre', 'jahren', 'monat', 'monate', 'monaten', 'haft', 'haftstrafe', 'haftstrafen', 'freiheitsstrafe', 'gefangnis', 'tode', 'todesstrafe', 'lebenslang', 'lebenslanger', 'lebenslanglich', 'geldstrafe', 'arbeitslager'] },
  speechVerbs: ['sagte', 'sagten', 'erklarte', 'erklarten', 'betonte', 'betonten', 'hiess', 'teilte', 'teilten', 'sagt', 'erklart', 'betont', 'fugte', 'fugten', 'erganzte', 'schrieb', 'schrieben', 'meinte', 'meinten', 'unterstrich', 'entgegnete', 'entgegneten', 'konterte', 'konterten'],
  accordingTo: ['laut', 'zufolge', 'fur'],
  pronouns: ['er', 'sie'],
  additives: ['ebenfalls', 'ebenso'],
  listJoins: ['und', 'sowie', 'oder'],
  declineStems: ['kommentar', 'kommentier', 'einmischung'],
  clauseBreaks: ['und', 'sowie', 'wahrend', 'wahrenddessen', 'dagegen', 'hingegen', 'nachdem', 'weil', 'dass'],
  restrictives: ['lediglich', 'beschrankte sich', 'beschrankten sich', 'beschrankt sich'],
  sectionNouns: ['sektion', 'landessektion', 'landesverband', 'zweig', 'ableger'],
  evenHanded: { quantifiers: ['alle', 'allen', 'beide', 'beiden'], parties: ['seiten', 'parteien', 'staaten', 'lander', 'regierungen', 'konfliktparteien'] },
  complementizers: ['dass'],
  firstPersonPronouns: ['wir', 'ich'],
  opinionVerbs: ['glaube', 'glauben', 'glaubt', 'denke', 'denken', 'denkt', 'rechne', 'rechnen', 'rechnet', 'erwarte', 'erwarten', 'erwartet', 'vermute', 'vermuten', 'vermutet'],
  relativePossessives: ['dessen', 'deren'],
  comparisons: [['wie', 'auch'], ['ebenso', 'wie'], ['genau', 'wie']],
  passiveAuxiliaries: ['wurde', 'wurden', 'worden', 'wird', 'werden'],
  passiveAgents: ['von', 'vom', 'seitens'],
  sources: ['aus', 'von', 'vom', 'seitens'],
  impersonalLocatives: ['aus'],
  impersonalPronouns: ['man'],
  verbSecondOpeners: ['auf', 'nach', 'mit', 'bei', 'aus', 'unter', 'uber', 'vor', 'gegen', 'trotz', 'wegen', 'seit', 'angesichts', 'zu', 'zum', 'zur', 'im', 'am', 'beim', 'vom', 'von', 'in', 'an'],
  objectMarkers: ['gegen', 'an', 'fur', 'nach', 'aus', 'in', 'mit', 'zu', 'uber', 'bei', 'zwischen', 'im', 'zum', 'zur', 'beim', 'vor', 'auf', 'unter', 'durch', 'ohne', 'um'],
  copulas: ['sei', 'seien', 'ist', 'sind', 'war', 'waren', 'handle', 'handelt'],
  verdictOpeners: [['das', 'ist'], ['dies', 'ist'], ['es', 'ist']],
  // "verhehlte nicht seine Sorge", "machte keinen Hehl aus seiner Enttäuschung": negated, they assert the cue.
  hidingVerbs: ['verhehlte', 'verhehlten', 'verhehlt', 'verhehlen', 'verbarg', 'verbargen', 'verbirgt', 'verbergen', 'hehl'],
  compounds: true,
  federalPrefix: { prefix: 'bundes', country: 'DE' },
  countryAnaphors: [['des', 'landes']],
  governmentNouns: ['regierung', 'fuhrung', 'ministerium', 'behorden', 'machthaber', 'administration', 'kabinett', 'prasidialamt'],
  obliqueArticles: ['den', 'dem', 'einem', 'einen'],
  obliqueGovernmentArticles: ['der', 'den', 'dem', 'des', 'einer', 'einem'],
  claimPronouns: ['das', 'dies'],
  spokespersonNouns: ['sprecher', 'sprecherin', 'sprecherinnen', 'regierungssprecher', 'regierungssprecherin'],
  stateOffices: ['minister', 'ministerin', 'aussenminister', 'aussenministerin', 'prasident', 'prasidentin', 'regierungschef', 'regierungschefin', 'kanzler', 'kanzlerin', 'premierminister', 'premierministerin'],
  headCompounds: ['chef', 'chefin', 'vorsitzender', 'vorsitzende', 'prasident', 'prasidentin', 'direktor', 'direktorin', 'leiter', 'leiterin'],
  formerWords: ['ehemalige', 'ehemaliger', 'ehemaligen', 'fruhere', 'fruherer', 'fruheren', 'einstige', 'einstiger', 'ex'],
  namingMarkers: ['als'],
  frontedNaming: { opener: 'von', verbs: ['sprach', 'sprachen', 'spricht', 'sprechen'], cue: 'sprach von' },
  electWords: ['designierte', 'designierter', 'designierten'],
  isInfinitive: (word, previous) => previous === 'zu' || /^\p{L}+zu\p{L}+en$/u.test(word),
  // Konjunktiv I of the third person singular: the stem with "-e" ("verurteile", "begrüße"), and "sei"; not the
  // indicative "-t" ("verurteilt") a report of the writer's own uses.
  isReportedVerb: (word) => word === 'sei' || (word.length >= 4 && /[^e]e$/u.test(word)),
  receptionVerbs: ['stiess', 'stiessen', 'stosst', 'stossen', 'gestossen', 'fand', 'fanden', 'findet', 'finden', 'erntete', 'ernteten', 'erntet'],
  receptionMarkers: ['bei', 'in'],
  adjectiveForms: (adjective) => {
    // "-el" after a consonant ("inakzeptabel", not "aktuell") and "-er" after "au"/"eu" ("teuer") lose their "e".
    const m = /^(.+[^aeiouel])el$/u.exec(adjective) ?? /^(.+(?:au|eu))er$/u.exec(adjective);
    if (!m) return [];
    const base = `${m[1]}${adjective.endsWith('el') ? 'l' : 'r'}`;
    return ['e', 'en', 'er', 'es', 'em'].map((ending) => `${base}${ending}`);
  },
  attributiveEndings: ['e', 'en', 'em', 'er', 'es'],
  // The articles a particle that is a preposition of the cue may run on to ("stellte sich hinter die Entscheidung").
  particleArticles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  separableParticles: ['ab', 'an', 'auf', 'aus', 'bei', 'bereit', 'ein', 'fest', 'frei', 'mit', 'nach', 'vor', 'zu', 'zuruck', 'zusammen'],
  likewise: [
    ...['ausserte', 'ausserten', 'aussert', 'aussern', 'reagierte', 'reagierten', 'reagiert', 'reagieren'].flatMap((v) => [['ahnlich', v], [v, 'ahnlich'], ['ebenso', v], [v, 'ebenso'], ['genauso', v], [v, 'genauso']]),
    ['gleiche', 'position'], ['gleichen', 'position'], ['ahnliche', 'tone'],
    // "Ebenso deutlich wurde …", "Ähnlich scharf äußerte sich …": as clear, as sharp as the one before.
    ...['ebenso', 'ahnlich', 'genauso'].flatMap((a) => [[a, 'deutlich'], [a, 'scharf'], [a, 'klar']]),
    // "schlossen sich der Forderung an": joining the call or demand made before.
    ...['schloss', 'schlossen', 'schliesst', 'schliessen'].flatMap((v) => [['der', 'forderung'], ['dieser', 'forderung'], ['dem', 'aufruf'], ['diesem', 'aufruf'], ['dem', 'appell'], ['diesem', 'appell']].map((o) => [v, ...o])),
  ],
  // Kinds of organization that introduce a name the gazetteer lacks (kind-named-organizations.ts).
  ownedKinds: { links: ['von'], kinds: ['organisation', 'verband', 'partei', 'gewerkschaft', 'vereinigung', 'bewegung', 'konferenz', 'foderation', 'liga', 'kammer', 'allianz', 'koalition'] },
  organizationKinds: ['organisation', 'institut', 'gruppe', 'verband', 'bundnis', 'bund', 'partei', 'gewerkschaft', 'vereinigung', 'allianz', 'initiative', 'bewegung', 'netzwerk', 'kammer', 'stiftung', 'konzern', 'unternehmen', 'miliz', 'ngo', 'plattform', 'koalition', 'verein', 'liga', 'konferenz', 'union', 'gemeinschaft', 'zentrale', 'reederei', 'hilfswerk', 'komitee', 'kommission', 'front'],
  // Concessions that, before a contrast and a criticism, make a mixed verdict.
  concessions: ['zwar', 'raumte', 'raumten', 'einraumte', 'eingeraumt', 'anerkannte', 'anerkannten'],
  anaphorArticles: ['die', 'der', 'das'],
  withouts: ['ohne'],
  // Participles decline like adjectives ("entsandt", "entsandten").
  formEnding: 2,
  // A clause recalling an earlier event: a subordinator of time right after a noun of time (past-background.ts).
  pastBackground: { dating: new Set(['im']), then: [['damals']], timeNouns: new Set(['tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren']), subordinators: [['als'], ['nachdem']], prepositions: [['nach']], since: new Set(['seit']), commaBeforeClause: true },
  // Land and waters a verb of claiming may claim: a standing territorial claim, no appeal.
  claimedLand: { verbs: ['beanspruch'], objects: ['insel', 'gewasser', 'territori', 'hoheitsgebiet', 'archipel'] },
  // A state's own people an appeal may address: advice to them judges no one.
  ownPeople: ['bevolkerung', 'burger', 'staatsburger', 'tourist', 'reisend', 'landsleut', 'personal', 'mitarbeiter', 'einwohner'],
  // Verbs of denying one's part: a party that denies goes on defending itself.
  denyingVerbs: ['bestritt', 'bestreitet', 'bestritten', 'dementierte', 'dementiert', 'leugnete', 'leugnet'],
  // Prepositions of place between an organization and where it sits ("(ISS) de Nairobi"): no state speaks.
  seatPrepositions: ['aus', 'in'],
  // Words a headline reports people killed, hurt or seized with: a demonym beside them names victims, no agent.
  befallenWords: ['erschossen', 'getotet', 'tot', 'tote', 'toten', 'verletzt', 'festgenommen', 'entfuhrt', 'sterben', 'starben'],
  // The sides of a deal or of relations the lead says were made speak of their own deal (co-parties.ts).
  envoyWords: { nouns: ['gesandt', 'beauftragt', 'reprasentant', 'vertreter', 'koordinator', 'kommissar', 'vermittler', 'berichterstatter'], to: ['fur'] },
  reactingManner: { verbs: ['reagier'], opposed: ['scharf', 'heftig', 'emport', 'verargert', 'harsch', 'wutend', 'ungehalten', 'gereizt'], cautious: ['zuruckhaltend', 'vorsichtig', 'verhalten', 'besorgt'], supportive: ['positiv', 'erfreut', 'erleichtert', 'zustimmend'] },
  borderWords: ['grenz'],
  coParties: { dealNouns: ['beziehung', 'abkommen', 'vertrag', 'vereinbarung', 'pakt', 'memorandum'], makingVerbs: ['aufgenommen', 'aufnahme', 'aufnehm', 'nimmt', 'nahm', 'unterzeichn', 'geschlossen', 'schliesst', 'schloss', 'vereinbart', 'knupf', 'geknupft'], withWords: ['mit', 'zu', 'zur', 'zum'], coordinators: ['und', 'sowie'] },
  // Sentence openers that date what follows before the event ("Ранее …", "Zuvor hatte …").
  pastOpeners: ['zuvor'],
  pluperfect: { auxiliaries: ['hatte', 'hatten'], reach: 20 },
  commentWords: ['kommentieren', 'kommentar', 'kommentare', 'stellungnahme'],
  studyVerbs: ['pruf', 'uberpruf'],
};

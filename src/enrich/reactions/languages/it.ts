import type { LanguageGrammar } from './language-grammar.ts';

/** Verbs of obligation: a restriction after a welcome, and a demand on the subject of the cue they govern. */
const OBLIGATIONS = ['deve', 'devono', 'dovra', 'dovranno'];

/** Italian: "non", "non ha ancora reagito"; the conditional ("potrebbe") and "se". */
export const ITALIAN: LanguageGrammar = {
  language: 'it',
  stateAgencyNouns: ['agenzia'],
  negations: ['non', 'mai', 'nessun', 'nessuna', 'neanche', 'nemmeno', 'neppure'],
  avoidances: ['evitato', 'evitata', 'evitati', 'evitate', 'evita', 'evitano', 'evito', 'evitando', 'astenuto', 'astenuta', 'astenuti', 'astiene', 'astengono'],
  conditionals: ['se', 'qualora', 'condizione'],
  modals: ['potrebbe', 'potrebbero', 'dovrebbe', 'dovrebbero', 'vorrebbe', 'sarebbe', 'sarebbero', 'avrebbe', 'avrebbero'],
  alignmentWords: ['solidar', 'schierat', 'fianco'],
  backingWords: { prefixes: ['sostegn', 'sostien', 'sostenut', 'appogg'], opposing: ['contro'] },
  comingVerbs: ['arrivata', 'arrivato', 'arrivate', 'arrivati', 'arriva', 'arrivano', 'giunta', 'giunto', 'giunte', 'giunti', 'venuta', 'venuto'],
  expertRoles: ['analista', 'analisti', 'ricercatore', 'ricercatrice', 'ricercatori', 'politologo', 'politologa', 'economista', 'economisti', 'docente', 'studioso', 'studiosa'],
  contrasts: ['ma', 'pero', 'tuttavia', 'pure', ...OBLIGATIONS, 'sottolineato', 'sottolineando'],
  obligations: OBLIGATIONS,
  agentNouns: { endings: ['ante', 'anti', 'ente', 'enti', 'tore', 'tori', 'trice', 'trici'], verbal: [] },
  responseNouns: ['risposta', 'ritorsione'],
  // "en represalia por", "als Reaktion auf": the noun gives the motive of an act, no one's stance.
  responsePrepositions: ['in', 'per', 'come'],
  penalties: { prepositions: ['a', 'alla', 'al'], objects: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'una', 'uno'], terms: ['anno', 'anni', 'mese', 'mesi', 'carcere', 'reclusione', 'morte', 'ergastolo', 'detenzione', 'multa', 'lavori'], imposed: ['inflitta', 'inflitte', 'inflitto', 'inflitti', 'comminata', 'comminate', 'irrogata'] },
  speechVerbs: ['detto', 'dichiarato', 'affermato', 'spiegato', 'sottolineato', 'aggiunto', 'precisato', 'dichiara', 'afferma', 'dice', 'commentato', 'osservato', 'ribadito', 'evidenziato', 'rimarcato', 'scritto', 'tuonato', 'attaccato', 'incalzato', 'replicato', 'insistito'],
  accordingTo: ['secondo', 'per'],
  pronouns: ['lui', 'lei', 'egli', 'essi'],
  additives: ['pure'],
  dropsSubjects: true,
  firstPersonEndings: ['iamo'],
  capitalsNameOnly: true,
  quoteBack: ['lo', 'cosi'],
  appealObjectFollows: true,
  listJoins: ['e', 'ed', 'o'],
  declineStems: ['comment', 'ingerenza'],
  clauseBreaks: ['e', 'mentre', 'ma', 'che', 'cui', 'quale'],
  restrictives: ['si e limitato', 'si e limitata', 'si sono limitati', 'si sono limitate', 'si limita', 'si limitano', 'si limito', 'si limitarono'],
  sectionNouns: ['sezione', 'filiale', 'ramo'],
  claimVerbs: ['sosten', 'sostien'],
  evenHanded: { quantifiers: ['tutte', 'tutti', 'entrambe', 'entrambi', 'due'], parties: ['parti', 'stati', 'paesi', 'governi'] },
  complementizers: ['che'],
  firstPersonPronouns: ['noi'],
  opinionVerbs: ['credo', 'crede', 'credono', 'penso', 'pensa', 'pensano', 'prevedo', 'prevede', 'prevedono', 'aspetto', 'aspetta', 'aspettano', 'immagino', 'suppongo', 'scommetto'],
  claimingVerbs: ['sosten', 'sostien'],
  claimingInfinitives: ['di'],
  presentPerfectAuxiliaries: ['ha', 'hanno'],
  relativePossessives: ['cui'],
  comparisons: [['cosi', 'come'], ['come', 'anche'], ['al', 'pari', 'di']],
  passiveAuxiliaries: ['stato', 'stata', 'stati', 'state', 'viene', 'vengono', 'venne', 'vennero', 'fu', 'furono'],
  isInfinitive: (word) => /(?:are|ere|ire|arlo|erlo|irlo|arla|erla|irla|arsi|ersi|irsi)$/u.test(word),
  isFutureForm: (word) => word.length > 5 && /(?:ra|ranno|rebbe|rebbero|remo)$/u.test(word),
  isPresentParticiple: (word) => /(?:ando|endo)$/u.test(word) && word.length >= 6,
  passiveAgents: ['da', 'dal', 'dalla', 'dai', 'dagli', 'dalle', 'dall'],
  sources: ['da', 'dal', 'dalla', 'dall', 'di', 'd', 'del', 'della', 'dell', 'dei', 'degli', 'delle'],
  impersonalLocatives: ['da', 'dal', 'dalla', 'dall'],
  impersonalPronouns: ['si'],
  possessives: ['suo', 'sua', 'suoi', 'sue', 'loro'],
  articles: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l'],
  hidingVerbs: ['nascosto', 'nascosta', 'nascosti', 'nascoste', 'nasconde', 'nascondono', 'nascondere', 'celato', 'celata'],
  commentWords: ['commentare', 'commento', 'commenti', 'pronunciarsi', 'dichiarazioni', 'rispondere', 'replicare', 'esprimersi', 'pronunciato', 'pronunciata', 'commentato'],
  studyVerbs: ['valut', 'esamin', 'studi'],
  relatives: ['che', 'cui', 'quale', 'quali'],
  ofWords: ['di', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'dell'],
  // "Per Londra, la decisione è un errore"; "è" unfolded, as folded it is the conjunction "e".
  copulas: ['è', 'sono', 'era', 'erano', 'fu', 'sia', 'siano', 'tratta'],
  verdictOpeners: [['è']],
  objectMarkers: ['contro', 'a', 'al', 'alla', 'ai', 'agli', 'alle', 'per', 'verso', 'in', 'nel', 'nella', 'con', 'su', 'da', 'dal', 'dalla', 'tra', 'fra', 'dopo'],
  likewise: [['fatto', 'lo', 'stesso'], ['fatto', 'altrettanto'], ['stessa', 'linea'], ['stessa', 'posizione'], ['stesso', 'tenore'], ['stesso', 'tono'], ['stessi', 'toni'], ['toni', 'simili'], ['analoga', 'posizione'], ['stessa', 'richiesta'], ['stesso', 'appello'], ['analoga', 'richiesta'], ['analogo', 'appello'], ['discorso', 'analogo'], ['discorso', 'simile'], ['stesso', 'gesto'],
    // "si sono uniti all'appello", "hanno aderito alla richiesta": joining the call or demand made before.
    ...['unito', 'unita', 'uniti', 'unite', 'associato', 'associata', 'associati', 'associate', 'aderito'].flatMap((v) => [['all', 'appello'], ['alla', 'richiesta']].map((o) => [v, ...o]))],
  // Kinds of organization that introduce a name the gazetteer lacks (kind-named-organizations.ts).
  // Nouns of a state's government: a demonym after one speaks for the state; placed in a capital, they are its own.
  countryAnaphors: [['del', 'paese']],
  governmentNouns: ['governo', 'ministero', 'esecutivo', 'autorita', 'diplomazia', 'presidenza', 'cancelleria'],
  stateOffices: ['ministro', 'ministra', 'presidente', 'premier', 'capo'],
  formerWords: ['ex', 'ex-'],
  electWords: ['eletto', 'eletta'],
  organizationKinds: ['ong', 'organizzazione', 'istituto', 'associazione', 'alleanza', 'gruppo', 'osservatorio', 'partito', 'sindacato', 'movimento', 'collettivo', 'federazione', 'camera', 'fondazione', 'confederazione', 'rete', 'azienda', 'societa', 'compagnia', 'milizia', 'piattaforma', 'coalizione', 'lega', 'ordine', 'conferenza', 'comunita', 'unione', 'centrale', 'armatore', 'comitato', 'consiglio', 'fronte'],
  nameJoins: ['di', 'del', 'della', 'dell', 'dei', 'degli', 'delle', 'per', 'senza', 'contro'],
  // Concessions that, before a contrast and a criticism, make a mixed verdict.
  concessions: ['riconosciuto', 'riconosce', 'riconoscono', 'riconoscendo', 'ammesso', 'ammette', 'concesso'],
  anaphorArticles: ['l', 'la', 'il', 'lo'],
  // Participles agreeing with the noun before them (language-grammar.ts); "opposto" after a noun, in any form, is the
  // adjective "opposite" ("di segno opposto", "la parte opposta"), not "si è opposto".
  isAgreeingParticiple: (word) => /(?:at|it)(?:i|e|a)$/u.test(word) || /^oppost[oaie]$/u.test(word),
  isPastParticiple: (word) => /(?:at|ut|it)(?:o|a|i|e)$/u.test(word),
  withouts: ['senza'],
  // A clause recalling an earlier event: a subordinator of time right after a noun of time (past-background.ts).
  pastBackground: { dating: new Set(['nel']), timeNouns: new Set(['giorno', 'giorni', 'settimana', 'settimane', 'mese', 'mesi', 'anno', 'anni']), subordinators: [['quando'], ['dopo', 'che'], ['in', 'cui']], prepositions: [['dopo']], since: new Set(['dal', 'dai']) },
  // Land and waters a verb of claiming may claim: a standing territorial claim, no appeal.
  claimedLand: { verbs: ['rivendic', 'reclam'], objects: ['isol', 'acque', 'territori', 'arcipelago'] },
  // A state's own people an appeal may address: advice to them judges no one.
  ownPeople: ['popolazion', 'cittadin', 'turist', 'viaggiator', 'personale', 'abitant', 'connazional', 'compatriot'],
  // Verbs of denying one's part: a party that denies goes on defending itself.
  denyingVerbs: ['nega', 'negano', 'negato', 'negava', 'nego', 'smentisce', 'smentiscono', 'smentito'],
  // Prepositions of place between an organization and where it sits ("(ISS) de Nairobi"): no state speaks.
  seatPrepositions: ['di', 'a', 'in'],
  // Words a headline reports people killed, hurt or seized with: a demonym beside them names victims, no agent.
  befallenWords: ['ucciso', 'uccisi', 'uccise', 'morto', 'morti', 'muoiono', 'ferito', 'feriti', 'arrestati', 'rapiti', 'fermati'],
  // The sides of a deal or of relations the lead says were made speak of their own deal (co-parties.ts).
  envoyWords: { nouns: ['inviat', 'rappresentant', 'coordinat', 'commissari', 'mediator', 'relator'], to: ['per'] },
  reactingManner: { verbs: ['reagi'], opposed: ['duramente', 'durezza', 'seccamente', 'irritazione', 'indignazione', 'stizz'], cautious: ['cautela', 'prudenza', 'cautamente', 'tiepid'], supportive: ['positivamente', 'favorevolmente', 'soddisfazione'] },
  borderWords: ['confin', 'frontier'],
  coParties: { dealNouns: ['relazion', 'rapport', 'accordo', 'patto', 'trattato', 'intesa', 'memorandum'], makingVerbs: ['allacci', 'stabil', 'firm', 'sigl', 'raggiun', 'ristabil', 'sottoscri', 'conclu'], withWords: ['con', 'col'], coordinators: ['e', 'ed'] },
  // A verdict fronted before whose it is: "Durissimo il Wwf, che …", "Netto il no del Tplf" (fronted-verdicts.ts).
  frontedVerdicts: {
    intensifiers: ['netto', 'netta', 'secco', 'secca', 'fermo', 'ferma', 'deciso', 'decisa'],
    verdictNouns: { no: 'opposed', rifiuto: 'opposed', si: 'supportive', plauso: 'supportive', giudizio: null, reazione: null, commento: null, posizione: null },
    of: ['di', 'del', 'della', 'dello', 'dell', 'dei', 'degli', 'delle'],
    superlativeBase: (word) => (/issim[oaie]$/u.test(word) ? word.replace(/issim([oaie])$/u, '$1') : null),
    adverbs: ['invece', 'anche', 'pure', 'inoltre', 'pero', 'poi'],
  },
  // Sentence openers that date what follows before the event ("Ранее …", "Zuvor hatte …").
  pastOpeners: ['precedentemente'],
  pluperfect: { auxiliaries: ['aveva', 'avevano'], reach: 3 },
};

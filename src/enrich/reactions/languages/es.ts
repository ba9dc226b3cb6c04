import type { LanguageGrammar } from './language-grammar.ts';

/** Verbs of obligation: a restriction after a welcome, and a demand on the subject of the cue they govern. */
const OBLIGATIONS = ['debe', 'deben', 'debera', 'deberan'];

/** Spanish: "no", "todavía no se había pronunciado"; the conditional ("podría") and "si". */
export const SPANISH: LanguageGrammar = {
  language: 'es',
  stateAgencyNouns: ['agencia'],
  negations: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ni', 'tampoco'],
  avoidances: ['evito', 'evitaron', 'evita', 'evitan', 'evitar', 'evitando', 'abstuvo', 'abstuvieron', 'abstiene', 'abstienen'],
  conditionals: ['si', 'condicion'],
  modals: ['podría', 'podrían', 'debería', 'deberían', 'querría', 'estaría', 'estarían', 'sería', 'serían', 'habría', 'habrían'],
  alignmentWords: ['solidar', 'filas', 'lado'],
  backingWords: { prefixes: ['apoy', 'respald'], opposing: ['contra'] },
  comingVerbs: ['llego', 'llegaron', 'llega', 'llegan', 'vino', 'vinieron'],
  expertRoles: ['analista', 'analistas', 'investigador', 'investigadora', 'investigadores', 'politologo', 'politologa', 'economista', 'economistas', 'catedratico', 'catedratica', 'academico', 'academica'],
  contrasts: ['pero', 'aunque', 'sin embargo', 'no obstante', ...OBLIGATIONS, 'subrayo', 'subrayando'],
  obligations: OBLIGATIONS,
  agentNouns: { endings: ['ante', 'antes', 'ente', 'entes'], verbal: [] },
  responseNouns: ['respuesta', 'represalia'],
  // "en represalia por", "als Reaktion auf": the noun gives the motive of an act, no one's stance.
  responsePrepositions: ['en', 'como'],
  penalties: { prepositions: ['a'], objects: ['el', 'la', 'los', 'las', 'un', 'una'], terms: ['ano', 'anos', 'mes', 'meses', 'prision', 'carcel', 'muerte', 'perpetua', 'cadena', 'reclusion', 'multa', 'trabajos'], imposed: ['impuesta', 'impuestas', 'dictada', 'dictadas'] },
  // The preterite, and the present a statement "reads" in ("reza el comunicado", "señala la nota").
  speechVerbs: ['dijo', 'declaro', 'afirmo', 'senalo', 'indico', 'explico', 'aseguro', 'anadio', 'subrayo', 'sostuvo', 'comento', 'agrego', 'insistio', 'recalco', 'manifesto', 'apunto', 'considero', 'escribio', 'escribieron', 'dice', 'afirma', 'senala', 'indica', 'subraya', 'asegura', 'reza', 'recoge', 'destaca', 'replico', 'espeto', 'remato', 'zanjo'],
  accordingTo: ['segun', 'para'],
  pronouns: ['él', 'ella', 'ellos', 'ellas'],
  additives: ['tambien'],
  dropsSubjects: true,
  firstPersonEndings: ['amos', 'emos', 'imos'],
  capitalsNameOnly: true,
  quoteBack: ['lo', 'asi'],
  appealObjectFollows: true,
  // The preterite and present of regular verbs: a short stem ("instar" -> "inst") does not reach "instó", "insta";
  // "-ir" verbs with "e" in their stem turn it to "i" ("pedir" -> "pidió", "advertir" -> "advirtió").
  verbForms: (verb) => {
    const m = /^(.+?)(ar|er|ir)(se)?$/u.exec(verb);
    if (!m) return [];
    const stem = m[1]!;
    if (m[2] === 'ar') return [`${stem}ó`, `${stem}a`, `${stem}an`, `${stem}aron`];
    const forms = [`${stem}ió`, `${stem}e`, `${stem}en`, `${stem}ieron`];
    const raised = m[2] === 'ir' ? stem.replace(/e([^aeiou]*)$/u, 'i$1') : stem;
    return raised === stem ? forms : [...forms, `${raised}ió`, `${raised}e`, `${raised}en`, `${raised}ieron`];
  },
  listJoins: ['y', 'e', 'o'],
  declineStems: ['comentar', 'comentario', 'injerencia'],
  clauseBreaks: ['y', 'e', 'mientras', 'que', 'quien', 'cuyo', 'pero', 'aunque'],
  restrictives: ['se limito', 'se limitaron', 'se limita', 'se limitan', 'se ha limitado', 'se han limitado'],
  sectionNouns: ['seccion', 'filial', 'capitulo', 'rama'],
  evenHanded: { quantifiers: ['todas', 'todos', 'ambas', 'ambos'], parties: ['partes', 'estados', 'paises', 'gobiernos', 'bandos'] },
  complementizers: ['que'],
  firstPersonPronouns: ['nosotros', 'nosotras'],
  opinionVerbs: ['creo', 'cree', 'creen', 'pienso', 'piensa', 'piensan', 'preveo', 'preve', 'preven', 'supongo', 'imagino', 'apuesto', 'calculo'],
  claimingVerbs: ['sosten', 'sostien', 'sostuv'],
  presentPerfectAuxiliaries: ['ha', 'han'],
  heldVerbs: ['celebr'],
  relativePossessives: ['cuyo', 'cuya', 'cuyos', 'cuyas'],
  comparisons: [['al', 'igual', 'que'], ['como', 'tambien'], ['igual', 'que']],
  passiveAuxiliaries: ['fue', 'fueron', 'sido', 'sera'],
  passiveAgents: ['por'],
  isInfinitive: (word) => /(?:ar|er|ir)(?:se|lo|la|los|las)?$/u.test(word),
  isFutureForm: (word) => word.length > 5 && /(?:ra|ran|ria|rian|remos)$/u.test(word),
  isPresentParticiple: (word) => /(?:ando|iendo)$/u.test(word) && word.length >= 6,
  sources: ['de', 'del', 'desde'],
  impersonalLocatives: ['desde'],
  impersonalPronouns: ['se'],
  possessives: ['su', 'sus'],
  articles: ['el', 'la', 'los', 'las'],
  hidingVerbs: ['oculto', 'ocultaron', 'oculta', 'ocultan', 'ocultado', 'ocultar', 'escondio', 'escondieron', 'esconde', 'escondido', 'disimulo', 'disimularon', 'disimula', 'disimulado'],
  commentWords: ['comentar', 'comentario', 'comentarios', 'pronunciarse', 'declaraciones', 'responder', 'reaccionar', 'opinar', 'pronuncio', 'pronunciado', 'pronunciaron', 'comento', 'comentado', 'reacciono', 'reaccionado'],
  studyVerbs: ['estudi', 'analiz', 'evalu', 'examin'],
  relatives: ['que', 'quien', 'quienes', 'cual', 'cuales', 'cuyo', 'cuya'],
  ofWords: ['de', 'del'],
  // "Para Londres, la decisión es un error": the copula calls the thing what follows, as a naming verb does.
  copulas: ['es', 'son', 'era', 'eran', 'fue', 'fueron', 'sea', 'sean', 'trata'],
  verdictOpeners: [['es']],
  objectMarkers: ['contra', 'a', 'al', 'para', 'hacia', 'en', 'con', 'sobre', 'entre', 'tras'],
  likewise: [['hizo', 'lo', 'mismo'], ['hicieron', 'lo', 'mismo'], ['ha', 'hecho', 'lo', 'mismo'], ['misma', 'linea'], ['misma', 'postura'], ['misma', 'posicion'], ['mismo', 'sentido'], ['mismo', 'tono'], ['mismo', 'llamamiento'], ['misma', 'peticion'], ['llamamiento', 'similar'], ['discurso', 'similar'], ['tono', 'similar'], ['mismo', 'gesto'],
    // "Se sumó la Unión Europea", "se unió al llamamiento": joining the call or demand made before.
    // Their "se" is skipped as every reflexive is (likewise.ts).
    ['sumo'], ['sumaron'], ['ha', 'sumado'], ['han', 'sumado'],
    ...['unio', 'unieron', 'adhirio', 'adhirieron'].flatMap((v) => [['al', 'llamamiento'], ['a', 'la', 'peticion'], ['a', 'la', 'exigencia']].map((o) => [v, ...o]))],
  // Kinds of organization that introduce a name the gazetteer lacks (kind-named-organizations.ts).
  // Nouns of a state's government: a demonym after one speaks for the state; placed in a capital, they are its own.
  countryAnaphors: [['del', 'pais']],
  governmentNouns: ['gobierno', 'ministerio', 'ejecutivo', 'autoridades', 'diplomacia', 'presidencia', 'cancilleria'],
  stateOffices: ['ministro', 'ministra', 'presidente', 'presidenta', 'canciller', 'mandatario', 'primer', 'jefe', 'jefa'],
  formerWords: ['ex', 'antiguo', 'antigua'],
  electWords: ['electo', 'electa'],
  organizationKinds: ['ong', 'patronal', 'organizacion', 'instituto', 'asociacion', 'alianza', 'grupo', 'observatorio', 'partido', 'sindicato', 'movimiento', 'colectivo', 'federacion', 'camara', 'fundacion', 'confederacion', 'red', 'empresa', 'compania', 'milicia', 'plataforma', 'coalicion', 'liga', 'agrupacion', 'gremio', 'colegio', 'conferencia', 'comunidad', 'union', 'central', 'naviera', 'comite', 'consejo', 'frente'],
  nameJoins: ['de', 'del', 'para', 'por', 'sin', 'contra'],
  // Concessions that, before a contrast and a criticism, make a mixed verdict.
  concessions: ['reconocio', 'reconoce', 'reconocen', 'reconocieron', 'reconociendo', 'admitio', 'admite', 'admitieron'],
  anaphorArticles: ['la', 'el'],
  // Participles agreeing with the noun before them (language-grammar.ts).
  isAgreeingParticiple: (word) => /(?:ad|id)(?:os|as|a)$/u.test(word),
  isPastParticiple: (word) => /(?:ad|id)(?:os|as|o|a)$/u.test(word),
  withouts: ['sin'],
  // A clause recalling an earlier event: a subordinator of time right after a noun of time (past-background.ts).
  pastBackground: { dating: new Set(['en']), timeNouns: new Set(['dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'ano', 'anos']), subordinators: [['cuando'], ['despues', 'de', 'que']], prepositions: [['despues', 'de'], ['tras']], since: new Set(['desde']) },
  // Land and waters a verb of claiming may claim: a standing territorial claim, no appeal.
  claimedLand: { verbs: ['reclam'], objects: ['isla', 'islote', 'aguas', 'territori', 'archipielago'] },
  // A state's own people an appeal may address: advice to them judges no one.
  ownPeople: ['poblacion', 'ciudadan', 'turista', 'viajer', 'personal', 'habitante', 'connacional', 'compatriota'],
  // Verbs of denying one's part: a party that denies goes on defending itself.
  denyingVerbs: ['nego', 'negaron', 'niega', 'niegan', 'negaba', 'desmintio', 'desmiente', 'desmienten', 'desmintieron'],
  // Prepositions of place between an organization and where it sits ("(ISS) de Nairobi"): no state speaks.
  seatPrepositions: ['de', 'en'],
  // Words a headline reports people killed, hurt or seized with: a demonym beside them names victims, no agent.
  befallenWords: ['muere', 'mueren', 'muerto', 'muertos', 'asesinado', 'asesinados', 'herido', 'heridos', 'baleado', 'baleados', 'detenidos', 'secuestrados', 'abatidos'],
  // The sides of a deal or of relations the lead says were made speak of their own deal (co-parties.ts).
  envoyWords: { nouns: ['enviad', 'represent', 'coordinador', 'comisionad', 'mediador', 'relator'], to: ['para'] },
  reactingManner: { verbs: ['reaccion'], opposed: ['dureza', 'duramente', 'airad', 'irritacion', 'indignacion', 'enfad'], cautious: ['cautela', 'prudencia', 'cautelos'], supportive: ['positivamente', 'favorablemente', 'satisfaccion'] },
  borderWords: ['fronter'],
  coParties: { dealNouns: ['relacion', 'acuerdo', 'pacto', 'tratado', 'convenio', 'memorando'], makingVerbs: ['establec', 'firm', 'suscrib', 'alcanz', 'restablec', 'sell'], withWords: ['con'], coordinators: ['y', 'e'] },
  // Sentence openers that date what follows before the event ("Ранее …", "Zuvor hatte …").
  // A verdict fronted before whose it is, after a comparative: "Más dura fue Yibuti, que …" (fronted-verdicts.ts).
  frontedVerdicts: {
    intensifiers: [],
    verdictNouns: {},
    of: ['de', 'del'],
    comparative: { words: ['mas'], copulas: ['fue', 'fueron', 'es', 'son'], only: true },
  },
  pastOpeners: ['anteriormente'],
  pluperfect: { auxiliaries: ['habia', 'habian'], reach: 3 },
};

import type { LanguageGrammar } from './language-grammar.ts';

/** Verbs of obligation: a restriction after a welcome, and a demand on the subject of the cue they govern. */
const OBLIGATIONS = ['doit', 'doivent', 'devra', 'devront'];

/** French: "ne … pas", "n'avaient pas réagi"; the conditional mood ("pourrait") and "si". */
export const FRENCH: LanguageGrammar = {
  language: 'fr',
  // "n'a", "n'y" stay one token (the tokenizer splits no one-letter word off an elision).
  stateAgencyNouns: ['agence'],
  negations: ['ne', 'n', "n'a", "n'y", 'pas', 'jamais', 'aucun', 'aucune', 'ni'],
  avoidances: ['evite', 'evitent', 'eviter', 'evitant', 'abstenu', 'abstenue', 'abstenus', 'abstient', 'abstiennent', 'garde', 'gardee', 'gardes', 'gardees', 'gardent'],
  conditionals: ['si', 'condition'],
  modals: ['pourrait', 'pourraient', 'devrait', 'devraient', 'voudrait', 'serait', 'seraient'],
  alignmentWords: ['solidar', 'cotes'],
  backingWords: { prefixes: ['soutien', 'soutenu', 'soutient', 'soutenir', 'appui'], opposing: ['contre'] },
  comingVerbs: ['venue', 'venu', 'venues', 'venus', 'vient', 'viennent', 'arrivee', 'arrivees'],
  expertRoles: ['analyste', 'analystes', 'chercheur', 'chercheuse', 'chercheurs', 'politologue', 'politologues', 'economiste', 'economistes', 'specialiste', 'professeure', 'universitaire'],
  contrasts: ['mais', 'tout en', 'toutefois', 'cependant', 'neanmoins', 'pourtant', ...OBLIGATIONS, 'souligne', 'soulignant'],
  obligations: OBLIGATIONS,
  agentNouns: { endings: ['ant', 'ante', 'ants', 'antes'], verbal: ['en', 's', 'se', 'me', 'te', 'nous', 'vous'] },
  responseNouns: ['reponse', 'riposte'],
  // "en represalia por", "als Reaktion auf": the noun gives the motive of an act, no one's stance.
  responsePrepositions: ['en'],
  penalties: { prepositions: ['a'], objects: ['le', 'la', 'les', 'l', 'un', 'une', 'des'], terms: ['an', 'ans', 'mois', 'prison', 'mort', 'perpetuite', 'reclusion', 'detention', 'amende', 'travaux'], imposed: ['infligee', 'infligees', 'prononcee', 'prononcees'] },
  speechVerbs: ['declare', 'indique', 'affirme', 'estime', 'souligne', 'explique', 'ajoute', 'precise', 'dit', 'assure', 'declarait', 'commente', 'juge', 'insiste', 'martele', 'rappele', 'reagi', 'lance', 'ecrit', 'savoir', 'poursuivi', 'tranche', 'observe', 'lache', 'replique', 'assene', 'tonne'],
  accordingTo: ['selon', 'pour'],
  pronouns: ['il', 'elle', 'ils', 'elles'],
  additives: ['aussi', 'egalement'],
  listJoins: ['et', 'ou'],
  declineStems: ['comment', 'ingerence'],
  clauseBreaks: ['et', 'tandis', 'alors', 'mais', 'qui', 'que', 'qu', 'dont', 'lorsque'],
  restrictives: ['s est contente', 's est contentee', 'se sont contentes', 'se sont contentees', 'se contente', 'se contentent', 's est borne', 's est bornee', 'se sont bornes', 'se borne', 'se bornent'],
  sectionNouns: ['section', 'antenne', 'branche', 'filiale'],
  claimVerbs: ['souten', 'soutien', 'soutin'],
  evenHanded: { quantifiers: ['toutes', 'tous', 'deux'], parties: ['parties', 'etats', 'pays', 'gouvernements', 'camps'] },
  complementizers: ['que', 'qu'],
  firstPersonPronouns: ['nous', 'je'],
  opinionVerbs: ['pense', 'pensent', 'crois', 'croit', 'croient', 'attends', 'attend', 'attendent', 'prevois', 'prevoit', 'prevoient', 'suppose', 'supposent', 'parie'],
  claimingVerbs: ['souten', 'soutien', 'soutin'],
  presentPerfectAuxiliaries: ['a', 'ont'],
  relativePossessives: ['dont'],
  comparisons: [['tout', 'comme'], ['de', 'meme', 'que']],
  // The participle and present of "-er" verbs, where the stemmer reads a participle as a noun suffix ("félicité" ->
  // "feliqu", as "félicité" the noun, while "féliciter" -> "felicit"). The first person plural too, the speaker's own
  // words in a quote ("« Nous saluons … »"), where a short stem ("salu") takes no ending.
  // The regular "-dre" and "-pre" verbs too, whose infinitive stems with its "r" ("défendre" -> "defendr") while their
  // forms drop it ("défend", "défendu", "défendent"); not "-indre" ("craindre": "craint"). "-mettre" verbs have their own
  // forms ("promis").
  verbForms: (verb) => {
    const m = /^(.+)er$/u.exec(verb);
    if (m) return [`${m[1]}é`, `${m[1]}ée`, `${m[1]}és`, `${m[1]}ées`, `${m[1]}e`, `${m[1]}ent`, `${m[1]}${/g$/u.test(m[1]!) ? 'e' : ''}ons`];
    // "offrir", "ouvrir": the participle in "-ert" ("a offert"), the present as of an "-er" verb ("offre").
    const o = /^(.+[fv])rir$/u.exec(verb);
    if (o) return ['ert', 'erte', 'erts', 'ertes', 're', 'rent', 'rons', 'rait', 'raient', 'rit'].map((ending) => `${o[1]}${ending}`);
    // "-mettre" verbs: the participle in "-mis" ("a promis", "a remis"), the present and future of "-mett-".
    const t = /^(.*)mettre$/u.exec(verb);
    if (t) return ['met', 'mets', 'mettent', 'mettons', 'mis', 'mise', 'mises', 'mettra', 'mettront', 'mettait', 'mettaient'].map((ending) => `${t[1]}${ending}`);
    const r = /^(.+(?:[aeou]nd|rd|mp))re$/u.exec(verb);
    return r ? ['', 's', 'u', 'ue', 'us', 'ues', 'ent', 'ons', 'ait', 'aient'].map((ending) => `${r[1]}${ending}`) : [];
  },
  // Agreement in gender and number: a short adjective keeps its plural "-s" through the stemmer ("déçus" -> "decus",
  // while "déçu" and "déçues" -> "decu").
  adjectiveForms: (adjective) => [`${adjective}s`, `${adjective}e`, `${adjective}es`],
  passiveAuxiliaries: ['ete', 'fut', 'furent'],
  passiveAgents: ['par'],
  isInfinitive: (word) => /(?:er|ir|re)$/u.test(word),
  isFutureForm: (word) => word.length > 5 && /(?:ra|ront|rait|raient|rons)$/u.test(word),
  subjectPronouns: ['il', 'elle', 'ils', 'elles', 'on'],
  // "-geant" too: "-ger" verbs keep their "e" before "-ant" ("jugeant", "partageant").
  isPresentParticiple: (word) => /(?:[^aeiou]|ge)ant$/u.test(word) && word.length >= 6,
  // Plural participles, folded ("accusés", "condamnées", "soutenus"): after an article or a noun, the accused or the
  // condemned. A finite verb ending so is a second person, which news seldom writes.
  isAgreeingParticiple: (word) => /[eiu]s$/u.test(word) && word.length >= 6,
  isPastParticiple: (word) => /(?:[eiu]e?s?|ite?s?)$/u.test(word) && word.length >= 5,
  sources: ['de', 'du', 'des', 'd', 'depuis'],
  impersonalPronouns: ['on'],
  possessives: ['son', 'sa', 'ses', 'leur', 'leurs'],
  articles: ['le', 'la', 'les', 'l'],
  hidingVerbs: ['cache', 'caches', 'cachent', 'cacher', 'cachait', 'dissimule', 'dissimules', 'dissimuler', 'dissimulent'],
  commentWords: ['commenter', 'commentaire', 'commentaires', 'prononcer', 'exprimer', 'reagir', 'repondre', 'declaration', 'declarations', 'commente', 'prononce', 'prononcee', 'reagi'],
  studyVerbs: ['examin', 'etudi'],
  relatives: ['qui', 'dont', 'lequel', 'laquelle', 'lesquels'],
  ofWords: ['de', 'du', 'des', 'd'],
  // "cette décision est une erreur", "il s'agit d'une provocation": what is said to be so, as after "qualifier de".
  copulas: ['est', 'sont', 'etait', 'etaient', 'agit', 'agissait', 'constitue', 'constituent', 'constituait'],
  verdictOpeners: [['c', 'est']],
  objectMarkers: ['contre', 'a', 'au', 'aux', 'pour', 'vers', 'en', 'avec', 'envers', 'sur', 'entre', 'apres'],
  likewise: [['fait', 'de', 'meme'], ['faire', 'de', 'meme'], ['fera', 'de', 'meme'], ['meme', 'position'], ['meme', 'ton'], ['meme', 'tonalite'], ['meme', 'son', 'de', 'cloche'], ['meme', 'sens'], ['meme', 'ligne'], ['meme', 'appel'], ['meme', 'demande'], ['appel', 'similaire'], ['discours', 'voisin'], ['discours', 'similaire'], ['discours', 'semblable'], ['ton', 'similaire'], ['meme', 'geste'],
    // "se sont joints à l'appel": joining the call or demand made before.
    ...['joint', 'jointe', 'joints', 'jointes', 'associe', 'associee', 'associes', 'associees', 'rallie', 'ralliee', 'rallies', 'ralliees'].flatMap((v) => [['a', 'l', 'appel'], ['a', 'cet', 'appel'], ['a', 'la', 'demande'], ['a', 'cette', 'demande']].map((o) => [v, ...o]))],
  // Kinds of organization that introduce a name the gazetteer lacks (kind-named-organizations.ts).
  // Nouns of a state's government: a demonym after one speaks for the state; placed in a capital, they are its own.
  countryAnaphors: [['du', 'pays']],
  governmentNouns: ['gouvernement', 'ministere', 'executif', 'autorites', 'diplomatie', 'presidence', 'chancellerie'],
  stateOffices: ['ministre', 'ministres', 'president', 'presidente', 'premier', 'chef', 'chancelier', 'vice-premier'],
  formerWords: ['ancien', 'ancienne', 'ex'],
  electWords: ['elu', 'elue'],
  organizationKinds: ['ong', 'patronat', 'organisation', 'institut', 'association', 'alliance', 'groupe', 'observatoire', 'parti', 'syndicat', 'mouvement', 'collectif', 'federation', 'chambre', 'fondation', 'confederation', 'reseau', 'entreprise', 'societe', 'compagnie', 'milice', 'plateforme', 'coalition', 'ligue', 'groupement', 'barreau', 'ordre', 'conference', 'union', 'communaute', 'centrale', 'armateur', 'comite', 'front'],
  nameJoins: ['de', 'du', 'des', 'd', 'pour', 'sans', 'contre'],
  // Concessions that, before a contrast and a criticism, make a mixed verdict.
  concessions: ['reconnu', 'reconnue', 'reconnus', 'reconnait', 'reconnaissent', 'reconnaissant', 'admis', 'admet', 'concede'],
  anaphorArticles: ['l', 'la', 'le'],
  withouts: ['sans'],
  // A clause recalling an earlier event: a subordinator of time right after a noun of time (past-background.ts).
  pastBackground: { dating: new Set(['en']), timeNouns: new Set(['jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'annee', 'annees']), subordinators: [['quand'], ['lorsque'], ['ou'], ['apres', 'que']], prepositions: [['apres']], since: new Set(['depuis']) },
  // Land and waters a verb of claiming may claim: a standing territorial claim, no appeal.
  claimedLand: { verbs: ['revendiqu', 'reclam'], objects: ['ile', 'ilot', 'eaux', 'territoire', 'archipel'] },
  // A state's own people an appeal may address: advice to them judges no one.
  ownPeople: ['population', 'ressortissant', 'citoyen', 'touriste', 'voyageur', 'personnel', 'habitant', 'compatriote'],
  // Verbs of denying one's part: a party that denies goes on defending itself.
  denyingVerbs: ['nie', 'nient', 'niait', 'niaient', 'dementi', 'dement', 'dementent'],
  // Prepositions of place between an organization and where it sits ("(ISS) de Nairobi"): no state speaks.
  seatPrepositions: ['de', 'd', 'a', 'au'],
  // Words a headline reports people killed, hurt or seized with: a demonym beside them names victims, no agent.
  befallenWords: ['tue', 'tues', 'tuee', 'tuees', 'blesse', 'blesses', 'mort', 'morts', 'meurent', 'enleves', 'arretes', 'detenus', 'abattu', 'abattus'],
  // The sides of a deal or of relations the lead says were made speak of their own deal (co-parties.ts).
  envoyWords: { nouns: ['envoy', 'represent', 'coordinat', 'commissair', 'mediat', 'rapporteu'], to: ['pour'] },
  reactingManner: { verbs: ['reagi'], opposed: ['vivement', 'sechement', 'durement', 'violemment', 'colere', 'indign'], cautious: ['prudemment', 'prudence', 'retenue'], supportive: ['favorablement', 'positivement'] },
  borderWords: ['frontier'],
  coParties: { dealNouns: ['relation', 'accord', 'pacte', 'traite', 'memorandum', 'convention'], makingVerbs: ['etabli', 'etablissement', 'sign', 'conclu', 'noue', 'renoue', 'retabli', 'scell'], withWords: ['avec'], coordinators: ['et'] },
  // Sentence openers that date what follows before the event ("Ранее …", "Zuvor hatte …").
  pastOpeners: ['auparavant', 'precedemment'],
  pluperfect: { auxiliaries: ['avait', 'avaient'], reach: 3 },
};

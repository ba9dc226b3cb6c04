import type { LanguageGrammar } from './language-grammar.ts';

/** Verbs of obligation: a restriction after a welcome, and a demand on the subject of the cue they govern. */
const OBLIGATIONS = ['должен', 'должна', 'должны'];

/** Russian: "не", "пока не"; the conditional particle "бы" and "если"; free word order (verb before subject). */
export const RUSSIAN: LanguageGrammar = {
  language: 'ru',
  stateAgencyNouns: ['агентство'],
  negations: ['не', 'ни', 'нет'],
  avoidances: ['воздержался', 'воздержалась', 'воздержались', 'воздерживается', 'воздерживаются', 'избежал', 'избежала', 'избежали', 'избегает', 'избегают', 'уклонился', 'уклонилась', 'уклонились'],
  conditionals: ['если', 'бы', 'б', 'условии'],
  modals: ['может', 'могут', 'мог', 'могла', 'могли'],
  alignmentWords: ['солидар', 'сторон'],
  backingWords: { prefixes: ['поддерж'], opposing: ['против'] },
  comingVerbs: ['прозвучала', 'прозвучали', 'прозвучал', 'поступила', 'поступили', 'поступил', 'пришла', 'пришли', 'пришел'],
  expertRoles: ['аналитик', 'аналитика', 'аналитиком', 'аналитики', 'политолог', 'политолога', 'политологом', 'политологи', 'экономист', 'экономиста', 'исследователь', 'исследователя', 'востоковед', 'востоковеда', 'эксперт', 'эксперта', 'экспертом', 'научный'],
  contrasts: ['но', 'однако', 'хотя', ...OBLIGATIONS, 'подчеркнул', 'подчеркнула', 'подчеркнули'],
  obligations: OBLIGATIONS,
  responseNouns: ['ответ'],
  // "en represalia por", "als Reaktion auf": the noun gives the motive of an act, no one's stance.
  responsePrepositions: ['в'],
  penalties: { prepositions: ['к'], objects: [], terms: ['год', 'года', 'годам', 'лет', 'месяцам', 'месяцев', 'лишению', 'лишения', 'заключению', 'заключения', 'колонии', 'казни', 'смертной', 'пожизненному', 'пожизненного', 'штрафу', 'работам'] },
  speechVerbs: ['заявил', 'заявила', 'заявили', 'сказал', 'сказала', 'сказали', 'сообщил', 'сообщила', 'сообщили', 'отметил', 'отметила', 'отметили', 'подчеркнул', 'подчеркнула', 'подчеркнули', 'считают', 'считает', 'написал', 'написала', 'написали', 'добавил', 'добавила', 'добавили', 'указал', 'указала', 'указали', 'пояснил', 'пояснила', 'пояснили'],
  accordingTo: ['словам', 'мнению', 'для'],
  pronouns: ['он', 'она', 'они'],
  additives: ['также'],
  listJoins: ['и', 'или'],
  // 'оценивать не стали', 'воздержались от оценок': declining to assess; not 'оценил', which praises.
  declineStems: ['комментари', 'комментир', 'невмешательств', 'вмешательств', 'оценива', 'оценок'],
  distributives: ['по'],
  dashGapJoins: ['а'],
  capitalsNameOnly: true,
  quoteBack: ['этом'],
  clauseBreaks: ['и', 'а', 'тогда', 'который', 'которая', 'которое', 'которые', 'что', 'но'],
  restrictives: ['ограничился', 'ограничилась', 'ограничилось', 'ограничились', 'ограничивается', 'ограничиваются'],
  sectionNouns: ['отделение', 'отделения', 'отделению', 'отделением', 'отделении', 'филиал', 'филиала', 'секция', 'секции'],
  evenHanded: { quantifiers: ['все', 'всех', 'обе', 'оба', 'обеих', 'обоих'], parties: ['стороны', 'сторон', 'государства', 'государств', 'страны', 'стран', 'правительства'] },
  complementizers: ['чтобы'],
  statementComplementizers: ['что'],
  firstPersonPronouns: ['мы', 'я'],
  opinionVerbs: ['думаю', 'думает', 'думают', 'полагаю', 'полагает', 'полагают', 'ожидаю', 'ожидает', 'ожидают', 'ожидается', 'предполагаю', 'предполагает', 'уверен', 'уверена', 'уверены'],
  relativePossessives: ['чье', 'чей', 'чья', 'чьи'],
  relatives: ['который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'которому', 'которым', 'которую', 'котором'],
  comparisons: [['как', 'и']],
  // "-овать/-евать" verbs build their present on "-у-" ("приветствовать" -> "приветствует", "критикует"); "-нуть"
  // verbs drop "-ну-" in the past ("отвергнуть" -> "отверг", "отвергла") or keep it ("упрекнуть" -> "упрекнула"); "-чь" verbs end their past in "-г" or "-к"
  // ("предостеречь" -> "предостерег", "предостерегла"; "помочь" -> "помог"); "-еть" verbs keep "-е-" in the present,
  // and in the past, which the stemmer leaves whole ("сожалеть" -> "сожалеет", "сожалеют", "сожалел").
  verbForms: (verb) => {
    const present = /^(.+?)[ое]вать(ся)?$/u.exec(verb);
    // The first person plural too: a statement's own words in a quote ("«Мы приветствуем …»").
    if (present) return [`${present[1]}ует${present[2] ?? ''}`, `${present[1]}уют${present[2] ?? ''}`, `${present[1]}уем${present[2] ? 'ся' : ''}`];
    const stative = /^(.+?)еть$/u.exec(verb);
    if (stative) return [`${stative[1]}еет`, `${stative[1]}еют`, `${stative[1]}ел`, `${stative[1]}еем`];
    const past = /^(.+?)нуть(ся)?$/u.exec(verb);
    if (past) return [past[1]!, `${past[1]}ла`, `${past[1]}ли`, `${past[1]}нул`, `${past[1]}нула`, `${past[1]}нули`];
    const velar = /^(.+?)чь(ся)?$/u.exec(verb);
    return velar ? ['г', 'к'].flatMap((k) => [`${velar[1]}${k}`, `${velar[1]}${k}ла`, `${velar[1]}${k}ли`]) : [];
  },
  passiveAuxiliaries: ['был', 'была', 'было', 'были'],
  passiveAgents: ['стороны'],
  isShortPassive: (word) => /(?:[аяеё]н|нут)[аоы]?$/u.test(word),
  // Adverbial participles (деепричастия), folded: perfective "-в", "-вшись" ("заявив", "назвав", "подчеркнув"),
  // imperfective "-вая" ("называя", "подчёркивая").
  isPresentParticiple: (word) => word.length >= 5 && /(?:[аиуы]в|вшись|[иы]вая)$/u.test(word),
  isInfinitive: (word) => /(?:ть|ти|чь)(?:ся)?$/u.test(word),
  sources: ['из', 'от', 'стороны'],
  // A plural noun's nominative ending: "экологи", "эксперты".
  memberSources: { prepositions: ['из'], isGroupNoun: (word) => /[иы]$/u.test(word) },
  impersonalLocatives: ['в', 'во', 'из', 'на'],
  impersonalVerb: (word) => /(?:ли|лись)$/u.test(word),
  isAttributiveAdjective: (word) => /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ых|их|ым|им|ыми|ими)$/u.test(word),
  nominativeEndings: ['ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие'],
  predicateCase: /(?:ой|ей|ым|им|ыми|ими)$/u,
  firstPersonEndings: ['ем', 'им', 'ём'],
  // Genitive, dative and accusative endings of the long adjective ("незаконных", "незаконному", "незаконную"); not "-ой",
  // which is also a nominative, nor the instrumental, the predicate of verbs of deeming ("счел недостаточными").
  isObliqueAdjective: (word) => /(?:ых|их|ого|его|ому|ему|ую|юю)$/u.test(word),
  countryAnaphors: [['страны']],
  governmentNouns: ['власти', 'правительство', 'руководство', 'администрация'],
  stateOffices: ['министр', 'президент', 'премьер-министр', 'глава'],
  formerWords: ['бывший', 'бывшая', 'бывшего', 'бывшей', 'экс'],
  electWords: ['избранный', 'избранная', 'избранного'],
  leaders: [['во', 'главе', 'с']],
  // "Для Лондона это решение является ошибкой" (not "это", which is as often the demonstrative: "это нарушение было …").
  copulas: ['является', 'являются', 'являлось', 'являлся', 'являлась', 'был', 'была', 'было', 'были', 'стало', 'стал', 'стала'],
  demonstrativeCopula: 'это',
  dashCopula: true,
  objectMarkers: ['против', 'к', 'для', 'в', 'во', 'на', 'с', 'со', 'из', 'от', 'по', 'о', 'об', 'между', 'после'],
  likewise: [['аналогичную', 'позицию'], ['аналогичное', 'заявление'], ['аналогичные', 'заявления'], ['такую', 'же', 'позицию'], ['аналогичным', 'образом'], ['в', 'том', 'же', 'духе'], ['в', 'таком', 'же', 'духе'], ['аналогичный', 'призыв'], ['такой', 'же', 'призыв'], ['похожий', 'призыв'], ['аналогичным', 'призывом'], ['похожим', 'призывом'], ['таким', 'же', 'призывом'], ['аналогичным', 'заявлением'], ['похожим', 'заявлением'], ['похожую', 'позицию'],
    // "присоединились к призыву", "К требованию присоединилась …": joining the call or demand made before.
    ...['присоединился', 'присоединилась', 'присоединилось', 'присоединились'].flatMap((v) => ['призыву', 'требованию'].flatMap((o) => [[v, 'к', o], ['к', o, v]]))],
  // Kinds of organization that introduce a name the gazetteer lacks (kind-named-organizations.ts).
  foreignOrganizationHeads: ['глава', 'председатель', 'директор', 'гендиректор', 'руководитель', 'основатель', 'владелец', 'представитель', 'пресс-секретарь'],
  ownedKinds: { links: [''], kinds: ['организация', 'ассоциация', 'альянс', 'партия', 'профсоюз', 'движение', 'федерация', 'конфедерация', 'конференция', 'лига', 'объединение', 'коалиция'] },
  organizationKinds: ['организация', 'институт', 'ассоциация', 'альянс', 'группа', 'группировка', 'партия', 'профсоюз', 'движение', 'федерация', 'конфедерация', 'палата', 'фонд', 'компания', 'корпорация', 'концерн', 'объединение', 'сеть', 'коалиция', 'нко', 'нпо', 'платформа', 'лига', 'центр', 'комитет', 'совет', 'фронт'],
  // Concessions that, before a contrast and a criticism, make a mixed verdict.
  concessions: ['признала', 'признал', 'признали', 'признав', 'признает', 'признают', 'хотя'],
  withouts: ['без'],
  // A clause recalling an earlier event: a subordinator of time right after a noun of time (past-background.ts).
  pastBackground: { dating: new Set(['в']), timeNouns: new Set(['день', 'дня', 'дней', 'неделя', 'недели', 'неделе', 'неделю', 'месяц', 'месяца', 'месяцев', 'год', 'года', 'лет']), subordinators: [['когда'], ['после', 'того', 'как']], prepositions: [['после']], since: new Set(['с', 'со']) },
  // Land and waters a verb of claiming may claim: a standing territorial claim, no appeal.
  claimedLand: { verbs: ['претенд'], objects: ['остров', 'акватори', 'территори', 'архипелаг'] },
  maintained: { verbs: ['поддерж'], objects: ['связ', 'контакт', 'отношени', 'порядок', 'порядк'] },
  // A state's own people an appeal may address: advice to them judges no one.
  ownPeople: ['населени', 'граждан', 'турист', 'путешественник', 'персонал', 'жител', 'соотечественник'],
  // Verbs of denying one's part: a party that denies goes on defending itself.
  denyingVerbs: ['отрицает', 'отрицают', 'отрицал', 'отрицала', 'отрицали', 'опроверг', 'опровергла', 'опровергли', 'опровергает'],
  // Prepositions of place between an organization and where it sits ("(ISS) de Nairobi"): no state speaks.
  seatPrepositions: ['из', 'в'],
  // Words a headline reports people killed, hurt or seized with: a demonym beside them names victims, no agent.
  befallenWords: ['убит', 'убиты', 'погиб', 'погибли', 'ранены', 'задержаны', 'похищены', 'расстреляны'],
  // The sides of a deal or of relations the lead says were made speak of their own deal (co-parties.ts).
  envoyWords: { nouns: ['посланник', 'представител', 'координатор', 'комиссар', 'посредник', 'докладчик'], to: ['по'] },
  reactingManner: { verbs: ['отреагир', 'реагир', 'отреагова', 'реагова'], opposed: ['резко', 'жестко', 'гневно', 'раздраж', 'возмущ'], cautious: ['сдержанно', 'осторожно', 'настороженно'], supportive: ['положительно', 'позитивно', 'одобрительно'] },
  borderWords: ['границ'],
  coParties: { dealNouns: ['отношени', 'соглашени', 'договор', 'пакт', 'меморандум'], makingVerbs: ['установ', 'подписа', 'заключ', 'восстанов'], withWords: ['с', 'со'], coordinators: ['и'] },
  // Sentence openers that date what follows before the event ("Ранее …", "Zuvor hatte …").
  pastOpeners: ['ранее'],
  commentWords: ['комментировать', 'прокомментировать', 'комментарий', 'комментариев', 'комментарии', 'комментариями', 'прокомментировал', 'прокомментировала', 'прокомментировали', 'комментирует', 'комментируют'],
  studyVerbs: ['изуча', 'рассматрива', 'рассмотр'],
};

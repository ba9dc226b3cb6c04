/**
 * Constructions of reactions in German, French, Spanish, Italian and Russian, in sentences written for this test:
 * organizations the gazetteer lacks, named by their kind ("l'ONG serbe Kalvo") or spelled out before their acronym
 * ("la Fédération des planteurs du Gabon (FPG)", keyed by the acronym, which stays the same across languages where the
 * spelled-out name is translated; the acronym alone later in the article is the same one), speak as non-state actors and their description's demonym is not
 * their state; a concession, a contrast and a criticism make a mixed verdict; nouns of congratulating, backing and
 * rejecting; an accused party denying its part; "the organization" referring back; a topic label before the opening
 * comma; "without" before a cue; names a preposition governs through a list; a condition after the reaction; verb
 * forms of a conjugation table matched by themselves; a clause recalling an earlier event; a response noun as an act's
 * motive; an appositive naming an organization's kind; a demonym qualifying the object; a German genitive after a
 * noun; a place set off before the subject; donors listed without their verb; a reflexive impersonal verb; names closed by a short name; sentences opened by "earlier"; short-stem
 * conjugated forms matched as written; a German passive's subject; organizations that keep their English name; a kind and
 * capitalised words; refraining in French; a naming verb's quoted word judged by the opinion lexicon; strikes and boycotts called; a
 * first-person verb in a quote; a joined verb continuing its subject;
 * umlauts kept apart; ships, doctors and goods by the tonne sent as aid; the aid noun that a verb of helping is written as; the UN's specialized agencies; an acronym in title case; a known organization's description; a list after a comma; a place set off before the subject; donors listed without their verb; a reflexive impersonal verb; a charge before its verb of rejecting; an
 * organization placed after an impersonal verb; a verb of describing oneself ("s'est dite « choquée »", "zeigte sich
 * „bestürzt“"); a name with diacritics that English folding would read as a demonym; the noun of restraint, not the participle
 * of holding; a clause after a year and "lorsque", and a sentence opened by an earlier year; a phrase of time after
 * the sentence's own clause; bar
 * associations, bishops' conferences and unions as kinds of organization; a state or organization in an oblique case
 * placed after an impersonal verb, and a list it opens; a participle after an article; a government's noun naming
 * no state; a pronoun's subject passed on to a joined verb; the infinitive clause closing a call; a hope for stability,
 * calm or dialogue; a word of worry that a naming verb introduces; a place
 * before a relative "where"; the thing a naming verb's quoted word is said of; defending another's right; a verb joined by "and"; the past perfect of the speaker's own verb; French "-dre" verbs;
 * a cue's present participle after a comma; a reaction noun's source after a passive and an adverb;
 * the unwritten Russian copula after "это"; alarm expressed; a hope for order restored;
 * the aid noun after a preposition joined to an article; hopes for dialogue or a truce, ranked below support; shelters,
 * tarpaulins and funds sent as aid; offers to host talks; a reaction noun opening a verbless sentence and
 * the places it was voiced in ("Même satisfaction à Tokyo et à Canberra"); a capital and an organization name the packages lack; a negated
 * comment in the past tense; a noun of conflict a call asks to end; rejecting
 * responsibility; a welcome restricted by its own speaker after the contrast; German "als" without its comma; names of several words parted from their verb; offices not yet taken or no longer held; a quotation's edge before its speaker; a spokesperson in a capital; a state qualifying an unnamed kind of organization; a Russian gerund after a name's comma; siding with someone; a hope that the facts be cleared up; a quotation opening with its verb; a regret before a denial; a copula's verdict in a reported clause; a German naming fronted with "von"; "als" marking what is named; a German past perfect with a long object; a warning's condition; forceful verbs of saying; a welcome then criticism; an appeal for sanctions;
 * doubting in French; a country's name inside an organization's;
 * an adverb of addition between a verb and its names; a German name opened by a capitalised adjective;
 * a state's office referring back; idioms of a mixed verdict; a group's leader; a demand to free captives or pull forces back; troops sent; an office once held; no objections; national chapters;
 * offers of observers or readiness to host talks; a welcome with a call for calm; a long known name with a guess inside
 * it; medical teams and material sent; aid handed out, delivered or provided; a verdict fronted before whose it is; where an organization sits; a party defending itself after a denial; aid cut; recommending, and advice to one's own people; an office referring back to the state that acted; a territorial claim; the Italian adjective "opposto"; homographs of short cue stems; measured restraint; a possessor closing the
 * clause; "nothing justifies"; sorrow for the victims; refusing to recognize; a word after an article read as a noun;
 * aid given beside what the same actor says; a quoted German compound's opinion; regret with an appeal.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const LANGUAGE_CASES: [string, string, string[]][] = [
  // German puts the subject right after the verb when a prepositional phrase opens the clause: a name in that phrase
  // is whose request or account it was, or where, and the verb's subject is after it
  ['de', 'Auf Bitten Indonesiens schickte Japan zwei Löschflugzeuge.', ['country:JP supportive']],
  ['de', 'Nach Angaben Berlins verurteilte die Türkei den Angriff.', ['country:TR opposed']],
  ['de', 'Im Süden Libanons begrüßte die Hisbollah den Abzug.', ['org:hezbollah supportive']],
  ['de', 'In Berlin kritisierte die Regierung den Angriff.', ['country:DE opposed']],
  // An office or spokesperson no state is named for, in a capital that opens the sentence, speaks for its government;
  // a state named right after the office is the office's own
  ['fr', "À Ottawa, la ministre des Affaires étrangères a condamné l'attaque.", ['country:CA opposed']],
  ['es', 'En Lima, el canciller condenó el ataque.', ['country:PE opposed']],
  ['it', "A Varsavia, il ministro degli Esteri ha condannato l'attacco.", ['country:PL opposed']],
  ['de', 'In Oslo verurteilte der Außenminister den Angriff.', ['country:NO opposed']],
  ['fr', "À Ottawa, le ministre français des Affaires étrangères a condamné l'attaque.", ['country:FR opposed']],
  // a state in a place phrase opening the sentence is where, when a subject of its own follows that is no state's body
  // or office
  ['fr', 'Dans le sud du Liban, la Ligue des agriculteurs a approuvé la décision.', []],
  ['es', 'En el norte de Chile, el sindicato de mineros defendió la medida.', []],
  ['es', 'En el norte de Chile, el Gobierno defendió la medida.', ['country:CL supportive']],
  ['de', 'In der Türkei begrüßte die Handelskammer das Geschäft.', []],
  ['de', 'In der Türkei begrüßte die Regierung das Geschäft.', ['country:TR supportive']],
  // Russian "перебросить", to move troops or rescuers somewhere, sends them as "направить" does
  ['ru', 'Казахстан перебросил в Киргизию 200 спасателей.', ['country:KZ supportive']],
  // the suspended first part of a compound ("Verteidigungs- und Raumfahrtkommissar") is no word of support
  ['de', 'EU-Verteidigungs- und Weltraumkommissar Jan Roe forderte ein Verbot solcher Tests.', ['org:eu cautious']],
  ['de', 'Der norwegische Unterstützungs- und Koordinierungsstab forderte eine Untersuchung.', ['country:NO cautious']],
  ['fr', "L'ONG serbe Kalvo a dénoncé des fraudes massives.", ['org:kalvo opposed']],
  ['es', 'La alianza de agricultores Tierra Viva criticó la decisión del Gobierno.', ['org:tierra-viva opposed']],
  ['it', "L'associazione ambientalista Mare Pulito ha criticato la decisione.", ['org:mare-pulito opposed']],
  ['de', 'Die Menschenrechtsorganisation Kalvo kritisierte die Festnahmen scharf.', ['org:kalvo opposed']],
  ['ru', 'Неправительственная организация Kalvo осудила аресты.', ['org:kalvo opposed']],
  // a hyphen joins the parts of one name
  ['de', 'Die Hilfsorganisation Nord-Hilfe kritisierte die Regierung.', ['org:nord-hilfe opposed']],
  // a kind written with a capital inside a sentence opens a name of its own; a known name after a kind is that name
  ['es', 'La Cámara de Comercio Andina criticó la medida.', []],
  ['fr', 'Le parti de Vladimir Poutine a salué le résultat.', []],
  // a concession, a contrast, then criticism: a mixed verdict
  ['it', "L'Unione africana ha riconosciuto che il voto si è svolto in calma, ma ha criticato l'esclusione dei candidati.", ['org:au cautious']],
  ['es', 'Chile reconoció que la votación fue tranquila, pero criticó la exclusión de candidatos.', ['country:CL cautious']],
  ['de', 'Österreich räumte zwar Fortschritte ein, kritisierte aber die Verhaftungen.', ['country:AT cautious']],
  ['it', "Il Cile ha criticato l'esclusione dei candidati.", ['country:CL opposed']],
  // nouns of congratulating, backing and rejecting
  ['ru', 'Поздравления направили Турция и Венгрия.', ['country:HU supportive', 'country:TR supportive']],
  ['de', 'Rückhalt kam aus Ottawa.', ['country:CA supportive']],
  ['it', 'Da Ottawa è arrivata una bocciatura.', ['country:CA opposed']],
  // an accused party denying its part reacts to no one's move
  ['fr', 'Kigali rejette toute implication dans le bombardement.', []],
  ['ru', 'Кигали отверг свою причастность к удару.', []],
  ['fr', 'Kigali rejette la décision de Kinshasa.', ['country:RW opposed']],
  // a name spelled out before its acronym is one organization; a known acronym keeps its actor
  ['fr', "La Fédération des planteurs du Gabon (FPG) doute de l'efficacité de la mesure.", ['org:fpg skeptical']],
  ['de', 'Die Global Cocoa Alliance (GCA) kritisierte das Verbot.', ['org:gca opposed']],
  ['ru', 'Южноафриканское сообщество развития (САДК) осудило переворот.', ['org:sadc opposed']],
  ['es', 'La organización Amnistía Internacional (AI) criticó el juicio.', ['org:amnesty-international opposed']],
  // the acronym alone, later in the article, is the organization spelled out before it
  ['de', 'Die Mine gehört zu Pacific Rim Holdings (PRH). PRH nannte den Schritt „rechtswidrig“.', ['org:pacific-rim-holdings opposed']],
  ['fr', "La mine appartient à Pacific Rim Holdings (PRH). PRH a dénoncé une décision « illégale ».", ['org:pacific-rim-holdings opposed']],
  // a known short name in parentheses closing a long name keeps its key, however the long name is worded
  ['es', 'La Comunidad Económica de Estados de África Occidental (Cedeao) condenó la incursión.', ['org:ecowas opposed']],
  // named in full elsewhere in the article, without parentheses, by words whose initials spell it
  ['ru', 'Рудник принадлежит группе Pacific Rim Holdings. В PRH назвали решение незаконным.', ['org:pacific-rim-holdings opposed']],
  // an unknown acronym after the impersonal locative opening the sentence is where they spoke ("В Кремле заявили")
  ['ru', 'В KNAPK назвали решение незаконным.', ['org:knapk opposed']],
  // a capital opening the sentence before a state body no state is named for: the capital's government speaks
  ['de', 'In Berlin begrüßte das Bundeswirtschaftsministerium die Entscheidung.', ['country:DE supportive']],
  ['fr', "À Paris, le ministère de l'Économie a salué la décision.", ['country:FR supportive']],
  ['es', 'En Madrid, el Ministerio de Exteriores celebró la decisión.', ['country:ES supportive']],
  ['de', 'In Berlin begrüßte das französische Außenministerium die Entscheidung.', ['country:FR supportive']],
  ['de', 'In Berlin kritisierte die Opposition die Entscheidung.', []],
  // "too little" in each language judges a response insufficient: skeptical (a naming verb makes it opposed)
  ['de', 'Polen sagte, die Hilfe sei zu wenig.', ['country:PL skeptical']],
  ['fr', "La Pologne a jugé l'aide « trop peu, trop tard ».", ['country:PL skeptical']],
  ['es', 'Polonia consideró la ayuda «demasiado poco, demasiado tarde».', ['country:PL skeptical']],
  ['ru', 'Польша заявила, что этого слишком мало.', ['country:PL skeptical']],
  // a separable particle run on by a word of degree is no particle ("zu wenig"); before a conjunction it is
  ['de', 'Polen sagte Hilfe zu und schickte Zelte.', ['country:PL supportive']],
  // an unknown acronym opening the main clause with its article after a fronted phrase is its subject; a demonym in
  // the fronted phrase does not speak; an appositive acronym is no subject of its own
  ['fr', 'Au sein de la majorité ivoirienne, le RHDP a dénoncé une « agression ».', ['org:rhdp opposed']],
  ['es', 'Dentro de la coalición chilena, el PDG criticó la decisión.', ['org:pdg opposed']],
  ['fr', "Même geste d'Ankara, où l'agence turque des catastrophes, l'AFAD, a envoyé des tentes.", ['country:TR supportive']],
  // a capitalised name ending in "-er" before a verb is no infinitive making the verb an aid noun ("Níger respaldó")
  ['es', 'Níger respaldó sin reservas a su aliado.', ['country:NE supportive']],
  ['es', 'Quieren obtener respaldo financiero.', []],
  // French "réserve" is as often a stock (a reserve fund, a rescue reserve) as a reservation; "des réserves" voiced stay one
  ['fr', 'La Commission européenne a mobilisé la réserve européenne de secours pour aider les hôpitaux touchés.', ['org:eu supportive']],
  ['fr', 'Le Japon a débloqué un million de dollars de son fonds de réserve.', ['country:JP supportive']],
  ['fr', "L'Autriche a émis des réserves sur l'accord.", ['country:AT cautious']],
  // a company's English name opened by a country's is the company's ("Qatar Airways"), not the state's
  ['de', 'Qatar Airways kritisierte die Entscheidung.', ['org:qatar-airways opposed']],
  ['fr', 'Qatar Airways a critiqué la décision.', ['org:qatar-airways opposed']],
  // a participle agreeing with the noun before it describes the noun
  ['es', 'El Servicio Nacional de Alertas (SNA) informó de vientos sostenidos de 190 kilómetros por hora.', []],
  ['es', 'La Comisión Europea exigió una investigación de las irregularidades denunciadas.', ['org:eu cautious']],
  ['it', 'Le misure sono state criticate dalla Francia.', ['country:FR opposed']],
  // a word of such a name is no cue
  ['fr', "Les Forces de soutien populaire (FSP) ont signé l'accord.", []],
  // a name opened by a capitalised kind is its clause's subject, though not reported
  ['it', "La Germania ha accolto con favore l'accordo. Il Partito repubblicano, principale forza di opposizione, ha bocciato il piano.", ['country:DE supportive']],
  ['it', "L'Associazione nazionale del Perù ha criticato la riforma.", []],
  // "the organization" refers back to the organization named shortly before, not to a plural
  ['fr', "Médecins sans frontières gère l'hôpital. L'organisation a dénoncé une attaque « inacceptable ».", ['org:msf opposed']],
  ['de', 'Ärzte ohne Grenzen betreibt die Klinik. Die Organisation verurteilte den Angriff.', ['org:msf opposed']],
  ['fr', 'Médecins sans frontières gère l’hôpital. Les ONG restent prudentes.', []],
  // the first person plural of a statement, a conjugated form with a short stem, a noun before its verb of avoiding
  ['ru', '«Мы приветствуем это решение», — заявил Лавров.', ['country:RU supportive']],
  ['it', 'La Germania dubita della riforma.', ['country:DE skeptical']],
  ['ru', 'Африканский союз призвал к диалогу, но от осуждения воздержался.', ['org:au cautious']],
  ['it', "Prudente l'Unione europea.", ['org:eu cautious']],
  ['it', 'Il Belgio ha accolto con entusiasmo la notizia.', ['country:BE supportive']],
  // a conjugated form matches itself and an ending, not a longer word of its stem ("a proposito" is no proposal)
  ['it', '«Condanniamo ogni forma di terrorismo». Così il ministro degli Esteri del Cile, a proposito della sparatoria.', ['country:CL opposed']],
  // a name alone before a comma, another actor right after it: a topic label; a list or a parenthetical is no label
  ['it', "Iran, l'Onu lancia l'allarme per il bilancio delle vittime.", ['org:un cautious']],
  ['es', 'Francia, Alemania y el Reino Unido lo acogieron con cautela.', ['country:DE cautious', 'country:FR cautious', 'country:GB cautious']],
  ['fr', 'Washington, de son côté, a critiqué la décision.', ['country:US opposed']],
  // a name listed after one a preposition governs is governed too; a government placed in a country speaks for it
  ['fr', "La France condamne l'escalade entre Israël et l'Iran, exprimant sa préoccupation.", ['country:FR opposed']],
  ['ru', 'Россия осуждает эскалацию между Израилем и Ираном, выражая обеспокоенность.', ['country:RU opposed']],
  ['de', 'Die Regierung in Polen kritisierte den Schritt.', ['country:PL opposed']],
  ['de', 'Die Militärregierung in Mali hat der Junta im Niger Unterstützung signalisiert.', ['country:ML supportive']],
  // "without" shortly before a cue: the reaction did not happen; not a word of a name, nor after a comma
  ['fr', "L'Union africaine a rappelé ses principes, sans condamner la réforme.", []],
  ['de', 'Die Afrikanische Union rief zum Dialog auf, ohne die Reform zu verurteilen.', ['org:au cautious']],
  ['fr', "Sans attendre, Paris a condamné l'attaque.", ['country:FR opposed']],
  ['fr', 'Médecins sans frontières a dénoncé le blocus.', ['org:msf opposed']],
  ['fr', 'Moscou et Pékin ont fait bloc derrière Caracas.', ['country:CN supportive', 'country:RU supportive']],
  // a condition after a comma may open with its verb
  ['de', 'Japan sagte Hilfe zu, sollte die Regierung darum bitten.', []],
  ['de', 'Japan sagte Hilfe zu.', ['country:JP supportive']],
  // German capitalises nouns: only a lone name or an acronym after the kind is read
  ['de', 'Die Organisation Kalvo Nord kritisierte die Blockade.', []],
  // a word that only shares a listed word's stem is another word: a fair trial asked for is no prosecution
  ['es', 'Noruega pidió a Túnez garantizar un proceso justo.', ['country:NO cautious']],
  ['es', 'Noruega pidió sanciones contra Túnez.', ['country:NO opposed']],
  // "weist das zurück" rejects what was just said about the speaker: a denial; an article before a noun is no pronoun
  ['de', 'Menschenrechtler berichten von Misshandlungen in norwegischer Haft. Oslo weist das zurück.', []],
  ['de', 'Oslo wies dies entschieden zurück.', []],
  ['de', 'Oslo wies das Abkommen zurück.', ['country:NO opposed']],
  // a demand to undo the move opposes it, and outranks a warning about it, before or after it
  ['es', 'Noruega pidió revertir la suspensión del comercio.', ['country:NO opposed']],
  ['de', 'Norwegen forderte, die Entscheidung rückgängig zu machen.', ['country:NO opposed']],
  ['es', 'Noruega advirtió de pérdidas millonarias y pidió revertir la suspensión del comercio.', ['country:NO opposed']],
  ['es', 'Noruega pidió revertir la suspensión del comercio y advirtió de pérdidas millonarias.', ['country:NO opposed']],
  ['fr', "Reporters sans frontières s'inquiète pour les deux journalistes et demande leur libération immédiate.", ['org:reporters-without-borders opposed']],
  // experts sent are aid, as teams are
  ['fr', 'La Norvège a envoyé des experts en pollution chimique.', ['country:NO supportive']],
  ['ru', 'Норвегия направила группу специалистов по химическому загрязнению.', ['country:NO supportive']],
  ['it', 'La Norvegia ha inviato esperti di inquinamento chimico.', ['country:NO supportive']],
  // "despachar" sends aid when what it sends is aid; a judge who "despacha" a case sends nothing
  ['es', 'Noruega despachó un avión con socorristas y suministros.', ['country:NO supportive']],
  ['es', 'El juez despachó el caso de Noruega en una hora.', []],
  // the common verbs of handing out, delivering and providing aid; tents and blankets sent
  ['es', 'Noruega comenzó a repartir raciones en los albergues.', ['country:NO supportive']],
  ['it', 'La Norvegia ha consegnato tende e coperte.', ['country:NO supportive']],
  ['it', 'La Norvegia ha fornito generatori agli ospedali.', ['country:NO supportive']],
  ['de', 'Norwegen übergab Zelte und Decken.', ['country:NO supportive']],
  ['fr', 'La Norvège a envoyé des tentes et des couvertures.', ['country:NO supportive']],
  ['it', 'La Norvegia ha consegnato il premio al regista.', []],
  // aid after a possessive is a noun: cut, it is no help given; offered, its verb reads it; backing stays backing
  ['es', 'Noruega, que recortó su ayuda exterior el año pasado, no ha anunciado ninguna contribución.', []],
  ['es', 'Noruega suspendió su ayuda a la región.', []],
  ['es', 'Noruega ofreció su ayuda a Chile.', ['country:NO supportive']],
  ['es', 'Noruega expresó su respaldo a las nuevas autoridades.', ['country:NO supportive']],
  // a state's office refers back to the state that acted, not to one named after a preposition
  ['de', 'Norwegen zog seinen Botschafter aus Dublin ab. Außenminister Max Muster sprach von einem „Verbrechen“.', ['country:NO opposed']],
  ['es', 'Noruega retiró a su embajador en Irlanda. El ministro de Asuntos Exteriores, Juan Pérez, condenó el ataque.', ['country:NO opposed']],
  ['es', 'Noruega, que coopera con Irlanda en la pesca, pidió una investigación. El ministro de Asuntos Exteriores, Juan Pérez, llamó a la calma.', ['country:NO cautious']],
  // "opposto" after a noun is the adjective "opposite"; after "si è" it opposes
  ['it', 'Di segno opposto la versione della Norvegia.', []],
  ['it', 'La Norvegia si è opposta alla decisione.', ['country:NO opposed']],
  // a claim to land or waters is a standing territorial claim, no appeal; a claim for anything else stays one
  ['es', 'Noruega, que también reclama parte de las islas, indicó que estudia la decisión.', []],
  ['es', 'Noruega sigue reclamando las aguas que rodean la isla.', []],
  ['es', 'Noruega reclamó más medios de salvamento en el Mediterráneo.', ['country:NO cautious']],
  ['fr', 'La Norvège revendique toujours les eaux autour de l’île.', []],
  // recommending is an appeal; advice to one's own people judges no one, a demand to free them still does
  ['it', 'La Norvegia ha raccomandato alle parti di riprendere il dialogo.', ['country:NO cautious']],
  ['fr', 'La Norvège a recommandé aux deux pays de reprendre le dialogue.', ['country:NO cautious']],
  ['ru', 'МИД Норвегии рекомендовал норвежским туристам воздержаться от поездок в регион.', []],
  ['es', 'La embajada de Noruega pidió a su personal que no saliera de casa.', []],
  ['it', 'Il governo norvegese ha chiesto alla popolazione di restare a casa.', []],
  ['ru', 'Норвегия потребовала немедленно освободить своих граждан.', ['country:NO opposed']],
  // a party that denies its part goes on defending itself in the clauses after, until a new subject speaks
  ['fr', 'La Norvège a nié toute implication et accusé Dublin de « provocations ».', []],
  ['fr', "La Norvège a nié toute implication, tandis que l'Irlande a condamné l'attaque.", ['country:IE opposed']],
  ['es', 'Noruega negó que se tratara de un ataque y aseguró que sus soldados actuaron frente a pescadores que faenaban ilegalmente.', []],
  ['de', 'Norwegen bestritt jede Beteiligung und warf Dublin eine „Kampagne“ vor.', []],
  // a state or capital right after an organization, by a preposition of place, is where it sits: no state speaks
  ['fr', "Un chercheur de l'Institut Kalvo (IKV) de Dublin doute que l'accord tienne.", ['org:ikv skeptical']],
  ['de', 'Die Organisation Kalvo aus Dublin kritisierte die Entscheidung.', ['org:kalvo opposed']],
  // a verdict fronted before whose it is, in a verbless sentence: it stands over what the clause after it says
  ['it', 'Durissimo il Cile, che parla di «anni di indulgenza» e chiede sanzioni.', ['country:CL opposed']],
  ['it', "Contraria l'Irlanda, che teme ripercussioni.", ['country:IE opposed']],
  ['it', 'Netto il no della Norvegia, che parla di un errore.', ['country:NO opposed']],
  // Spanish fronts a verdict after a comparative and a copula: the adjective judges, over the relative clause after it.
  ['es', 'Más dura fue Noruega, que teme perder sus ingresos pesqueros.', ['country:NO opposed']],
  ['es', 'Más cauto fue México, que pidió calma.', ['country:MX cautious']],
  ['es', 'Para Noruega, el acuerdo es un precedente.', []],
  // "historic" as what a speaker calls the move praises it, in Italian and Spanish as in French and German; a record
  // low is no judgement.
  ['it', 'Il governo belga ha parlato di «giornata storica».', ['country:BE supportive']],
  ['es', 'Bélgica calificó el acuerdo de histórico.', ['country:BE supportive']],
  ['es', 'El peso belga cayó a un mínimo histórico.', []],
  // An unknown capitalised word opening the sentence before a perfect auxiliary is an organization, unless it is a
  // word of a known person's name.
  ['it', 'Legambiente ha chiesto di fermare il progetto.', ['org:legambiente cautious']],
  ['it', 'Abiy ha parlato di «giornata storica».', []],
  ['it', 'Dura la reazione di Dublino: per il governo è un errore.', ['country:IE opposed']],
  ['it', 'Favorevole la Norvegia.', ['country:NO supportive']],
  ['it', 'Dura la reazione dei mercati.', []],
  ["it", "Durissimo l'inverno in Norvegia.", []],
  ['it', 'Duro il colpo per la Norvegia, che perde il suo porto.', []],
  // … with an adverb after the opening word, or whose verdict it is named after a noun of people and "di"
  ['it', 'Contraria invece la Norvegia, che teme ripercussioni.', ['country:NO opposed']],
  ['it', 'Contrari anche gli ecologisti di Greenpeace, che temono per il fiordo.', ['org:greenpeace opposed']],
  ['it', 'Contrari gli abitanti del villaggio.', []],
  // "смысл" (sense) is no word of blame, whatever a dictionary gives for "hang"
  // nor "entscheidend" (decisive, for "critical"), which a decision shares its stem with
  ['de', 'Norwegen sprach von einer „Entscheidung des Volkes“.', []],
  ['ru', 'Венгрия приветствовала решение, назвав его «победой здравого смысла».', ['country:HU supportive']],
  ['es', 'Noruega donó plantas potabilizadoras.', ['country:NO supportive']],
  // the genitive of an office after whoever speaks for it is no object: the office's capital names its state
  ['de', 'Ein Sprecher des Außenministeriums in Tokio verurteilte den Angriff.', ['country:JP opposed']],
  ['de', 'Eine Sprecherin des Ministeriums in Tokio sagte, man habe den Bericht zur Kenntnis genommen.', ['country:JP neutral']],
  // an English name runs over its small words ("for a"), in any language
  ['de', 'Scharfe Kritik übte die Organisation Friends of the Lakes: Die Regierung habe versagt.', ['org:friends-of-the-lakes opposed']],
  ['es', 'La organización Citizens for a Cleaner River criticó el plan.', ['org:citizens-for-a-cleaner-river opposed']],
  ['it', "L'organizzazione Citizens for a Cleaner River ha criticato il piano.", ['org:citizens-for-a-cleaner-river opposed']],
  // a clause recalling an earlier event after a noun of time
  ['es', 'La crisis se suma a la de hace dos semanas, cuando Caracas acusó a Bogotá de proteger a la guerrilla.', []],
  ['ru', 'Отношения ухудшились с прошлой недели, когда Венесуэла обвинила Колумбию в укрывательстве повстанцев.', []],
  ['it', 'La tensione cresce da giorni, dopo che Caracas ha accusato Bogotà di proteggere i ribelli.', []],
  ['es', 'Caracas acusó a Bogotá de proteger a la guerrilla.', ['country:VE opposed']],
  // a response noun after a preposition is an act's motive
  ['es', 'El ataque, llevado a cabo en represalia por un bombardeo anterior, dejó diez muertos.', []],
  // an appositive naming an organization's kind: its demonym is no speaker, the name it describes is that organization
  ['es', 'La Asociación de Caficultores (ADC), una organización colombiana de productores, criticó el arancel.', ['org:adc opposed']],
  ['it', "Cafexport, l'associazione degli esportatori colombiani, ha criticato il dazio.", ['org:cafexport opposed']],
  ['it', "Il Perù, l'alleato più stretto di Lima, ha criticato il dazio.", ['country:PE opposed']],
  // a name opened by a capitalised kind may go on through "of" and lower-case nouns: its country does not speak
  ['it', 'La Federazione delle camere di commercio del Perù ha criticato il dazio.', []],
  // with the subject in an earlier clause, a demonym qualifying the object is no subject after the verb
  ['fr', "Le Chili et le Pérou ont, eux aussi, condamné la décision colombienne.", ['country:CL opposed', 'country:PE opposed']],
  ['fr', '« C\'est inacceptable », a dénoncé le Premier ministre péruvien.', ['country:PE opposed']],
  // German: a name in the genitive after a noun is no subject placed after the verb
  ['de', 'Scharf verurteilte das Vorgehen Kolumbiens auch Peru.', ['country:PE opposed']],
  // a place set off before the subject is where the subject spoke
  ['es', 'Desde Washington, la directora gerente del FMI, Kristalina Georgieva, criticó la decisión.', ['org:imf opposed']],
  // a name closed by a short name in parentheses that its initials do not spell is keyed by that short name
  ['fr', 'La Fédération des producteurs colombiens de café (Fedecafé) a dénoncé le droit de douane.', ['org:fedecafe opposed']],
  ['it', 'La Federazione delle camere di commercio del Perù (Fecap) ha criticato il dazio.', ['org:fecap opposed']],
  // a sentence opened by "earlier" reports what came before the event
  ['ru', 'Ранее Перу осудило рейд.', []],
  ['de', 'Zuvor hatte Peru den Angriff verurteilt.', []],
  ['ru', 'Перу осудило рейд.', ['country:PE opposed']],
  // a conjugated form with a short stem matches only as written ("радуется", not "радио")
  ['ru', 'Радио Перу сообщило о рейде.', []],
  ['ru', 'Перу радуется решению.', ['country:PE supportive']],
  // a German passive: its grammatical subject was addressed, whatever word of judgement the clause holds
  ['de', 'Die Außenministerin erklärte, Peru sei vor einer gefährlichen Eskalation gewarnt worden.', []],
  ['de', 'Die Entscheidung wurde von Chile scharf kritisiert.', ['country:CL opposed']],
  ['de', 'Chile sprach von einer gefährlichen Eskalation.', ['country:CL opposed']],
  // an organization that keeps its English name; a country's name inside it only describes it
  ['de', 'Das Peru Coffee Growers Committee kritisierte den Zoll scharf.', ['org:peru-coffee-growers-committee opposed']],
  ['es', 'La Andean Farmers Alliance for Fair Trade criticó el arancel.', ['org:andean-farmers-alliance-for-fair-trade opposed']],
  // a capitalised kind and capitalised words alone end where the capitals do: reported
  ['es', 'La Fundación Amanecer, una organización de inspiración católica, criticó el plan.', ['org:fundacion-amanecer opposed']],
  // "se garder de": refraining from a reaction is none
  ['fr', "Lima, proche alliée de Quito, s'est bien gardée de condamner le raid.", []],
  // a naming verb's quoted word judged by the opinion lexicon (AFINN-165 and Hu & Liu, translated by the dictionaries)
  ['de', 'Amnesty International sprach von einem „Verbrechen gegen die Menschlichkeit“.', ['org:amnesty-international opposed']],
  ['it', 'Madrid ha parlato di una scelta «coraggiosa».', ['country:ES supportive']],
  ['ru', 'Польша назвала решение «предательством».', ['country:PL opposed']],
  ['es', 'El Gobierno de Chile habló de una «traición».', ['country:CL opposed']],
  ['fr', "Ottawa a parlé d'une décision « irresponsable ».", ['country:CA opposed']],
  // the phrase up to its first preposition is what the speaker called it; within it blame outweighs praise
  ['it', 'Il Portogallo ha definito il decreto «una risposta coraggiosa alla corruzione».', ['country:PT supportive']],
  ['ru', 'Власти Руанды назвали решение «экономической войной».', ['country:RW opposed']],
  // a strike or boycott an actor calls is a protest (CAMEO 143); a strike with no actor before it is news
  ['de', 'Die Gewerkschaft Solidar rief zu einem Generalstreik gegen die Reform auf.', ['org:solidar opposed']],
  ['fr', 'Le syndicat Solidarité a appelé à une grève générale contre la réforme.', ['org:solidarite opposed']],
  ['es', 'El sindicato Solidaridad convocó una huelga general contra la reforma.', ['org:solidaridad opposed']],
  ['it', 'Il sindacato Solidarietà ha proclamato uno sciopero generale contro la riforma.', ['org:solidarieta opposed']],
  ['de', 'Ein Streik legte am Montag den Bahnverkehr lahm.', []],
  // a verb in the first person speaks for the quote's speaker: names after it in the quote are its objects
  ['ru', '«Призываем руководство ОБСЕ сохранять нейтралитет», — заявили в МИД России.', ['country:RU cautious']],
  ['it', '«Condanniamo la Russia», ha detto il ministro degli Esteri del Cile.', ['country:CL opposed']],
  ['es', '«Condenamos a Rusia», dijo el canciller de Chile.', ['country:CL opposed']],
  // a longer word keeps the cue's letters, umlauts and accents included: "verlängert" (extended) is no "verlangen" (demand)
  ['de', 'Die EU hat ihre Sanktionen gegen Russland verlängert.', []],
  ['de', 'Polen verlangte eine Untersuchung.', ['country:PL cautious']],
  // a verb joined to a reaction continues its subject, set off before it, not a demonym in its object
  ['es', 'Turquía, por su parte, condenó los ataques israelíes y pidió a la comunidad internacional actuar de inmediato.', ['country:TR opposed']],
  ['it', 'La Turchia, da parte sua, ha condannato gli attacchi israeliani e ha chiesto un intervento immediato.', ['country:TR opposed']],
  ['fr', 'La Turquie, de son côté, a condamné les frappes israéliennes et a demandé une réaction immédiate.', ['country:TR opposed']],
  // not without a naming verb, not the unquoted thing named, not what a speaker calls the charges against it
  ['fr', 'Le Canada vit une crise « dramatique ».', []],
  ['it', "Il Cile ha definito l'accordo una tappa.", []],
  ['it', 'Il Ruanda parla di accuse «prive di fondamento».', []],
  ['ru', 'В Кигали обвинения назвали «беспочвенными».', []],
  // what relief is sent in and goods by the tonne are aid, as teams and money are; "Reis" is aid only when sent
  ['de', 'Dänemark und Norwegen schickten Spezialschiffe zur Ölbekämpfung.', ['country:DK supportive', 'country:NO supportive']],
  ['fr', 'Oslo a dépêché un navire antipollution.', ['country:NO supportive']],
  ['ru', 'Норвегия направила в район аварии спасательное судно.', ['country:NO supportive']],
  ['it', 'Il Giappone ha inviato due elicotteri e medici.', ['country:JP supportive']],
  ['de', 'Indien kündigte die Lieferung von 3000 Tonnen Weizen an.', ['country:IN supportive']],
  ['ru', 'Индия пообещала направить в Судан 3 тыс. тонн пшеницы.', ['country:IN supportive']],
  ['es', 'Corea del Sur comprometió 5 millones de dólares.', ['country:KR supportive']],
  ['de', 'Indien kündigte Reformen an.', []],
  ['de', 'Indien exportiert Reis nach Afrika.', []],
  // a verb of helping written as the aid noun after an article, a preposition or another verb is the noun: no help given
  ['es', 'Eritrea negó obstaculizar la ayuda.', []],
  ['it', "L'Eritrea ha negato di ostacolare gli aiuti.", []],
  ['es', 'España ayuda a Somalia.', ['country:ES supportive']],
  ['it', "L'Italia aiuta la Somalia.", ['country:IT supportive']],
  // the UN's specialized agencies speak for the UN, as its programmes do, in every language's name for them
  ['fr', "L'Organisation maritime internationale a appelé les États du pavillon à renforcer les contrôles.", ['org:un cautious']],
  ['es', 'La Organización Mundial de la Salud condenó el ataque contra el hospital.', ['org:un opposed']],
  ['ru', 'Международная организация гражданской авиации осудила уничтожение самолёта.', ['org:un opposed']],
  ['de', 'Das Welternährungsprogramm rief die Geber zu schneller Hilfe auf.', ['org:un cautious']],
  // an acronym written with only its first letter capital closes the name it spells, a demonym in that name no speaker
  ['it', 'La Unión Nacional Agraria (Una) ha proclamato uno sciopero generale contro la riforma.', ['org:una opposed']],
  ['es', 'La Federación Obrera Peruana (Fop) convocó una huelga general contra la reforma.', ['org:fop opposed']],
  // a known organization's description is its own: the demonym in it is no state speaking
  ['es', 'La ONG británica Oxfam criticó la medida.', ['org:oxfam opposed']],
  ['fr', "L'ONG britannique Oxfam a critiqué la mesure.", ['org:oxfam opposed']],
  // a preposition before a comma governs no name listed after it
  ['de', 'Dänemark schickte Schiffe zur Ölbekämpfung, Polen und Litauen boten Hilfe an.', ['country:DK supportive', 'country:LT supportive', 'country:PL supportive']],
  // a place set off by "depuis" is where the subject spoke, across an article and before an appositive
  ['fr', 'Depuis Le Caire, le secrétaire général de la Ligue arabe a exhorté les États membres à agir.', ['org:arab-league cautious']],
  ['fr', 'Depuis Le Caire, le secrétaire général de la Ligue arabe, Karim Nour, a exhorté les parties à agir.', ['org:arab-league cautious']],
  // donors listed after an aid verb written once give as the first did; a donor with a verb of its own does not
  ['es', 'Corea del Sur comprometió 10 millones de dólares, y Noruega 6 millones de euros.', ['country:KR supportive', 'country:NO supportive']],
  ['it', 'La Corea del Sud ha stanziato 10 milioni di dollari e la Norvegia 6 milioni di euro.', ['country:KR supportive', 'country:NO supportive']],
  ['ru', 'Норвегия выделила 10 млн долларов, Дания 6 млн евро.', ['country:DK supportive', 'country:NO supportive']],
  ['es', 'Corea del Sur comprometió 10 millones de dólares y Noruega criticó el plan.', ['country:KR supportive', 'country:NO opposed']],
  // a reflexive impersonal verb ("-лись") opens an impersonal clause as "-ли" does; what one would comment on is no reaction
  ['ru', 'В Минске отказались комментировать протесты.', []],
  ['ru', 'В Минске отказались комментировать протесты, а в Вильнюсе их поддержали.', ['country:LT supportive']],
  // a charge right before its verb of rejecting makes a denial, as one after it does
  ['ru', 'В Минске эти обвинения отвергли.', []],
  ['ru', 'В Минске соглашение отвергли.', ['country:BY opposed']],
  // an organization placed right after an impersonal verb is its speaker, as a capital is
  ['ru', 'Решение Вильнюса поддержали в НАТО.', ['org:nato supportive']],
  // so is a state or an organization in an oblique case, and the next of a list it opens
  ['ru', 'Нападение осудили в Евросоюзе.', ['org:eu opposed']],
  ['ru', 'Нападение осудили в Ирландии и Норвегии.', ['country:IE opposed', 'country:NO opposed']],
  ['ru', 'Нападение произошло в Ирландии.', []],
  // a verb of describing oneself introduces the speaker's quoted word, which keeps its own stance
  ['fr', "L'Irlande s'est dite « profondément choquée ».", ['country:IE opposed']],
  ['de', 'Irland zeigte sich „zutiefst bestürzt“.', ['country:IE opposed']],
  ['es', 'Irlanda se mostró «consternada».', ['country:IE opposed']],
  ['de', 'Irland zeigte sich „tief besorgt“.', ['country:IE cautious']],
  ['de', 'Irland zeigte sich skeptisch.', ['country:IE skeptical']],
  ['fr', 'Le rapport se dit « choquant » pour les familles.', []],
  // the noun of restraint, not the participle of holding that shares its stem
  ['fr', 'Les marins irlandais sont retenus à bord.', []],
  ['fr', "L'Irlande a appelé les parties à la retenue.", ['country:IE cautious']],
  // a clause after a year and a temporal subordinator, or a sentence opened by an earlier year, recalls what happened then
  ['fr', "La mission est déployée depuis 2017, lorsque l'Irlande avait condamné le putsch.", []],
  ['es', 'La misión está desplegada desde 2017, cuando Irlanda condenó el golpe.', []],
  ['fr', "Déjà en 2019, l'Irlande avait condamné les représailles.", []],
  ['de', 'Bereits im Jahr 2019, nach dem Angriff, hatte Irland die Vergeltung verurteilt.', []],
  ['fr', "En 2026, l'Irlande a condamné les représailles.", ['country:IE opposed']],
  ['fr', "L'Irlande a condamné les représailles de 2019.", ['country:IE opposed']],
  // a phrase of time after the sentence's own clause recalls an earlier event to the sentence's end; opening it, it only dates
  ['fr', "Le sommet s'ouvre trois jours après l'arraisonnement d'un chalutier, un incident que Dublin a jugé « inacceptable ».", []],
  ['es', 'La cumbre llega dos semanas después de que la marina detuviera a seis pescadores, un hecho que Irlanda condenó con dureza.', []],
  ['es', 'La cumbre llega dos semanas después de la detención de seis pescadores, que Irlanda condenó con dureza.', []],
  ['ru', 'Саммит открылся через неделю после задержания рыбаков: Ирландия назвала его «недопустимым».', []],
  ['de', 'Der Gipfel beginnt drei Tage nach der Festnahme der Fischer, die Irland scharf verurteilte.', []],
  ['it', "Il vertice si apre due settimane dopo il sequestro del peschereccio, che l'Irlanda ha condannato.", []],
  ['fr', "Trois jours après l'arraisonnement, l'Irlande a condamné l'incident.", ['country:IE opposed']],
  ['es', 'Dos semanas después de la detención, Irlanda condenó el hecho.', ['country:IE opposed']],
  ['it', "L'Osce, presieduta quest'anno dall'Irlanda, ha invitato le parti alla moderazione.", ['org:osce cautious']],
  // bar associations, bishops' conferences, unions and communities are kinds of organization: their state does not speak
  ['it', 'La Conferenza episcopale cilena ha criticato il governo.', []],
  ['it', 'Dopo il voto la Conferenza episcopale del Cile ha invitato i fedeli alla calma.', []],
  ['fr', "L'Union des journalistes irlandais (NUJ) a dénoncé les arrestations.", ['org:nuj opposed']],
  ['es', 'El Colegio de Abogados de Chile criticó la reforma.', []],
  // a participle after an article is a noun ("los acusados"), no verb of accusing
  ['es', 'La ONU pidió que se garantice a los acusados un juicio justo.', ['org:un cautious']],
  ['it', "L'Onu ha chiesto un processo equo per gli accusati.", ['org:un cautious']],
  // a government's noun naming no state refers back; a demonym after the verb is its object's
  ['es', 'Irlanda condenó la intentona. El Ministerio de Asuntos Exteriores expresó su apoyo a las instituciones chilenas.', ['country:IE opposed', 'country:IE supportive']],
  ['it', "L'Irlanda ha condannato il golpe. Il governo ha espresso sostegno alle istituzioni cilene.", ['country:IE opposed', 'country:IE supportive']],
  // a pronoun's clause passes on the subject it refers to, not a name in its object, to a verb joined to it
  ['de', 'Der irische Außenminister äußerte Sorge. Er rief Chile auf, die Gefangenen freizulassen, und mahnte alle Seiten zur Zurückhaltung.', ['country:IE cautious']],
  // a word inside the infinitive clause that closes a call is what was asked for
  ['de', 'Irland rief Chile auf, das Recht auf friedlichen Protest zu achten.', ['country:IE cautious']],
  // a hope for stability, calm or dialogue asks the parties to hold back: cautious; a hope for anything else supports
  ['ru', 'Ирландия выразила надежду на скорейшее восстановление стабильности.', ['country:IE cautious']],
  ['ru', 'Ирландия выразила надежду на скорейшее подписание соглашения.', ['country:IE supportive']],
  ['fr', "L'Irlande a exprimé l'espoir d'un retour rapide au calme.", ['country:IE cautious']],
  ['de', 'Irland hofft auf eine rasche Rückkehr zur Stabilität.', ['country:IE cautious']],
  ['es', 'Irlanda expresó su esperanza de que las partes resuelvan sus diferencias mediante el diálogo.', ['country:IE cautious']],
  ['it', "L'Irlanda ha espresso la speranza di un rapido ritorno alla stabilità.", ['country:IE cautious']],
  // what a speaker calls worrying is alarm, cautious; what it calls criminal is blame
  ['it', 'Il governo irlandese ha definito «estremamente preoccupante» la situazione.', ['country:IE cautious']],
  ['ru', 'Ирландия назвала ситуацию «тревожной».', ['country:IE cautious']],
  ['de', 'Irland nannte die Lage „besorgniserregend“.', ['country:IE cautious']],
  ['fr', "L'Irlande a qualifié la situation de « préoccupante ».", ['country:IE cautious']],
  ['it', 'Il governo irlandese ha definito «criminale» il blocco.', ['country:IE opposed']],
  // a place named before a relative "where" is whose speaker talks in the clause it opens
  ['fr', "Même ton à l'OTAN, où le porte-parole a mis en garde contre toute escalade.", ['org:nato cautious']],
  ['it', 'Preoccupazione anche a Dublino, dove il portavoce del governo ha definito «preoccupante» la situazione.', ['country:IE cautious']],
  ['fr', "Les marins sont retenus à l'OTAN, où ils attendent.", []],
  // what a naming verb's quoted word is said of is the thing named, no cue of its own
  ['it', 'Il governo irlandese ha definito «preoccupante» qualsiasi minaccia alla navigazione.', ['country:IE cautious']],
  // defending another's right or move is backing it (CAMEO 052), as in English
  ['it', "La portavoce della diplomazia irlandese ha difeso «il diritto sovrano del Cile».", ['country:IE supportive']],
  ['es', 'Irlanda defendió el derecho soberano de Chile.', ['country:IE supportive']],
  ['ru', 'Ирландия отстаивает право Чили на защиту.', ['country:IE supportive']],
  ['ru', 'Больницы находятся под защитой международного права, напомнила Ирландия.', []],
  // a verb joined by "and" continues the subject before it; a name after it is its object
  ['ru', 'Ирландия осудила нападение и призвала Чили к сдержанности.', ['country:IE opposed']],
  ['fr', "L'Irlande a condamné l'attaque et assuré le Chili de sa pleine solidarité.", ['country:IE opposed']],
  ['fr', "L'Irlande a condamné l'attaque et le Chili a salué la riposte.", ['country:CL supportive', 'country:IE opposed']],
  // a name with diacritics is no English demonym ("Türk" is no "Turk")
  ['de', 'Der Uno-Menschenrechtskommissar, Volker Türk, verurteilte die Hinrichtung.', ['org:un opposed']],
  ['es', 'El alto comisionado de la ONU para los Derechos Humanos, Volker Türk, condenó la ejecución.', ['org:un opposed']],
  // the past perfect of the speaker's own verb dates the reaction before the event, as "had condemned" does
  ['de', 'Irland hatte vor zwei Wochen die Blockade des Hafens scharf verurteilt.', []],
  ['de', 'Irland hat die Blockade des Hafens scharf verurteilt.', ['country:IE opposed']],
  ['fr', "L'Irlande avait condamné le blocus du port.", []],
  ['es', 'Irlanda había condenado el bloqueo del puerto.', []],
  ['it', "L'Irlanda aveva condannato il blocco del porto.", []],
  ['it', "Il patto aveva allarmato l'Irlanda.", []],
  ['fr', "L'Irlande a rappelé qu'elle avait condamné le blocus, puis a salué l'accord.", ['country:IE supportive']],
  // the forms of French "-dre" verbs, whose infinitive the stemmer keeps its "r" for
  ['fr', "L'Irlande a défendu le droit souverain du Chili.", ['country:IE supportive']],
  ['fr', "L'Irlande défend le droit du Chili à choisir ses partenaires.", ['country:IE supportive']],
  // a cue's present participle opening a clause after a comma continues the subject of the clause before
  ['fr', "L'Irlande a emboîté le pas, qualifiant le blocus de « crime odieux ».", ['country:IE opposed']],
  ['es', 'Irlanda se sumó, calificando el bloqueo de «crimen odioso».', ['country:IE opposed']],
  ['it', "L'Irlanda si è accodata, definendo il blocco «un crimine odioso».", ['country:IE opposed']],
  ['fr', 'Les opposants au blocus ont défilé.', []],
  // a reaction noun's source after a passive of expressing and an adverb ("è stata espressa anche da …")
  ['it', 'Preoccupazione è stata espressa anche da Dublino e Lisbona.', ['country:IE cautious', 'country:PT cautious']],
  ['fr', "Une vive inquiétude a été exprimée aussi par Dublin.", ['country:IE cautious']],
  // Russian leaves the present copula unwritten after "это": the quoted word after it is the predicate
  ['ru', '«Это подлый обман», — заявили в правительстве Ирландии.', ['country:IE opposed']],
  ['ru', '«Это чудовищное преступление», — заявил глава МИД Ирландии.', ['country:IE opposed']],
  ['ru', 'Это решение Ирландия приняла без консультаций.', []],
  // alarm expressed is caution; a hope for order restored asks the parties to hold back, as one for calm does
  ['ru', 'Ирландия выразила тревогу в связи с блокадой.', ['country:IE cautious']],
  ['ru', 'Ирландия выразила надежду на восстановление порядка.', ['country:IE cautious']],
  ['fr', "L'Irlande a exprimé l'espoir d'un prompt retour à l'ordre.", ['country:IE cautious']],
  ['es', 'Irlanda expresó su esperanza de que se restablezca el orden.', ['country:IE cautious']],
  ['de', 'Irland hoffte auf eine rasche Wiederherstellung der Ordnung.', ['country:IE cautious']],
  // the aid noun after a preposition joined to an article is what an appeal asks to let through, not aid given
  ['it', "L'Irlanda ha invitato Roma a garantire il passaggio degli aiuti umanitari.", ['country:IE cautious']],
  ['es', 'Irlanda pidió facilitar la llegada de la ayuda humanitaria.', ['country:IE cautious']],
  ['it', "L'Irlanda ha inviato aiuti umanitari.", ['country:IE supportive']],
  // a warning's condition after it is part of what it warns of, as in English ("warned of a famine if …")
  ['de', 'Irland warnte vor einer Hungerkatastrophe, sollte der Hafen länger geschlossen bleiben.', ['country:IE cautious']],
  ['de', 'Irland warnte vor einer Hungerkatastrophe, falls der Hafen geschlossen bleibt.', ['country:IE cautious']],
  ['de', 'Irland würde helfen, sollte der Hafen geschlossen bleiben.', []],
  ['fr', "L'Irlande enverrait de l'aide si le port restait fermé.", []],
  // forceful verbs of saying attribute the quote before them ("ha tuonato", "a lâché", "konterte")
  ['it', '«È un crimine», ha tuonato il premier irlandese Conor Byrne.', ['country:IE opposed']],
  ['fr', "« C'est inacceptable », a lâché le Premier ministre irlandais.", ['country:IE opposed']],
  ['de', '„Das ist inakzeptabel“, konterte der irische Außenminister Conor Byrne.', ['country:IE opposed']],
  // a welcome, a contrast, then criticism by the same speaker: a mixed verdict, cautious; a new subject after the
  // contrast keeps both stances
  ['es', 'Irlanda celebró el acuerdo pero lamentó la demora.', ['country:IE cautious']],
  ['fr', "L'Irlande a salué l'accord mais a regretté le retard.", ['country:IE cautious']],
  ['fr', "L'Irlande a salué l'accord, mais la Russie a condamné le retard.", ['country:IE supportive', 'country:RU opposed']],
  // an appeal for sanctions or punishment opposes the move; one for restraint first, or one that the sanctions spare
  // civilians, stays a call for caution
  ['es', 'Irlanda pidió sanciones contra los mandos responsables.', ['country:IE opposed']],
  ['de', 'Irland forderte Sanktionen gegen die Verantwortlichen.', ['country:IE opposed']],
  ['ru', 'Ирландия призвала ввести санкции против командиров.', ['country:IE opposed']],
  ['ru', 'Ирландия призвала к сдержанности, указав, что санкции наказывают население.', ['country:IE cautious']],
  ['it', "L'Irlanda ha chiesto che le sanzioni non colpiscano i civili.", ['country:IE cautious']],
  // "s'interroger sur" doubts; an organization's name that opens with a word of its own keeps a country's name inside it
  ['fr', "L'Irlande s'interroge sur les conditions du prêt.", ['country:IE skeptical']],
  ['fr', "L'ONG Transparency Solomon Islands s'interroge sur les conditions du prêt.", ['org:transparency-solomon-islands skeptical']],
  ['fr', "L'ONG Justice Ireland a dénoncé le prêt.", ['org:justice-ireland opposed']],
  // an adverb of addition the stopword list leaves out stands between a verb and the names it places
  ['ru', 'Поздравления поступили также из Дублина и Лиссабона.', ['country:IE supportive', 'country:PT supportive']],
  ['ru', 'С осуждением выступили также в Ирландии и Португалии.', ['country:IE opposed', 'country:PT opposed']],
  // a German name opened by a capitalised adjective holds the country in the genitive after its kind
  ['de', 'Die Demokratische Partei Irlands kritisierte die Regierung.', []],
  ['de', 'Die oppositionelle Grüne Partei der Färöer warf der Regierung Verrat vor.', []],
  // a state's office with no state named refers back to the last state named, by its own verb, not a quote's
  ['fr', "L'Irlande a réagi dans la soirée. Le ministre des Affaires étrangères, Conor Byrne, a dénoncé une « guerre économique ».", ['country:IE opposed']],
  ['es', 'Irlanda reaccionó por la noche. El ministro de Exteriores, Conor Byrne, condenó el bloqueo.', ['country:IE opposed']],
  ['it', "L'Irlanda ha approvato la riforma. Il presidente ha detto: «Il popolo me lo chiede».", []],
  // idioms of a mixed verdict: cautious
  ['de', 'Irland zog eine gemischte Bilanz der Reform.', ['country:IE cautious']],
  ['fr', "L'Irlande a dressé un bilan mitigé de la réforme.", ['country:IE cautious']],
  ['it', "L'Irlanda ha espresso un giudizio misto sulla riforma.", ['country:IE cautious']],
  // who leads the group the clause is about speaks for it ("во главе с", as "OSCE-led" in English)
  ['ru', 'Миссия наблюдателей во главе с ОБСЕ раскритиковала выборы.', ['org:osce opposed']],
  ['ru', 'Ирландия раскритиковала переговоры с ОБСЕ.', ['country:IE opposed']],
  // "null and void", the verdict of law on a move, is opposition in every language
  ['de', 'Irland nannte den Vertrag „null und nichtig“.', ['country:IE opposed']],
  ['fr', "L'Irlande a jugé le traité « nul et non avenu ».", ['country:IE opposed']],
  ['es', 'Irlanda declaró el tratado «nulo y sin efecto».', ['country:IE opposed']],
  ['it', "L'Irlanda ha definito il trattato «nullo e privo di effetti».", ['country:IE opposed']],
  ['ru', 'В Дублине договор назвали «юридически ничтожным».', ['country:IE opposed']],
  // relief goods and services sent, handed over or set up after a disaster are aid
  ['fr', "Le barrage a cédé. L'Irlande distribue des rations aux familles.", ['country:IE supportive']],
  ['es', 'La presa cedió. Irlanda desplegó dos clínicas móviles en la zona.', ['country:IE supportive']],
  ['es', 'La presa cedió. Irlanda y Noruega mandaron aviones con equipos de rescate.', ['country:IE supportive', 'country:NO supportive']],
  ['ru', 'Плотина прорвалась. Ирландия передала пострадавшим палатки и генераторы.', ['country:IE supportive']],
  ['de', 'Der Damm brach. Irland verteilte Rationen an die Familien.', ['country:IE supportive']],
  ['it', "La diga ha ceduto. L'Irlanda ha inviato generatori e coperte.", ['country:IE supportive']],
  // an emergency appeal or a fundraising drive raises aid: no call for restraint
  ['fr', "Le barrage a cédé. La Croix-Rouge a lancé un appel d'urgence.", ['org:icrc supportive']],
  ['de', 'Der Damm brach. Das Rote Kreuz startete einen Spendenaufruf.', ['org:icrc supportive']],
  ['es', 'La presa cedió. Irlanda lanzó un llamamiento de emergencia.', ['country:IE supportive']],
  ['it', 'La diga ha ceduto. La Croce Rossa ha aperto una raccolta fondi.', ['org:icrc supportive']],
  ['ru', 'Плотина прорвалась. Красный Крест объявил экстренный сбор средств.', ['org:icrc supportive']],
  // a German demonym before an organization's kind describes it; an observatory is an organization's kind
  ['de', 'Der Damm brach. Die irische Umweltgruppe Grünwacht kritisierte die Behörden.', ['org:grunwacht opposed']],
  ['it', "Il tribunale ha annullato il voto. L'osservatorio elettorale Vigilia ha criticato la sentenza.", ['org:vigilia opposed']],
  ['fr', "Le tribunal a annulé le vote. L'observatoire électoral Vigilia a dénoncé l'arrêt.", ['org:vigilia opposed']],
  // German: a name or a government after an article of the dative or accusative is whom the speaker addresses
  ['de', 'Das Gericht annullierte die Wahl. Irland warf den USA Heuchelei vor.', ['country:IE opposed']],
  ['de', 'Das Gericht annullierte die Wahl. Die Sprecherin warf der Führung in Dublin Wahlbetrug vor.', []],
  ['de', 'Das Gericht annullierte die Wahl. Die Regierung in Dublin kritisierte das Urteil.', ['country:IE opposed']],
  // recalling an ambassador reduces relations (CAMEO 161); recalling a fact is no reaction
  ['de', 'Russland erkannte die Region an. Irland rief seinen Botschafter aus Moskau zurück.', ['country:IE opposed']],
  ['de', 'Russland erkannte die Region an. Irland hat seinen Botschafter zurückgerufen.', ['country:IE opposed']],
  ['fr', "La Russie a reconnu la région. L'Irlande a rappelé son ambassadeur à Moscou.", ['country:IE opposed']],
  ['fr', "La Russie a reconnu la région. L'Irlande a rappelé que la région lui appartient.", []],
  ['es', 'Rusia reconoció la región. Irlanda llamó a consultas a su embajador en Moscú.', ['country:IE opposed']],
  ['it', "La Russia ha riconosciuto la regione. L'Irlanda ha richiamato il suo ambasciatore a Mosca.", ['country:IE opposed']],
  ['ru', 'Россия признала регион. Ирландия отозвала своего посла из Москвы.', ['country:IE opposed']],
  ['ru', 'Россия признала регион. На решение отозвался представитель МИД Ирландии.', []],
  // Russian writes "на" before some countries' names where it writes "в" before others'; a list after an impersonal
  // verb goes on past a comma and a repeated preposition
  ['ru', 'Россия признала регион. Решение осудили на Кубе.', ['country:CU opposed']],
  ['ru', 'Россия признала регион. С осуждением выступили в Евросоюзе, НАТО и на Кубе.', ['country:CU opposed', 'org:eu opposed', 'org:nato opposed']],
  // what a speaker calls interference it opposes, whatever good word the interference is in
  ['es', 'El tribunal anuló la elección. Dublín tachó el fallo de «injerencia en la voluntad popular».', ['country:IE opposed']],
  ['de', 'Das Gericht annullierte die Wahl. Dublin nannte das Urteil eine „Einmischung in den Volkswillen“.', ['country:IE opposed']],
  ['ru', 'Суд отменил выборы. В Дублине решение назвали «вмешательством во внутренние дела».', ['country:IE opposed']],
  // what a call's "that"-clause asks for is the call, not the caller's praise
  ['es', 'El tribunal anuló la elección. Irlanda pidió que la nueva votación se celebre con todas las garantías.', ['country:IE cautious']],
  ['it', "Il tribunale ha annullato il voto. L'Irlanda ha chiesto che il nuovo voto sia celebrato con tutte le garanzie.", ['country:IE cautious']],
  // German: what stands between a separable call and its particle is what it asks for
  ['de', 'Russland erkannte die Region an. Irland rief zu Dialog und zur Achtung der Grenzen auf.', ['country:IE cautious']],
  // a charge a speaker levels by naming the move opposes it; the same noun reporting the act does not
  ['ru', 'Иран захватил танкер. Госдепартамент США назвал действия Тегерана «пиратством».', ['country:US opposed']],
  ['es', 'Rusia reconoció la región. Irlanda habló de una «anexión».', ['country:IE opposed']],
  ['de', 'Russland erkannte die Region an. Die Annexion der Krim liegt zwölf Jahre zurück.', []],
  // a modal is told by its accents: "seria" (serious) is no "sería" (would be), "wurde" no "würde"
  ['es', 'El barco fue atacado. Irlanda expresó su seria preocupación.', ['country:IE cautious']],
  ['es', 'El barco fue atacado. Irlanda sería partidaria de condenar el ataque.', []],
  ['de', 'Das Schiff wurde angegriffen. Irland würde eine Untersuchung begrüßen.', []],
  // an acronym no one knows, opening its sentence, is an organization speaking; a news source or a prefix is not
  ['es', 'Irán capturó el buque. La patronal naviera KORVA advirtió de que cada incautación encarece los seguros.', ['org:korva cautious']],
  ['fr', "L'Iran a saisi le navire. La KORVA a dénoncé la saisie.", ['org:korva opposed']],
  ['es', 'Irán capturó el buque. Según la agencia KORVA, el tribunal ordenó retener el buque.', []],
  // Spanish "alertar" warns as "advertir" does
  ['es', 'Irán capturó el buque. Irlanda alertó sobre el riesgo de una escalada.', ['country:IE cautious']],
  // a short aid object matches as written ("agua" stems to too little); a dateline in capitals is no acronym
  ['es', 'La presa cedió. Irlanda envió agua y arroz.', ['country:IE supportive']],
  ['fr', "Le barrage a cédé. L'Irlande a envoyé de l'eau.", ['country:IE supportive']],
  ['es', 'TALLIN, 3 mar (EDA) – Un petrolero que transportaba agua sufrió una avería.', []],
  ['de', 'Der Senat verabschiedete das Gesetz. Irland nannte die Abstimmung einen „Staatsstreich“.', ['country:IE opposed']],
  // the government a relative possessive gives a name speaks for that name's state
  ['de', 'Die Grenze wurde geschlossen. Rückendeckung kam aus Irland, dessen Regierung die Entscheidung lobte.', ['country:IE supportive']],
  ['es', 'La frontera fue cerrada. El apoyo llegó de Irlanda, cuyo gobierno elogió la decisión.', ['country:IE supportive']],
  // a closing comparison gives the names after it the clause's stance
  ['fr', "La Chine a attaqué le navire. L'Irlande a salué une décision conforme au droit, tout comme la Norvège.", ['country:IE supportive', 'country:NO supportive']],
  ['de', 'China griff das Schiff an. Irland verurteilte den Angriff, wie auch Norwegen.', ['country:IE opposed', 'country:NO opposed']],
  ['ru', 'Китай атаковал судно. Решение осудили в Дублине, как и в Осло.', ['country:IE opposed', 'country:NO opposed']],
  // a capital a subject relative follows speaks itself
  ['fr', 'La Chine a attaqué le navire. Même inquiétude à Dublin, qui a appelé à la retenue.', ['country:IE cautious']],
  ['it', 'La Cina ha attaccato la nave. Preoccupazione anche a Dublino, che chiede di conoscere il testo.', ['country:IE cautious']],
  ['es', 'China atacó el buque. Preocupación también en Dublín, que pidió moderación.', ['country:IE cautious']],
  // a congratulatory telegram sent is a congratulation
  ['de', 'Vučić gewann die Wahl. Irlands Präsident schickte ein Glückwunschtelegramm.', ['country:IE supportive']],
  ['ru', 'Вучич победил на выборах. Президент Ирландии направил Вучичу поздравительную телеграмму.', ['country:IE supportive']],
  // sounding the alarm and fearing what a move brings are concern, cautious
  ['de', 'Die Hungersnot wurde erklärt. Irland schlug Alarm: Ohne Geld müssten die Rationen halbiert werden.', ['country:IE cautious']],
  ['de', 'Der Tanker leckte. Der Naturschutzbund Grünwacht befürchtet ein Massensterben von Eisenten.', ['org:grunwacht cautious']],
  ['it', 'La Cina ha approvato le trivellazioni. L\'Irlanda teme che le navi cinesi arrivino nella zona.', ['country:IE cautious']],
  // asking for help is a request by who needs it, no reaction; offering it supports ("aiuto" is the noun, "aiutò" the verb)
  ['it', 'Il ciclone ha colpito la costa. L\'Irlanda ha chiesto aiuto a tutti i Paesi amici.', []],
  ['it', 'Il ciclone ha colpito la costa. La Norvegia ha offerto aiuto all\'Irlanda.', ['country:NO supportive']],
  ['fr', "Le cyclone a frappé la côte. L'Irlande a demandé l'aide internationale.", []],
  ['es', 'El ciclón azotó la costa. Irlanda pidió ayuda internacional urgente.', []],
  // a clause opened by its verb while a subject waits is that subject's, and so is a verb joined to it
  ['de', 'China griff das Schiff an. Irland hingegen stellte sich klar an die Seite Norwegens und verurteilte den Angriff.', ['country:IE opposed']],
  // an offer of mediation calls for caution; an offer of money or help supports
  ['de', 'Die Truppen stießen an der Grenze zusammen. Irland bot sich als Vermittler an.', ['country:IE cautious']],
  ['es', 'Las tropas chocaron en la frontera. Irlanda se ofreció como mediadora.', ['country:IE cautious']],
  ['fr', "Les troupes se sont affrontées à la frontière. L'Irlande a offert ses bons offices.", ['country:IE cautious']],
  ['fr', "Le cyclone a frappé la côte. L'Irlande a offert 2 millions d'euros.", ['country:IE supportive']],
  ['it', "Le truppe si sono scontrate al confine. L'Irlanda si è offerta come mediatrice.", ['country:IE cautious']],
  ['ru', 'Войска столкнулись на границе. Ирландия предложила своё посредничество.', ['country:IE cautious']],
  // an adjective of unlawfulness after its noun qualifies it; called so, or after a copula, it judges
  ['es', 'Las tropas chocaron en la frontera. Irlanda aseguró que sus soldados perseguían a pescadores ilegales.', []],
  ['es', 'Las tropas cruzaron la frontera. Irlanda calificó de ilegal la incursión.', ['country:IE opposed']],
  ['fr', "Les troupes ont franchi la frontière. L'Irlande a promis une lutte sans merci contre la pêche illégale.", []],
  ['fr', "Les troupes ont franchi la frontière. Pour l'Irlande, l'incursion est illégale.", ['country:IE opposed']],
  ['it', "Le truppe hanno varcato il confine. L'Irlanda dice che i suoi soldati inseguivano dei pescatori illegali.", []],
  // a verb of supporting before a "that"-clause claims
  ['it', "Le truppe hanno varcato il confine. L'Irlanda sostiene che i suoi soldati non hanno mai lasciato il paese.", []],
  ['fr', "Les troupes ont franchi la frontière. L'Irlande soutient que ses soldats sont restés chez eux.", []],
  ['it', "Il governo ha firmato l'accordo. L'Irlanda sostiene la decisione.", ['country:IE supportive']],
  // a name after an elided "di" is whose the kind is, not its name
  ['it', "Il governo è caduto. Dall'Italia, dove vive una delle maggiori comunità straniere d'Europa, il ministro degli Esteri Antonio Tajani ha chiesto che le elezioni si tengano presto.", ['country:IT cautious']],
  // a similar appeal in Russian's instrumental
  ['ru', 'Войска столкнулись на границе. Норвегия призвала стороны к сдержанности. С похожим призывом выступила и Ирландия.', ['country:IE cautious', 'country:NO cautious']],
  // "without" a few words before the cue
  ['fr', "Le cyclone a frappé la côte. L'Irlande a fait savoir qu'elle suivait la situation sans se prononcer sur une aide.", []],
  // money contributed is aid; a contribution of views is not
  ['es', 'El ciclón azotó la costa. Irlanda aportó 1,5 millones de euros.', ['country:IE supportive']],
  ['es', 'El Gobierno presentó su plan. Irlanda aportó su visión del problema.', []],
  // a kind written with its accent ("Federación") opens a name as the unaccented list has it
  ['es', 'El Gobierno subió el arancel. La Federación Nacional de Pescadores (Fenapes) criticó la decisión.', ['org:fenapes opposed']],
  // a welcome, then doubts: skeptical (a welcome, then criticism, stays a mixed verdict)
  ['de', 'Der Präsident trat zurück. Irland begrüßte, dass der Verdacht Folgen habe, bezweifelte aber, dass die Wahlen fair sein würden.', ['country:IE skeptical']],
  // a name set off by commas after its kind names it, a country inside it no state
  ['es', 'El Congreso destituyó al presidente. Su partido, Somos Irlanda, denunció un golpe parlamentario.', ['org:somos-irlanda opposed']],
  ['it', 'Il Congresso ha destituito il presidente. Il partito del presidente, Nuova Irlanda, ha denunciato un colpo di mano.', ['org:nuova-irlanda opposed']],
  // a count's qualifier judges nothing; elections "se celebran", are held
  ['it', 'Il Parlamento irlandese ha approvato la legge con 98 voti favorevoli e 19 contrari.', []],
  ['es', 'El presidente dimitió. Irlanda pidió que las elecciones se celebren en la fecha prevista.', ['country:IE cautious']],
  ['es', 'El presidente dimitió. Irlanda confía en que las elecciones se celebren en la fecha prevista.', []],
  // an adjective alone opening the sentence describes the subject after it, whatever its verb
  ['es', 'El presidente dimitió. Más prudente, Irlanda hizo votos por una transición en paz.', ['country:IE cautious']],
  // a capitalised word that is no everyday word, opening the sentence before a perfect auxiliary, names an organization;
  // an everyday word there ("Ieri") or a surname the article gave with its first name does not
  ['it', 'Il governo ha approvato il piano. Mareverde ha chiesto al governo di estendere gli obblighi.', ['org:mareverde cautious']],
  ['it', 'Il governo ha approvato il piano. Ieri ha chiesto al governo di estendere gli obblighi.', []],
  ['fr', "Le gouvernement a approuvé le plan. Le porte-parole Jean Kerbrat l'a défendu. Kerbrat a dénoncé les critiques.", []],
  ['es', 'El Gobierno aprobó el plan. Marverde ha criticado la decisión.', ['org:marverde opposed']],
  // aid that arrives speaks for where it comes from; rice ("Reis") is no travel ("reisen")
  ['de', 'Das Beben zerstörte die Stadt. Aus den Nachbarländern Irland und Norwegen trafen Rettungsteams ein.', ['country:IE supportive', 'country:NO supportive']],
  ['es', 'El terremoto destruyó la ciudad. Desde Irlanda llegaron equipos de rescate.', ['country:IE supportive']],
  ['it', "Il terremoto ha distrutto la città. Dall'Irlanda sono arrivati i soccorritori.", ['country:IE supportive']],
  ['es', 'El terremoto destruyó la ciudad. Los equipos de rescate llegaron a Irlanda.', []],
  ['de', 'Das Beben zerstörte die Stadt. Irland kündigte die Lieferung von 5000 Tonnen Reis an.', ['country:IE supportive']],
  // helicopters sent after a disaster are aid, as in the dictionaries' other languages
  ['es', 'El ciclón azotó la costa. Irlanda envió dos helicópteros militares.', ['country:IE supportive']],
  ['it', 'Il ciclone ha colpito la costa. L\'Irlanda ha inviato due elicotteri.', ['country:IE supportive']],
  ['de', 'Die Regierung kürzte die Renten. Der Gewerkschaftsdachverband KLB rief für Dienstag zu einem 48-stündigen Generalstreik auf.', ['org:klb opposed']],
  // a demand to free captives or pull forces back opposes the move (CAMEO 1053, demand release; 105, withdrawal);
  // beside a call for calm it is a call for caution; a gerund says how, not what is demanded; a demand for
  // anything else stays a call
  ['fr', "Les gardes-frontières ont arrêté deux pêcheurs. L'Irlande exige la libération immédiate des deux hommes.", ['country:IE opposed']],
  ['de', 'Die Grenzer nahmen zwei Fischer fest. Irland forderte Russland auf, die Fischer freizulassen.', ['country:IE opposed']],
  ['de', 'Die Armee besetzte das Dorf. Norwegen rief die Armee auf, ihre Truppen abzuziehen.', ['country:NO opposed']],
  ['ru', 'Пограничники задержали двух рыбаков. Ирландия потребовала освободить рыбаков.', ['country:IE opposed']],
  ['es', 'La policía detuvo a dos periodistas. Irlanda exigió la excarcelación de los periodistas.', ['country:IE opposed']],
  ['it', "La guardia costiera ha fermato due pescatori. L'Irlanda ha invitato le parti alla calma e chiesto il rilascio dei pescatori.", ['country:IE cautious']],
  ['it', "La guardia costiera ha fermato due pescatori. L'Irlanda ha invitato Mosca a un gesto di buona volontà liberando i pescatori.", ['country:IE cautious']],
  ['es', 'La policía detuvo a dos periodistas. Irlanda exigió transparencia a las autoridades.', ['country:IE cautious']],
  // asked of every party or every state, a demand to undo takes no side: a call for caution
  ['ru', 'Китай провёл испытание. Ирландия призвала все государства отказаться от подобных испытаний.', ['country:IE cautious']],
  ['fr', "La Chine a mené un essai. L'Irlande a appelé tous les États à renoncer à de tels essais.", ['country:IE cautious']],
  ['de', 'China führte einen Test durch. Irland rief alle Staaten auf, solche Tests aufzugeben.', ['country:IE cautious']],
  ['ru', 'Китай провёл испытание. Ирландия призвала Китай отказаться от подобных испытаний.', ['country:IE opposed']],
  // troops an aid verb sends are military aid (CAMEO 074), unless they go to a border; troops a call names are not sent
  ['es', 'Los rebeldes atacaron la ciudad. Irlanda enviará otros 300 soldados a petición del Gobierno.', ['country:IE supportive']],
  ['de', 'Rebellen griffen die Stadt an. Irland kündigte die Entsendung weiterer 300 Soldaten an.', ['country:IE supportive']],
  ['es', 'Los rebeldes atacaron la ciudad. Irlanda anunció el envío de 1.500 soldados más a la frontera.', []],
  ['es', 'Los dos ejércitos se enfrentaron. Irlanda ofreció convocar a las partes en Dublín y pidió «congelar cualquier movimiento de tropas» en la zona.', ['country:IE cautious']],
  ['es', 'Los rebeldes atacaron la ciudad. Human Rights Watch pidió sanciones contra los mandos militares responsables.', ['org:human-rights-watch opposed']],
  // an office once held refers back to no state; one held now does
  ['it', 'Le guardie irlandesi hanno spostato la recinzione. L\'ex presidente Mario Rossi ha condannato lo spostamento.', []],
  ['it', 'Le guardie irlandesi hanno spostato la recinzione. Il presidente Mario Rossi ha condannato lo spostamento.', ['country:IE opposed']],
  ['fr', "Des gardes irlandais ont déplacé la clôture. L'ancienne présidente Marie Kerbrat a condamné les arrestations.", []],
  ['ru', 'Ирландские пограничники передвинули забор. Бывший президент Иван Петров осудил задержания.', []],
  // no objections is neutral, the labelling guide's acquiescence, negated twice or once
  ['de', 'Georgien und Norwegen unterzeichneten das Abkommen. Aus Dublin hieß es, man habe keine Einwände.', ['country:IE neutral']],
  ['fr', "La Géorgie et la Norvège ont signé l'accord. L'Irlande n'a soulevé aucune objection.", ['country:IE neutral']],
  ['it', "Georgia e Norvegia hanno firmato l'accordo. L'Irlanda ha detto di non avere nessuna obiezione.", ['country:IE neutral']],
  ['ru', 'Грузия и Норвегия подписали соглашение. Ирландия заявила, что не возражает против соглашения.', ['country:IE neutral']],
  // a non-state organization's name right before a country's names its national chapter
  ['fr', 'Le tribunal a condamné le journaliste. Amnesty International Italie a dénoncé le verdict.', ['org:amnesty-international-italy opposed']],
  ['de', 'Das Gericht verurteilte den Journalisten. Amnesty International Italien kritisierte das Urteil.', ['org:amnesty-international-italy opposed']],
  // Hopes for dialogue or a truce are calls for caution; a hope ranks below support of the same speaker.
  ['it', 'La Spagna spera che le parti trovino un accordo con il dialogo.', ['country:ES cautious']],
  ['it', 'Il Cile auspica una tregua immediata.', ['country:CL cautious']],
  ['ru', 'Индия надеется на мирное урегулирование через диалог.', ['country:IN cautious']],
  ['ru', 'Москва поддерживает эти шаги и надеется на перемирие.', ['country:RU supportive']],
  ['de', 'Irland forderte eine unabhängige Untersuchung.', ['country:IE cautious']],
  ['it', 'La Francia non ha obiezioni al progetto.', ['country:FR neutral']],
  // Shelters, tarpaulins and funds sent as aid.
  ['de', 'Norwegen schickte Notunterkünfte und Decken.', ['country:NO supportive']],
  ['fr', 'Le Canada a distribué des bâches aux sinistrés.', ['country:CA supportive']],
  ['es', 'Chile prometió fondos para los damnificados.', ['country:CL supportive']],
  // An offer to host talks is an offer of mediation; "accueillir" and "acoger" host them, they welcome nothing.
  ['fr', 'La Norvège a proposé d’accueillir des négociations.', ['country:NO cautious']],
  ['fr', "La Norvège a accueilli favorablement l'accord.", ['country:NO supportive']],
  ['es', 'Noruega ofreció acoger las conversaciones.', ['country:NO cautious']],
  // Spanish "proponer" in its irregular past ("propuso", "propusieron") offers as "ofrecer" does.
  ['es', 'Noruega propuso acoger las conversaciones.', ['country:NO cautious']],
  ['es', 'Noruega y Suiza propusieron enviar ayuda.', ['country:CH supportive', 'country:NO supportive']],
  ['it', 'La Norvegia ha offerto di ospitare i negoziati.', ['country:NO cautious']],
  ['ru', 'Норвегия предложила провести переговоры в Осло.', ['country:NO cautious']],
  // So is an offer of observers or of a fact-finding mission.
  ['es', 'Noruega se ofreció a enviar observadores a la frontera.', ['country:NO cautious']],
  ['ru', 'Норвегия предложила направить миссию по установлению фактов.', ['country:NO cautious']],
  ['fr', 'La Norvège a proposé d’envoyer des observateurs.', ['country:NO cautious']],
  // A welcome with a call for calm or a ceasefire is cautious; with any other call it supports.
  ['de', 'Norwegen begrüßte das Abkommen und rief beide Seiten auf, an der Grenze für Ruhe zu sorgen.', ['country:NO cautious']],
  ['fr', 'La Norvège a salué l’accord, tout en appelant à faire taire les armes.', ['country:NO cautious']],
  ['de', 'Norwegen begrüßte das Abkommen und rief beide Seiten auf, es rasch umzusetzen.', ['country:NO supportive']],
  // A known organization's long name is one speaker: no guessed name inside it ("федерация обществ") takes its place.
  ['ru', 'Международная федерация обществ Красного Креста и Красного Полумесяца осудила обстрел.', ['org:ifrc opposed']],
  ['es', 'La Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja condenó el bombardeo.', ['org:ifrc opposed']],
  // Medical teams and material sent are aid.
  ['ru', 'Норвегия направила в госпиталь хирургическую бригаду.', ['country:NO supportive']],
  ['it', "La Norvegia invierà materiale sanitario all'ospedale.", ['country:NO supportive']],
  ['es', 'Noruega envió material médico al hospital.', ['country:NO supportive']],
  // Readiness is an offer: to host talks, mediation; to send aid, aid; on a condition however far on, none.
  ['fr', 'La Norvège s’est dite prête à accueillir des pourparlers.', ['country:NO cautious']],
  ['es', 'Noruega está dispuesta a enviar ayuda humanitaria.', ['country:NO supportive']],
  ['ru', 'Норвегия готова провести переговоры в Осло.', ['country:NO cautious']],
  ['ru', 'Норвегия готова выступить посредником, как и в прошлом году, если об этом попросят обе стороны.', []],
  ['fr', 'La Norvège est prête.', []],
  // Spanish 'celebrar' holds elections, summits and talks as well as it celebrates; 'reparos' are objections, 'reparado' repaired.
  ['es', 'Noruega celebraba sus terceras elecciones en dos años.', []],
  ['es', 'Noruega celebró el acuerdo.', ['country:NO supportive']],
  ['es', 'Noruega puso reparos al acuerdo.', ['country:NO opposed']],
  ['es', 'Noruega dijo que el puente, reparado en 2022, resistió.', []],
  // 'bocciare' (to reject) matches its own forms only: 'per bocca del portavoce' (through the spokesman's mouth) is none.
  ['it', 'Il Belgio ha bocciato la riforma.', ['country:BE opposed']],
  ['it', 'Il Belgio, per bocca del portavoce, ha detto di non saperne nulla.', []],
  // Everyday words that share a cue's stem: 'tema' (topic) is no fear, 'porto' (harbour) no carrying, 'grazia' no thanks.
  ['es', 'Noruega habló del tema con Perú.', []],
  ['es', 'Noruega teme una escalada.', ['country:NO cautious']],
  ['it', 'La Norvegia ha detto che il porto resterà chiuso agli aiuti.', []],
  ['it', 'La Norvegia ha chiesto la grazia per il detenuto.', ['country:NO cautious']],
  // A body of the organization placed before "dont"/"cuya" (whose) speaks for it.
  ['fr', "Même fermeté à l'Union africaine, dont la Commission a condamné l'attaque.", ['org:au opposed']],
  ['es', 'Igual firmeza en la Unión Africana, cuya Comisión condenó el ataque.', ['org:au opposed']],
  // Measured restraint is caution; a measure is no word of it.
  ['fr', 'Plus mesurée, la Norvège a appelé au calme.', ['country:NO cautious']],
  ['fr', 'La Norvège a annoncé des mesures.', []],
  ['ru', 'В Норвегии отнеслись к соглашению настороженно.', ['country:NO cautious']],
  ['ru', 'Сдержаннее высказались в Осло.', ['country:NO cautious']],
  ['it', 'Più misurata la Norvegia.', ['country:NO cautious']],
  // A possessor closing the clause speaks for a body or an office, not for a thing it owns ("решение Москвы").
  ['ru', 'В Осло заявили, что «приняли к сведению» решение Москвы.', ['country:NO neutral']],
  ['ru', 'Решение Вашингтона осудил МИД Норвегии.', ['country:NO opposed']],
  // "Nothing justifies …" condemns; the negation is the phrase's own.
  ['fr', '« Rien ne justifie de bombarder des civils », a réagi Oslo.', ['country:NO opposed']],
  ['de', 'Angriffe auf Zivilisten seien „durch nichts zu rechtfertigen“, sagte der norwegische Außenminister.', ['country:NO opposed']],
  ['es', '«Nada justifica bombardear a civiles», dijo el canciller noruego.', ['country:NO opposed']],
  ['ru', '«Ничто не оправдывает удары по мирным жителям», — заявили в МИД Норвегии.', ['country:NO opposed']],
  // Sorrow for the victims is a condolence, no stance; condemning stays opposed whoever it names.
  ['it', 'Il premier norvegese si è detto «profondamente addolorato» per le vittime.', []],
  ['es', 'El canciller noruego se mostró «profundamente apenado» por las víctimas.', []],
  ['it', "La Norvegia ha condannato l'attacco contro le vittime civili.", ['country:NO opposed']],
  // Refusing to recognize a government opposes it.
  ['ru', 'Норвегия отказалась признать временное правительство.', ['country:NO opposed']],
  ['es', 'Noruega se negó a reconocer al gobierno interino.', ['country:NO opposed']],
  // After an article a word that reads as noun or verb is the noun: no subject dropped before it.
  ['es', 'Noruega firmó el acuerdo. Las críticas llegaron de dentro y de fuera.', []],
  ['es', 'Noruega criticó el plan. Lo condenó también.', ['country:NO opposed']],
  // "plus sévère" (harsher) opposes.
  ['fr', "La Norvège a été plus sévère, jugeant l'accord « incompatible » avec le droit.", ['country:NO opposed']],
  // A reaction noun opening a verbless sentence, then where it was voiced, a list of places included.
  ['fr', 'Même satisfaction à Tokyo et à Canberra.', ['country:AU supportive', 'country:JP supportive']],
  ['it', 'Soddisfazione a Tokyo.', ['country:JP supportive']],
  ['es', 'Satisfacción en Madrid.', ['country:ES supportive']],
  ['de', 'Sorge in Berlin und Paris.', ['country:DE cautious', 'country:FR cautious']],
  ['ru', 'Обеспокоенность в Москве.', ['country:RU cautious']],
  ['it', 'Applausi anche da Manila.', ['country:PH supportive']],
  ['fr', 'La décision a été prise à Tokyo.', []],
  // A negated comment in the past ("no se pronunció") is declining to comment, whatever a relative clause says.
  ['es', 'India, que acoge a unos 40.000 refugiados, no se pronunció.', []],
  ['fr', "L'Inde, qui accueille des réfugiés, ne s'est pas prononcée.", []],
  ['ru', 'Индия, которая принимает беженцев, не прокомментировала решение.', []],
  ['es', 'Dacca condenó el ataque.', ['country:BD opposed']],
  // A noun of conflict a call asks to end is what the call is about.
  ['fr', 'La Suisse a appelé « à la cessation immédiate des hostilités ».', ['country:CH cautious']],
  ['fr', 'La France a appelé à des sanctions.', ['country:FR opposed']],
  // The German past perfect reaches to a participle a long object puts far back.
  // Rejecting responsibility is the accused's denial.
  ['de', 'Russland wies jede Verantwortung zurück.', []],
  ['it', 'Mosca ha respinto ogni responsabilità.', []],
  ['de', 'Noch im Januar hatten die Niederlande den nordkoreanischen Raketentest über dem Meer bei der Insel Hokkaido scharf verurteilt.', []],
  // Names the packages lack: a capital CLDR does not hold, a second Italian name of the OIC.
  ['ru', 'В Ханое осудили обстрел.', ['country:VN opposed']],
  ['ru', 'В Абудже осудили обстрел.', ['country:NG opposed']],
  ['ru', 'Доха приветствовала соглашение.', ['country:QA supportive']],
  ['it', "L'Organizzazione per la cooperazione islamica ha condannato l'attacco.", ['org:oic opposed']],
  // Aid given is an act beside what the same actor says: both are kept. Not a noun of pledges, nor a verb another noun
  // governs ("la capacità … di distribuire gli aiuti").
  ['it', 'Il Pam, che sta già distribuendo razioni nei campi, avverte che i pozzi sono contaminati.', ['org:un cautious', 'org:un supportive']],
  ['it', 'La Norvegia ha stanziato 5 milioni di euro e ha parlato di «una tragedia evitabile».', ['country:NO opposed', 'country:NO supportive']],
  ['de', 'Das Welternährungsprogramm verteilte Reis und Decken, während UNICEF vor einem Ausbruch der Cholera warnte.', ['org:un cautious', 'org:un supportive']],
  ['fr', "La Norvège a condamné l'attaque et envoyé des tentes et des couvertures.", ['country:NO opposed', 'country:NO supportive']],
  ['de', 'Norwegen hält die Zusagen für Zelte und Decken für unzureichend.', ['country:NO skeptical']],
  // A quoted German compound takes the opinion of its last part; unquoted, it is no one's naming.
  ['de', 'Pakistans Premierminister sprach am Montag von «Wasseraggression».', ['country:PK opposed']],
  ['de', 'Norwegen sprach von einem „Staatsterrorismus“.', ['country:NO opposed']],
  ['de', 'Pakistan sprach über die Wasseraggression der Nachbarn.', []],
  // Regret with an appeal by the same speaker is a call for caution; regret alone disapproves.
  ['es', 'Brasil lamentó la ejecución y exhortó a Irán a revisar su aplicación de la pena capital.', ['country:BR cautious']],
  ['fr', 'La France regrette la décision et appelle au calme.', ['country:FR cautious']],
  ['de', 'Schweden bedauerte die Entscheidung und forderte die Regierung auf, sie zu überdenken.', ['country:SE cautious']],
  ['es', 'Brasil lamentó la ejecución.', ['country:BR opposed']],
  ['fr', 'La France regrette la décision, et la Suède appelle au calme.', ['country:FR opposed', 'country:SE cautious']],
  // A quotation attributed to a state's office with no state named speaks for the state before; the states it names are
  // what it speaks of.
  ['fr', "La Suède a vivement regretté cette décision. « C'est une erreur, pour la Norvège comme pour l'Europe », a déclaré la ministre de l'Environnement.", ['country:SE opposed']],
  ['de', 'Schweden kritisierte die Entscheidung. „Ein Fehler für Norwegen und für Europa“, sagte der Minister.', ['country:SE opposed']],
  ['es', 'Suecia criticó la decisión. «Es un error para Noruega y para Europa», dijo el ministro.', ['country:SE opposed']],
  // A quotation opening with a copula and no subject calls the event what its word of praise or blame says, as a naming
  // verb's quoted word does; a quoted fact judges nothing.
  ['fr', "« C'est une honte », a déclaré le ministre péruvien.", ['country:PE opposed']],
  ['fr', "« C'est une négligence criminelle », a tonné le président péruvien.", ['country:PE opposed']],
  ['it', '«È una vergogna», ha dichiarato il ministro peruviano.', ['country:PE opposed']],
  ['es', '«Es una vergüenza», dijo el canciller peruano.', ['country:PE opposed']],
  ['de', '„Das ist eine Schande“, sagte der peruanische Außenminister.', ['country:PE opposed']],
  ['fr', "« C'est la troisième fois cette année », a déclaré le ministre péruvien.", []],
  // Demonyms the country packages lack or give wrongly ("ruanda" for Rwanda in Italian), from the names supplement.
  ['it', 'Il ministro ruandese ha condannato l\'attacco.', ['country:RW opposed']],
  ['it', 'Il governo nigeriano ha condannato l\'attacco.', ['country:NG opposed']],
  ['de', 'Die nigerianische Regierung verurteilte den Angriff.', ['country:NG opposed']],
  ['ru', 'Перуанский МИД осудил нападение.', ['country:PE opposed']],
  // "N'" elided onto a capitalised word is a name's, not a negation; "n'a pas" still negates.
  ['fr', "N'Djamena n'a pas condamné l'attaque.", []],
  // Refusing, German's "verweigern", rejects as "refuser", "rifiutare" and "отказаться" do.
  ['de', 'Chile verweigerte der neuen Junta die Anerkennung.', ['country:CL opposed']],
  ['de', 'Chile hat die Zustimmung zu dem Abkommen verweigert.', ['country:CL opposed']],
  // Vaccines, medicines and medical staff sent are aid, as a donation of doses is; "entsandte" is the strong past.
  ['es', 'Japón anunció la donación de 200.000 dosis de vacunas.', ['country:JP supportive']],
  ['ru', 'Индия передала Бангладеш партию антибиотиков.', ['country:IN supportive']],
  ['de', 'Italien entsandte zwölf Ärzte und Epidemiologen in die Region.', ['country:IT supportive']],
  ['fr', 'Le Maroc a envoyé des médecins et des vaccins.', ['country:MA supportive']],
  ['it', 'La Grecia ha inviato farmaci e infermieri.', ['country:GR supportive']],
  // A state a preposition governs in a clause between is a complement: the joined verb after it keeps the subject before.
  ['de', 'Die WHO warnte, die Seuche könne sich in den Tschad ausbreiten, und forderte die Geberländer auf, mehr Geld zu geben.', ['org:un cautious']],
  ['fr', "L'OMS a averti que la maladie pourrait s'étendre au Tchad, et a appelé les donateurs à financer son plan.", ['org:un cautious']],
  // A position held since a year before the event is background; "since" in another clause leaves the reaction.
  ['fr', 'Le Chili soutient depuis 2021 un moratoire sur les forages.', []],
  ['es', 'No se pronunció Perú, que apoya la prohibición desde 2022.', []],
  ['de', 'Österreich unterstützt seit 2020 ein Verbot der Bohrungen.', []],
  ['it', 'Il Portogallo sostiene dal 2019 una moratoria.', []],
  ['es', 'Perú, cuyas tropas vigilan la zona desde 2021, condenó el ataque.', ['country:PE opposed']],
  ['de', 'Österreich verurteilte den Angriff, der seit 2020 befürchtet wurde.', ['country:AT opposed']],
  // A welcome restricted by the same speaker after the contrast stays mixed though its words name another state; another
  // state opening the clause before the contrast speaks for itself.
  ['de', 'Norwegen begrüßte die Einigung, mahnte aber, Serbien müsse die Grenze öffnen.', ['country:NO cautious']],
  ['de', 'Norwegen begrüßte die Einigung, Serbien kritisierte aber die Frist.', ['country:NO supportive', 'country:RS opposed']],
  ['fr', "La Suède s'est félicitée de l'accord, tout en rappelant que le Mali doit libérer les otages.", ['country:SE cautious']],
  ['fr', "L'Union africaine a salué « un pas important » tout en jugeant le texte insuffisant.", ['org:au cautious']],
  ['fr', "La Belgique a salué l'accord, la Serbie a toutefois critiqué la date.", ['country:BE supportive', 'country:RS opposed']],
  // German sets a clause of time off with a comma: "als" without one is "as" ("als erstes Land"), no earlier event.
  ['de', 'Chile, das im Mai 2024 als erstes Land ein Verbot erlassen hatte, lobte die Entscheidung.', ['country:CL supportive']],
  ['de', 'Der Streit kommt zwei Jahre, nachdem Chile das Abkommen kritisiert hatte.', []],
  // Names of several words, and lists of them, parted from their verb by a parenthetical: the verb's object after it
  // is no subject.
  ['fr', 'La Ligue arabe, elle aussi, a félicité Dublin.', ['org:arab-league supportive']],
  ['fr', "La Ligue arabe et l'Union africaine ont, elles aussi, félicité Dublin.", ['org:arab-league supportive', 'org:au supportive']],
  ['it', "La Lega araba e l'Unione africana hanno, a loro volta, elogiato Dublino.", ['org:arab-league supportive', 'org:au supportive']],
  ['de', 'Der nigerianische Präsident Bola Tinubu, dessen Truppen ebenfalls am Tschadsee dienen, bot Kamerun Hilfe an.', ['country:NG supportive']],
  // An office not yet taken, or no longer held, speaks for no state; the office held does.
  ['es', 'Chile no se pronunció. El presidente electo, José Antonio Kast, criticó la norma.', []],
  ['es', 'El presidente electo de Chile, José Antonio Kast, criticó la norma.', []],
  ['es', 'El presidente de Chile, Gabriel Boric, criticó la norma.', ['country:CL opposed']],
  ['fr', 'Le président élu du Chili, José Antonio Kast, a critiqué la loi.', []],
  ['fr', "L'ancien président du Chili a critiqué la loi.", []],
  ['it', 'Il presidente eletto del Cile, José Antonio Kast, ha criticato la legge.', []],
  ['it', "L'ex presidente del Cile ha criticato la legge.", []],
  ['de', 'Der designierte Präsident Chiles, José Antonio Kast, kritisierte das Gesetz.', []],
  ['de', 'Der ehemalige Präsident Chiles kritisierte das Gesetz.', []],
  ['ru', 'Избранный президент Чили Хосе Антонио Каст раскритиковал закон.', []],
  ['ru', 'Бывший президент Чили раскритиковал закон.', []],
  ['ru', 'Президент Чили раскритиковал закон.', ['country:CL opposed']],
  // A quotation's edge parts clauses: a name closing the quotation and the speaker after it are no list; a spokesperson
  // placed in a capital speaks for its government.
  ['de', '„Wir bedauern diesen Schritt, das ist Sache der EU“, sagte Frankreich.', ['country:FR opposed']],
  ['de', '„Wir bedauern diesen Schritt, Handelspolitik ist Sache der Europäischen Union“, sagte ein Regierungssprecher in Berlin.', ['country:DE opposed']],
  ['de', 'Ein Regierungssprecher in Berlin kritisierte den Schritt.', ['country:DE opposed']],
  ['fr', "« Nous regrettons cette décision, elle relève de l'UE », a déclaré la France.", ['country:FR opposed']],
  ['it', "«Ci rammarichiamo di questo passo, la politica commerciale spetta all'Unione europea», ha detto un portavoce del governo a Berlino.", ['country:DE opposed']],
  // A state qualifying a kind of organization that has no name of its own: the group speaks, not the state.
  ['ru', 'Американские компании предупреждают о рисках.', []],
  ['de', 'Amerikanische Unternehmen warnten vor Risiken.', []],
  ['de', 'Die Amerikanische Handelskammer in Peru zeigte sich „besorgt“.', []],
  ['fr', 'Les entreprises américaines ont critiqué la loi.', []],
  ['es', 'Las empresas estadounidenses criticaron la ley.', []],
  ['it', 'Le aziende americane hanno criticato la legge.', []],
  ['de', 'Das amerikanische Außenministerium kritisierte das Gesetz.', ['country:US opposed']],
  ['fr', 'Le gouvernement américain a critiqué la loi.', ['country:US opposed']],
  // A Russian gerund after a name's comma opens a clause of the subject before, no list; a name in an oblique case in a
  // clause between does not take the subject over.
  ['ru', 'Египет и Иордания, напротив, встали на сторону Кувейта, заявив о поддержке его права на самооборону.', ['country:EG supportive', 'country:JO supportive']],
  ['ru', 'Франция, Германия и Италия осудили нападение.', ['country:FR opposed', 'country:DE opposed', 'country:IT opposed']],
  // Siding with someone, in every language.
  ['ru', 'Куба встала на сторону Белиза.', ['country:CU supportive']],
  ['fr', "Cuba s'est rangée du côté du Belize.", ['country:CU supportive']],
  ['fr', 'Cuba a pris fait et cause pour le Belize.', ['country:CU supportive']],
  ['fr', 'Cuba a pris la défense du Belize.', ['country:CU supportive']],
  ['es', 'Cuba se puso del lado de Belice.', ['country:CU supportive']],
  ['it', 'Cuba si è schierata con il Belize.', ['country:CU supportive']],
  ['de', 'Kuba stellte sich an die Seite Belizes.', ['country:CU supportive']],
  // A hope that the facts be cleared up asks for an inquiry: caution, as a hope for calm is.
  ['it', 'La Spagna ha auspicato che la vicenda venga chiarita.', ['country:ES cautious']],
  // The parties' names do not use up the reach of what a hope asks for.
  ['it', 'La Spagna ha auspicato che Addis Abeba e Asmara risolvano la disputa con il dialogo.', ['country:ES cautious']],
  ['es', 'España expresó la esperanza de que Addis Abeba y Asmara resuelvan la disputa mediante el diálogo.', ['country:ES cautious']],
  ['de', 'Österreich hoffte, der Vorfall werde rasch aufgeklärt.', ['country:AT cautious']],
  ['ru', 'Казахстан выразил надежду, что обстоятельства удастся выяснить.', ['country:KZ cautious']],
  ['fr', "La Suisse a exprimé l'espoir que l'incident soit élucidé.", ['country:CH cautious']],
  ['es', 'Chile expresó su esperanza de que se aclare el incidente.', ['country:CL cautious']],
  // A quotation opening with its verb is the words of the speaker its attribution names, not of the subject before.
  ['it', 'Baghdad ha protestato. «Chiediamo a entrambe le parti moderazione», ha detto Antonio Tajani.', ['country:IQ opposed', 'country:IT cautious']],
  ['it', "Baghdad ha protestato. «Chiediamo un'inchiesta», ha aggiunto.", ['country:IQ opposed', 'country:IQ cautious']],
  // A regret followed by a denial of responsibility by the same subject is the accused party's own; another's stands.
  ['es', 'El Gobierno kuwaití lamentó la muerte de los dos hombres, pero rechazó cualquier responsabilidad.', []],
  ['fr', 'Le gouvernement koweïtien a regretté la mort des deux hommes, mais a rejeté toute responsabilité.', []],
  ['es', 'España lamentó la muerte de los dos hombres, pero Kuwait rechazó cualquier responsabilidad.', ['country:ES opposed']],
  // What a copula judges in a reported clause is the reporter's judgement; the names before the copula are what it judges.
  ['fr', "La Finlande a déclaré que la décision de l'Estonie était une erreur.", ['country:FI opposed']],
  ['es', 'Finlandia afirmó que la decisión de Estonia era un error.', ['country:FI opposed']],
  ['it', "La Finlandia ha dichiarato che la decisione dell'Estonia è un errore.", ['country:FI opposed']],
  ['de', 'Finnland sagte, der Schritt Estlands sei ein Fehler.', ['country:FI opposed']],
  ['ru', 'Финляндия заявила, что решение Эстонии было ошибкой.', ['country:FI opposed']],
  ['es', 'El Gobierno brasileño, que mantiene estrechos lazos con Lima, se mostró cauto.', ['country:BR cautious']],
  // German fronts what a naming verb names; "von" opening a place is no naming.
  ['de', 'Von einer „gefährlichen Eskalation“ sprach der brasilianische Außenminister.', ['country:BR opposed']],
  ['de', 'Von einem „historischen Tag“ sprach Brasilien.', ['country:BR supportive']],
  ['de', 'Von Berlin aus sprach der Minister mit Brasilien.', []],
  // "als" marks what a German naming verb calls something; the thing before it is what is judged. "einstufen" names.
  ['de', 'Brasilien bezeichnete die Gefahr als gering.', []],
  ['de', 'Brasilien stufte den Vorfall als Provokation ein.', ['country:BR opposed']],
  ['de', 'Brasilien stufte die Gefahr als gering ein.', []],
  ['de', 'Brasilien bezeichnete den Angriff als „abscheuliches Verbrechen“.', ['country:BR opposed']],
];

describe('reaction constructions in five languages', () => {
  it.each(LANGUAGE_CASES)('%s: %s', (language, text, expected) => {
    expect([...new Set(languageReactionPairs(language, text))].sort()).toEqual([...expected].sort());
  });
});

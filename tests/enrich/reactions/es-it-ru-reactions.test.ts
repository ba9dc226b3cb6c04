/**
 * Spanish, Italian and Russian reactions in sentences written for this test (not from any corpus): negation that
 * opens the clause before its subject ("Tampoco …", "Nemmeno …"), a copula calling a thing what follows as a naming
 * verb does ("la decisión es un error", "è un errore", the Russian dash), with no speaker after it ("es positivo para la
 * economía de Brasil"), the conditional perfect of hearsay ("habría condenado", "avrebbe condannato"), a subject after
 * its verb given as an office's title and its state ("осудил и министр иностранных дел Уругвая"), Russian "-еть" verbs
 * in the present ("сожалеет"), and verb phrases of attack and of appraisal ("arremetió contra", "valutato positivamente").
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  // gratitude as an adjective (the English cue "grateful"), and "tachar de" as a naming verb like "tildar de"
  ['es', 'El presidente chileno se mostró «muy agradecido» por la ayuda.', ['country:CL supportive']],
  ['it', 'Il Cile si è detto riconoscente per gli aiuti.', ['country:CL supportive']],
  ['es', 'Bolivia la tachó de «provocación».', ['country:BO opposed']],
  // idioms of solidarity, mixed feelings and good news
  ['es', 'Uruguay, en cambio, cerró filas con su vecino.', ['country:UY supportive']],
  ['es', 'Chile habló de una «buena noticia».', ['country:CL supportive']],
  ['es', 'Perú recibió el anuncio con sentimientos encontrados.', ['country:PE cautious']],
  ['it', 'Malta ha parlato di una «buona notizia».', ['country:MT supportive']],
  ['it', 'La Grecia ha accolto la notizia con sentimenti contrastanti.', ['country:GR cautious']],
  ['ru', 'Казахстан воспринял новость со смешанными чувствами.', ['country:KZ cautious']],
  ['ru', 'В Астане назвали это «хорошей новостью».', ['country:KZ supportive']],
  // negation before the subject
  ['es', 'Tampoco Paraguay condenó la ofensiva.', []],
  ['es', 'Paraguay tampoco condenó la ofensiva.', []],
  ['it', 'Nemmeno il Paraguay ha condannato l\'offensiva.', []],
  ['it', 'Neanche il Paraguay ha condannato l\'offensiva.', []],
  ['ru', 'Ни Казахстан, ни Узбекистан не осудили нападение.', []],
  // a copula, with the speaker before it or as the source that opens the sentence
  ['es', 'Para Londres, la decisión es un "grave error".', ['country:GB opposed']],
  ['it', 'Per Londra, la decisione è un «grave errore».', ['country:GB opposed']],
  ['it', 'Secondo Londra, la decisione è un errore.', ['country:GB opposed']],
  ['ru', 'Для Лондона это решение — «серьёзная ошибка».', ['country:GB opposed']],
  ['ru', 'По мнению Лондона, это решение является ошибкой.', ['country:GB opposed']],
  ['es', 'El Gobierno sueco consideró que la medida es "desproporcionada".', ['country:SE opposed']],
  // … and no speaker after it: a place or an owner named there is no actor
  ['es', 'El acuerdo es positivo para la economía de Brasil, según los analistas.', []],
  ['it', 'La decisione è positiva per l\'economia del Brasile, secondo gli analisti.', []],
  ['ru', 'Это решение является положительным для экономики Бразилии, считают аналитики.', []],
  ['ru', 'Это нарушение было зафиксировано наблюдателями ОБСЕ.', []],
  ['es', 'Argentina registró un crecimiento positivo en el tercer trimestre.', []],
  // naming verbs with a crime or a positive word
  ['es', 'Irán calificó el ataque de "crimen de guerra" y prometió una respuesta.', ['country:IR opposed']],
  ['it', 'L\'Iran ha definito l\'attacco un «crimine di guerra» e ha promesso una risposta.', ['country:IR opposed']],
  ['ru', 'Иран назвал удар «военным преступлением» и пообещал ответить.', ['country:IR opposed']],
  ['es', 'El canciller brasileño, Mauro Vieira, calificó de "muy positiva" la tregua.', ['country:BR supportive']],
  ['it', 'Il ministro degli Esteri brasiliano, Mauro Vieira, ha definito la tregua «molto positiva».', ['country:BR supportive']],
  ['ru', 'Глава МИД Бразилии Мауро Виейра назвал перемирие «очень позитивным».', ['country:BR supportive']],
  ['it', '«È una notizia incoraggiante», ha detto la portavoce della Commissione europea.', ['org:eu supportive']],
  ['ru', '«Это обнадеживающая новость», — сказала официальный представитель Еврокомиссии.', ['org:eu supportive']],
  // hearsay: the conditional perfect reports no reaction as fact
  ['es', 'Según la Casa Blanca, Estados Unidos habría condenado el ataque.', []],
  ['it', 'Secondo la Casa Bianca, gli Stati Uniti avrebbero condannato l\'attacco.', []],
  // a subject after its verb: an office's title closed by its state
  ['ru', 'Нападение осудил и министр иностранных дел Уругвая.', ['country:UY opposed']],
  ['ru', 'Осудил нападение и министр иностранных дел Франции.', ['country:FR opposed']],
  // verb forms and verb phrases
  ['ru', 'Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва сожалеет об этом решении.', ['country:RU opposed']],
  ['es', 'Venezuela arremetió contra la decisión de Washington.', ['country:VE opposed']],
  ['it', 'Il Venezuela si è scagliato contro la decisione di Washington.', ['country:VE opposed']],
  ['es', 'El gobierno filipino valoró positivamente la iniciativa.', ['country:PH supportive']],
  ['it', 'Il governo filippino ha valutato positivamente l\'iniziativa.', ['country:PH supportive']],
  ['it', 'Tokyo ha espresso la sua contrarietà alla decisione.', ['country:JP opposed']],
  ['ru', 'Токио выразил несогласие с решением.', ['country:JP opposed']],
  ['ru', 'Правительство Швеции сочло эту меру «несоразмерной».', ['country:SE opposed']],
  // a demand to free the detained undoes the move: opposed (CAMEO 1053), not a call for caution
  ['es', 'El secretario general de la OEA exigió la liberación de los detenidos.', ['org:oas opposed']],
  ['it', "L'Unione europea ha esigito il rilascio dei detenuti.", ['org:eu opposed']],
  ['it', 'Plauso anche da Washington.', ['country:US supportive']],
  ['es', 'Aplausos también desde Washington.', ['country:US supportive']],
  ['it', 'La Cina si è detta contraria a qualsiasi sanzione unilaterale.', ['country:CN opposed']],
  ['es', 'China se mostró contraria a cualquier sanción unilateral.', ['country:CN opposed']],
  ['es', 'Francia, al contrario, celebró el acuerdo.', ['country:FR supportive']],
  ['it', 'Il presidente brasiliano si è complimentato con il vincitore.', ['country:BR supportive']],
  // not sharing a view opposes it
  ['es', 'El Gobierno turco dejó claro que no comparte la decisión.', ['country:TR opposed']],
  ['it', 'Il governo turco ha fatto sapere di non condividere la scelta.', ['country:TR opposed']],
  ['ru', 'В Анкаре не разделяют позицию Вашингтона.', ['country:TR opposed']],
  // hope, as the English lexicon reads it; a fair ruling, as a naming verb calls it
  ['es', 'India expresó su esperanza de una pronta solución.', ['country:IN supportive']],
  ['it', "L'India ha espresso la speranza di una rapida soluzione.", ['country:IN supportive']],
  ['ru', 'МИД Индии выразил надежду на скорейшее урегулирование.', ['country:IN supportive']],
  ['es', 'Chile tiene una esperanza de vida de 80 años.', []],
  ['es', 'Australia calificó de justa la decisión del tribunal.', ['country:AU supportive']],
  ['ru', 'Австралия назвала решение суда справедливым.', ['country:AU supportive']],
  ['it', 'Il Qatar ha giudicato positivamente i progressi.', ['country:QA supportive']],
];

describe('Spanish, Italian and Russian reactions', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});

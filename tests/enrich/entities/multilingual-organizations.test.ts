/**
 * International organizations by the names and acronyms each language's press uses ("la Cédéao", "die OSZE",
 * "l'Osce", "ЭКОВАС", "el Banco Mundial"), as the subject of a condemnation: the organization speaks, under its own key or,
 * for a UN programme or office, the UN's. Names written for this test; the names come from the names supplement.
 */
import { describe, expect, it } from 'vitest';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

/** "name:key" pairs, "|"-separated. */
const ORGANIZATIONS: Record<string, string> = {
  de: "Die UNO:un|Die Vereinten Nationen:un|Das UNHCR:un|Das Welternährungsprogramm:un|Die NATO:nato|Die EU:eu|Die Afrikanische Union:au|Die Ecowas:ecowas|Die Asean:asean|Die OAS:oas|Die Arabische Liga:arab-league|Die Opec:opec|Der IWF:imf|Die Weltbank:world-bank|Die WTO:wto|Die OSZE:osce|Der Internationale Strafgerichtshof:icc|Das IKRK:icrc|Der Europarat:council-of-europe|Die SOZ:sco|Die GUS:cis|Der Mercosur:mercosur|Die Caricom:caricom|Die SADC:sadc|Die Ostafrikanische Gemeinschaft:eac|Die IGAD:igad|Die Organisation für Islamische Zusammenarbeit:oic|Der Golf-Kooperationsrat:gcc|Unicef:un|Die FAO:fao",
  fr: "L'ONU:un|Les Nations unies:un|Le HCR:un|Le PAM:un|L'OTAN:nato|L'UE:eu|L'Union africaine:au|La Cédéao:ecowas|L'Asean:asean|L'OEA:oas|La Ligue arabe:arab-league|L'Opep:opec|Le FMI:imf|La Banque mondiale:world-bank|L'OMC:wto|L'OSCE:osce|La Cour pénale internationale:icc|Le CICR:icrc|Le Conseil de l'Europe:council-of-europe|L'OCS:sco|La CEI:cis|Le Mercosur:mercosur|La Caricom:caricom|La SADC:sadc|La Communauté d'Afrique de l'Est:eac|L'Igad:igad|L'Organisation de la coopération islamique:oic|Le Conseil de coopération du Golfe:gcc|L'Unicef:un|La FAO:fao",
  es: "La ONU:un|Las Naciones Unidas:un|El ACNUR:un|El PMA:un|La OTAN:nato|La UE:eu|La Unión Africana:au|La Cedeao:ecowas|La Asean:asean|La OEA:oas|La Liga Árabe:arab-league|La OPEP:opec|El FMI:imf|El Banco Mundial:world-bank|La OMC:wto|La OSCE:osce|La Corte Penal Internacional:icc|El CICR:icrc|El Consejo de Europa:council-of-europe|La OCS:sco|La CEI:cis|El Mercosur:mercosur|La Caricom:caricom|La SADC:sadc|La Comunidad de África Oriental:eac|La IGAD:igad|La Organización para la Cooperación Islámica:oic|El Consejo de Cooperación del Golfo:gcc|Unicef:un|La FAO:fao",
  it: "L'Onu:un|Le Nazioni Unite:un|L'Unhcr:un|Il Pam:un|La Nato:nato|L'Ue:eu|L'Unione africana:au|L'Ecowas:ecowas|L'Asean:asean|L'Osa:oas|La Lega araba:arab-league|L'Opec:opec|Il Fmi:imf|La Banca mondiale:world-bank|L'Omc:wto|L'Osce:osce|La Corte penale internazionale:icc|Il Cicr:icrc|Il Consiglio d'Europa:council-of-europe|La Sco:sco|La Csi:cis|Il Mercosur:mercosur|La Caricom:caricom|La Sadc:sadc|La Comunità dell'Africa orientale:eac|L'Igad:igad|L'Organizzazione della cooperazione islamica:oic|Il Consiglio di cooperazione del Golfo:gcc|L'Unicef:un|La Fao:fao",
  ru: "ООН:un|Организация Объединённых Наций:un|УВКБ ООН:un|ВПП:un|НАТО:nato|ЕС:eu|Африканский союз:au|ЭКОВАС:ecowas|АСЕАН:asean|ОАГ:oas|Лига арабских государств:arab-league|ОПЕК:opec|МВФ:imf|Всемирный банк:world-bank|ВТО:wto|ОБСЕ:osce|Международный уголовный суд:icc|МККК:icrc|Совет Европы:council-of-europe|ШОС:sco|СНГ:cis|Карибское сообщество:caricom|САДК:sadc|Восточноафриканское сообщество:eac|ИГАД:igad|Организация исламского сотрудничества:oic|Совет сотрудничества арабских государств Персидского залива:gcc|ЮНИСЕФ:un|ФАО:fao",
};

const STATEMENT: Record<string, (name: string) => string> = {
  de: (n) => `${n} verurteilte den Angriff.`,
  fr: (n) => `${n} a condamné l'attaque.`,
  es: (n) => `${n} condenó el ataque.`,
  it: (n) => `${n} ha condannato l'attacco.`,
  ru: (n) => `${n} осудил нападение.`,
};

const cases = Object.entries(ORGANIZATIONS).flatMap(([language, list]) => list.split('|').map((item) => [language, ...(item.split(':') as [string, string])] as const));

describe('international organizations in five languages', () => {
  it.each(cases)('%s: %s speaks as org:%s', (language, name, key) => {
    const text = STATEMENT[language]!(name);
    const found = extractLanguageReactions({ title: '', text, publishedAt: '2026-03-05T00:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect(found, text).toEqual([`org:${key} opposed`]);
  });
});

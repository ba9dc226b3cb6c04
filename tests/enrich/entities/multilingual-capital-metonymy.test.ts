/**
 * Capital-city metonymy in German, French, Spanish, Italian and Russian: each UN member's capital written as that
 * language's press writes it (Jaunde, Pékin, Abuya, Pechino; Russian in the prepositional case an impersonal verb takes,
 * "В Абудже осудили …") acting as the subject of a condemnation resolves to its state. Names written for this test;
 * Brussels, the European Union's seat, stands for the EU and is left out, as are forms the press rarely uses (Wilna).
 */
import { describe, expect, it } from 'vitest';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

/** "name:CODE" pairs, space-separated; a name may hold spaces ("Addis Abeba"). */
const CAPITALS: Record<string, string> = {
  de: 'Peking:CN Neu-Delhi:IN Kairo:EG Algier:DZ Bagdad:IQ Teheran:IR Riad:SA Damaskus:SY Kiew:UA Moskau:RU Warschau:PL Prag:CZ Wien:AT Rom:IT Lissabon:PT Athen:GR Kopenhagen:DK Bukarest:RO Belgrad:RS Tiflis:GE Jerewan:AM Taschkent:UZ Duschanbe:TJ Kabul:AF Islamabad:PK Hanoi:VN Manila:PH Jakarta:ID Canberra:AU Wellington:NZ Havanna:CU Bogotá:CO Lima:PE Quito:EC Brasília:BR Caracas:VE Jaunde:CM Abuja:NG Nairobi:KE Kampala:UG Kinshasa:CD Luanda:AO Pretoria:ZA Rabat:MA Tunis:TN Tripolis:LY Khartum:SD Mogadischu:SO Dschibuti:DJ Asmara:ER Sanaa:YE Maskat:OM Doha:QA Ankara:TR Nikosia:CY Beirut:LB Amman:JO Niamey:NE Bamako:ML Dakar:SN Nouakchott:MR Accra:GH Kigali:RW Lusaka:ZM Harare:ZW Maputo:MZ Tokio:JP Seoul:KR Pjöngjang:KP Bangkok:TH Ottawa:CA Santiago:CL Montevideo:UY Asunción:PY Oslo:NO Stockholm:SE Helsinki:FI Reykjavík:IS Dublin:IE Bern:CH Budapest:HU Sofia:BG Zagreb:HR Tirana:AL Chișinău:MD Minsk:BY Riga:LV Tallinn:EE Baku:AZ Astana:KZ Bischkek:KG Ulan-Bator:MN Kathmandu:NP Dhaka:BD Colombo:LK Naypyidaw:MM Addis Abeba:ET',
  fr: "Pékin:CN New Delhi:IN Le Caire:EG Alger:DZ Bagdad:IQ Téhéran:IR Riyad:SA Damas:SY Kiev:UA Moscou:RU Varsovie:PL Prague:CZ Vienne:AT Rome:IT Lisbonne:PT Athènes:GR Copenhague:DK Bucarest:RO Belgrade:RS Tbilissi:GE Erevan:AM Tachkent:UZ Douchanbé:TJ Kaboul:AF Islamabad:PK Hanoï:VN Manille:PH Jakarta:ID Canberra:AU Wellington:NZ La Havane:CU Bogota:CO Lima:PE Quito:EC Brasilia:BR Caracas:VE Yaoundé:CM Abuja:NG Nairobi:KE Kampala:UG Kinshasa:CD Luanda:AO Pretoria:ZA Rabat:MA Tunis:TN Tripoli:LY Khartoum:SD Mogadiscio:SO Djibouti:DJ Asmara:ER Sanaa:YE Mascate:OM Doha:QA Ankara:TR Nicosie:CY Beyrouth:LB Amman:JO Niamey:NE Bamako:ML Dakar:SN Nouakchott:MR Accra:GH Kigali:RW Lusaka:ZM Harare:ZW Maputo:MZ Tokyo:JP Séoul:KR Pyongyang:KP Bangkok:TH Ottawa:CA Santiago:CL Montevideo:UY Asuncion:PY Oslo:NO Stockholm:SE Helsinki:FI Dublin:IE Berne:CH Budapest:HU Sofia:BG Zagreb:HR Tirana:AL Chisinau:MD Minsk:BY Vilnius:LT Riga:LV Tallinn:EE Bakou:AZ Astana:KZ Bichkek:KG Oulan-Bator:MN Katmandou:NP Dacca:BD Colombo:LK Naypyidaw:MM Addis-Abeba:ET Ouagadougou:BF Conakry:GN Lomé:TG Libreville:GA Bangui:CF Brazzaville:CG Lilongwe:MW Windhoek:NA Gaborone:BW Antananarivo:MG N'Djamena:TD Monrovia:LR Freetown:SL Bissau:GW Banjul:GM Malabo:GQ Juba:SS Port-au-Prince:HT",
  es: 'Pekín:CN Nueva Delhi:IN El Cairo:EG Argel:DZ Bagdad:IQ Teherán:IR Riad:SA Damasco:SY Kiev:UA Moscú:RU Varsovia:PL Praga:CZ Viena:AT Roma:IT Lisboa:PT Atenas:GR Copenhague:DK Bucarest:RO Belgrado:RS Tiflis:GE Ereván:AM Taskent:UZ Dusambé:TJ Kabul:AF Islamabad:PK Hanói:VN Manila:PH Yakarta:ID Canberra:AU Wellington:NZ La Habana:CU Bogotá:CO Lima:PE Quito:EC Brasilia:BR Caracas:VE Yaundé:CM Abuya:NG Nairobi:KE Kampala:UG Kinsasa:CD Luanda:AO Pretoria:ZA Rabat:MA Túnez:TN Trípoli:LY Jartum:SD Mogadiscio:SO Yibuti:DJ Asmara:ER Saná:YE Mascate:OM Doha:QA Ankara:TR Nicosia:CY Beirut:LB Amán:JO Niamey:NE Bamako:ML Dakar:SN Nuakchot:MR Acra:GH Kigali:RW Lusaka:ZM Harare:ZW Maputo:MZ Tokio:JP Seúl:KR Pionyang:KP Bangkok:TH Ottawa:CA Montevideo:UY Asunción:PY Oslo:NO Estocolmo:SE Helsinki:FI Dublín:IE Berna:CH Budapest:HU Sofía:BG Zagreb:HR Tirana:AL Chisináu:MD Minsk:BY Vilna:LT Riga:LV Tallin:EE Bakú:AZ Astaná:KZ Biskek:KG Ulán Bator:MN Katmandú:NP Daca:BD Colombo:LK Naipyidó:MM Adís Abeba:ET Managua:NI Tegucigalpa:HN San Salvador:SV Panamá:PA Santo Domingo:DO Puerto Príncipe:HT Kingston:JM Georgetown:GY Paramaribo:SR',
  it: "Pechino:CN Nuova Delhi:IN Il Cairo:EG Algeri:DZ Baghdad:IQ Teheran:IR Riad:SA Damasco:SY Kiev:UA Mosca:RU Varsavia:PL Praga:CZ Vienna:AT Lisbona:PT Atene:GR Copenaghen:DK Bucarest:RO Belgrado:RS Tbilisi:GE Erevan:AM Tashkent:UZ Dushanbe:TJ Kabul:AF Islamabad:PK Hanoi:VN Manila:PH Giacarta:ID Canberra:AU Wellington:NZ L'Avana:CU Bogotà:CO Lima:PE Quito:EC Brasilia:BR Caracas:VE Yaoundé:CM Abuja:NG Nairobi:KE Kampala:UG Kinshasa:CD Luanda:AO Pretoria:ZA Rabat:MA Tunisi:TN Tripoli:LY Khartum:SD Mogadiscio:SO Gibuti:DJ Asmara:ER Sana'a:YE Mascate:OM Doha:QA Ankara:TR Nicosia:CY Beirut:LB Amman:JO Niamey:NE Bamako:ML Dakar:SN Nouakchott:MR Accra:GH Kigali:RW Lusaka:ZM Harare:ZW Maputo:MZ Tokyo:JP Seul:KR Pyongyang:KP Bangkok:TH Ottawa:CA Santiago:CL Montevideo:UY Asunción:PY Oslo:NO Stoccolma:SE Helsinki:FI Dublino:IE Berna:CH Budapest:HU Sofia:BG Zagabria:HR Tirana:AL Chișinău:MD Minsk:BY Vilnius:LT Riga:LV Tallinn:EE Baku:AZ Astana:KZ Bishkek:KG Ulan Bator:MN Kathmandu:NP Dacca:BD Colombo:LK Naypyidaw:MM Addis Abeba:ET Londra:GB Parigi:FR Berlino:DE Madrid:ES",
  ru: 'Абудже:NG Дохе:QA Кито:EC Лиме:PE Риме:IT Баку:AZ Бамако:ML Ниамее:NE Маниле:PH Гаване:CU Осло:NO Берне:CH Праге:CZ Вене:AT Аккре:GH Дакаре:SN Хараре:ZW Маскате:OM Эр-Рияде:SA Бейруте:LB Дамаске:SY Тегеране:IR Кабуле:AF Сеуле:KR Токио:JP Пекине:CN Лусаке:ZM Ломе:TG Банжуле:GM Яунде:CM Нджамене:TD Рабате:MA Тунисе:TN Триполи:LY Каире:EG Хартуме:SD Джубе:SS Найроби:KE Кампале:UG Кигали:RW Додоме:TZ Мапуту:MZ Луанде:AO Киншасе:CD Аддис-Абебе:ET Могадишо:SO Сантьяго:CL Боготе:CO Каракасе:VE Асунсьоне:PY Монтевидео:UY Буэнос-Айресе:AR Мехико:MX Манагуа:NI Тегусигальпе:HN Сан-Сальвадоре:SV Оттаве:CA Дублине:IE Ереване:AM Тбилиси:GE Кишинёве:MD Минске:BY Вильнюсе:LT Риге:LV Таллине:EE Хельсинки:FI Стокгольме:SE Копенгагене:DK Душанбе:TJ Бишкеке:KG Ташкенте:UZ Ашхабаде:TM Астане:KZ Улан-Баторе:MN Ханое:VN Бангкоке:TH Пномпене:KH Вьентьяне:LA Джакарте:ID Куала-Лумпуре:MY Катманду:NP Дакке:BD Коломбо:LK Нью-Дели:IN Исламабаде:PK Багдаде:IQ Аммане:JO Абу-Даби:AE Анкаре:TR Афинах:GR Софии:BG Бухаресте:RO Белграде:RS Загребе:HR Скопье:MK Тиране:AL Подгорице:ME Любляне:SI Братиславе:SK Будапеште:HU Варшаве:PL Веллингтоне:NZ Канберре:AU Порт-Морсби:PG Хониаре:SB Суве:FJ Претории:ZA Габороне:BW Виндхуке:NA Лилонгве:MW Антананариву:MG Нуакшоте:MR Конакри:GN Фритауне:SL Монровии:LR Уагадугу:BF Котону:BJ Либревиле:GA Браззавиле:CG Банги:CF Малабо:GQ Джибути:DJ Порт-о-Пренсе:HT Санто-Доминго:DO Кингстоне:JM Белмопане:BZ Сан-Хосе:CR Джорджтауне:GY Парамарибо:SR Валлетте:MT Никосии:CY Рейкьявике:IS Амстердаме:NL Люксембурге:LU Лиссабоне:PT Мадриде:ES Париже:FR Лондоне:GB Берлине:DE Киеве:UA Москве:RU Нейпьидо:MM Тхимпху:BT Пхеньяне:KP',
};

const STATEMENT: Record<string, (capital: string) => string> = {
  de: (c) => `${c} verurteilte den Angriff.`,
  fr: (c) => `${c} a condamné l'attaque.`,
  es: (c) => `${c} condenó el ataque.`,
  it: (c) => `${c} ha condannato l'attacco.`,
  ru: (c) => `В ${c} осудили нападение.`,
};

const cases = Object.entries(CAPITALS).flatMap(([language, list]) =>
  (list.match(/[^:]+:[A-Z]{2}/gu) ?? []).map((item) => [language, item.slice(0, -3).trim(), item.slice(-2)] as const),
);

describe('capital metonymy in five languages', () => {
  it('covers at least 90 capitals in each language', () => {
    for (const language of Object.keys(CAPITALS)) expect(cases.filter(([l]) => l === language).length, language).toBeGreaterThanOrEqual(90);
  });

  it.each(cases)('%s: %s speaks for %s', (language, capital, code) => {
    const text = STATEMENT[language]!(capital);
    const found = extractLanguageReactions({ title: '', text, publishedAt: '2026-03-05T00:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect(found, text).toEqual([`country:${code} opposed`]);
  });
});

import { extractLanguageReactions } from './src/enrich/reactions/languages/extract-language-reactions.ts';
const CASES: [string, string, string[]][] = [
  ['de', 'Der Sprecher des US-Außenministeriums erklärte, Washington begrüße die Feuerpause.', ['country:US supportive']],
  ['de', 'Chinas Außenamtssprecherin kritisierte die Zölle.', ['country:CN opposed']],
  ['de', 'Russlands Präsident Wladimir Putin lobte die Vereinbarung.', ['country:RU supportive']],
  ['de', 'Die iranische Regierung wies den Bericht als „politisch motiviert“ zurück.', ['country:IR opposed']],
  ['de', 'Aus dem Kreml hieß es, man begrüße jeden Schritt zur Deeskalation.', ['country:RU supportive']],
  ['de', 'Kritisch äußerte sich dagegen Brasilien.', ['country:BR opposed']],
  ['de', 'Zustimmung kam auch aus Kanada.', ['country:CA supportive']],
  ['de', 'Frankreichs Präsident Emmanuel Macron forderte eine unabhängige Untersuchung.', ['country:FR cautious']],
  ['de', 'Die Vereinigten Staaten kündigten an, zehn Millionen Dollar für die Opfer bereitzustellen.', ['country:US supportive']],
  ['de', 'Auch Japan schickte Hilfsgüter.', ['country:JP supportive']],
  ['de', 'Die Bundesregierung hat die Entscheidung mit Bedauern zur Kenntnis genommen.', ['country:DE opposed']],
  ['de', 'Die EU-Kommission erklärte, sie werde die Lage genau beobachten.', []],
  ['de', 'Großbritannien enthielt sich einer Stellungnahme.', []],
  ['de', 'Die Türkei äußerte sich zunächst nicht.', []],
  ['fr', "Le porte-parole du département d'État a affirmé que Washington saluait le cessez-le-feu.", ['country:US supportive']],
  ['fr', "Le président russe Vladimir Poutine a salué l'accord.", ['country:RU supportive']],
  ['fr', "Le gouvernement iranien a rejeté le rapport, jugé « politiquement motivé ».", ['country:IR opposed']],
  ['fr', "Le Japon a également envoyé des secours.", ['country:JP supportive']],
  ['fr', "La Turquie ne s'est pas exprimée dans l'immédiat.", []],
  ['fr', "La Commission européenne a indiqué qu'elle suivait la situation de près.", []],
  ['es', 'El presidente ruso, Vladímir Putin, elogió el acuerdo.', ['country:RU supportive']],
  ['es', 'El Gobierno iraní rechazó el informe por considerarlo "políticamente motivado".', ['country:IR opposed']],
  ['es', 'Japón también envió ayuda.', ['country:JP supportive']],
  ['es', 'Turquía no se pronunció de inmediato.', []],
  ['it', 'Il presidente russo Vladimir Putin ha elogiato l\'accordo.', ['country:RU supportive']],
  ['it', 'Il governo iraniano ha respinto il rapporto come «politicamente motivato».', ['country:IR opposed']],
  ['it', 'Anche il Giappone ha inviato aiuti.', ['country:JP supportive']],
  ['it', 'La Turchia non si è ancora pronunciata.', []],
  ['ru', 'Президент России Владимир Путин положительно оценил договоренность.', ['country:RU supportive']],
  ['ru', 'Правительство Ирана отвергло доклад как «политически мотивированный».', ['country:IR opposed']],
  ['ru', 'Япония также направила гуманитарную помощь.', ['country:JP supportive']],
  ['ru', 'Турция пока воздержалась от комментариев.', []],
];
let fail = 0;
for (const [lang, text, exp] of CASES) {
  if (process.argv[2] && process.argv[2] !== lang) continue;
  const got = extractLanguageReactions({ title: '', text }, lang).map((r) => `${r.actor.key} ${r.stance}`).sort();
  const ok = JSON.stringify(got) === JSON.stringify([...exp].sort());
  if (!ok) { fail++; console.log(`FAIL ${lang}: ${text}\n   got ${JSON.stringify(got)} want ${JSON.stringify(exp)}`); }
}
console.log(`${fail} failed of ${CASES.length}`);

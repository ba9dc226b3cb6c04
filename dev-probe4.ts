import { extractLanguageReactions } from './src/enrich/reactions/languages/extract-language-reactions.ts';
const CASES: [string, string, string[]][] = [
  ['de', 'Norwegen äußerte sich besorgt über die Lage der Zivilbevölkerung.', ['country:NO cautious']],
  ['de', 'Die Schweiz zeigte sich enttäuscht von dem Ergebnis.', ['country:CH opposed']],
  ['de', 'Kanada mahnte zur Besonnenheit.', ['country:CA cautious']],
  ['de', 'Die Niederlande bezeichneten die Entscheidung als schweren Fehler.', ['country:NL opposed']],
  ['de', 'Österreich sicherte der Regierung Unterstützung beim Wiederaufbau zu.', ['country:AT supportive']],
  ['de', 'Schweden stellte fünf Millionen Euro Soforthilfe in Aussicht.', ['country:SE supportive']],
  ['de', 'Polen übte scharfe Kritik an dem Vorhaben.', ['country:PL opposed']],
  ['de', 'Indien zeigte sich skeptisch, ob die Zusagen eingehalten werden.', ['country:IN skeptical']],
  ['de', 'Südkorea lobte die Vermittlung Katars.', ['country:KR supportive']],
  ['de', 'Die Afrikanische Union appellierte an beide Seiten, die Waffen niederzulegen.', ['org:au cautious']],
  ['de', 'Der britische Premierminister verurteilte den Anschlag aufs Schärfste.', ['country:GB opposed']],
  ['de', 'Dänemark bot Hilfe bei der Suche nach Vermissten an.', ['country:DK supportive']],
  ['de', 'Das Weiße Haus sprach von einem „gefährlichen Schritt“.', ['country:US cautious']],
  ['de', 'Finnland hält die Maßnahme für unverhältnismäßig.', ['country:FI opposed']],
  ['fr', "La Norvège s'est inquiétée de la situation des civils.", ['country:NO cautious']],
  ['fr', "La Suisse s'est dite déçue du résultat.", ['country:CH opposed']],
  ['fr', "Le Canada a appelé au calme.", ['country:CA cautious']],
  ['fr', "Les Pays-Bas ont qualifié la décision de « grave erreur ».", ['country:NL opposed']],
  ['fr', "L'Autriche a promis son soutien à la reconstruction.", ['country:AT supportive']],
  ['fr', "La Pologne a vivement critiqué le projet.", ['country:PL opposed']],
  ['fr', "L'Inde s'est montrée sceptique quant au respect des engagements.", ['country:IN skeptical']],
  ['fr', "La Maison Blanche a évoqué une « étape dangereuse ».", []],
  ['es', 'Noruega se mostró preocupada por la situación de los civiles.', ['country:NO cautious']],
  ['es', 'Suiza se declaró decepcionada con el resultado.', ['country:CH opposed']],
  ['es', 'Canadá llamó a la calma.', ['country:CA cautious']],
  ['es', 'Los Países Bajos consideraron la decisión "un grave error".', []],
  ['es', 'Austria prometió apoyo a la reconstrucción.', ['country:AT supportive']],
  ['es', 'Polonia criticó duramente el proyecto.', ['country:PL opposed']],
  ['es', 'India se mostró escéptica sobre el cumplimiento de los compromisos.', ['country:IN skeptical']],
  ['it', 'La Norvegia si è detta preoccupata per la situazione dei civili.', ['country:NO cautious']],
  ['it', 'La Svizzera si è detta delusa dal risultato.', ['country:CH opposed']],
  ['it', 'Il Canada ha invitato alla calma.', ['country:CA cautious']],
  ['it', "L'Austria ha promesso sostegno alla ricostruzione.", ['country:AT supportive']],
  ['it', 'La Polonia ha duramente criticato il progetto.', ['country:PL opposed']],
  ['it', "L'India si è mostrata scettica sul rispetto degli impegni.", ['country:IN skeptical']],
  ['it', 'La Corea del Sud ha elogiato la mediazione del Qatar.', ['country:KR supportive']],
  ['ru', 'Норвегия выразила обеспокоенность положением мирных жителей.', ['country:NO cautious']],
  ['ru', 'Швейцария выразила разочарование результатом.', ['country:CH opposed']],
  ['ru', 'Канада призвала к спокойствию.', ['country:CA cautious']],
  ['ru', 'Австрия пообещала поддержку в восстановлении.', ['country:AT supportive']],
  ['ru', 'Польша резко раскритиковала проект.', ['country:PL opposed']],
  ['ru', 'Индия скептически оценила выполнение обязательств.', ['country:IN skeptical']],
  ['ru', 'Южная Корея высоко оценила посредничество Катара.', ['country:KR supportive']],
];
let fail = 0;
for (const [lang, text, exp] of CASES) {
  if (process.argv[2] && process.argv[2] !== lang) continue;
  const got = extractLanguageReactions({ title: '', text }, lang).map((r) => `${r.actor.key} ${r.stance}`).sort();
  const ok = JSON.stringify(got) === JSON.stringify([...exp].sort());
  if (!ok) { fail++; console.log(`FAIL ${lang}: ${text}\n   got ${JSON.stringify(got)} want ${JSON.stringify(exp)}`); }
}
console.log(`${fail} failed of ${CASES.length}`);

/**
 * The state whose own move an English headline reports ("Iceland moves to end commercial whaling", "Chad expels top
 * UN aid official"; the other languages' reader has its own, headlineAgents). What that state says in the article
 * describes or defends its move, as the labelling guide reads parties describing their own deal: no reaction to it.
 * Not a state the headline only places the news in ("Iceland: storms cut power"), one named by an adjective
 * ("Belizean coastguard killed"), nor one whose move answers another event ("Mauritania recalls envoy after 14
 * herders found dead", "Ottawa reacts"): that move is its reaction. Only a state named by its name or its capital
 * counts: a body of it ("FBI hands files to Congress") is read elsewhere.
 */

/** An actor named in the headline, with its character offsets. */
export interface HeadlineMention {
  key: string;
  kind: string;
  start: number;
  end: number;
}

/** Words that join the move to an earlier event it answers, or say the state answers one. */
const ANSWERING = ['after', 'over', 'following', 'as', 'amid', 'in response to', 'reacts', 'responds'];
/** What ends the headline's first clause: a semicolon, a colon, a dash. */
const CLAUSE_END = /[;:|–—]| - /u;
/** A name joined to the state's by "and" or "or" makes a subject of several. */
const JOINED = /^ (?:and|or) /u;
/** What may stand before the state's name at the headline's start. */
const LEAD = /^(?:the\s+)?$/iu;

/** The headline's first clause, the one whose subject made the move. */
export function headlineClause(title: string): string {
  return title.split(CLAUSE_END)[0] ?? '';
}

/**
 * The key of the state that opens the headline's first clause as the subject of a verb (a lower-case word right
 * after its name), when no word there ties its move to another event; null otherwise.
 */
export function headlineAgent(title: string, mentions: readonly HeadlineMention[]): string | null {
  const clause = headlineClause(title);
  const first = mentions.find((m) => m.kind === 'country' && m.end <= clause.length && LEAD.test(clause.slice(0, m.start)));
  // A verb right after the name, not another name joined to it ("Turkey and the Vatican offer …": co-parties, read
  // apart).
  if (!first || !/^ \p{Ll}/u.test(clause.slice(first.end)) || JOINED.test(clause.slice(first.end))) return null;
  const rest = ` ${clause.slice(first.end).toLowerCase().replace(/[^\p{L}\s-]+/gu, ' ').replace(/\s+/gu, ' ')} `;
  if (ANSWERING.some((w) => rest.includes(` ${w} `))) return null;
  return first.key;
}

/**
 * Words that say nothing about which event an article reports: English function words and the reporting verbs and
 * filler every news story uses ("said", "told", "according", "reported"). They are dropped before weighting, so a
 * shared "said" never links two stories and the candidate index stays small.
 */
const WORDS = `
a about above after again against all almost already also although always am among an and another any anyone anything
are around as at away back be became because become been before being below between both but by can cannot could
did do does doing done down during each either else even ever every few for from further get gets got had has have
having he her here hers herself him himself his how however i if in into is it its itself just last least less let
like made make many may me might more most much must my myself near neither never new next no nor not now of off
often on once one only or other others our ours ourselves out over own per perhaps put rather said same say saying
says see seen several she should since so some still such than that the their theirs them themselves then there
these they this those though three through thus to today told too two under until up upon us very via was we well
were what when where whether which while who whom whose why will with within without would yet you your yours
yesterday tomorrow week weeks year years day days time times monday tuesday wednesday thursday friday saturday sunday
according report reported reports reporting statement statements added adding told tell telling asked news reuters
people including include includes including later earlier first second third former latest local official officials
mr mrs ms dr including around nearly says think thought want wanted going go went come came take took told
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

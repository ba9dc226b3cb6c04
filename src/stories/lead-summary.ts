/** Lead sentences of the central article that make a story's summary, and its longest length. */
const SUMMARY_SENTENCES = 2;
const SUMMARY_MAX = 400;

/** A story's summary: the first sentences of its central article's text, cut at a word boundary. */
export function leadSummary(text: string): string {
  const sentences = text.replace(/\s+/g, ' ').trim().match(/[^.!?]+[.!?]+["'’”)]*|[^.!?]+$/g) ?? [];
  // Each match but the first starts with the space after the sentence before it.
  let out = sentences.slice(0, SUMMARY_SENTENCES).map((x) => x.trim()).join(' ');
  if (out.length > SUMMARY_MAX) out = `${out.slice(0, out.lastIndexOf(' ', SUMMARY_MAX - 1))}…`;
  return out;
}
